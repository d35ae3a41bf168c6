package io.github.privacyflow.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.privacyflow.model.SourceLocation;
import java.nio.charset.StandardCharsets;

/**
 * SARIF {@code physicalLocation}s: a URI relative to the reactor root (which code scanning reads
 * against the repository root), percent-encoded, with {@code uriBaseId} {@code %SRCROOT%}, and a
 * region that never holds a 0.
 *
 * <p>GitHub code scanning needs a {@code region.startLine} on every result (the Multitool's
 * GH1003 rule makes its absence an error), so a location whose line is unknown (a class file
 * without a line table, a file-level finding) points at line 1, the top of the file, with no
 * column. A known line without a known column gets no {@code startColumn}.
 */
final class SarifLocations {

    /** The base the relative URIs are resolved against: the reactor (repository) root. */
    static final String SRCROOT = "%SRCROOT%";

    private final ReportPaths paths;

    SarifLocations(ReportPaths paths) {
        this.paths = paths;
    }

    /**
     * Builds a {@code physicalLocation}.
     *
     * @param location the finding's or step's location
     * @return the SARIF object
     */
    ObjectNode physicalLocation(SourceLocation location) {
        ObjectNode physical = JsonReport.mapper().createObjectNode();
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(location));
        artifact.put("uriBaseId", SRCROOT);
        ObjectNode region = physical.putObject("region");
        region.put("startLine", Math.max(location.line(), 1));
        if (location.line() > 0 && location.column() > 0) {
            region.put("startColumn", location.column());
        }
        return physical;
    }

    /**
     * Returns a location's file as a relative URI reference.
     *
     * @param location the location
     * @return e.g. {@code src/main/java/org/example/Student.java}, never empty
     */
    String uri(SourceLocation location) {
        String relative = paths.relative(location.file());
        if (relative.isEmpty()) {
            throw new IllegalArgumentException("a finding is located at the reactor root itself: " + location);
        }
        return encode(relative);
    }

    /**
     * Percent-encodes a relative path with {@code /} separators as an RFC 3986 relative reference:
     * every byte of the UTF-8 form outside the unreserved set and the sub-delimiters is encoded,
     * as {@code Path.toUri()} does; {@code :} is encoded too, so a first segment such as
     * {@code a:b} cannot read as a scheme.
     *
     * @param relative e.g. {@code src/main/java/My Class.java}
     * @return e.g. {@code src/main/java/My%20Class.java}
     */
    static String encode(String relative) {
        StringBuilder uri = new StringBuilder(relative.length() + 16);
        for (byte b : relative.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnencoded(c)) {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return uri.toString();
    }

    private static boolean isUnencoded(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/!$&'()*+,;=@".indexOf(c) >= 0;
    }
}
