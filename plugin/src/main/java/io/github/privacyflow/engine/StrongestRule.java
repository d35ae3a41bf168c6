package io.github.privacyflow.engine;

import io.github.privacyflow.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one flow finding per sink call: the strongest rule that the call breaks, whose message
 * then names the others. A call that sends a learner's e-mail to an unlisted vendor with no
 * purpose declared is one problem to fix, not two findings to read. Strongest first: a purpose
 * the agreement forbids (PF004), a processor it does not list (PF005), a purpose nobody
 * declared (PF003).
 */
final class StrongestRule {

    /** The flow rules at a sink call, strongest first. */
    private static final List<String> SINK_RULES = List.of("PF004", "PF005", "PF003");

    private StrongestRule() {
    }

    /**
     * Keeps the strongest flow finding of each sink call.
     *
     * @param findings one file's reported findings
     * @param facts each finding's fact, in the same order
     * @return the findings kept and their facts, in the order given
     */
    static Kept keep(List<Finding> findings, List<String> facts) {
        Map<String, List<Integer>> byCall = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (SINK_RULES.contains(finding.ruleId())) {
                byCall.computeIfAbsent(finding.location().line() + ":" + finding.location().column() + ":"
                        + finding.elementSignature(), key -> new ArrayList<>()).add(i);
            }
        }
        Finding[] kept = findings.toArray(new Finding[0]);
        for (List<Integer> same : byCall.values()) {
            if (same.size() < 2) {
                continue;
            }
            same.sort((a, b) -> SINK_RULES.indexOf(findings.get(a).ruleId()) - SINK_RULES.indexOf(findings.get(b).ruleId()));
            Finding strongest = findings.get(same.get(0));
            StringBuilder others = new StringBuilder();
            for (int index : same.subList(1, same.size())) {
                Finding other = findings.get(index);
                if (!other.ruleId().equals(strongest.ruleId())) {
                    others.append(others.length() == 0 ? "" : ", ").append(other.ruleId()).append(' ').append(other.ruleName());
                }
                kept[index] = null;
            }
            kept[same.get(0)] = others.length() == 0 ? strongest : new Finding(strongest.ruleId(), strongest.ruleName(),
                    strongest.severity(), strongest.location(), strongest.message() + Finding.ALSO_BREAKS + others,
                    strongest.elementSignature(), strongest.path(), strongest.repeatLines());
        }
        List<Finding> keptFindings = new ArrayList<>();
        List<String> keptFacts = new ArrayList<>();
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] != null) {
                keptFindings.add(kept[i]);
                keptFacts.add(facts.get(i));
            }
        }
        return new Kept(keptFindings, keptFacts);
    }

    /** The findings kept, each with its fact. */
    record Kept(List<Finding> findings, List<String> facts) {
    }
}
