package io.github.privacyflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a JPA relation field says: which operations on its owner it cascades to what it holds, and
 * which classes it holds. The rules (what a cleanup removes with its owner) and the flow sources
 * (what a save writes with it) read relations the same way.
 */
public final class Relations {

    private Relations() {
    }

    /**
     * The operations a relation cascades ({@code ALL}, {@code PERSIST}, {@code MERGE},
     * {@code REMOVE}, ...), {@code REMOVE} too when it removes orphans.
     *
     * @param field a field
     * @param relationKinds the relation annotations asked about, by simple name ({@code OneToMany})
     * @return the cascaded operations, empty when the field is no such relation or cascades nothing
     */
    public static Set<String> cascades(FieldModel field, Set<String> relationKinds) {
        Set<String> cascaded = new TreeSet<>();
        for (AnnotationModel annotation : field.annotations()) {
            String name = annotation.typeName();
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (name.contains("persistence.") && relationKinds.contains(simple)) {
                cascaded.addAll(annotation.enumConstants("cascade"));
                if (annotation.booleanValue("orphanRemoval", false)) {
                    cascaded.add("REMOVE");
                }
            }
        }
        return cascaded;
    }

    /**
     * The classes a relation field holds: its target entity, its declared type and its type
     * arguments (Broadleaf's {@code List<Review>} with {@code targetEntity = ReviewImpl.class}).
     *
     * @param field a field
     * @return the classes' internal names, the target entities first
     */
    public static List<String> heldClasses(FieldModel field) {
        List<String> held = new ArrayList<>();
        for (AnnotationModel annotation : field.annotations()) {
            held.addAll(annotation.classes("targetEntity"));
        }
        held.addAll(field.namedClasses());
        return held;
    }
}
