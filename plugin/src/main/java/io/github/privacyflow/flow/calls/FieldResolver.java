package io.github.privacyflow.flow.calls;

import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves field instructions to the program fields they access. A field instruction names the
 * class it was compiled against, which may be a subclass of the declaring one; the analysis
 * keys a field by its declaring class so that a write through one subclass is seen by a read
 * through another.
 */
public final class FieldResolver {

    private record MemberKey(String owner, String name) {
    }

    private final ClassHierarchy hierarchy;
    private final Map<MemberKey, String> keys = new HashMap<>();

    /**
     * Creates a resolver over a hierarchy.
     *
     * @param hierarchy the program's hierarchy
     */
    public FieldResolver(ClassHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /**
     * Finds the program field a field instruction names, through the super classes, as the JVM
     * resolves it.
     *
     * @param owner the class the instruction names
     * @param name the field's name
     * @return the field, empty when no program class on the way declares it
     */
    public Optional<FieldModel> field(String owner, String name) {
        String current = owner;
        // A corrupt class path can make two classes extend each other; each class is seen once.
        Set<String> seen = new HashSet<>();
        while (current != null && seen.add(current)) {
            Optional<ClassModel> model = hierarchy.programClass(current);
            if (model.isEmpty()) {
                return Optional.empty();
            }
            Optional<FieldModel> field = model.get().field(name);
            if (field.isPresent()) {
                return field;
            }
            current = model.get().superName();
        }
        return Optional.empty();
    }

    /**
     * Returns the key of a field: {@code declaringClass#name} when the program declares it,
     * otherwise the class the instruction names. Looked up once per instruction owner and name.
     *
     * @param owner the class the instruction names
     * @param name the field's name
     * @return the key
     */
    public String key(String owner, String name) {
        return keys.computeIfAbsent(new MemberKey(owner, name), key -> field(owner, name)
                .map(field -> field.declaringClass().internalName() + "#" + name).orElse(owner + "#" + name));
    }

    /**
     * Tells whether a field key names a field the program declares, so that data may be
     * written back into it.
     *
     * @param key a key from {@link #key}
     * @return whether the program declares the field
     */
    public boolean isProgramField(String key) {
        int hash = key.indexOf('#');
        return hash > 0 && field(key.substring(0, hash), key.substring(hash + 1)).isPresent();
    }
}
