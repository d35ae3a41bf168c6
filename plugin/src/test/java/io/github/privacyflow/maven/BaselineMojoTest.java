package io.github.privacyflow.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code privacyflow:baseline} never loses a user's file: with nothing to analyse, or pointed at
 * a file that is not a baseline, it refuses in one line and leaves every file as it was.
 */
class BaselineMojoTest {

    private static final byte[] COMMITTED = ("{\n  \"schemaVersion\" : 1,\n  \"tool\" : \"privacyflow\",\n  \"findings\" : [ {\n"
            + "    \"ruleId\" : \"PF001\",\n    \"file\" : \"src/main/java/org/example/Attendee.java\",\n"
            + "    \"element\" : \"org.example.Attendee#accessibilityNeeds\",\n    \"message\" : \"accepted\"\n  } ]\n}\n")
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path module;

    private Path committed;

    @BeforeEach
    void commitABaseline() throws Exception {
        committed = module.resolve("privacyflow-baseline.json");
        Files.write(committed, COMMITTED);
        Files.writeString(module.resolve("pom.xml"), "<project/>\n");
    }

    @Test
    void afterCleanItRefusesInOneLineAndKeepsTheCommittedBaseline() throws Exception {
        MojoFailureException refusal = assertThrows(MojoFailureException.class, () -> mojo(committed).execute());
        assertEquals("privacyflow: nothing was analysed (no compiled classes in target" + File.separator + "classes), so there are "
                + "no findings to accept; privacyflow-baseline.json was left as it was. Build first: mvn verify privacyflow:baseline",
                refusal.getMessage());
        assertFalse(refusal.getMessage().contains("\n"), "one line");
        assertArrayEquals(COMMITTED, Files.readAllBytes(committed));
    }

    @Test
    void anEmptyClassesFolderIsNothingToAnalyseToo() throws Exception {
        Files.createDirectories(module.resolve("target/classes/org/example"));
        Files.writeString(module.resolve("target/classes/org/example/readme.txt"), "not a class");
        MojoFailureException refusal = assertThrows(MojoFailureException.class, () -> mojo(committed).execute());
        assertTrue(refusal.getMessage().startsWith("privacyflow: nothing was analysed"), refusal.getMessage());
        assertArrayEquals(COMMITTED, Files.readAllBytes(committed));
    }

    @Test
    void withoutABaselineYetNothingIsWritten() throws Exception {
        Files.delete(committed);
        MojoFailureException refusal = assertThrows(MojoFailureException.class, () -> mojo(committed).execute());
        assertTrue(refusal.getMessage().contains("; nothing was written."), refusal.getMessage());
        assertFalse(Files.exists(committed));
    }

    @Test
    void thePomIsNeverOverwritten() throws Exception {
        Path pom = module.resolve("pom.xml");
        byte[] before = Files.readAllBytes(pom);
        MojoFailureException refusal = assertThrows(MojoFailureException.class, () -> mojo(pom).execute());
        assertEquals("privacyflow: " + pom + ": not a privacyflow baseline (not JSON: line 1); privacyflow:baseline replaces "
                + "only its own files, so it is left as it was: name another file with -Dprivacyflow.baseline, or delete it first",
                refusal.getMessage());
        assertArrayEquals(before, Files.readAllBytes(pom));
        assertArrayEquals(COMMITTED, Files.readAllBytes(committed));
    }

    /** The goal as Maven configures it for a module at {@link #module}, without its classes. */
    private BaselineMojo mojo(Path target) throws Exception {
        Model model = new Model();
        model.setGroupId("org.example");
        model.setArtifactId("classroom");
        model.setVersion("1.0.0");
        model.setPackaging("jar");
        Build build = new Build();
        build.setDirectory(module.resolve("target").toString());
        build.setOutputDirectory(module.resolve("target/classes").toString());
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(module.resolve("pom.xml").toFile());
        BaselineMojo mojo = new BaselineMojo();
        set(mojo, "project", project);
        set(mojo, "baseline", target.toFile());
        set(mojo, "heuristics", true);
        return mojo;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(name);
    }
}
