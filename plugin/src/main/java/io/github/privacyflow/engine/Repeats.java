package io.github.privacyflow.engine;

import io.github.privacyflow.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
        Map<Finding, Finding> replaced = new LinkedHashMap<>();
        for (List<Finding> same : byFact.values()) {
            if (same.size() < 2) {
                continue;
            }
            List<Finding> ordered = new ArrayList<>(same);
            ordered.sort(Finding.ORDER);
            Finding first = ordered.get(0);
            TreeSet<Integer> otherLines = new TreeSet<>();
            for (Finding repeat : ordered.subList(1, ordered.size())) {
                if (repeat.location().line() != first.location().line()) {
                    otherLines.add(repeat.location().line());
                }
                replaced.put(repeat, null);
            }
            replaced.put(first, otherLines.isEmpty() ? first : new Finding(first.ruleId(), first.ruleName(), first.severity(),
                    first.location(), first.message() + Finding.REPEATED_AT + (otherLines.size() > 1 ? "s " : " ") + join(otherLines),
                    first.elementSignature(), first.path(), List.copyOf(otherLines)));
        }
        List<Finding> folded = new ArrayList<>();
        for (Finding finding : findings) {
            if (!replaced.containsKey(finding)) {
                folded.add(finding);
            } else if (replaced.get(finding) != null) {
                folded.add(replaced.get(finding));
            }
        }
        return folded;
    }

    private static String join(TreeSet<Integer> lines) {
        StringBuilder text = new StringBuilder();
        for (int line : lines) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(line);
        }
        return text.toString();
    }
}
