package io.github.privacyflow.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The JPA queries a type declares by name: {@code @NamedQuery} and {@code @NamedNativeQuery},
 * alone or inside their {@code @NamedQueries}/{@code @NamedNativeQueries} containers. The rules
 * (which deletes clean up by age) and the flow models (which queries write) read them alike.
 */
public final class NamedQueries {

    /**
     * A named query as declared.
     *
     * @param name its name, empty when the annotation gives none
     * @param text its JPQL, or SQL for a native one
     * @param isNative whether it is a {@code @NamedNativeQuery}
     */
    public record NamedQuery(String name, String text, boolean isNative) {
    }

    private NamedQueries() {
    }

    /**
     * The named queries a type declares, in the order of its annotations.
     *
     * @param type a program type
     * @return its named queries that have a text
     */
    public static List<NamedQuery> declaredBy(ClassModel type) {
        List<NamedQuery> found = new ArrayList<>();
        for (AnnotationModel annotation : type.annotations()) {
            String container = annotation.typeName();
            List<AnnotationModel> queries = container.endsWith("persistence.NamedQueries") || container.endsWith("persistence.NamedNativeQueries")
                    ? annotation.annotations("value") : List.of(annotation);
            for (AnnotationModel query : queries) {
                boolean isNative = query.typeName().endsWith("persistence.NamedNativeQuery");
                if (isNative || query.typeName().endsWith("persistence.NamedQuery")) {
                    query.string("query").ifPresent(text -> found.add(new NamedQuery(query.string("name").orElse(""), text, isNative)));
                }
            }
        }
        return found;
    }
}
