package io.github.privacyflow.classify;

/**
 * Why a value counts as special-category data.
 *
 * @param kind the sensitive kind, e.g. {@code health}
 * @param origin how it was classified
 * @param evidence the dictionary term for a name match, empty otherwise
 */
public record SensitiveClassification(String kind, Origin origin, String evidence) {
}
