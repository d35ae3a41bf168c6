package io.github.privacyflow.engine;

import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.rules.FindingCollector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Folds the findings of one file that state the same fact (one rule, the same kind of sink, and
 * data that an earlier finding already names, for a log line of another method exactly the data
 * the earlier line logs; in the same method, a log line that logs some of
 * the same data again, or parts of the same larger datum (a mail's recipients, then its unsent
 * ones), whose other data the first finding's message then names; and, in the same
 * method and for a sink other than a log, more fields of the records it names (a profile written
 * attribute by attribute) or any other data the method hands the same kind of sink (a group's row,
 * then its members' rows; a sink call in a private helper that only one method calls counts as
 * that method's, see {@link FindingCollector#FACT_CONTEXT}), which the first finding's message then names) into the
 * first of them, whose message then names the other lines: one real problem is one finding, and
 * the user still sees every call to change.
 */
final class Repeats {

    private Repeats() {
    }

    /**
     * Folds repeats.
     *
     * @param findings one file's reported findings
     * @param facts each finding's fact, {@code null} for a finding that is a problem of its own
     * @return the findings, repeats folded, in the order given
     */
    static List<Finding> fold(List<Finding> findings, List<String> statedFacts) {
        // A fact stated in a method other than its sink call's (a private helper's caller) says so first.
        List<String> facts = new ArrayList<>(statedFacts.size());
        List<String> methods = new ArrayList<>(statedFacts.size());
        for (int i = 0; i < statedFacts.size(); i++) {
            String fact = statedFacts.get(i);
            int context = fact == null ? -1 : fact.indexOf(FindingCollector.FACT_CONTEXT);
            facts.add(context < 0 ? fact : fact.substring(context + 1));
            methods.add(context < 0 ? callingMethod(findings.get(i)) : fact.substring(0, context));
        }
        // By rule and claim; within one, a later finding whose data an earlier one already names repeats it.
        Map<String, List<Integer>> byClaim = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            if (facts.get(i) != null) {
                byClaim.computeIfAbsent(findings.get(i).ruleId() + "|" + claim(facts.get(i)), key -> new ArrayList<>()).add(i);
            }
        }
        Map<String, List<Finding>> byFact = new LinkedHashMap<>();
        // What later lines of a head's method add to the data it names, by head.
        Map<Finding, Set<String>> alsoNamed = new HashMap<>();
        // The heads whose sink is a log, whose message says the data was logged again.
        Set<Finding> loggedHeads = new HashSet<>();
        for (List<Integer> same : byClaim.values()) {
            List<Integer> ordered = new ArrayList<>(same);
            ordered.sort((a, b) -> Finding.ORDER.compare(findings.get(a), findings.get(b)));
            List<Integer> heads = new ArrayList<>();
            // Each head's data, worked out once: every later finding of the claim is compared with it.
            Map<Integer, Set<String>> headData = new HashMap<>();
            // Each head's data as its own line has them, before later lines of its method add to them.
            Map<Integer, Set<String>> headOwnData = new HashMap<>();
            for (int index : ordered) {
                Set<String> data = comparable(facts.get(index));
                boolean logged = logged(facts.get(index));
                // Fields of records may fold into an earlier write of the same records, except in a log.
                Set<String> records = logged ? Set.of() : records(facts.get(index));
                Integer head = null;
                boolean moreOfTheMethod = false;
                for (int candidate : heads) {
                    boolean sameMethod = methods.get(candidate) != null && methods.get(candidate).equals(methods.get(index));
                    // A log line of another method is the same fact only when it logs what the first
                    // line itself logged: naming less, it is its own problem (judged on what it logs).
                    if ((covers(headData.get(candidate), data) || rows(facts.get(index)) && sameRecords(headData.get(candidate), data))
                            && (sameMethod || !logged || covers(data, headOwnData.get(candidate)))
                            || !records.isEmpty() && sameMethod && records(facts.get(candidate)).containsAll(records)
                            || logged && sameMethod && !java.util.Collections.disjoint(headData.get(candidate), data)
                            || logged && sameMethod && partsOfTheSame(facts.get(candidate), facts.get(index))) {
                        head = candidate;
                        break;
                    }
                    // Outside a log, one method writing data to one kind of sink in several calls (a
                    // group's row, then its members' rows) does one thing, which one @Purpose or one
                    // processor on that method settles: one problem, whose message names the rest.
                    if (!logged && sameMethod) {
                        head = candidate;
                        moreOfTheMethod = true;
                        break;
                    }
                }
                if (head == null) {
                    if (logged) {
                        loggedHeads.add(findings.get(index));
                    }
                    heads.add(index);
                    headData.put(index, new HashSet<>(data));
                    headOwnData.put(index, data);
                    head = index;
                } else if ((logged || moreOfTheMethod) && !covers(headData.get(head), data)) {
                    // A method logging a datum again with more beside it (the client's IP, then the IP
                    // with the sender) is one problem; the head names what the later line adds.
                    for (String datum : data(facts.get(index))) {
                        if (!covers(headData.get(head), Set.of(comparableDatum(datum, logged)))) {
                            alsoNamed.computeIfAbsent(findings.get(head), key -> new java.util.TreeSet<>()).add(description(datum));
                        }
                    }
                    headData.get(head).addAll(data);
                }
                byFact.computeIfAbsent(String.valueOf(head), key -> new ArrayList<>()).add(findings.get(index));
            }
        }
        // Each finding of a repeated fact maps to what is reported for it: the first one, folded, or nothing.
        Map<Finding, Optional<Finding>> reportedFor = new HashMap<>();
        for (List<Finding> same : byFact.values()) {
            if (same.size() < 2) {
                continue;
            }
            List<Finding> ordered = same;
            Finding first = ordered.get(0);
            TreeSet<Integer> otherLines = new TreeSet<>();
            for (Finding repeat : ordered.subList(1, ordered.size())) {
                otherLines.add(repeat.location().line());
                reportedFor.put(repeat, Optional.empty());
            }
            otherLines.remove(first.location().line());
            Set<String> added = alsoNamed.getOrDefault(first, Set.of());
            String addedText = added.isEmpty() ? ""
                    : (loggedHeads.contains(first) ? "; logged again in the same method, with "
                            : "; the same method hands this kind of sink ") + String.join(", ", added) + " too";
            reportedFor.put(first, Optional.of(otherLines.isEmpty() ? first : new Finding(first.ruleId(), first.ruleName(),
                    first.severity(), first.location(), first.message() + addedText + Finding.REPEATED_AT + (otherLines.size() > 1 ? "s " : " ")
                            + otherLines.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    first.elementSignature(), first.path(), List.copyOf(otherLines))));
        }
        List<Finding> folded = new ArrayList<>();
        for (Finding finding : findings) {
            reportedFor.getOrDefault(finding, Optional.of(finding)).ifPresent(folded::add);
        }
        return folded;
    }

    /**
     * Whether every datum is the head's, or the whole record whose field the head writes: a mail
     * mapping's target address updated by one method and the mapping persisted whole by another
     * write one row, so they are one problem (for stores of rows only, see {@link #rows}).
     */
    private static boolean sameRecords(Set<String> headData, Set<String> data) {
        Set<String> headRecords = new HashSet<>();
        for (String datum : headData) {
            String instance = instanceOf(datum);
            if (instance != null) {
                headRecords.add(instance);
            }
        }
        for (String datum : data) {
            if (!covers(headData, Set.of(datum)) && !headRecords.contains(datum)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the head's data names every datum: itself, or the whole object whose field it is (a
     * profile logged, then its e-mail logged: the e-mail was in the printed profile).
     */
    private static boolean covers(Set<String> headData, Set<String> data) {
        for (String datum : data) {
            if (!headData.contains(datum)) {
                String instance = instanceOf(datum);
                if (instance == null || !headData.contains(instance)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether every datum of both facts is a part of a larger datum, and the later one's wholes
     * are among the first one's: a method logging a mail's recipients, then the invalid ones,
     * then the unsent ones, logs the recipients.
     */
    private static boolean partsOfTheSame(String headFact, String fact) {
        Set<String> wholes = wholes(fact);
        return !wholes.isEmpty() && wholes(headFact).containsAll(wholes);
    }

    /** The larger data the fact's data are parts of; empty unless every datum is such a part. */
    private static Set<String> wholes(String fact) {
        return holders(fact, true);
    }

    /**
     * What holds each of the fact's data, when every datum has a holder of the kind asked for:
     * a larger datum it is a part of, or else a record it is a field of; empty otherwise.
     */
    private static Set<String> holders(String fact, boolean parts) {
        Set<String> holders = new HashSet<>();
        for (String datum : data(fact)) {
            int holder = datum.indexOf(FindingCollector.FACT_HOLDER);
            if (holder < 0 || holder == datum.length() - 1 || datum.startsWith(FindingCollector.FACT_PART_OF, holder + 1) != parts) {
                return Set.of();
            }
            holders.add(datum.substring(holder + 1));
        }
        return holders;
    }

    /** A datum's description, as the finding's message names it. */
    private static String description(String datum) {
        int holder = datum.indexOf(FindingCollector.FACT_HOLDER);
        return holder < 0 ? datum : datum.substring(0, holder);
    }

    /** The datum naming the whole object a field's datum belongs to, or {@code null} for a datum of no record. */
    private static String instanceOf(String datum) {
        int holder = datum.indexOf(FindingCollector.FACT_HOLDER);
        if (holder <= 0 || holder == datum.length() - 1) {
            return null;
        }
        String description = datum.substring(0, holder);
        int dot = description.indexOf('.');
        int space = description.indexOf(' ');
        if (dot <= 0 || space >= 0 && space < dot) {
            return null;
        }
        return description.substring(0, dot) + " instance" + datum.substring(holder);
    }

    /**
     * The types whose records the fact's data are fields of; empty when some datum belongs to no
     * record (a parameter's name, a library's result), which then folds only by its own data.
     */
    private static Set<String> records(String fact) {
        // A part of a larger datum is no record's field: it folds by its own data, or as a part in a log.
        return holders(fact, false);
    }

    /**
     * Whether the fact's sink keeps records as rows (a table, a directory entry): a field of a row
     * written by one call and the row saved whole by another change one row. A file, a mail or a
     * request made by each call is a thing of its own.
     */
    private static boolean rows(String fact) {
        return fact.startsWith("kind jpa|") || fact.startsWith("kind jdbc|") || fact.startsWith("kind ldap|");
    }

    /**
     * Whether the fact's sink is a log: each log line is read on its own, while a record written
     * to a file or a table field by field is one record.
     */
    private static boolean logged(String fact) {
        return fact.startsWith("kind logging|");
    }

    /** The method a finding's sink call is in, as its anchor names it before the call; {@code null} for another anchor. */
    private static String callingMethod(Finding finding) {
        String element = finding.elementSignature();
        int call = element.indexOf("->");
        return call > 0 ? element.substring(0, call) : null;
    }

    private static String claim(String fact) {
        int data = fact.indexOf(FindingCollector.FACT_DATA);
        return data < 0 ? fact : fact.substring(0, data);
    }

    /**
     * The fact's data as repeats compare them. Outside a log, data known only by a variable's
     * name (a parameter or a local named {@code ipAddress}) counts by that name, whichever method
     * of the file declares it: a greylist row inserted by one method and updated by another is
     * one record. Each log line stays its own, as the people reading logs read them.
     */
    private static Set<String> comparable(String fact) {
        Set<String> data = data(fact);
        if (logged(fact)) {
            return data;
        }
        Set<String> named = new HashSet<>();
        for (String datum : data) {
            named.add(comparableDatum(datum, false));
        }
        return named;
    }

    /** One datum as repeats compare it, outside a log by a variable's name (see {@link #comparable(String)}). */
    private static String comparableDatum(String datum, boolean logged) {
        Matcher variable = NAMED_IN_METHOD.matcher(datum);
        return !logged && variable.matches() ? "variable " + variable.group(1) : datum;
    }

    /** A parameter's or a local's data, as sources describe it: {@code ipAddress of Greylist.insert(String)}, no record. */
    private static final Pattern NAMED_IN_METHOD = Pattern.compile("(?:local )?(\\w+) of [\\w$.]+\\(.*\\)" + FindingCollector.FACT_HOLDER);

    private static Set<String> data(String fact) {
        int data = fact.indexOf(FindingCollector.FACT_DATA);
        return data < 0 ? Set.of() : Set.of(fact.substring(data + 1).split(FindingCollector.FACT_DATA_SEPARATOR, -1));
    }
}
