package io.github.privacyflow.flow.calls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/** Reading class files from jars, class directories and the JDK, and closing the jars. */
class LibraryClassesMutationTest {

    @TempDir
    Path folder;

    private final List<String> warnings = new ArrayList<>();

    static byte[] classBytes(String name, String superName) {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, superName, null);
        writer.visitEnd();
        return writer.toByteArray();
    }

    private Path jar(String fileName, String... entries) throws IOException {
        Path jar = folder.resolve(fileName);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(entry.endsWith(".class")
                        ? classBytes(entry.substring(entry.lastIndexOf("com/")).replace(".class", ""), "java/lang/Object")
                        : new byte[] {1, 2, 3});
                out.closeEntry();
            }
        }
        return jar;
    }

    private LibraryClasses library(Path... classpath) {
        return new LibraryClasses(List.of(classpath), (file, line, problem) -> warnings.add(file + ": " + problem));
    }

    @Test
    void aClassOnlyInAJarIsReadFromIt() throws IOException {
        Path jar = jar("lib.jar", "com/acme/Only.class", "README.txt");
        try (LibraryClasses library = library(jar)) {
            assertArrayEquals(classBytes("com/acme/Only", "java/lang/Object"), library.bytes("com/acme/Only"));
            assertNull(library.bytes("README"));
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void classesUnderMetaInfAreNotIndexed() throws IOException {
        Path jar = jar("multi.jar", "META-INF/versions/11/com/acme/Versioned.class");
        try (LibraryClasses library = library(jar)) {
            assertNull(library.bytes("META-INF/versions/11/com/acme/Versioned"));
        }
    }

    @Test
    void aZipNotNamedJarIsNotAClasspathJar() throws IOException {
        Path zip = jar("lib.zip", "com/acme/Zipped.class");
        try (LibraryClasses library = library(zip)) {
            assertNull(library.bytes("com/acme/Zipped"));
        }
    }

    @Test
    void aClassDirectoryIsReadAndTheJdkIsTheLastResort() throws IOException {
        Path classes = folder.resolve("classes");
        Files.createDirectories(classes.resolve("com/acme"));
        byte[] bytes = classBytes("com/acme/InDir", "java/lang/Object");
        Files.write(classes.resolve("com/acme/InDir.class"), bytes);
        try (LibraryClasses library = library(classes)) {
            assertArrayEquals(bytes, library.bytes("com/acme/InDir"));
            assertNotNull(library.bytes("java/lang/String"));
            assertNull(library.bytes("com/acme/Nowhere"));
        }
    }

    @Test
    void anUnreadableJarIsReportedAndLeftOut() throws IOException {
        Path broken = folder.resolve("broken.jar");
        Files.write(broken, new byte[] {'n', 'o', 't', ' ', 'a', ' ', 'z', 'i', 'p'});
        try (LibraryClasses library = library(broken)) {
            assertNull(library.bytes("com/acme/Anything"));
        }
        assertEquals(List.of(broken + ": cannot read this classpath jar; calls into it use the default model"), warnings);
    }

    @Test
    void aJarCanStillBeReadAfterClose() throws IOException {
        Path jar = jar("lib.jar", "com/acme/Again.class");
        LibraryClasses library = library(jar);
        byte[] first = library.bytes("com/acme/Again");
        library.close();
        // close() must forget the closed jar, or the next lookup would use a closed ZipFile.
        assertArrayEquals(first, library.bytes("com/acme/Again"));
        library.close();
    }

    @Test
    void closeReleasesTheOpenJarFiles() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fds), "needs /proc to see open files");
        Path jar = jar("lib.jar", "com/acme/Held.class");
        LibraryClasses library = library(jar);
        assertNotNull(library.bytes("com/acme/Held"));
        assertTrue(ClassHierarchyMutationTest.isOpen(fds, jar));

        library.close();

        assertFalse(ClassHierarchyMutationTest.isOpen(fds, jar));
    }
}
