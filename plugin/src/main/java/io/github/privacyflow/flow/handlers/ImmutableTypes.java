package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.calls.ClassHierarchy;
import java.util.List;

/**
 * Types whose values never change ({@code library-models.catalog}, {@code [immutable-types]}):
 * a call on one returns a new value and leaves the receiver as it was, however fluent its
 * signature looks ({@code BigDecimal.add}, {@code LocalDate.plusDays}).
 */
final class ImmutableTypes {

    private final List<String> types;
    private final ClassHierarchy hierarchy;

    /**
     * @param types internal names, or package prefixes ending in {@code /}
     * @param hierarchy the program's hierarchy, for subtypes of a listed type
     */
    ImmutableTypes(List<String> types, ClassHierarchy hierarchy) {
        this.types = types;
        this.hierarchy = hierarchy;
    }

    /** Whether values of a class never change. */
    boolean contains(String owner) {
        for (String immutable : types) {
            if (immutable.endsWith("/") ? owner.startsWith(immutable) : hierarchy.isSubtype(owner, immutable)) {
                return true;
            }
        }
        return false;
    }
}
