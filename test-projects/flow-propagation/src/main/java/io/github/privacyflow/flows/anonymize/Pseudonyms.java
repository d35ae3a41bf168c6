package io.github.privacyflow.flows.anonymize;

import io.github.privacyflow.annotations.Anonymizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One-way replacements for personal values, for logs and statistics. */
public final class Pseudonyms {

    private static final byte[] PEPPER = "classroom-2024".getBytes(StandardCharsets.UTF_8);

    private Pseudonyms() {
    }

    /** A salted hash of an address: stable per person, but no longer the address. */
    @Anonymizer
    public static String pseudonym(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(PEPPER);
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An IPv4 address with its host part cut off: the network, not the person. */
    @Anonymizer
    public static String truncateAddress(String address) {
        int lastDot = address.lastIndexOf('.');
        return lastDot < 0 ? "?" : address.substring(0, lastDot) + ".0";
    }
}
