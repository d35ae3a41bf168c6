package io.github.privacyflow.engine;

import io.github.privacyflow.finding.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Folds the findings of one file that state the same fact (one rule, the same data, the same
 * kind of sink) into the first of them, whose message then names the other lines: one real
 * problem is one finding, and the user still sees every call to change.
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
    static List<Finding> fold(List<Finding> findings, List<String> facts) {
        Map<String, List<Finding>> byFact = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            if (facts.get(i) != null) {
                byFact.computeIfAbsent(findings.get(i).ruleId() + "|" + facts.get(i), key -> new ArrayList<>()).add(findings.get(i));
            }
        }
        // Each finding of a repeated fact maps to what is reported for it: the first one, folded, or nothing.
        Map<Finding, Optional<Finding>> reportedFor = new HashMap<>();
        for (List<Finding> same : byFact.values()) {
            if (same.size() < 2) {
                continue;
            }
            List<Finding> ordered = new ArrayList<>(same);
            ordered.sort(Finding.ORDER);
            Finding first = ordered.get(0);
            TreeSet<Integer> otherLines = new TreeSet<>();
            for (Finding repeat : ordered.subList(1, ordered.size())) {
                otherLines.add(repeat.location().line());
                reportedFor.put(repeat, Optional.empty());
            }
            otherLines.remove(first.location().line());
            reportedFor.put(first, Optional.of(otherLines.isEmpty() ? first : new Finding(first.ruleId(), first.ruleName(),
                    first.severity(), first.location(), first.message() + Finding.REPEATED_AT + (otherLines.size() > 1 ? "s " : " ")
                            + otherLines.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    first.elementSignature(), first.path(), List.copyOf(otherLines))));
        }
        List<Finding> folded = new ArrayList<>();
        for (Finding finding : findings) {
            reportedFor.getOrDefault(finding, Optional.of(finding)).ifPresent(folded::add);
        }
        return folded;
    }
}
