package io.github.privacyflow.classify;

/** How the plugin knows a value is personal or sensitive data. */
public enum Origin {
    /** An annotation on the element itself (or on its getter). */
    ANNOTATION,
    /** An annotation on the enclosing type, which classifies every instance. */
    TYPE_ANNOTATION,
    /** The policy's {@code sources:} list. */
    POLICY,
    /** The element's name matched a dictionary ("inferred from the name"). */
    NAME
}
