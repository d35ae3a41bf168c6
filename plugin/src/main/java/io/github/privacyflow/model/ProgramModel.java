package io.github.privacyflow.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The classes of one module, read from its class files, with the lookups the rules need:
 * by name, the module-internal class hierarchy and package annotations.
 */
public final class ProgramModel {

    private final Map<String, ClassModel> classes;
    private final Map<String, ClassModel> packageInfos;

    /**
     * Builds the model from the classes read; {@code package-info} classes are kept apart.
     *
     * @param classModels the classes, in any order
     */
    public ProgramModel(Collection<ClassModel> classModels) {
        Map<String, ClassModel> byName = new TreeMap<>();
        Map<String, ClassModel> packages = new TreeMap<>();
        for (ClassModel model : classModels) {
            if (model.isPackageInfo()) {
                packages.put(model.packageName(), model);
            } else {
                byName.put(model.internalName(), model);
            }
        }
        this.classes = Collections.unmodifiableMap(byName);
        this.packageInfos = Collections.unmodifiableMap(packages);
        for (ClassModel model : byName.values()) {
            model.outerName().map(byName::get).filter(outer -> !nestedIn(outer, model)).ifPresent(model::linkOuter);
        }
    }

    /**
     * Whether {@code outer} is {@code model} or nested in it through the links made so far. A
     * corrupt {@code InnerClasses} attribute can name a class its own outer class; linked, the
     * walks out to the enclosing classes would never end.
     */
    private static boolean nestedIn(ClassModel outer, ClassModel model) {
        for (ProgramElement cursor = outer; cursor != null; cursor = cursor.enclosing()) {
            if (cursor == model) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the classes, sorted by name so every run visits them in the same order.
     *
     * @return the classes
     */
    public Collection<ClassModel> classes() {
        return classes.values();
    }

    /**
     * Finds a class of the module.
     *
     * @param internalName e.g. {@code org/example/Room}
     * @return the class, if the module declares it
     */
    public Optional<ClassModel> find(String internalName) {
        return Optional.ofNullable(classes.get(internalName));
    }

    /**
     * Returns the annotations of a package, from its {@code package-info} class.
     *
     * @param packageName with dots
     * @return the annotations, empty when there is no {@code package-info}
     */
    public List<AnnotationModel> packageAnnotations(String packageName) {
        ClassModel info = packageInfos.get(packageName);
        return info == null ? List.of() : info.annotations();
    }

    /**
     * Returns the {@code package-info} class of a package.
     *
     * @param packageName with dots
     * @return the package-info class, if compiled
     */
    public Optional<ClassModel> packageInfo(String packageName) {
        return Optional.ofNullable(packageInfos.get(packageName));
    }

    /**
     * Returns the {@code package-info} classes.
     *
     * @return the package-info classes, by package
     */
    public Collection<ClassModel> packageInfos() {
        return packageInfos.values();
    }

    /**
     * Returns the class and its super classes that the module declares, nearest first.
     *
     * @param model a class of the module
     * @return the chain, starting with {@code model}
     */
    public List<ClassModel> selfAndSuperclasses(ClassModel model) {
        List<ClassModel> chain = new ArrayList<>();
        ClassModel current = model;
        while (current != null && !chain.contains(current)) {
            chain.add(current);
            current = current.superName() == null ? null : classes.get(current.superName());
        }
        return chain;
    }

    /**
     * Whether {@code candidate} is {@code target} or one of its module-declared super types,
     * through super classes and interfaces.
     *
     * @param target internal name of the type whose super types are walked
     * @param candidate internal name to look for
     * @return {@code true} if {@code candidate} is {@code target} or above it
     */
    public boolean isSelfOrSupertype(String target, String candidate) {
        // Walked with a visited set: corrupt class files can make the hierarchy a cycle.
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.push(target);
        while (!pending.isEmpty()) {
            String type = pending.pop();
            if (type.equals(candidate)) {
                return true;
            }
            ClassModel model = classes.get(type);
            if (model == null || !seen.add(type)) {
                continue;
            }
            if (model.superName() != null) {
                pending.push(model.superName());
            }
            for (String anInterface : model.interfaces()) {
                pending.push(anInterface);
            }
        }
        return false;
    }
}
