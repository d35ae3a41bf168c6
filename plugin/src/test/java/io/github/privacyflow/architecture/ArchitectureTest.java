package io.github.privacyflow.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md hold for the plugin's own classes, and the same rules fail,
 * naming the offending dependency, on a package tree planted with a violation.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.privacyflow";
    private static final String PLANTED = ROOT + ".architecture.planted";

    private static JavaClasses plugin;
    private static JavaClasses planted;

    @BeforeAll
    static void importClasses() {
        plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        planted = new ClassFileImporter().importPackages(PLANTED);
    }

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() {
        Layers.downwardOnly(ROOT, true).check(plugin);
    }

    @Test
    void noPackageCycle() {
        Layers.noCycles(ROOT).check(plugin);
    }

    @Test
    void onlyTheMavenLayerSeesMaven() {
        Layers.mavenOnlyInMavenLayer(ROOT).check(plugin);
    }

    @Test
    void aModelClassUsingARuleFailsTheLayerRuleAndIsNamed() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> Layers.downwardOnly(PLANTED, false).check(planted));
        String message = failure.getMessage();
        assertTrue(message.contains("PlantedElement") && message.contains("PlantedRule"), message);
        assertTrue(message.contains("PlantedElement.java"), "names the file of the offending use: " + message);
    }

    @Test
    void aPlantedCycleFailsTheCycleRule() {
        AssertionError failure = assertThrows(AssertionError.class, () -> Layers.noCycles(PLANTED).check(planted));
        assertTrue(failure.getMessage().contains("PlantedFlow") && failure.getMessage().contains("PlantedClassifier"),
                failure.getMessage());
    }

    @Test
    void theUpwardUseInsideThePlantedCycleIsALayerViolationToo() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> Layers.downwardOnly(PLANTED, false).check(planted));
        assertTrue(failure.getMessage().contains("PlantedClassifier"), failure.getMessage());
    }

    @Test
    void thePictureInArchitectureMdIsTheCode() throws IOException {
        Map<String, Set<String>> drawn = drawnArrows(Path.of("..", "docs", "architecture.md"));
        Map<String, Set<String>> code = packageDependencies(plugin);
        List<String> problems = new ArrayList<>();
        drawn.forEach((from, targets) -> targets.forEach(to -> {
            if (!code.getOrDefault(from, Set.of()).contains(to)) {
                problems.add("drawn but not in the code: " + from + " --> " + to);
            }
        }));
        code.forEach((from, targets) -> targets.forEach(to -> {
            if (!reachable(drawn, from).contains(to)) {
                problems.add("in the code but not implied by the picture: " + from + " --> " + to);
            }
        }));
        assertTrue(problems.isEmpty(), "docs/architecture.md's layer picture differs from the code:\n"
                + String.join("\n", problems));
    }

    /** The arrows of the Mermaid block between the layers markers. */
    private static Map<String, Set<String>> drawnArrows(Path page) throws IOException {
        String text = Files.readString(page);
        int begin = text.indexOf("<!-- layers:begin -->");
        int end = text.indexOf("<!-- layers:end -->");
        assertTrue(begin >= 0 && end > begin, page + " has no layers picture between its markers");
        Matcher arrow = Pattern.compile("(?m)^\\s*([a-z]+)\\s*-->\\s*([a-z]+)\\s*$").matcher(text.substring(begin, end));
        Map<String, Set<String>> arrows = new TreeMap<>();
        while (arrow.find()) {
            arrows.computeIfAbsent(arrow.group(1), key -> new TreeSet<>()).add(arrow.group(2));
        }
        assertTrue(!arrows.isEmpty(), page + "'s layers picture has no arrows");
        return arrows;
    }

    /** Which top-level package uses which, from every dependency ArchUnit sees in the bytecode. */
    private static Map<String, Set<String>> packageDependencies(JavaClasses classes) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass type : classes) {
            String from = topLevelPackage(type);
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = topLevelPackage(dependency.getTargetClass());
                if (from != null && to != null && !from.equals(to)) {
                    uses.computeIfAbsent(from, key -> new TreeSet<>()).add(to);
                }
            }
        }
        return uses;
    }

    private static String topLevelPackage(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static Set<String> reachable(Map<String, Set<String>> arrows, String from) {
        Set<String> seen = new HashSet<>();
        Deque<String> work = new ArrayDeque<>(arrows.getOrDefault(from, Set.of()));
        while (!work.isEmpty()) {
            String next = work.pop();
            if (seen.add(next)) {
                work.addAll(arrows.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }
}
