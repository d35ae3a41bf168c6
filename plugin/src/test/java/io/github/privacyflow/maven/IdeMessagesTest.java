package io.github.privacyflow.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.PathStep;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.model.SourceLocation;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.codehaus.plexus.logging.AbstractLogger;
import org.codehaus.plexus.logging.Logger;
import org.codehaus.plexus.util.Scanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/**
 * Findings reach the IDE as markers through the build API m2e implements, old markers are
 * cleared from the analysed files, and on the command line (the API's default context, which
 * only logs) nothing is handed over, so no console line is printed twice.
 */
class IdeMessagesTest {

    @TempDir
    Path module;

    private final Path student = Path.of("/ws/classroom/src/main/java/org/example/Student.java");
    private final Path service = Path.of("/ws/classroom/src/main/java/org/example/JoinService.java");
    private final Finding error = new Finding("PF001", "sensitive-data", Severity.ERROR, new SourceLocation(student, 14, 20),
            "field Student.religion holds special-category data", "org.example.Student#religion", List.of());
    private final Finding flow = new Finding("PF003", "undeclared-purpose", Severity.ERROR, new SourceLocation(service, 9, 0),
            "personal data Student.email reaches Logger.info", "org.example.JoinService#join()->Logger.info",
            List.of(new PathStep("reads Student.email (user-interaction)", new SourceLocation(student, 10, 0)),
                    new PathStep("sends it to Logger.info (logging)", new SourceLocation(service, 9, 0))));
    private final Finding warning = new Finding("PF002", "unclassified-personal-data", Severity.WARNING,
            new SourceLocation(student, 16, 20), "field Student.email looks like personal data", "org.example.Student#email",
            List.of());

    @Test
    void inTheIdeEachFindingBecomesAMarkerAfterTheOldOnesAreCleared() {
        RecordingContext context = new RecordingContext(false);
        Path untouched = Path.of("/ws/classroom/src/main/java/org/example/Room.java");
        new IdeMessages(context).publish(List.of(untouched, student), List.of(error, flow, warning));
        assertEquals(List.of(
                "remove " + service,
                "remove " + untouched,
                "remove " + student,
                "error " + student + ":14:20 PF001 sensitive-data: field Student.religion holds special-category data",
                "error " + service + ":9:0 PF003 undeclared-purpose: personal data Student.email reaches Logger.info "
                        + "(path: reads Student.email (user-interaction) \u2192 sends it to Logger.info (logging))",
                "warning " + student + ":16:20 PF002 unclassified-personal-data: field Student.email looks like personal data"),
                context.calls, "every file's old markers go first, even a file without findings any more");
    }

    @Test
    void aCallFoldedIntoAFindingGetsAMarkerPointingToIt() {
        RecordingContext context = new RecordingContext(false);
        Finding folded = new Finding("PF003", "undeclared-purpose", Severity.ERROR, new SourceLocation(service, 9, 0),
                "personal data Student.email reaches Logger.info" + Finding.REPEATED_AT + " 12",
                "org.example.JoinService#join()->Logger.info", List.of(), List.of(12));
        new IdeMessages(context).publish(List.of(), List.of(folded));
        assertEquals(List.of(
                "remove " + service,
                "error " + service + ":9:0 PF003 undeclared-purpose: personal data Student.email reaches Logger.info"
                        + Finding.REPEATED_AT + " 12",
                "error " + service + ":12:0 PF003 undeclared-purpose: the same data, or more of the same record, reaches the same kind of sink as at line 9,"
                        + " reported there"),
                context.calls);
    }

    @Test
    void onTheCommandLineTheDefaultContextIsNotUsedSoNoLineIsPrintedTwice() {
        RecordingLogger logger = new RecordingLogger();
        DefaultBuildContext context = new DefaultBuildContext();
        context.enableLogging(logger);
        // What would happen: the default context logs every message, a second copy of the console line.
        context.addMessage(student.toFile(), 14, 20, "PF001", BuildContext.SEVERITY_ERROR, null);
        assertEquals(1, logger.lines.size());

        IdeMessages ide = new IdeMessages(context);
        assertFalse(ide.active());
        ide.publish(List.of(student), List.of(error, flow, warning));
        assertEquals(1, logger.lines.size(), "publishing through the default context logged again: " + logger.lines);
        assertFalse(new IdeMessages(null).active());
    }

    @Test
    void anIncrementalBuildSkipsWhenNothingTheCheckReadsChanged() {
        File sources = new File("/ws/classroom/src/main/java");
        File pom = new File("/ws/classroom/pom.xml");
        RecordingContext incremental = new RecordingContext(true);
        assertTrue(new IdeMessages(incremental).upToDate(List.of(sources, pom)));
        incremental.changed.add(pom);
        assertFalse(new IdeMessages(incremental).upToDate(List.of(sources, pom)), "a changed POM runs the check");
        assertFalse(new IdeMessages(new RecordingContext(false)).upToDate(List.of(sources, pom)), "a full build always runs");
        assertFalse(new IdeMessages(new DefaultBuildContext()).upToDate(List.of(sources, pom)), "the command line always runs");
    }

    @Test
    void theFilesOfTheSourceResourceAndClassesFoldersAreTheAnalysedOnes() throws Exception {
        Path source = Files.createDirectories(module.resolve("src/main/java/org/example")).resolve("Student.java");
        Files.writeString(source, "class Student {}");
        Path logback = Files.createDirectories(module.resolve("src/main/resources")).resolve("logback.xml");
        Files.writeString(logback, "<configuration/>");
        Path classFile = Files.createDirectories(module.resolve("target/classes/org/example")).resolve("Student.class");
        Files.write(classFile, new byte[] {(byte) 0xca, (byte) 0xfe});
        Path pom = Files.writeString(module.resolve("pom.xml"), "<project/>");

        org.apache.maven.model.Model model = new org.apache.maven.model.Model();
        org.apache.maven.model.Build build = new org.apache.maven.model.Build();
        build.setSourceDirectory(module.resolve("src/main/java").toString());
        build.setOutputDirectory(module.resolve("target/classes").toString());
        org.apache.maven.model.Resource resources = new org.apache.maven.model.Resource();
        resources.setDirectory(module.resolve("src/main/resources").toString());
        build.addResource(resources);
        model.setBuild(build);
        org.apache.maven.project.MavenProject project = new org.apache.maven.project.MavenProject(model);
        project.setFile(pom.toFile());
        project.addCompileSourceRoot(module.resolve("src/main/java").toString());

        assertEquals(Set.of(source, logback, classFile, pom), Set.copyOf(IdeMessages.analysedFiles(project, null)));
        assertEquals(List.of(module.resolve("src/main/java").toFile(), module.resolve("src/main/resources").toFile(), pom.toFile(),
                module.resolve("privacyflow-policy.yaml").toFile()), IdeMessages.inputs(project, null));
    }

    /** m2e's side of the API, as far as the check uses it. */
    private static final class RecordingContext implements BuildContext {
        final List<String> calls = new ArrayList<>();
        final List<File> changed = new ArrayList<>();
        private final boolean incremental;

        RecordingContext(boolean incremental) {
            this.incremental = incremental;
        }

        @Override
        public void addMessage(File file, int line, int column, String message, int severity, Throwable cause) {
            calls.add((severity == SEVERITY_ERROR ? "error " : "warning ") + file + ":" + line + ":" + column + " " + message);
        }

        @Override
        public void removeMessages(File file) {
            calls.add("remove " + file);
        }

        @Override
        public boolean isIncremental() {
            return incremental;
        }

        @Override
        public boolean hasDelta(File file) {
            return changed.contains(file);
        }

        @Override
        public boolean hasDelta(String relpath) {
            throw new UnsupportedOperationException();
        }

        @Override
        @SuppressWarnings("rawtypes")
        public boolean hasDelta(List relpaths) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void refresh(File file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public OutputStream newFileOutputStream(File file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Scanner newScanner(File basedir) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Scanner newDeleteScanner(File basedir) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Scanner newScanner(File basedir, boolean ignoreDelta) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setValue(String key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getValue(String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addWarning(File file, int line, int column, String message, Throwable cause) {
            addMessage(file, line, column, message, SEVERITY_WARNING, cause);
        }

        @Override
        public void addError(File file, int line, int column, String message, Throwable cause) {
            addMessage(file, line, column, message, SEVERITY_ERROR, cause);
        }

        @Override
        public boolean isUptodate(File target, File source) {
            throw new UnsupportedOperationException();
        }
    }

    /** The Plexus logger Maven gives the default context: it prints to the console. */
    private static final class RecordingLogger extends AbstractLogger {
        final List<String> lines = new ArrayList<>();

        RecordingLogger() {
            super(Logger.LEVEL_DEBUG, "recording");
        }

        @Override
        public void debug(String message, Throwable throwable) {
            lines.add("[DEBUG] " + message);
        }

        @Override
        public void info(String message, Throwable throwable) {
            lines.add("[INFO] " + message);
        }

        @Override
        public void warn(String message, Throwable throwable) {
            lines.add("[WARNING] " + message);
        }

        @Override
        public void error(String message, Throwable throwable) {
            lines.add("[ERROR] " + message);
        }

        @Override
        public void fatalError(String message, Throwable throwable) {
            lines.add("[FATAL] " + message);
        }

        @Override
        public Logger getChildLogger(String name) {
            return this;
        }
    }
}
