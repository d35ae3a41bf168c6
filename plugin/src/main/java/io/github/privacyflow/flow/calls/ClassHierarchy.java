package io.github.privacyflow.flow.calls;

import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * The type hierarchy the flow analysis needs: the program's classes (the module and its reactor
 * dependencies, with their code) and, read lazily, the library classes of the classpath and the
 * JDK: their headers, and for the models that read what a dependency does, the calls its methods
 * make or its code. A class missing from the classpath is reported once and treated as having no
 * known super types.
 */
public final class ClassHierarchy implements AutoCloseable {

    /**
     * A class's place in the hierarchy.
     *
     * @param name the internal name
     * @param superName the super class, {@code null} for {@code java/lang/Object} and interfaces without one
     * @param interfaces the directly implemented interfaces
     * @param isInterface whether the class is an interface
     */
    public record Header(String name, String superName, List<String> interfaces, boolean isInterface) {
    }

    /** How many missing classes the one warning names; the rest are counted. */
    private static final int MISSING_NAMED = 3;

    private final Map<String, ClassModel> program;
    private final LibraryClasses library;
    private final Map<String, Optional<Header>> headers = new HashMap<>();
    private final Map<String, Set<String>> supertypes = new HashMap<>();
    private final Map<String, List<ClassModel>> programSubtypes = new HashMap<>();
    private final Map<String, Optional<ClassModel>> libraryCode = new HashMap<>();
    /** The calls of each dependency class's methods, by name and descriptor, for the classes a sink walk met. */
    private final Map<String, Map<String, List<LibraryCall>>> libraryCalls = new HashMap<>();
    /** The implementation each dependency interface asked about ships, if it is named as usual. */
    private final Map<String, Optional<String>> defaultImplementations = new HashMap<>();
    private final Set<String> missing = new TreeSet<>();
    private final Diagnostics diagnostics;

    /**
     * Builds the hierarchy of a program; library classes are indexed now and read when asked.
     *
     * @param programClasses the classes whose code is analysed
     * @param classpath the compile classpath, read only for headers
     * @param diagnostics where an unreadable jar and missing classes are reported
     */
    public ClassHierarchy(Collection<ClassModel> programClasses, List<Path> classpath, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.program = new HashMap<>();
        for (ClassModel model : programClasses) {
            program.put(model.internalName(), model);
        }
        this.library = new LibraryClasses(classpath, diagnostics);
        for (ClassModel model : programClasses) {
            for (String supertype : supertypes(model.internalName())) {
                programSubtypes.computeIfAbsent(supertype, key -> new ArrayList<>()).add(model);
            }
        }
    }

    /**
     * Returns a dependency's class with its code, for the models that read what a library
     * method does (what its {@code toString} prints). The JDK's classes are not read: their
     * behaviour is in the catalogues.
     *
     * @param internalName the class
     * @return the class, empty for a program class, a JDK class or one the classpath does not have
     */
    public Optional<ClassModel> libraryClass(String internalName) {
        if (!readableLibraryClass(internalName)) {
            return Optional.empty();
        }
        return libraryCode.computeIfAbsent(internalName, name -> {
            byte[] bytes = library.bytes(name);
            if (bytes == null) {
                return Optional.empty();
            }
            try {
                ClassNode node = new ClassNode();
                new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
                return Optional.of(new ClassModel(node, Path.of(name + ".class")));
            } catch (RuntimeException e) {
                // A class file ASM cannot read tells nothing: the models fall back to what they assume.
                return Optional.empty();
            }
        });
    }

    /**
     * Whether a class is a dependency's whose code is read: not the program's, not the JDK's
     * (the catalogues say what the JDK does), not an array.
     */
    private boolean readableLibraryClass(String internalName) {
        return !program.containsKey(internalName) && !internalName.startsWith("java/") && !internalName.startsWith("javax/")
                && !internalName.startsWith("jdk/") && !internalName.startsWith("sun/") && !internalName.startsWith("[");
    }

    /** A method a dependency's method calls, as its code names it. */
    public record LibraryCall(String owner, String name, String descriptor) {
    }

    /**
     * The calls a dependency's method makes in its own code, in order, read from its class file
     * without keeping the class's code: only what each method calls is kept. Empty for a program
     * class, a JDK class, a class the classpath lacks, or a method it does not declare.
     *
     * @param owner the dependency's class
     * @param name the method's name
     * @param descriptor the method's descriptor
     * @return the calls
     */
    public List<LibraryCall> libraryMethodCalls(String owner, String name, String descriptor) {
        if (!readableLibraryClass(owner)) {
            return List.of();
        }
        return libraryCalls.computeIfAbsent(owner, this::readLibraryCalls).getOrDefault(name + descriptor, List.of());
    }

    /**
     * Every method's calls of a dependency's class, read in one pass: a walk through a library
     * asks for several methods of each class it meets, and parsing the class again for each is
     * what costs.
     */
    private Map<String, List<LibraryCall>> readLibraryCalls(String owner) {
        byte[] bytes = library.bytes(owner);
        if (bytes == null) {
            return Map.of();
        }
        Map<String, List<LibraryCall>> byMethod = new HashMap<>();
        try {
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String methodName, String methodDescriptor, String signature,
                        String[] exceptions) {
                    List<LibraryCall> calls = new ArrayList<>();
                    byMethod.put(methodName + methodDescriptor, calls);
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String callOwner, String callName, String callDescriptor,
                                boolean isInterface) {
                            calls.add(new LibraryCall(callOwner, callName, callDescriptor));
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (RuntimeException e) {
            // A class file ASM cannot read tells nothing: its methods are taken to call nothing.
            return Map.of();
        }
        return byMethod;
    }

    /**
     * The implementation a dependency ships for one of its own interfaces, found the way such
     * libraries name it: {@code EmailService}'s {@code EmailServiceImpl} or
     * {@code impl.EmailServiceImpl}, or {@code DefaultEmailService}, in the interface's package.
     * A program that calls the interface gets that class from the library's wiring unless it
     * replaces it, so what the class does is what the call does.
     *
     * @param internalName a dependency's interface
     * @return the implementing class, empty when the interface is not a dependency's or none is so named
     */
    public Optional<String> libraryDefaultImplementation(String internalName) {
        return defaultImplementations.computeIfAbsent(internalName, this::findDefaultImplementation);
    }

    private Optional<String> findDefaultImplementation(String internalName) {
        if (!readableLibraryClass(internalName) || !header(internalName).map(Header::isInterface).orElse(false)) {
            return Optional.empty();
        }
        int slash = internalName.lastIndexOf('/');
        String packagePrefix = internalName.substring(0, slash + 1);
        String simpleName = internalName.substring(slash + 1);
        for (String candidate : List.of(packagePrefix + simpleName + "Impl", packagePrefix + "impl/" + simpleName + "Impl",
                packagePrefix + "Default" + simpleName)) {
            // Only the candidate's own header is read: its super types may be in jars the build left out.
            if (readableLibraryClass(candidate) && library.has(candidate) && header(candidate)
                    .filter(found -> !found.isInterface() && found.interfaces().contains(internalName)).isPresent()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the program's classes, in no particular order.
     *
     * @return the classes whose code is analysed
     */
    public Collection<ClassModel> programClasses() {
        return Collections.unmodifiableCollection(program.values());
    }

    /**
     * Returns a program class.
     *
     * @param internalName the class
     * @return the class with its code, if the program declares it
     */
    public Optional<ClassModel> programClass(String internalName) {
        return Optional.ofNullable(program.get(internalName));
    }

    /**
     * Returns a class's header, reading library classes on first use.
     *
     * @param internalName the class
     * @return the header, empty when the class is nowhere on the classpath
     */
    public Optional<Header> header(String internalName) {
        Optional<Header> known = headers.get(internalName);
        if (known != null) {
            return known;
        }
        Optional<Header> header = readHeader(internalName);
        headers.put(internalName, header);
        return header;
    }

    private Optional<Header> readHeader(String internalName) {
        ClassModel model = program.get(internalName);
        if (model != null) {
            return Optional.of(new Header(internalName, model.superName(), model.interfaces(), model.isInterface()));
        }
        if (internalName.startsWith("[")) {
            return Optional.of(new Header(internalName, "java/lang/Object", List.of("java/lang/Cloneable", "java/io/Serializable"), false));
        }
        byte[] bytes = library.bytes(internalName);
        if (bytes == null) {
            missing.add(internalName);
            return Optional.empty();
        }
        try {
            ClassReader reader = new ClassReader(bytes);
            return Optional.of(new Header(internalName, reader.getSuperName(), List.of(reader.getInterfaces()),
                    (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0));
        } catch (RuntimeException e) {
            missing.add(internalName);
            return Optional.empty();
        }
    }

    /**
     * Returns a type and all its super types, through classes and interfaces.
     *
     * @param internalName the type
     * @return the closure, starting with the type itself
     */
    public Set<String> supertypes(String internalName) {
        Set<String> known = supertypes.get(internalName);
        if (known != null) {
            return known;
        }
        Set<String> closure = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(internalName);
        while (!pending.isEmpty()) {
            String current = pending.poll();
            if (!closure.add(current)) {
                continue;
            }
            Set<String> cached = supertypes.get(current);
            if (cached != null && !current.equals(internalName)) {
                closure.addAll(cached);
                continue;
            }
            header(current).ifPresent(header -> {
                if (header.superName() != null) {
                    pending.add(header.superName());
                }
                pending.addAll(header.interfaces());
            });
        }
        Set<String> result = Set.copyOf(closure);
        supertypes.put(internalName, result);
        return result;
    }

    /**
     * Whether one type is another or a subtype of it.
     *
     * @param type the candidate subtype
     * @param supertype the super type
     * @return {@code true} if assignable
     */
    public boolean isSubtype(String type, String supertype) {
        return type.equals(supertype) || supertypes(type).contains(supertype);
    }

    /**
     * Returns the program classes that are a type or its subtypes, for class-hierarchy call
     * resolution.
     *
     * @param internalName the type
     * @return the program's classes assignable to it
     */
    public List<ClassModel> programSubtypes(String internalName) {
        return programSubtypes.getOrDefault(internalName, List.of());
    }

    /**
     * Reports the classes that were referenced but found nowhere, in one warning per analysis
     * (one module): a shaded or missing dependency can leave hundreds, and each line would say
     * the same.
     */
    public void reportMissing() {
        List<String> names = new ArrayList<>();
        for (String name : missing) {
            if (!name.startsWith("[") && !name.equals("null")) {
                names.add(name.replace('/', '.'));
            }
        }
        if (names.isEmpty()) {
            return;
        }
        java.util.Collections.sort(names);
        if (names.size() == 1) {
            diagnostics.warn(null, "class " + names.get(0) + " is not on the classpath; "
                    + "calls to it use the default model (arguments flow to the result)");
            return;
        }
        int shown = Math.min(names.size(), MISSING_NAMED);
        diagnostics.warn(null, names.size() + " classes are not on the classpath (" + String.join(", ", names.subList(0, shown))
                + (names.size() > shown ? " and " + (names.size() - shown) + " more" : "")
                + "); calls to them use the default model (arguments flow to the result)");
    }

    @Override
    public void close() {
        library.close();
    }
}
