package io.github.privacyflow.report;

import io.github.privacyflow.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Escaping and small text helpers for the HTML report. */
final class HtmlText {

    private HtmlText() {
    }

    /**
     * Escapes text for HTML element content and quoted attribute values.
     *
     * @param text any text, {@code null} as empty
     * @return the text with {@code & < > " '} escaped
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Makes a string usable as (part of) an element id: lower-case letters, digits and dashes.
     *
     * @param text any text
     * @return the id part
     */
    static String slug(String text) {
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (char c : text.toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                out.append(Character.toLowerCase(c));
                dash = false;
            } else if (!dash && out.length() > 0) {
                out.append('-');
                dash = true;
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.length() == 0 ? "x" : out.toString();
    }

    /**
     * Shortens text to a number of characters, ending it with an ellipsis when cut.
     *
     * @param text the text
     * @param max the most characters to keep, the ellipsis included
     * @return the text, cut if needed
     */
    static String truncate(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end).stripTrailing() + "\u2026";
    }

    /**
     * Renders a location as escaped HTML: the folder muted, the file name and the line emphasised.
     *
     * @param location the location
     * @param paths makes the file relative
     * @return the HTML
     */
    static String location(SourceLocation location, ReportPaths paths) {
        String relative = paths.relative(location.file());
        int slash = relative.lastIndexOf('/');
        String folder = slash < 0 ? "" : relative.substring(0, slash + 1);
        String name = relative.substring(slash + 1);
        StringBuilder out = new StringBuilder("<span class=\"loc\" title=\"").append(escape(plainLocation(location, paths)))
                .append("\">");
        if (!folder.isEmpty()) {
            out.append("<span class=\"dir\">").append(escape(folder)).append("</span>");
        }
        out.append("<span class=\"file\">").append(escape(name)).append("</span>");
        if (location.line() > 0) {
            out.append("<span class=\"line\">:").append(location.line());
            if (location.column() > 0) {
                out.append(':').append(location.column());
            }
            out.append("</span>");
        }
        return out.append("</span>").toString();
    }

    /**
     * Renders a location as plain text, {@code path:line:column}.
     *
     * @param location the location
     * @param paths makes the file relative
     * @return the text, unescaped
     */
    static String plainLocation(SourceLocation location, ReportPaths paths) {
        String fileAndLine = paths.relative(location);
        return location.line() > 0 && location.column() > 0 ? fileAndLine + ":" + location.column() : fileAndLine;
    }

    /**
     * Reads one of the report's resources (template, style sheet, script).
     *
     * @param name the file name under {@code html/}
     * @return its text, with {@code \n} line ends
     */
    static String resource(String name) {
        try (InputStream in = HtmlText.class.getResourceAsStream("html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the HTML report resource " + name + " is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Formats a count with its noun, e.g. "1 sink call", "3 sink calls".
     *
     * @param count the count
     * @param singular the noun
     * @param plural the plural noun
     * @return the phrase
     */
    static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
