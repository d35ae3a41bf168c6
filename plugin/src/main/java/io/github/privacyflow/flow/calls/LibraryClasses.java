package io.github.privacyflow.flow.calls;

import io.github.privacyflow.model.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The class files of the compile classpath and the running JDK, read on demand. Only the
 * hierarchy reads them: for a class's header, and for the few models that read what a
 * dependency's code does (what its {@code toString} prints, which sink its method sends through).
 * The flow analysis itself never runs library code.
 *
 * <p>The jars are indexed once up front (names only) so that a lookup opens at most one jar;
 * a jar stays open until {@link #close()} because the same jar is usually asked again soon.
 */
final class LibraryClasses implements AutoCloseable {

    private final Map<String, Path> classpathEntries = new HashMap<>();
    private final List<Path> classpathDirectories = new ArrayList<>();
    private final Map<Path, ZipFile> openJars = new HashMap<>();

    /**
     * Indexes a classpath; an unreadable jar is reported and left out.
     *
     * @param classpath the jars and class directories
     * @param diagnostics where an unreadable jar is reported
     */
    LibraryClasses(List<Path> classpath, Diagnostics diagnostics) {
        for (Path entry : classpath) {
            if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                try (ZipFile jar = new ZipFile(entry.toFile())) {
                    jar.stream().map(ZipEntry::getName)
                            .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/"))
                            .forEach(name -> classpathEntries.putIfAbsent(name.substring(0, name.length() - 6), entry));
                } catch (IOException e) {
                    diagnostics.warn(entry, "cannot read this classpath jar; calls into it use the default model");
                }
            } else if (Files.isDirectory(entry)) {
                classpathDirectories.add(entry);
            }
        }
    }

    /**
     * Reads a class file: from the first jar that has it, else a class directory, else the JDK.
     *
     * @param internalName the class
     * @return its bytes, or {@code null} when it is nowhere or cannot be read
     */
    byte[] bytes(String internalName) {
        String resource = internalName + ".class";
        Path jar = classpathEntries.get(internalName);
        try {
            if (jar != null) {
                ZipFile zip = openJars.get(jar);
                if (zip == null) {
                    zip = new ZipFile(jar.toFile());
                    openJars.put(jar, zip);
                }
                ZipEntry entry = zip.getEntry(resource);
                if (entry != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        return in.readAllBytes();
                    }
                }
            }
            for (Path directory : classpathDirectories) {
                Path file = directory.resolve(resource);
                if (Files.isRegularFile(file)) {
                    return Files.readAllBytes(file);
                }
            }
            // The JDK's classes come from the running JDK's modules.
            try (InputStream in = ClassLoader.getSystemResourceAsStream(resource)) {
                return in == null ? null : in.readAllBytes();
            }
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Whether a dependency (a classpath jar or directory, not the JDK) has the class, without
     * reading it: for guesses at a class's name, which must not count as missing classes.
     *
     * @param internalName the class
     * @return {@code true} when a jar lists it or a class directory holds its file
     */
    boolean has(String internalName) {
        if (classpathEntries.containsKey(internalName)) {
            return true;
        }
        String resource = internalName + ".class";
        for (Path directory : classpathDirectories) {
            if (Files.isRegularFile(directory.resolve(resource))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        for (ZipFile zip : openJars.values()) {
            try {
                zip.close();
            } catch (IOException e) {
                // Closing a jar we only read cannot lose data.
            }
        }
        openJars.clear();
    }
}
