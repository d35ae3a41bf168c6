package io.github.privacyflow.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.rules.Rule;
import io.github.privacyflow.rules.RuleInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SARIF {@code reportingDescriptor}s of {@code tool.driver.rules}: every registered rule,
 * whether or not it found something, so code scanning can show each rule's help and close the
 * alerts of a rule that stops firing.
 */
final class SarifRules {

    /** GitHub's limit for {@code shortDescription.text}, {@code fullDescription.text}. */
    static final int MAX_DESCRIPTION = 1024;

    private final Map<String, Integer> indexes = new HashMap<>();
    private final ArrayNode descriptors = JsonReport.mapper().createArrayNode();

    /**
     * Describes the rules, linking each to its page under the project's published docs.
     *
     * @param rules the rules, in the order they are written ({@code ruleIndex} counts from 0)
     */
    SarifRules(List<Rule> rules) {
        this(rules, RuleDocs.BASE_URI);
    }

    /**
     * Describes the rules.
     *
     * @param rules the rules, in the order they are written ({@code ruleIndex} counts from 0)
     * @param helpBaseUrl where the rule pages are published ({@link RuleDocs#uri(String, String)})
     */
    SarifRules(List<Rule> rules, String helpBaseUrl) {
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            indexes.put(info.id(), descriptors.size());
            descriptors.add(descriptor(info, helpBaseUrl));
        }
    }

    /** @return the {@code rules} array */
    ArrayNode descriptors() {
        return descriptors;
    }

    /**
     * Returns a rule's position in the {@code rules} array.
     *
     * @param ruleId e.g. {@code PF001}
     * @return the {@code ruleIndex}
     * @throws IllegalStateException for a rule that is not registered
     */
    int index(String ruleId) {
        Integer index = indexes.get(ruleId);
        if (index == null) {
            throw new IllegalStateException("a finding names rule " + ruleId + ", which is not registered");
        }
        return index;
    }

    /**
     * Returns SARIF's {@code level} for a severity.
     *
     * @param severity the severity
     * @return {@code error} or {@code warning}
     */
    static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }

    private static ObjectNode descriptor(RuleInfo info, String helpBaseUrl) {
        ObjectNode rule = JsonReport.mapper().createObjectNode();
        rule.put("id", info.id());
        rule.put("name", info.name());
        rule.putObject("shortDescription").put("text", limit(info.summary()));
        rule.putObject("fullDescription").put("text", limit(info.summary() + " Clause: " + sentence(info.clause())));
        String page = RuleDocs.markdown(info.id());
        ObjectNode help = rule.putObject("help");
        help.put("text", page);
        help.put("markdown", page);
        rule.put("helpUri", RuleDocs.uri(helpBaseUrl, info.id()));
        rule.putObject("defaultConfiguration").put("level", level(info.severity()));
        SarifRuleTraits traits = SarifRuleTraits.of(info);
        ObjectNode properties = rule.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        traits.allTags().forEach(tags::add);
        properties.put("precision", traits.precision());
        properties.put("problem.severity", level(info.severity()));
        properties.put("security-severity", traits.securitySeverity());
        return rule;
    }

    /** Ends a text with a full stop, as SARIF's messages and descriptions should. */
    static String sentence(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty() || stripped.endsWith(".") || stripped.endsWith("!") || stripped.endsWith("?")) {
            return stripped;
        }
        return stripped + ".";
    }

    private static String limit(String text) {
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
    }
}
