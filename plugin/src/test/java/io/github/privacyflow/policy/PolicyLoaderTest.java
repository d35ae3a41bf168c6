package io.github.privacyflow.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {

    @Test
    void defaultPolicyHasTheFactsOfTheAgreement() {
        Policy p = PolicyLoader.loadDefault();
        assertEquals("Low-code Interactive Classroom DPSA", p.name());
        assertTrue(p.sensitiveDataForbidden());
        assertNull(p.origin());
        assertNull(p.agreementOrigin());
        assertTrue(p.isDefault());

        assertEquals(List.of("user-interaction", "generated-content"),
                List.copyOf(p.categories().keySet()));
        assertEquals(List.of("provide-feature", "troubleshooting"),
                List.copyOf(p.purposes().keySet()));
        assertEquals(List.of("cloud-log-service", "cloud-object-storage", "mysql"),
                List.copyOf(p.processors().keySet()));

        Category ui = p.category("user-interaction").orElseThrow();
        assertEquals("User Interaction and Application Data", ui.title());
        assertEquals(List.of("provide-feature", "troubleshooting"), ui.purposes());
        assertEquals(List.of("cloud-log-service", "mysql", "cloud-object-storage"), ui.processors());
        assertEquals(Retention.days(180), ui.retention());
        assertTrue(ui.line() > 0);

        Category gc = p.category("generated-content").orElseThrow();
        assertEquals("Customer or Service Generated Content", gc.title());
        assertEquals(List.of("provide-feature"), gc.purposes());
        assertEquals(List.of("cloud-object-storage"), gc.processors());
        assertEquals(Retention.untilDeletion(), gc.retention());

        assertTrue(p.isPurposePermitted("user-interaction", "troubleshooting"));
        assertTrue(p.isPurposePermitted("generated-content", "provide-feature"));
        assertFalse(p.isPurposePermitted("generated-content", "troubleshooting"));
        assertFalse(p.isPurposePermitted("user-interaction", "analytics"));
        assertFalse(p.isProcessorPermitted("generated-content", "cloud-log-service"));
        assertTrue(p.isProcessorPermitted("user-interaction", "cloud-log-service"));

        assertEquals("Cloud Log Service", p.processor("cloud-log-service").orElseThrow().title());
        assertEquals("TencentDB for MySQL", p.processor("mysql").orElseThrow().title());
        assertEquals(List.of("jdbc", "jpa"), p.processor("mysql").orElseThrow().sinks());
        assertEquals(List.of("cloud-object-storage"),
                names(p.processorsForSinkKind("object-storage")));
        assertEquals(List.of(), p.processorsForSinkKind("http"));
        assertFalse(p.isSinkKindPermitted("generated-content", "logging"));
        assertTrue(p.isSinkKindPermitted("user-interaction", "logging"));

        assertEquals(OptionalInt.of(180), p.logDataMaxDays());
        assertTrue(p.sources().isEmpty());
        assertTrue(p.sinks().isEmpty());
    }

    @Test
    void defaultPolicyIsCached() {
        assertSame(PolicyLoader.loadDefault(), PolicyLoader.loadDefault());
    }

    @Test
    void defaultPolicyEqualsTheSpecExampleAgreement() throws PolicyException {
        Policy d = PolicyLoader.loadDefault();
        Policy spec = PolicyLoader.load(fixture("spec-example.yaml"));
        assertEquals(d.name(), spec.name());
        assertEquals(d.sensitiveDataForbidden(), spec.sensitiveDataForbidden());
        assertEquals(d.purposes(), spec.purposes());
        for (Category c : d.categories().values()) {
            Category s = spec.category(c.name()).orElseThrow();
            assertEquals(c.title(), s.title());
            assertEquals(c.purposes(), s.purposes());
            assertEquals(c.processors(), s.processors());
            assertEquals(c.retention(), s.retention());
        }
        assertEquals(d.categories().keySet(), spec.categories().keySet());
        for (Processor pr : d.processors().values()) {
            Processor s = spec.processor(pr.name()).orElseThrow();
            assertEquals(pr.title(), s.title());
            assertEquals(pr.sinks(), s.sinks());
        }
        assertEquals(d.processors().keySet(), spec.processors().keySet());
    }

    @Test
    void specExampleLoads() throws PolicyException {
        Path file = fixture("spec-example.yaml");
        Policy p = PolicyLoader.load(file);
        assertEquals(file, p.origin());
        assertEquals(file, p.agreementOrigin());
        assertEquals(4, p.category("user-interaction").orElseThrow().line());
        assertEquals(9, p.category("generated-content").orElseThrow().line());
        assertEquals(20, p.processor("mysql").orElseThrow().line());

        assertEquals(3, p.sources().size());
        PolicySource field = p.sources().get(0);
        assertEquals(PolicySource.Target.FIELD, field.target());
        assertEquals(MemberRef.parse("com.example.crm.Contact#email"), field.member());
        assertEquals(-1, field.index());
        assertEquals("user-interaction", field.category());
        assertEquals(22, field.line());
        PolicySource method = p.sources().get(1);
        assertEquals(PolicySource.Target.METHOD, method.target());
        assertEquals("com.example.sso.Session#getUserName()", method.member().toString());
        assertEquals(23, method.line());
        PolicySource param = p.sources().get(2);
        assertEquals(PolicySource.Target.PARAMETER, param.target());
        assertEquals(0, param.index());
        assertEquals(24, param.line());
        assertTrue(param.member().matchesMethod("com/example/Api", "login",
                "(Ljava/lang/String;Ljava/lang/String;)Z"));

        assertEquals(3, p.sinks().size());
        PolicySink push = p.sinks().get(0);
        assertEquals("http", push.kind());
        assertEquals(Optional.of(SinkKind.HTTP), push.builtInKind());
        assertEquals(PolicySink.Target.METHOD, push.target());
        assertTrue(push.method().anyParameters());
        assertTrue(push.sinksArgument(3));
        assertEquals(26, push.line());
        PolicySink track = p.sinks().get(1);
        assertEquals(Optional.of(SinkKind.ANALYTICS), track.builtInKind());
        assertEquals(PolicySink.Target.PARAMETER, track.target());
        assertEquals(OptionalInt.of(0), track.parameterIndex());
        assertTrue(track.sinksArgument(0));
        assertFalse(track.sinksArgument(1));
        assertEquals(27, track.line());
        PolicySink feed = p.sinks().get(2);
        assertEquals(PolicySink.Target.RETURNS, feed.target());
        assertFalse(feed.sinksArgument(0));
        assertEquals("com.example.api.PublicFeed#latest()", feed.method().toString());
        assertEquals(28, feed.line());
    }

    @Test
    void fileWithOnlySourcesAndSinksExtendsTheDefault() throws PolicyException {
        Path file = fixture("extend.yaml");
        Policy p = PolicyLoader.load(file);
        Policy d = PolicyLoader.loadDefault();
        assertEquals("Classroom app with CRM", p.name());
        assertEquals(d.categories(), p.categories());
        assertEquals(d.purposes(), p.purposes());
        assertEquals(d.processors(), p.processors());
        assertTrue(p.sensitiveDataForbidden());
        assertEquals(file, p.origin());
        assertNull(p.agreementOrigin());
        assertFalse(p.isDefault());
        assertEquals(2, p.sources().size());
        // an undefined category in a source is kept for the rules to report (PF008)
        assertEquals("user-intreaction", p.sources().get(1).category());
        assertEquals(5, p.sources().get(1).line());
        assertEquals(1, p.sinks().size());
        assertEquals(7, p.sinks().get(0).line());
    }

    @Test
    void extendingFileMayChangeSensitiveData() throws PolicyException {
        Policy p = PolicyLoader.load(fixture("extend-allow-sensitive.yaml"));
        assertFalse(p.sensitiveDataForbidden());
        assertEquals(PolicyLoader.loadDefault().name(), p.name());
        assertEquals(PolicyLoader.loadDefault().categories(), p.categories());
    }

    @Test
    void fileWithCategoriesReplacesTheDefault() throws PolicyException {
        Path file = fixture("replace.yaml");
        Policy p = PolicyLoader.load(file);
        assertEquals("replace.yaml", p.name()); // no name: the file's name
        assertTrue(p.sensitiveDataForbidden()); // the default of sensitive-data
        assertEquals(List.of("attendance"), List.copyOf(p.categories().keySet()));
        assertEquals(List.of("teaching"), List.copyOf(p.purposes().keySet()));
        assertEquals(List.of("school-db", "school-logs"), List.copyOf(p.processors().keySet()));
        assertTrue(p.category("user-interaction").isEmpty());
        assertFalse(p.isPurposePermitted("attendance", "provide-feature"));
        assertTrue(p.isPurposePermitted("attendance", "teaching"));
        assertEquals(file, p.agreementOrigin());
        assertEquals(3, p.category("attendance").orElseThrow().line());
        assertEquals(12, p.processor("school-logs").orElseThrow().line());
        assertEquals(List.of("logging"), p.processor("school-logs").orElseThrow().sinks());
        // no category permits the logging processor: fall back to the smallest max-days
        assertEquals(OptionalInt.of(365), p.logDataMaxDays());
    }

    @Test
    void parseFromTextExtendsLikeAFile(@TempDir Path dir) throws PolicyException {
        Path file = dir.resolve("inline.yaml");
        Policy p = PolicyLoader.parse("sinks:\n  - { kind: file, method: \"a.B#write(*)\" }\n",
                file);
        assertEquals(PolicyLoader.loadDefault().categories(), p.categories());
        assertEquals(file, p.origin());
        assertEquals(2, p.sinks().get(0).line());
        assertThrows(IllegalArgumentException.class, () -> PolicyLoader.parse("name: x", null));
    }

    @Test
    void syntaxErrorUnclosedBracket() {
        Path file = fixture("errors/syntax-unclosed-bracket.yaml");
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(file));
        assertEquals(file + ":6: expected ',' or ']', but got : (while parsing a flow sequence"
                + " that starts on line 5)", e.getMessage());
        assertEquals(6, e.line());
        assertEquals(file, e.file());
    }

    @Test
    void syntaxErrorBadIndentation() {
        Path file = fixture("errors/syntax-bad-indent.yaml");
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(file));
        assertEquals(file + ":5: expected <block end>, but found '<block mapping start>'"
                + " (while parsing a block mapping that starts on line 3)", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path file = dir.resolve("nope.yaml");
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(file));
        assertEquals(file + ": the policy file does not exist", e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void notUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'x', '\n',
            'p', 'u', 'r', 'p', 'o', 's', 'e', 's', ':', ' ', (byte) 0xE9, '\n'});
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(file));
        assertEquals(file + ":2: the policy file is not valid UTF-8", e.getMessage());
    }

    @Test
    void byteOrderMarkIsAccepted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.yaml");
        Files.write(file, "\uFEFFname: With BOM\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("With BOM", PolicyLoader.load(file).name());
    }

    @Test
    void concurrentLoadsAreIndependent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Policy>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                Callable<Policy> task = i % 2 == 0
                        ? () -> PolicyLoader.load(fixture("spec-example.yaml"))
                        : PolicyLoader::loadDefault;
                futures.add(pool.submit(task));
            }
            for (Future<Policy> f : futures) {
                assertEquals(2, f.get().categories().size());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void modelIsImmutable() {
        Policy p = PolicyLoader.loadDefault();
        assertThrows(UnsupportedOperationException.class, () -> p.categories().clear());
        assertThrows(UnsupportedOperationException.class, () -> p.sources().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> p.category("user-interaction").orElseThrow().purposes().clear());
    }

    private static List<String> names(List<Processor> processors) {
        List<String> out = new ArrayList<>();
        for (Processor p : processors) {
            out.add(p.name());
        }
        return out;
    }

    private static Path fixture(String name) {
        try {
            return Path.of(PolicyLoaderTest.class.getResource(name).toURI()).toAbsolutePath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
