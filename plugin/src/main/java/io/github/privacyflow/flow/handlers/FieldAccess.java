package io.github.privacyflow.flow.handlers;

/**
 * A method that stands for a field access, such as the accessors a persistence provider's
 * bytecode enhancer adds to entities. Their state-manager plumbing would mix every field of
 * every entity; modelled as the access they mean, they pass on exactly that field's data.
 *
 * @param kind what the method does
 * @param field the field read or written; {@code null} for {@link Kind#OTHER}
 */
public record FieldAccess(Kind kind, String field) {

    /** What an accessor does. */
    public enum Kind {
        /** Returns the field's value. */
        GETTER,
        /** Stores its last argument into the field. */
        SETTER,
        /** Enhancer plumbing that passes no data on. */
        OTHER
    }
}
