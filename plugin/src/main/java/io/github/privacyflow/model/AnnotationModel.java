package io.github.privacyflow.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;

/**
 * One annotation as the class file records it: its type and its explicitly given values.
 *
 * <p>Values keep ASM's representation: strings, boxed primitives, {@link Type} for class
 * literals, {@code String[2]} for enum constants, {@link AnnotationModel} for nested
 * annotations and {@link List} for arrays. Defaults declared by the annotation type are not in
 * the class file, so the accessors take a fallback.
 */
public final class AnnotationModel {

    private final String descriptor;
    private final String typeName;
    private final Map<String, Object> values;

    private AnnotationModel(String descriptor, Map<String, Object> values) {
        this.descriptor = descriptor;
        this.typeName = Type.getType(descriptor).getClassName();
        this.values = values;
    }

    /**
     * Converts ASM annotation nodes, which may be {@code null} when the element has none.
     *
     * @param visible runtime-visible annotations, or {@code null}
     * @param invisible class-retention annotations, or {@code null}
     * @return the annotations in declaration order, visible first
     */
    public static List<AnnotationModel> of(List<AnnotationNode> visible, List<AnnotationNode> invisible) {
        if (visible == null && invisible == null) {
            return List.of();
        }
        List<AnnotationModel> result = new ArrayList<>();
        for (List<AnnotationNode> nodes : List.of(
                visible == null ? List.<AnnotationNode>of() : visible,
                invisible == null ? List.<AnnotationNode>of() : invisible)) {
            for (AnnotationNode node : nodes) {
                result.add(of(node));
            }
        }
        return List.copyOf(result);
    }

    static AnnotationModel of(AnnotationNode node) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (node.values != null) {
            for (int i = 0; i + 1 < node.values.size(); i += 2) {
                values.put((String) node.values.get(i), convert(node.values.get(i + 1)));
            }
        }
        return new AnnotationModel(node.desc, Collections.unmodifiableMap(values));
    }

    private static Object convert(Object value) {
        if (value instanceof AnnotationNode nested) {
            return of(nested);
        }
        if (value instanceof List<?> list) {
            List<Object> converted = new ArrayList<>(list.size());
            for (Object element : list) {
                converted.add(convert(element));
            }
            return Collections.unmodifiableList(converted);
        }
        return value;
    }

    /**
     * Returns the type descriptor, e.g. {@code Lio/github/privacyflow/annotations/Retain;}.
     *
     * @return the descriptor
     */
    public String descriptor() {
        return descriptor;
    }

    /**
     * Returns the annotation type's binary name with dots, e.g. {@code jakarta.persistence.Entity}.
     *
     * @return the class name
     */
    public String typeName() {
        return typeName;
    }

    /**
     * Returns the annotation type's simple name, as a user would write it after {@code @}.
     *
     * @return the simple name
     */
    public String simpleName() {
        String name = typeName();
        return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
    }

    /**
     * Whether the value was given explicitly.
     *
     * @param name the element name
     * @return {@code true} if the class file holds it
     */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * Returns a string value.
     *
     * @param name the element name
     * @return the value if given and a string
     */
    public Optional<String> string(String name) {
        return values.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /**
     * Returns a string-array value; a single string counts as a one-element array.
     *
     * @param name the element name
     * @return the strings, empty if not given
     */
    public List<String> strings(String name) {
        Object value = values.get(name);
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list) {
            List<String> result = new ArrayList<>();
            for (Object element : list) {
                if (element instanceof String s) {
                    result.add(s);
                }
            }
            return List.copyOf(result);
        }
        return List.of();
    }

    /**
     * Returns the constants of an enum or enum-array value ({@code cascade = CascadeType.ALL}).
     *
     * @param name the element name
     * @return the constants' names, e.g. {@code ALL}; empty if not given
     */
    public List<String> enumConstants(String name) {
        Object value = values.get(name);
        List<?> elements = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        List<String> result = new ArrayList<>();
        for (Object element : elements) {
            // ASM gives an enum constant as {descriptor, name}.
            if (element instanceof String[] constant && constant.length == 2) {
                result.add(constant[1]);
            }
        }
        return List.copyOf(result);
    }

    /**
     * Returns an int value.
     *
     * @param name the element name
     * @param fallback the annotation type's default
     * @return the value or the fallback
     */
    public int intValue(String name, int fallback) {
        return values.get(name) instanceof Integer i ? i : fallback;
    }

    /**
     * Returns a boolean value.
     *
     * @param name the element name
     * @param fallback the annotation type's default
     * @return the value or the fallback
     */
    public boolean booleanValue(String name, boolean fallback) {
        return values.get(name) instanceof Boolean b ? b : fallback;
    }

    /**
     * Returns the class literals of a {@code Class<?>} or {@code Class<?>[]} value as internal
     * names.
     *
     * @param name the element name
     * @return internal names such as {@code org/example/Recording}
     */
    public List<String> classes(String name) {
        Object value = values.get(name);
        List<Object> elements = value instanceof List<?> list ? List.copyOf(list) : value == null ? List.of() : List.of(value);
        List<String> result = new ArrayList<>();
        for (Object element : elements) {
            if (element instanceof Type type && type.getSort() == Type.OBJECT) {
                result.add(type.getInternalName());
            }
        }
        return List.copyOf(result);
    }

    /**
     * Returns the nested annotations of an annotation-typed or annotation-array value
     * ({@code @NamedQueries({@NamedQuery(...), ...})}).
     *
     * @param name the element name
     * @return the nested annotations, in order; empty when there are none
     */
    public List<AnnotationModel> annotations(String name) {
        Object value = values.get(name);
        List<Object> elements = value instanceof List<?> list ? List.copyOf(list) : value == null ? List.of() : List.of(value);
        List<AnnotationModel> result = new ArrayList<>();
        for (Object element : elements) {
            if (element instanceof AnnotationModel nested) {
                result.add(nested);
            }
        }
        return List.copyOf(result);
    }

    @Override
    public String toString() {
        return "@" + simpleName() + values;
    }
}
