package io.github.privacyflow.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * Reads the class files of a classes directory into a {@link ProgramModel}.
 *
 * <p>A file that cannot be read (truncated, corrupt, of a class-file version newer than ASM
 * knows, or with names and descriptors no compiler writes, see {@link ClassFileCheck}) is
 * reported through {@link Diagnostics} in one warning and skipped; the other classes are read.
 */
public final class ClassFileReader {

    private static final int MAGIC = 0xCAFEBABE;

    private final Diagnostics diagnostics;
    private final PathFilter filter;
    private Runnable onRead = () -> { };

    /**
     * Creates a reader.
     *
     * @param diagnostics where unreadable files are reported
     * @param filter which classes take part, tested on the class-file path and the source path
     */
    public ClassFileReader(Diagnostics diagnostics, PathFilter filter) {
        this.diagnostics = diagnostics;
        this.filter = filter;
    }

    /**
     * Calls back after each class file read, e.g. to count progress. The callback must be
     * thread-safe: files are read on several threads.
     *
     * @param callback what to call
     * @return this reader
     */
    public ClassFileReader onEachRead(Runnable callback) {
        this.onRead = callback;
        return this;
    }

    /**
     * Reads every {@code .class} file below a directory.
     *
     * @param classesDirectory e.g. {@code target/classes}; a missing directory gives an empty model
     * @return the classes that could be read
     */
    public List<ClassModel> readDirectory(Path classesDirectory) {
        List<ClassModel> result = new ArrayList<>();
        if (!Files.isDirectory(classesDirectory)) {
            return result;
        }
        List<Path> classFiles;
        try (Stream<Path> walk = Files.walk(classesDirectory)) {
            classFiles = walk.filter(path -> path.toString().endsWith(".class") && Files.isRegularFile(path))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            diagnostics.warn(classesDirectory, "cannot list the class files: " + e.getMessage());
            return result;
        }
        // Class files are independent: both cores read them. Warnings are held back and given in
        // file order, so the console is the same on every run.
        record Read(ClassModel model, List<Object[]> warnings) {
        }
        List<Read> read = classFiles.parallelStream().map(classFile -> {
            List<Object[]> warnings = new ArrayList<>();
            ClassModel model = new ClassFileReader((file, line, problem) -> warnings.add(new Object[] {file, line, problem}), filter)
                    .read(classFile);
            onRead.run();
            String relative = classesDirectory.relativize(classFile).toString().replace('\\', '/');
            return new Read(model != null && filter.acceptsClass(model.binaryName(), model.packageName(), relative, sourcePathOf(model)) ? model : null, warnings);
        }).toList();
        for (Read one : read) {
            for (Object[] warning : one.warnings()) {
                diagnostics.warn((Path) warning[0], (Integer) warning[1], (String) warning[2]);
            }
            if (one.model() != null) {
                result.add(one.model());
            }
        }
        return result;
    }

    /**
     * Reads every class of a jar, e.g. a reactor dependency's artifact.
     *
     * @param jar the jar
     * @return the classes that could be read
     */
    public List<ClassModel> readJar(Path jar) {
        List<ClassModel> result = new ArrayList<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            List<? extends java.util.zip.ZipEntry> entries = zip.stream()
                    .filter(entry -> entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/"))
                    .sorted(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName))
                    .toList();
            for (java.util.zip.ZipEntry entry : entries) {
                byte[] bytes;
                try (java.io.InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                ClassModel model = read(jar.resolve(entry.getName()), bytes);
                if (model != null) {
                    result.add(model);
                }
            }
        } catch (IOException e) {
            diagnostics.warn(jar, "cannot read the jar: " + e.getClass().getSimpleName());
        }
        return result;
    }

    /**
     * Reads one class file.
     *
     * @param classFile the file
     * @return the class, or {@code null} when the file cannot be read (already reported)
     */
    public ClassModel read(Path classFile) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(classFile);
        } catch (IOException e) {
            diagnostics.warn(classFile, "cannot read the class file: " + e.getMessage());
            return null;
        }
        return read(classFile, bytes);
    }

    /**
     * Reads one class from bytes already loaded, e.g. from a jar entry.
     *
     * @param origin the file to name in warnings
     * @param bytes the class file's content
     * @return the class, or {@code null} when it cannot be read (already reported)
     */
    public ClassModel read(Path origin, byte[] bytes) {
        if (bytes.length < 10 || readInt(bytes, 0) != MAGIC) {
            diagnostics.warn(origin, "not a class file (truncated or corrupt); skipped");
            return null;
        }
        try {
            ClassReader reader = new ClassReader(bytes);
            ClassNode node = new ClassNode();
            // Frames are only needed to write classes back; skipping them saves memory on large modules.
            reader.accept(node, ClassReader.SKIP_FRAMES);
            Optional<String> malformed = ClassFileCheck.problem(node);
            if (malformed.isPresent()) {
                diagnostics.warn(origin, "corrupt class file (" + malformed.get() + "); skipped");
                return null;
            }
            return new ClassModel(node, origin);
        } catch (IllegalArgumentException e) {
            int major = ((bytes[6] & 0xFF) << 8) | (bytes[7] & 0xFF);
            if (e.getMessage() != null && e.getMessage().startsWith("Unsupported class file major version")) {
                diagnostics.warn(origin, "class file version " + major + " (Java " + (major - 44)
                        + ") is newer than this version of privacyflow can read; skipped");
            } else {
                diagnostics.warn(origin, "corrupt class file; skipped");
            }
            return null;
        } catch (RuntimeException e) {
            diagnostics.warn(origin, "truncated or corrupt class file; skipped");
            return null;
        }
    }

    private static int readInt(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 24) | ((bytes[offset + 1] & 0xFF) << 16)
                | ((bytes[offset + 2] & 0xFF) << 8) | (bytes[offset + 3] & 0xFF);
    }

    private static String sourcePathOf(ClassModel model) {
        return model.sourceFileName()
                .map(file -> model.packageName().isEmpty() ? file : model.packageName().replace('.', '/') + "/" + file)
                .orElse(null);
    }
}
