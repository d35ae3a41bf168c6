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

    /**
     * Where the project publishes the rule pages, for links such as SARIF's {@code helpUri}: the
     * {@code docs/rules} folder of its repository, which GitHub renders. A build may point
     * elsewhere with {@code privacyflow.helpBaseUrl}.
     */
    public static final String BASE_URI = "https://github.com/privacyflow/privacyflow/blob/main/docs/rules/";

    /** In a base URL, where the rule's id goes, e.g. {@code https://docs.example.org/{rule}.html}. */
    public static final String RULE_TOKEN = "{rule}";

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
        return uri(BASE_URI, ruleId);
    }

    /**
     * Returns a rule page's address under a base URL.
     *
     * @param baseUrl an address {@link #checkBaseUrl(String) checked} before; {@code {rule}} in it
     *     is replaced by the id, otherwise {@code PF001.md} is appended (after a {@code /})
     * @param ruleId e.g. {@code PF001}
     * @return the URI of the page
     */
    public static String uri(String baseUrl, String ruleId) {
        if (baseUrl.contains(RULE_TOKEN)) {
            return baseUrl.replace(RULE_TOKEN, ruleId);
        }
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + ruleId + ".md";
    }

    /**
     * Checks a base URL for rule pages: SARIF viewers open {@code helpUri} in a browser, so it
     * must be an absolute http or https address.
     *
     * @param baseUrl the configured address
     * @return the address, stripped of surrounding blanks
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static String checkBaseUrl(String baseUrl) {
        String url = baseUrl == null ? "" : baseUrl.strip();
        java.net.URI parsed;
        try {
            parsed = new java.net.URI(uri(url, "PF001"));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a valid URL: " + e.getReason());
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || parsed.getHost() == null) {
            throw new IllegalArgumentException("'" + url + "' must be an absolute http or https URL, e.g. " + BASE_URI);
        }
        return url;
    }
}
