package io.github.privacyflow.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The rule pages ({@code docs/rules/PFnnn.md}), bundled in the plugin jar, and where they are
 * published. SARIF's {@code help} and the HTML report show them.
 */
public final class RuleDocs {

    /** Where the rule pages are published, for links such as SARIF's {@code helpUri}. */
    public static final String BASE_URI = "https://github.com/privacyflow/privacyflow/blob/main/docs/rules/";

    private RuleDocs() {
    }

    /**
     * Returns a rule's page as Markdown.
     *
     * @param ruleId e.g. {@code PF001}
     * @return the page's text
     * @throws IllegalStateException when the page is missing from the jar, a packaging bug
     */
    public static String markdown(String ruleId) {
        try (InputStream in = RuleDocs.class.getResourceAsStream("rules/" + ruleId + ".md")) {
            if (in == null) {
                throw new IllegalStateException("the rule page " + ruleId + ".md is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a rule page's address.
     *
     * @param ruleId e.g. {@code PF001}
     * @return the URI of the published page
     */
    public static String uri(String ruleId) {
        return BASE_URI + ruleId + ".md";
    }
}
