package io.github.privacyflow.model;

import java.util.List;
import java.util.Optional;

/** A program element that carries annotations in its class file. */
public interface Annotated {

    /**
     * Returns the element's annotations, visible and class-retention ones.
     *
     * @return the annotations
     */
    List<AnnotationModel> annotations();

    /**
     * Finds an annotation by type.
     *
     * @param typeName binary name with dots, e.g. {@code jakarta.persistence.Entity}
     * @return the annotation, if present
     */
    default Optional<AnnotationModel> annotation(String typeName) {
        for (AnnotationModel annotation : annotations()) {
            if (annotation.typeName().equals(typeName)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the element carries any of the given annotation types.
     *
     * @param typeNames binary names with dots
     * @return {@code true} if one is present
     */
    default boolean hasAnyAnnotation(java.util.Collection<String> typeNames) {
        for (AnnotationModel annotation : annotations()) {
            if (typeNames.contains(annotation.typeName())) {
                return true;
            }
        }
        return false;
    }
}
