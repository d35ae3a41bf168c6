package io.github.privacyflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;

/**
 * The plugin's package layers, bottom first, as docs/architecture.md draws them. A package may
 * use the packages listed before it and none after it; the rules are built for any root package
 * so that a planted violation under a test package can show that they fail.
 */
final class Layers {

    /**
     * The layers, bottom first. Each entry is a package directly under the root; its subpackages
     * belong to it.
     */
    static final List<String> BOTTOM_UP = List.of(
            "run", "fixture", "model", "finding", "policy", "catalog", "classify", "config", "source",
            "flow", "rules", "datamap", "engine", "report", "baseline", "maven");

    private Layers() {
    }

    /**
     * Every package uses only the layers below it. Checking only dependencies inside the layers
     * leaves the JDK and libraries to the other rules.
     *
     * @param root the root package, e.g. {@code io.github.privacyflow}
     * @param everyLayerPresent whether a missing layer package fails the rule (true for the plugin
     *     itself, so a renamed package cannot slip out of the check)
     * @return the rule
     */
    static ArchRule downwardOnly(String root, boolean everyLayerPresent) {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(!everyLayerPresent);
        for (String layer : BOTTOM_UP) {
            layers = layers.layer(layer).definedBy(root + "." + layer + "..");
        }
        for (int i = 0; i < BOTTOM_UP.size() - 1; i++) {
            List<String> above = BOTTOM_UP.subList(i + 1, BOTTOM_UP.size());
            layers = layers.whereLayer(BOTTOM_UP.get(i)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
        }
        return layers.whereLayer(BOTTOM_UP.get(BOTTOM_UP.size() - 1)).mayNotBeAccessedByAnyLayer()
                .because("a package may only use the layers below it (docs/architecture.md)");
    }

    /**
     * No cycle between any two packages, subpackages counted apart, so a split inside a layer
     * (e.g. the flow engine's core and handlers) stays acyclic too.
     *
     * @param root the root package
     * @return the rule
     */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .because("packages that import each other cannot be understood or changed one at a time");
    }

    /**
     * Only the Maven layer sees Maven: the engine runs the same from a test, a benchmark or another
     * build tool.
     *
     * @param root the root package
     * @return the rule
     */
    static ArchRule mavenOnlyInMavenLayer(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".maven..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..",
                        "org.sonatype.plexus..")
                .allowEmptyShould(true)
                .because("the analysis engine knows nothing of Maven; the Mojos adapt Maven to it");
    }
}
