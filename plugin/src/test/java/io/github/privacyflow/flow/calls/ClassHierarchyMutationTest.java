package io.github.privacyflow.flow.calls;

import static io.github.privacyflow.flow.calls.AsmFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.privacyflow.model.ClassModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headers, super type closures, the report of missing classes and closing the library jars. */
class ClassHierarchyMutationTest {

    @TempDir
    Path folder;

    private final List<String> warnings = new ArrayList<>();

    private ClassHierarchy collecting(List<ClassModel> classes, List<Path> classpath) {
        return new ClassHierarchy(classes, classpath, (file, line, problem) -> warnings.add(problem));
    }

    @Test
    void aProgramClassHeaderIsTheSameOnEveryAsk() {
        // The constructor already read the header while building the subtype index, so later asks hit the cache.
        ClassModel a = type("p/A").implementing("java/lang/Runnable").build();
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(a)) {
            ClassHierarchy.Header expected = new ClassHierarchy.Header("p/A", "java/lang/Object",
                    List.of("java/lang/Runnable"), false);
            assertEquals(Optional.of(expected), hierarchy.header("p/A"));
            assertEquals(Optional.of(expected), hierarchy.header("p/A"));
        }
    }

    @Test
    void anArrayIsAnObjectThatIsCloneableAndSerializable() {
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy()) {
            assertEquals(Optional.of(new ClassHierarchy.Header("[Ljava/lang/String;", "java/lang/Object",
                    List.of("java/lang/Cloneable", "java/io/Serializable"), false)), hierarchy.header("[Ljava/lang/String;"));
        }
    }

    @Test
    void libraryHeadersTellInterfacesFromClasses() {
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy()) {
            assertTrue(hierarchy.header("java/util/List").orElseThrow().isInterface());
            ClassHierarchy.Header string = hierarchy.header("java/lang/String").orElseThrow();
            assertFalse(string.isInterface());
            assertEquals("java/lang/Object", string.superName());
        }
    }

    @Test
    void supertypesOfASubclassIncludeThoseOfItsAlreadyKnownSuperclass() {
        ClassModel base = type("p/Base").implementing("java/io/Serializable").build();
        ClassModel sub = type("p/Sub").extending("p/Base").build();
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(base, sub)) {
            assertEquals(Set.of("p/Base", "java/lang/Object", "java/io/Serializable"), hierarchy.supertypes("p/Base"));
            assertEquals(Set.of("p/Sub", "p/Base", "java/lang/Object", "java/io/Serializable"), hierarchy.supertypes("p/Sub"));
            assertTrue(hierarchy.isSubtype("p/Sub", "java/io/Serializable"));
            assertFalse(hierarchy.isSubtype("p/Base", "p/Sub"));
        }
    }

    @Test
    void aMissingClassIsReportedOnceByItsBinaryNameButArraysAndNullAreNot() {
        try (ClassHierarchy hierarchy = collecting(List.of(), List.of())) {
            assertTrue(hierarchy.header("com/acme/Gone").isEmpty());
            assertTrue(hierarchy.header("null").isEmpty());
            hierarchy.header("[Lcom/acme/Gone;");
            hierarchy.reportMissing();
        }
        assertEquals(List.of("class com.acme.Gone is not on the classpath; "
                + "calls to it use the default model (arguments flow to the result)"), warnings);
    }

    @Test
    void manyMissingClassesAreOneWarningNamingTheFirstThree() {
        reportMissing(12);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("12 classes are not on the classpath (com.acme."), warnings.get(0));
        assertTrue(warnings.get(0).endsWith(" and 9 more); calls to them use the default model (arguments flow to the result)"),
                warnings.get(0));
    }

    @Test
    void threeMissingClassesAreNamedWithoutACount() {
        reportMissing(3);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("3 classes are not on the classpath (com.acme."), warnings.get(0));
        assertTrue(!warnings.get(0).contains(" more)"), warnings.get(0));
    }

    private void reportMissing(int count) {
        try (ClassHierarchy hierarchy = collecting(List.of(), List.of())) {
            for (int i = 0; i < count; i++) {
                hierarchy.header("com/acme/Missing" + (char) ('A' + i));
            }
            hierarchy.reportMissing();
        }
    }

    @Test
    void closingTheHierarchyReleasesTheJarsItOpened() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fds), "needs /proc to see open files");
        Path jar = folder.resolve("lib.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("com/acme/Lib.class"));
            out.write(LibraryClassesMutationTest.classBytes("com/acme/Lib", "java/lang/Number"));
            out.closeEntry();
        }
        ClassHierarchy hierarchy = collecting(List.of(), List.of(jar));
        assertEquals("java/lang/Number", hierarchy.header("com/acme/Lib").orElseThrow().superName());
        assertTrue(isOpen(fds, jar), "the jar stays open between lookups");

        hierarchy.close();

        assertFalse(isOpen(fds, jar));
        assertEquals(List.of(), warnings);
    }

    static boolean isOpen(Path fds, Path file) throws IOException {
        Path real = file.toRealPath();
        try (Stream<Path> open = Files.list(fds)) {
            return open.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            });
        }
    }
}
