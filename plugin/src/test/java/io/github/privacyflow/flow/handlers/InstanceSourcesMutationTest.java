package io.github.privacyflow.flow.handlers;

import static io.github.privacyflow.flow.calls.AsmFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelSet;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.model.ClassModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/** Which objects are personal data: annotated types, holders of personal fields, and interfaces by their implementations. */
class InstanceSourcesMutationTest {

    private static final String EMAIL = "Ljava/lang/String;";

    @TempDir
    Path folder;

    private static List<String> holders(LabelSet labels) {
        return labels.dataLabels().stream().map(Label::source).map(source -> source.holderType()).sorted().toList();
    }

    private static InstanceSources instances(ClassHierarchy hierarchy) {
        return new InstanceSources(HandlerFixtures.context(hierarchy), io.github.privacyflow.catalog.Catalogs.bundled().persistedTypeAnnotations());
    }

    private static ClassHierarchy hierarchy(List<ClassModel> classes, List<Path> classpath) {
        return new ClassHierarchy(classes, classpath, (file, line, problem) -> {
            throw new AssertionError(problem);
        });
    }

    @Test
    void anInterfaceOrAbstractClassWithoutPersonalFieldsCarriesWhatItsImplementationsHold() {
        List<ClassModel> classes = List.of(
                type("p/Customer").asInterface().build(),
                type("p/CustomerImpl").implementing("p/Customer").field("email", EMAIL).build(),
                type("p/AbstractAccount").asAbstract().build(),
                type("p/Account").extending("p/AbstractAccount").field("email", EMAIL).build(),
                type("p/Plain").build(),
                type("p/PlainChild").extending("p/Plain").field("email", EMAIL).build());
        try (ClassHierarchy hierarchy = hierarchy(classes, List.of())) {
            InstanceSources sources = instances(hierarchy);
            assertEquals(List.of("p/CustomerImpl"), holders(sources.instance("p/Customer")));
            assertEquals(List.of("p/Account"), holders(sources.instance("p/AbstractAccount")));
            // A concrete class is what it is: its subclasses' fields are not its own.
            assertEquals(List.of(), holders(sources.instance("p/Plain")));
            assertEquals(List.of("p/PlainChild"), holders(sources.instance("p/PlainChild")));
        }
    }

    @Test
    void anAbstractClassWithPersonalFieldsCarriesOnlyItsOwn() {
        List<ClassModel> classes = List.of(
                type("p/Base").asAbstract().field("email", EMAIL).build(),
                type("p/Derived").extending("p/Base").field("phone", EMAIL).build());
        try (ClassHierarchy hierarchy = hierarchy(classes, List.of())) {
            assertEquals(List.of("p/Base"), holders(instances(hierarchy).instance("p/Base")));
        }
    }

    @Test
    void aSubclassOfAnAnnotatedTypeIsPersonalDataOfItsCategory() {
        List<ClassModel> classes = List.of(
                type("p/Patient").annotated(HandlerFixtures.PERSONAL_DATA, "category", "health").build(),
                type("p/Outpatient").extending("p/Patient").build());
        try (ClassHierarchy hierarchy = hierarchy(classes, List.of())) {
            LabelSet labels = instances(hierarchy).instance("p/Outpatient");
            assertEquals(1, labels.dataLabels().size(), labels.toString());
            assertEquals("health", labels.dataLabels().get(0).source().category());
            assertEquals("p/Outpatient", labels.dataLabels().get(0).source().holderType());
        }
    }

    @Test
    void aDependencysInterfaceCarriesWhatItsProgramImplementationsHoldButTheJdksDoesNot() throws IOException {
        Path library = folder.resolve("lib");
        List<String> interfaces = List.of("org/lib/Api", "java/acme/Api", "javax/acme/Api", "jakarta/acme/Api", "jdk/acme/Api");
        for (String name : interfaces) {
            write(library, name, Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT);
        }
        write(library, "org/lib/Base", Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT);
        List<ClassModel> classes = List.of(
                type("p/Member").implementing(interfaces.toArray(String[]::new)).field("email", EMAIL).build(),
                type("p/Subscriber").extending("org/lib/Base").field("email", EMAIL).build());
        try (ClassHierarchy hierarchy = hierarchy(classes, List.of(library))) {
            InstanceSources sources = instances(hierarchy);
            assertEquals(List.of("p/Member"), holders(sources.instance("org/lib/Api")));
            for (String jdk : interfaces.subList(1, interfaces.size())) {
                assertTrue(sources.instance(jdk).isEmpty(), jdk);
            }
            assertTrue(sources.instance("org/lib/Base").isEmpty(), "a library class is not an interface");
            assertTrue(sources.instance("org/lib/Missing").isEmpty());
        }
    }

    private static void write(Path root, String name, int access) throws IOException {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, access, name, null, "java/lang/Object", null);
        writer.visitEnd();
        Path file = root.resolve(name + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, writer.toByteArray());
    }

    @Test
    void sixteenTypesBelowAnInterfaceAreStillUsedButSeventeenSayTooLittle() {
        assertEquals(15, implementationLabels(15));
        assertEquals(0, implementationLabels(16));
    }

    /** The interface itself counts among its program subtypes. */
    private static int implementationLabels(int implementations) {
        List<ClassModel> classes = new ArrayList<>();
        classes.add(type("p/Many").asInterface().build());
        for (int i = 0; i < implementations; i++) {
            classes.add(type("p/Impl" + i).implementing("p/Many").field("email", EMAIL).build());
        }
        try (ClassHierarchy hierarchy = hierarchy(classes, List.of())) {
            return instances(hierarchy).instance("p/Many").dataLabels().size();
        }
    }
}
