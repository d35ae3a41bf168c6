package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.classify.DataClassifier;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * What printing an object shows: its {@code toString()}. An object that is personal data because
 * of the personal fields it holds is personal data in a log only if what is printed is (an entity
 * whose {@code toString} prints its class and random key is not). An instance of a type declared
 * {@code @PersonalData} is personal data wherever it goes.
 *
 * <p>The answer comes from the bytecode of the {@code toString} the object's class and every
 * program subclass use, and of the methods it calls, a few calls deep: it shows personal
 * data when it reads a personal field (or a field of a {@code @PersonalData} type), prints a
 * field whose own class's {@code toString} does, or prints by reflection (Commons Lang's
 * {@code ReflectionToStringBuilder}, a record's generated {@code toString}). {@link Object}'s own
 * {@code toString} prints a class name and a hash. A dependency's classes are read the same way;
 * a {@code toString} inherited from a JDK class other than {@code Object} (a collection's prints its
 * elements), from a class the classpath lacks, or code too deep to follow, is taken to show everything.
 */
final class PrintedForms implements LibraryModel {

    private static final String TO_STRING = "()Ljava/lang/String;";
    /** Calls followed from a {@code toString}: getters and helpers, rarely deeper. */
    private static final int MAX_DEPTH = 4;

    private final ClassHierarchy hierarchy;
    private final DataClassifier classifier;
    private final Map<String, Boolean> showsPersonal = new HashMap<>();

    PrintedForms(HandlerContext context) {
        this.hierarchy = context.hierarchy();
        this.classifier = context.classifier();
    }

    @Override
    public boolean printsNothingPersonal(String type) {
        Boolean known = showsPersonal.get(type);
        if (known == null) {
            // The declaration makes every instance personal data, whatever its toString prints.
            known = declaredPersonal(type) || printsPersonal(type, 0, new HashSet<>());
            showsPersonal.put(type, known);
        }
        return !known;
    }

    private boolean declaredPersonal(String type) {
        for (String supertype : hierarchy.supertypes(type)) {
            Optional<ClassModel> model = hierarchy.programClass(supertype);
            if (model.isPresent() && classifier.personalType(model.get()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private boolean printsPersonal(String type, int depth, Set<String> seenTypes) {
        if (!seenTypes.add(type)) {
            // Printing an object that prints itself again: the first visit decides.
            return false;
        }
        if (depth > MAX_DEPTH) {
            return true;
        }
        Set<String> classes = new LinkedHashSet<>();
        classes.add(type);
        for (ClassModel subtype : hierarchy.programSubtypes(type)) {
            classes.add(subtype.internalName());
        }
        Set<MethodModel> seenMethods = new HashSet<>();
        boolean concreteSeen = false;
        for (String candidate : classes) {
            if (isAbstractOrInterface(candidate)) {
                // No instance is of this class itself: its subclasses, in this loop, are what gets printed.
                continue;
            }
            concreteSeen = true;
            Optional<MethodModel> toString = implementation(candidate, "toString", TO_STRING);
            if (toString.isEmpty()) {
                if (inheritsObjectsToString(candidate)) {
                    continue;
                }
                return true;
            }
            if (bodyShowsPersonal(toString.get(), candidate, depth, seenTypes, seenMethods)) {
                return true;
            }
        }
        // An interface no class here implements (a dependency's) prints what classes elsewhere print.
        return !concreteSeen;
    }

    /** A class whose code this model reads: the program's, or a dependency's (not the JDK's). */
    private Optional<ClassModel> code(String type) {
        Optional<ClassModel> program = hierarchy.programClass(type);
        return program.isPresent() ? program : hierarchy.libraryClass(type);
    }

    private boolean isAbstractOrInterface(String type) {
        return code(type).map(model -> model.isInterface() || (model.node().access & Opcodes.ACC_ABSTRACT) != 0)
                .orElse(false);
    }

    /** Whether no class between the type and {@link Object} whose code is known declares a toString, and the chain reaches Object. */
    private boolean inheritsObjectsToString(String type) {
        String current = type;
        Set<String> seen = new HashSet<>();
        while (current != null && seen.add(current)) {
            Optional<ClassModel> model = code(current);
            if (model.isEmpty()) {
                return current.equals("java/lang/Object");
            }
            if (model.get().method("toString", TO_STRING).isPresent()) {
                return false;
            }
            current = model.get().superName();
        }
        return false;
    }

    /** The program method an instance of the class runs for the name: its own or the nearest program superclass's. */
    private Optional<MethodModel> implementation(String type, String name, String descriptor) {
        return nearest(type, model -> model.method(name, descriptor).filter(method -> !method.isAbstract()));
    }

    /**
     * The first answer up the superclass chain from a type, over the classes whose code this
     * model reads; empty when a class without code, or the chain's end, comes first.
     */
    private <T> Optional<T> nearest(String type, Function<ClassModel, Optional<T>> lookup) {
        String current = type;
        Set<String> seen = new HashSet<>();
        while (current != null && seen.add(current)) {
            Optional<ClassModel> model = code(current);
            if (model.isEmpty()) {
                return Optional.empty();
            }
            Optional<T> found = lookup.apply(model.get());
            if (found.isPresent()) {
                return found;
            }
            current = model.get().superName();
        }
        return Optional.empty();
    }

    private boolean bodyShowsPersonal(MethodModel method, String receiverType, int depth, Set<String> seenTypes,
            Set<MethodModel> seenMethods) {
        if (!seenMethods.add(method) || method.node().instructions == null) {
            return false;
        }
        if (depth > MAX_DEPTH) {
            return true;
        }
        for (AbstractInsnNode insn : method.node().instructions) {
            if (insn instanceof FieldInsnNode field && (insn.getOpcode() == Opcodes.GETFIELD || insn.getOpcode() == Opcodes.GETSTATIC)
                    && fieldShowsPersonal(field, depth, seenTypes)) {
                return true;
            }
            if (insn instanceof InvokeDynamicInsnNode indy && indy.bsm.getOwner().equals("java/lang/runtime/ObjectMethods")) {
                // A record's generated toString prints every component.
                return true;
            }
            if (insn instanceof MethodInsnNode call && callShowsPersonal(call, receiverType, depth, seenTypes, seenMethods)) {
                return true;
            }
        }
        return false;
    }

    private boolean fieldShowsPersonal(FieldInsnNode insn, int depth, Set<String> seenTypes) {
        Optional<FieldModel> field = declaredField(insn.owner, insn.name);
        if (field.isEmpty()) {
            return false;
        }
        if (classifier.personalField(field.get()).isPresent() || classifier.personalType(field.get().declaringClass()).isPresent()) {
            return true;
        }
        Type type = Type.getType(insn.desc);
        if (type.getSort() == Type.OBJECT && hierarchy.programClass(type.getInternalName()).isPresent()
                && !hierarchy.isSubtype(type.getInternalName(), "java/lang/Enum")) {
            // A field printed prints its own toString.
            return printsPersonal(type.getInternalName(), depth + 1, seenTypes);
        }
        return false;
    }

    private Optional<FieldModel> declaredField(String owner, String name) {
        return nearest(owner, model -> model.field(name));
    }

    private boolean callShowsPersonal(MethodInsnNode call, String receiverType, int depth, Set<String> seenTypes,
            Set<MethodModel> seenMethods) {
        if (call.name.equals("reflectionToString") || call.owner.endsWith("/ReflectionToStringBuilder")) {
            return true;
        }
        if (code(call.owner).isEmpty()) {
            // The JDK's code (StringBuilder, getClass().getSimpleName()) prints what it is given.
            return false;
        }
        // A call on this object runs what the printed object's class has; any other call, what its owner has.
        String from = call.getOpcode() != Opcodes.INVOKESTATIC && hierarchy.isSubtype(receiverType, call.owner) ? receiverType : call.owner;
        Optional<MethodModel> target = implementation(from, call.name, call.desc);
        if (target.isPresent() && (from.equals(receiverType) || hierarchy.programClass(target.get().declaringClass().internalName()).isPresent())) {
            return bodyShowsPersonal(target.get(), from, depth + 1, seenTypes, seenMethods);
        }
        // A dependency's helper (a ToStringBuilder) prints what the body gives it, which the body
        // read itself; an interface's method runs what the program's implementations of it do.
        boolean anyBody = false;
        for (ClassModel implementation : hierarchy.programSubtypes(call.owner)) {
            Optional<MethodModel> method = implementation(implementation.internalName(), call.name, call.desc);
            if (method.isPresent()) {
                anyBody = true;
                if (bodyShowsPersonal(method.get(), implementation.internalName(), depth + 1, seenTypes, seenMethods)) {
                    return true;
                }
            }
        }
        if (target.isEmpty() && (call.name.equals("toString") || call.name.equals("name")) && call.desc.equals(TO_STRING)
                && hierarchy.programClass(call.owner).map(ClassModel::isEnum).orElse(false)) {
            // An enum constant's own toString or name() prints the constant's name: a word of the program.
            return false;
        }
        // A program method with no body anywhere is unknown, taken to show everything.
        return target.isEmpty() && !anyBody && hierarchy.programClass(call.owner).isPresent();
    }
}
