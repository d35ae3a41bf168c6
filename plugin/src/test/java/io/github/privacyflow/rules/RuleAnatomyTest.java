package io.github.privacyflow.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.policy.PolicyLoader;
import io.github.privacyflow.report.ReportPaths;
import io.github.privacyflow.report.RuleDocs;
import io.github.privacyflow.report.SarifReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule has all its parts, each in its predictable place: its class in {@code rules} named
 * after the rule, its entry in {@link RuleRegistry}, its unit test, its page
 * {@code docs/rules/PFnnn.md} (with the sections a rule page needs, bundled in the jar and listed
 * in the guide), its SARIF rule metadata whose {@code helpUri} is that page in the repository, at
 * least one fixture marker {@code // expect PFnnn} it must fire on, and at least one clean twin
 * ({@code // clean twin of <project>/<File>: PFnnn}, see {@code docs/fixtures.md}) it must stay
 * silent on. A rule added without one of these fails here, naming what it lacks.
 */
class RuleAnatomyTest {

    /** A clean twin marker: {@code // clean twin of flow-propagation/ConsoleDebug.java: PF003}, also in XML and YAML comments. */
    static final Pattern TWIN = Pattern.compile(
            "(?://|<!--|#)\\s*clean twin of\\s+([\\w.-]+)/([\\w$.-]+)\\s*:((?:\\s+PF\\d{3})+)");
    private static final Pattern EXPECT = Pattern.compile("(?://|<!--|#)\\s*expect((?:\\s+PF\\d{3})+)");
    private static final Pattern RULE_ID = Pattern.compile("PF\\d{3}");
    private static final Set<String> MARKED = Set.of(".java", ".xml", ".yaml", ".yml", ".properties");
    private static final List<String> PAGE_SECTIONS = List.of("## What it means", "## Example", "## How to fix it");

    private static Path repository;
    private static List<Marker> firing;
    private static List<Twin> twins;
    private static JsonNode sarifRules;

    /** A {@code // expect} marker: a finding of the rule a fixture must produce there. */
    record Marker(String ruleId, Path file, int line) {
    }

    /** A clean twin marker: the rule must stay silent on this line of a compared project; its sibling fires. */
    record Twin(String ruleId, Path file, int line, String siblingProject, String siblingFile) {
        @Override
        public String toString() {
            return repository.relativize(file) + ":" + line + " " + ruleId + " (twin of " + siblingProject + "/" + siblingFile + ")";
        }
    }

    @BeforeAll
    static void readTheRepository() throws IOException {
        repository = findRepository();
        firing = new ArrayList<>();
        twins = new ArrayList<>();
        for (Path file : files(repository.resolve("test-projects"))) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                expectMarkers(lines.get(i), file, i + 1);
                Matcher twin = TWIN.matcher(lines.get(i));
                while (twin.find()) {
                    for (String id : ids(twin.group(3))) {
                        twins.add(new Twin(id, file, i + 1, twin.group(1), twin.group(2)));
                    }
                }
            }
        }
        // Unit tests write their fixtures as string literals; a marker there is one the test's
        // exact comparison (FixtureProject.assertMatchesMarkers) checks.
        Path unitTests = repository.resolve("plugin/src/test/java");
        for (Path file : files(unitTests)) {
            if (file.endsWith("RuleAnatomyTest.java") || file.getParent().endsWith("fixture")) {
                continue; // tests of the markers themselves, not fixtures
            }
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith("\"")) {
                    expectMarkers(lines.get(i), file, i + 1);
                }
            }
        }
        AnalysisResult empty = new AnalysisResult(List.of(), List.of(), PolicyLoader.loadDefault(), 0, null);
        sarifRules = SarifReport.build(empty, new ReportPaths(repository), "anatomy").path("runs").get(0).path("tool")
                .path("driver").path("rules");
    }

    static Stream<String> ruleIds() {
        return RuleRegistry.all().stream().map(rule -> rule.info().id());
    }

    @Test
    void theRegistryListsEachRuleOnceInIdOrder() {
        List<String> ids = ruleIds().toList();
        assertEquals(ids.stream().sorted().distinct().toList(), ids, "ids unique and in order");
        Set<Class<?>> classes = new HashSet<>();
        for (Rule rule : RuleRegistry.all()) {
            assertTrue(classes.add(rule.getClass()), "registered twice: " + rule.getClass());
            assertTrue(rule.info().id().matches("PF\\d{3}"), rule.info().id());
            assertTrue(rule.info().name().matches("[a-z]+(-[a-z]+)*"), rule.info().name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void itsClassAndItsTest(String id) {
        Rule rule = RuleRegistry.byId(id).orElseThrow();
        RuleInfo info = rule.info();
        String className = camel(info.name()) + "Rule";
        assertEquals("io.github.privacyflow.rules." + className, rule.getClass().getName(), "the class is named after the rule");
        assertTrue(Files.isRegularFile(repository.resolve("plugin/src/main/java/io/github/privacyflow/rules/" + className + ".java")));
        assertTrue(Files.isRegularFile(repository.resolve("plugin/src/test/java/io/github/privacyflow/rules/" + className + "Test.java")),
                id + " has no unit test " + className + "Test");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void itsPage(String id) throws IOException {
        RuleInfo info = RuleRegistry.byId(id).orElseThrow().info();
        Path page = repository.resolve("docs/rules/" + id + ".md");
        assertTrue(Files.isRegularFile(page), "no page docs/rules/" + id + ".md");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# " + id + " " + info.name() + "\n"), id + ": the page's title is '# " + id + " " + info.name() + "'");
        assertTrue(text.contains("| Severity | " + info.severity().label() + " |"), id + ": the page states the severity");
        assertTrue(text.contains("| Reported at | ") && text.contains("| Clause | "), id + ": the page says where and which clause");
        for (String section : PAGE_SECTIONS) {
            assertTrue(text.contains("\n" + section + "\n"), id + ": the page lacks '" + section + "'");
        }
        assertEquals(text, RuleDocs.markdown(id), "the plugin bundles the page as it is in docs/rules");
        assertTrue(Files.readString(repository.resolve("docs/README.md")).contains("| [" + id + "](rules/" + id + ".md) | " + info.name() + " |"),
                id + " is missing from the guide's rule table");
        assertTrue(Files.readString(repository.resolve("README.md")).contains("| [" + id + "](docs/rules/" + id + ".md) | " + info.name() + " |"),
                id + " is missing from the README's rule table");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void itsSarifMetadataLinksItsPage(String id) {
        RuleInfo info = RuleRegistry.byId(id).orElseThrow().info();
        JsonNode descriptor = null;
        for (JsonNode candidate : sarifRules) {
            if (candidate.path("id").asText().equals(id)) {
                descriptor = candidate;
            }
        }
        if (descriptor == null) {
            fail(id + " is not among the SARIF rules");
        }
        assertEquals(info.name(), descriptor.path("name").asText());
        assertEquals(info.summary(), descriptor.path("shortDescription").path("text").asText());
        assertTrue(descriptor.path("fullDescription").path("text").asText().contains(info.clause()), "the clause");
        assertEquals(info.severity().label(), descriptor.path("defaultConfiguration").path("level").asText());
        assertEquals(RuleDocs.markdown(id), descriptor.path("help").path("markdown").asText(), "the page is the alert's help");
        // The link works when it names the page's path in this repository on its main branch.
        String helpUri = descriptor.path("helpUri").asText();
        String blob = SarifReport.INFORMATION_URI + "/blob/main/";
        assertTrue(helpUri.startsWith(blob), helpUri + " is not a page of " + SarifReport.INFORMATION_URI);
        assertEquals("docs/rules/" + id + ".md", helpUri.substring(blob.length()));
        assertTrue(Files.isRegularFile(repository.resolve(helpUri.substring(blob.length()))), helpUri + " names no file of the repository");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void aFixtureItMustFireOn(String id) {
        List<Marker> markers = firing.stream().filter(marker -> marker.ruleId().equals(id)).toList();
        assertTrue(markers.stream().anyMatch(marker -> marker.file().startsWith(repository.resolve("test-projects"))),
                id + " has no '// expect " + id + "' marker in test-projects");
        assertTrue(markers.stream().anyMatch(marker -> marker.file().startsWith(repository.resolve("plugin/src/test"))),
                id + " has no '// expect " + id + "' marker in a unit test's fixture");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void aCleanTwinItMustStaySilentOn(String id) {
        assertTrue(twins.stream().anyMatch(twin -> twin.ruleId().equals(id)),
                id + " has no clean twin: a '// clean twin of <project>/<File>: " + id + "' marker in test-projects (docs/fixtures.md)");
    }

    /**
     * A twin is a real pair: its sibling exists and fires the rule, the twin's own line expects
     * no finding of it, and its project compares findings with markers exactly, so the build
     * proves the twin silent.
     */
    @Test
    void everyTwinMirrorsASiblingThatFiresInAProjectComparedExactly() throws IOException {
        assertTrue(!twins.isEmpty(), "no clean twin at all");
        List<String> problems = new ArrayList<>();
        for (Twin twin : twins) {
            Path projects = repository.resolve("test-projects");
            Path project = projects.resolve(projects.relativize(twin.file()).getName(0));
            if (!compares(project)) {
                problems.add(twin + ": its project's verify.groovy does not compare the findings with the markers");
            }
            if (ids(expectOn(twin.file(), twin.line())).contains(twin.ruleId())) {
                problems.add(twin + ": the twin's line expects the finding it must not have");
            }
            Path siblingProject = projects.resolve(twin.siblingProject());
            List<Path> siblings = Files.isDirectory(siblingProject) ? files(siblingProject).stream()
                    .filter(file -> file.getFileName().toString().equals(twin.siblingFile())).toList() : List.of();
            if (siblings.size() != 1) {
                problems.add(twin + ": " + siblings.size() + " files " + twin.siblingFile() + " in test-projects/" + twin.siblingProject()
                        + ", not one");
            } else if (firing.stream().noneMatch(marker -> marker.file().equals(siblings.get(0)) && marker.ruleId().equals(twin.ruleId()))) {
                problems.add(twin + ": the sibling has no '// expect " + twin.ruleId() + "' marker");
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean compares(Path project) {
        Path verify = project.resolve("verify.groovy");
        try {
            return Files.isRegularFile(verify) && Files.readString(verify).contains("ExpectationMarkers");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String expectOn(Path file, int line) {
        Matcher expect = EXPECT.matcher(lines(file).get(line - 1));
        return expect.find() ? expect.group(1) : "";
    }

    private static void expectMarkers(String line, Path file, int number) {
        Matcher expect = EXPECT.matcher(line);
        while (expect.find()) {
            for (String id : ids(expect.group(1))) {
                firing.add(new Marker(id, file, number));
            }
        }
    }

    private static List<String> ids(String text) {
        List<String> ids = new ArrayList<>();
        Matcher id = RULE_ID.matcher(text);
        while (id.find()) {
            ids.add(id.group());
        }
        return ids;
    }

    private static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        for (String part : kebab.split("-")) {
            out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return out.toString();
    }

    /** The marked files below a folder, leaving out build output and hidden folders. */
    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> MARKED.stream().anyMatch(file.getFileName().toString()::endsWith))
                    .filter(file -> {
                        for (Path part : root.relativize(file)) {
                            if (part.toString().equals("target") || part.toString().startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return List.of(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: the folder above the working directory that holds docs/rules and test-projects. */
    private static Path findRepository() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve("docs/rules")) && Files.isDirectory(folder.resolve("test-projects"))) {
                return folder;
            }
        }
        throw new IllegalStateException("run from inside the privacyflow repository: no folder above "
                + Path.of("").toAbsolutePath() + " holds docs/rules and test-projects");
    }
}
