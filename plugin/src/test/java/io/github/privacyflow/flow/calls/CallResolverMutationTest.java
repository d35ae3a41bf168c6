package io.github.privacyflow.flow.calls;

import static io.github.privacyflow.flow.calls.AsmFixtures.method;
import static io.github.privacyflow.flow.calls.AsmFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/** Class-hierarchy call resolution: which program methods a call may run, and which it names. */
class CallResolverMutationTest {

    private static final String V = "()V";

    private final ClassModel base = type("p/Base").method("run", V).build();
    private final ClassModel sub = type("p/Sub").extending("p/Base").method("run", V).build();
    private final ClassModel task = type("p/Task").asInterface().abstractMethod("run", V).build();
    private final ClassModel job = type("p/Job").implementing("p/Task").method("run", V).build();

    @Test
    void aVirtualCallRunsTheOverridesOfProgramSubclasses() {
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(base, sub)) {
            List<MethodModel> targets = new CallResolver(hierarchy).targets(Opcodes.INVOKEVIRTUAL, "p/Base", "run", V);
            assertEquals(2, targets.size(), targets.toString());
            assertTrue(targets.containsAll(List.of(method(base, "run", V), method(sub, "run", V))));
        }
    }

    @Test
    void anInterfaceCallRunsTheImplementationsButNotTheInterfaceItself() {
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(task, job)) {
            assertEquals(List.of(method(job, "run", V)),
                    new CallResolver(hierarchy).targets(Opcodes.INVOKEINTERFACE, "p/Task", "run", V));
        }
    }

    @Test
    void aSpecialOrStaticCallRunsOnlyTheMethodOfItsOwnClass() {
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(base, sub)) {
            CallResolver resolver = new CallResolver(hierarchy);
            assertEquals(List.of(method(base, "run", V)), resolver.targets(Opcodes.INVOKESPECIAL, "p/Base", "run", V));
            assertEquals(List.of(method(base, "run", V)), resolver.targets(Opcodes.INVOKESTATIC, "p/Base", "run", V));
        }
    }

    @Test
    void anAbstractInterfaceMethodIsNoDefaultMethodToRun() {
        ClassModel shell = type("p/Shell").asAbstract().implementing("p/Task").build();
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(task, shell)) {
            assertEquals(List.of(), new CallResolver(hierarchy).targets(Opcodes.INVOKESPECIAL, "p/Shell", "run", V));
        }
    }

    @Test
    void aDefaultMethodRunsForAClassThatDoesNotOverrideIt() {
        ClassModel greeter = type("p/Greeter").asInterface().method("run", V).build();
        ClassModel plain = type("p/Plain").implementing("p/Greeter").build();
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(greeter, plain)) {
            assertEquals(List.of(method(greeter, "run", V)),
                    new CallResolver(hierarchy).targets(Opcodes.INVOKESPECIAL, "p/Plain", "run", V));
        }
    }

    @Test
    void thirtyTwoImplementationsAreStillResolvedButThirtyThreeAreTooMany() {
        assertEquals(32, implementations(32));
        assertEquals(0, implementations(33));
    }

    private static int implementations(int count) {
        List<ClassModel> classes = new ArrayList<>();
        classes.add(type("p/Task").asInterface().abstractMethod("run", V).build());
        for (int i = 0; i < count; i++) {
            classes.add(type("p/Impl" + i).implementing("p/Task").method("run", V).build());
        }
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(classes.toArray(ClassModel[]::new))) {
            return new CallResolver(hierarchy).targets(Opcodes.INVOKEINTERFACE, "p/Task", "run", V).size();
        }
    }

    @Test
    void theNamedMethodIsFoundInASuperclassAndRemembered() {
        ClassModel heir = type("p/Heir").extending("p/Base").build();
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(base, heir)) {
            CallResolver resolver = new CallResolver(hierarchy);
            assertEquals(Optional.of(method(base, "run", V)), resolver.declared("p/Heir", "run", V));
            assertEquals(Optional.of(method(base, "run", V)), resolver.declared("p/Heir", "run", V));
            assertEquals(Optional.empty(), resolver.declared("p/Heir", "walk", V));
        }
    }

    @Test
    void theNamedAbstractInterfaceMethodIsDeclared() {
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(task, job)) {
            ResolvedCall call = new CallResolver(hierarchy).resolve(Opcodes.INVOKEINTERFACE, "p/Task", "run", V, null);
            assertEquals(Optional.of(method(task, "run", V)), call.declared());
            assertEquals(List.of(method(job, "run", V)), call.targets());
            assertTrue(call.programOwner());
        }
    }

    @Test
    void aClassThatDeclaresNothingInheritsObjectsMethod() {
        ClassModel plain = type("p/Plain").build();
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(plain)) {
            assertTrue(new CallResolver(hierarchy).inheritsFromObject("p/Plain", "toString", "()Ljava/lang/String;"));
        }
    }

    @Test
    void aClassBelowALibraryClassMayNotInheritObjectsMethod() {
        // AbstractList declares its own toString chain; only Object itself counts.
        ClassModel list = type("p/MyList").extending("java/util/AbstractList").build();
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(list)) {
            assertFalse(new CallResolver(hierarchy).inheritsFromObject("p/MyList", "toString", "()Ljava/lang/String;"));
        }
    }

    @Test
    void anOverrideOrAnInterfaceStopsTheInheritanceFromObject() {
        ClassModel named = type("p/Named").method("toString", "()Ljava/lang/String;").build();
        ClassModel heir = type("p/NamedHeir").extending("p/Named").build();
        ClassModel shape = type("p/Shape").asInterface().build();
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(named, heir, shape)) {
            CallResolver resolver = new CallResolver(hierarchy);
            assertFalse(resolver.inheritsFromObject("p/NamedHeir", "toString", "()Ljava/lang/String;"));
            assertFalse(resolver.inheritsFromObject("p/Shape", "hashCode", "()I"));
        }
    }

    @Test
    void classesExtendingEachOtherNeverReachObject() {
        ClassModel first = type("p/First").extending("p/Second").build();
        ClassModel second = type("p/Second").extending("p/First").build();
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(first, second)) {
            assertFalse(new CallResolver(hierarchy).inheritsFromObject("p/First", "hashCode", "()I"));
        }
    }
}
