package io.github.privacyflow.classify;

/**
 * Why a value counts as personal data.
 *
 * @param category the agreement's data category; for name matches the category inferred data
 *     counts as ({@code user-interaction})
 * @param origin how it was classified
 * @param evidence what classified it: the dictionary term for a name match, the annotated
 *     type's name for a type annotation, empty otherwise
 */
public record PersonalClassification(String category, Origin origin, String evidence) {

    /**
     * Whether the classification came from the name dictionaries rather than an annotation.
     *
     * @return {@code true} for name matches
     */
    public boolean inferred() {
        return origin == Origin.NAME;
    }
}
