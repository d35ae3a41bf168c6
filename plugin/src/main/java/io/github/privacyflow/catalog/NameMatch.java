package io.github.privacyflow.catalog;
public record NameMatch(String term, String family) { }
