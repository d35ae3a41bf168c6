package io.github.privacyflow.flow;

import io.github.privacyflow.finding.Anchor;

/**
 * Where personal data enters the analysed code: a field read, a method's result, a parameter,
 * or an instance of a personal type.
 *
 * @param description the data as messages name it, e.g. {@code Participant.email}
 * @param category the agreement's category
 * @param inferred whether only the name classified it ("inferred from the name")
 * @param holderType internal name of the type the data belongs to (for retention), or {@code null}
 * @param anchor where the source is declared, for the path's first step
 * @param instance whether the data is a whole instance of {@link #holderType()}, rather than a value read from it
 */
public record DataSource(String description, String category, boolean inferred, String holderType, Anchor anchor,
        boolean instance) {

    /**
     * A source that is a value, not a whole instance.
     *
     * @param description the data as messages name it
     * @param category the category
     * @param inferred whether only the name classified it
     * @param holderType the type the data belongs to, or {@code null}
     * @param anchor where the source is declared
     */
    public DataSource(String description, String category, boolean inferred, String holderType, Anchor anchor) {
        this(description, category, inferred, holderType, anchor, false);
    }

    /**
     * Returns the data as messages name it, with its category.
     *
     * @return e.g. {@code Participant.email (user-interaction, inferred from the name)}
     */
    public String describe() {
        return description + " (" + category + (inferred ? ", inferred from the name" : "") + ")";
    }

    /**
     * Whether only a name outside the program's declarations says this is personal: a parameter's
     * name or a library getter's. Such evidence stands alone only: where declared data reaches
     * the same sink, the finding names that data.
     *
     * @return {@code true} for name-inferred data that belongs to no program type
     */
    public boolean weak() {
        return inferred && holderType == null && !instance;
    }
}
