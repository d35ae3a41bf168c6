package io.github.privacyflow.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bundled library knowledge the declaration rules use: persistence annotations, erasure
 * calls and which types can hold a person's data. Loaded once; immutable.
 */
public final class Catalogs {

    private static final Catalogs INSTANCE = new Catalogs();

    private final Set<String> persistedTypeAnnotations;
    private final Map<String, List<String>> tableNameAttributes;
    private final Set<String> unpersistedFieldAnnotations;
    private final Set<String> relationAnnotations;
    private final Set<String> removeCalls;
    private final List<String> repositoryPackages;
    private final Set<String> typedByClassArgument;
    private final Set<String> jdkValueTypes;
    private final Set<String> holderTypes;
    private final List<String> jdkValuePackages;
    private final List<String> behaviourSuffixes;
    private final Set<String> generatedCodeAnnotations;

    private Catalogs() {
        CatalogFile persistence = CatalogFile.load("persistence.catalog");
        persistedTypeAnnotations = Set.copyOf(persistence.section("persisted-type-annotations"));
        Map<String, List<String>> attributes = new HashMap<>();
        for (CatalogEntry entry : persistence.entries("table-name-attributes")) {
            attributes.merge(entry.get(CatalogField.CLASS), List.of(entry.get(CatalogField.IDENTIFIER)), (a, b) -> {
                List<String> both = new java.util.ArrayList<>(a);
                both.addAll(b);
                return List.copyOf(both);
            });
        }
        tableNameAttributes = Map.copyOf(attributes);
        unpersistedFieldAnnotations = Set.copyOf(persistence.section("unpersisted-field-annotations"));
        relationAnnotations = Set.copyOf(persistence.section("relation-annotations"));
        CatalogFile erasure = CatalogFile.load("erasure.catalog");
        removeCalls = Set.copyOf(erasure.section("remove-calls"));
        repositoryPackages = erasure.section("repository-packages");
        typedByClassArgument = Set.copyOf(erasure.section("typed-by-class-argument"));
        CatalogFile dataTypes = CatalogFile.load("data-types.catalog");
        holderTypes = Set.copyOf(dataTypes.section("holder-types"));
        Set<String> valueTypes = new HashSet<>(dataTypes.section("jdk-value-types"));
        valueTypes.addAll(holderTypes);
        jdkValueTypes = Set.copyOf(valueTypes);
        jdkValuePackages = dataTypes.section("jdk-value-packages");
        behaviourSuffixes = dataTypes.section("behaviour-suffixes");
        generatedCodeAnnotations = Set.copyOf(dataTypes.section("generated-code-annotations"));
    }

    /**
     * Returns the shared instance.
     *
     * @return the catalogues
     */
    public static Catalogs bundled() {
        return INSTANCE;
    }

    /**
     * Returns the annotations that make a type persisted (JPA, Spring Data).
     *
     * @return binary names with dots
     */
    public Set<String> persistedTypeAnnotations() {
        return persistedTypeAnnotations;
    }

    /**
     * Returns, per annotation, the attributes that name a table or collection.
     *
     * @return annotation binary name to attribute names
     */
    public Map<String, List<String>> tableNameAttributes() {
        return tableNameAttributes;
    }

    /**
     * Returns the annotations that keep a field of a mapped type out of its table or document
     * (JPA's and Spring Data's {@code @Transient}).
     *
     * @return binary names with dots
     */
    public Set<String> unpersistedFieldAnnotations() {
        return unpersistedFieldAnnotations;
    }

    /**
     * Returns the annotations that make a mapped type's field a reference to another row (JPA's
     * {@code @ManyToOne}, {@code @OneToOne}, {@code @JoinColumn}).
     *
     * @return binary names with dots
     */
    public Set<String> relationAnnotations() {
        return relationAnnotations;
    }

    /**
     * Returns the methods whose argument is an entity being deleted, as {@code Class#method}.
     *
     * @return the remove calls
     */
    public Set<String> removeCalls() {
        return removeCalls;
    }

    /**
     * Returns the package prefixes of Spring Data repository interfaces.
     *
     * @return prefixes with dots
     */
    public List<String> repositoryPackages() {
        return repositoryPackages;
    }

    /**
     * Returns the methods whose result type is named by a {@code Class} argument.
     *
     * @return {@code Class#method} entries
     */
    public Set<String> typedByClassArgument() {
        return typedByClassArgument;
    }

    /**
     * Returns the annotations that mark code a generator wrote (Lombok's builders).
     *
     * @return binary names with dots
     */
    public Set<String> generatedCodeAnnotations() {
        return generatedCodeAnnotations;
    }

    /**
     * Whether instances of a library type hold one value that changes ({@code ThreadLocal},
     * {@code AtomicReference}): a {@code static final} field of one is a variable, not a constant.
     *
     * @param className binary name with dots
     * @return {@code true} for a holder type of {@code data-types.catalog}
     */
    public boolean isHolderType(String className) {
        return holderTypes.contains(className);
    }

    /**
     * Whether a declared type can hold a person's data, so that a name matching the
     * dictionaries means something.
     *
     * @param className binary name with dots, after stripping array dimensions; primitives
     *     pass as their keyword
     * @return {@code true} for value types, collections, and domain types that are not services
     */
    public boolean canHoldData(String className) {
        if (!className.contains(".")) {
            return true;
        }
        if (className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.")) {
            if (jdkValueTypes.contains(className)) {
                return true;
            }
            for (String prefix : jdkValuePackages) {
                if (className.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
        String simpleName = className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
        for (String suffix : behaviourSuffixes) {
            if (simpleName.endsWith(suffix)) {
                return false;
            }
        }
        return true;
    }
}
