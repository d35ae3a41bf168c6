package io.github.privacyflow.report;

import io.github.privacyflow.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's stable identity: rule, file and the element it is about, not its line, so moving
 * code or editing elsewhere in the file keeps it. SARIF's {@code primaryLocationLineHash} and
 * the baseline both use it.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /**
     * Computes the fingerprint.
     *
     * @param finding the finding
     * @param paths makes the file relative, so the fingerprint is the same on every machine
     * @return 16 hex digits
     */
    public static String of(Finding finding, ReportPaths paths) {
        String key = finding.ruleId() + "|" + paths.relative(finding.file()) + "|" + finding.elementSignature();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
