package io.github.privacyflow.catalog;

/**
 * A dictionary hit: which term an identifier matched and what kind of data it names.
 *
 * <p>Both values come straight from the bundled dictionary files, so a finding can quote the
 * term a user can look up there.
 *
 * @param term the dictionary term that matched, as written in the file, e.g. {@code email address}
 * @param family the personal-data family of the term (e.g. {@code contact}, {@code network-id}),
 *     or, for the sensitive dictionary, the sensitive kind (e.g. {@code health})
 */
public record NameMatch(String term, String family) {
}
