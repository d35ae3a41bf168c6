package io.github.privacyflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.PrivacyAnnotations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Purposes in scope: a lambda body takes its enclosing method's purposes, and past the start of
 * a path every calling context counts, through callers that declare nothing, around cycles.
 */
class PurposeResolverMutationTest {

    private static final String PURPOSE = Type.getObjectType(PrivacyAnnotations.PURPOSE.replace('.', '/')).getDescriptor();

    /**
     * Builds one class of methods, the class declaring {@code classPurpose} unless it is null. A
     * method name with "=purpose" declares that purpose; one starting with "~" is synthetic.
     */
    private static Map<String, MethodModel> type(String name, String... methods) {
        return annotatedType(name, null, methods);
    }

    private static AnnotationNode purpose(String value) {
        AnnotationNode purpose = new AnnotationNode(PURPOSE);
        purpose.values = new ArrayList<>(List.of("value", List.of(value)));
        return purpose;
    }

    private static Map<String, MethodModel> annotatedType(String name, String classPurpose, String... methods) {
        ClassNode node = new ClassNode();
        if (classPurpose != null) {
            node.visibleAnnotations = new ArrayList<>(List.of(purpose(classPurpose)));
        }
        node.version = Opcodes.V17;
        node.access = Opcodes.ACC_PUBLIC;
        node.name = name;
        node.superName = "java/lang/Object";
        for (String method : methods) {
            String[] parts = method.split("=");
            String methodName = parts[0];
            int access = Opcodes.ACC_PUBLIC;
            if (methodName.startsWith("~")) {
                methodName = methodName.substring(1);
                access |= Opcodes.ACC_SYNTHETIC;
            }
            MethodNode methodNode = new MethodNode(access, methodName, "()V", null, null);
            if (parts.length > 1) {
                methodNode.visibleAnnotations = new ArrayList<>(List.of(purpose(parts[1])));
            }
            node.methods.add(methodNode);
        }
        Map<String, MethodModel> byName = new HashMap<>();
        for (MethodModel model : new ClassModel(node, Path.of(name + ".class")).methods()) {
            byName.put(model.name(), model);
        }
        return byName;
    }

    private static PurposeResolver resolver(Map<MethodModel, Set<MethodModel>> callers) {
        return resolver(callers, Map.of());
    }

    private static PurposeResolver resolver(Map<MethodModel, Set<MethodModel>> callers, Map<String, List<String>> packagePurposes) {
        return new PurposeResolver(new FlowResult(List.of(), Map.of(), Map.of(), callers, packagePurposes));
    }

    private static Set<MethodModel> calledBy(MethodModel... callers) {
        return new LinkedHashSet<>(List.of(callers));
    }

    @Test
    void aLambdaBodyTakesThePurposesOfTheMethodItIsWrittenIn() {
        Map<String, MethodModel> shop = type("org/example/Shop", "<init>", "audit", "handle=billing", "~lambda$handle$0");
        assertEquals(Optional.of(Set.of("billing")), resolver(Map.of()).declared(shop.get("lambda$handle$0")));
    }

    @Test
    void aLambdaInAConstructorTakesTheConstructorsPurposes() {
        Map<String, MethodModel> shop = type("org/example/Shop", "handle", "<init>=onboarding", "~lambda$new$0");
        assertEquals(Optional.of(Set.of("onboarding")), resolver(Map.of()).declared(shop.get("lambda$new$0")));
    }

    @Test
    void aLambdaInAStaticInitialiserTakesItsPurposes() {
        Map<String, MethodModel> shop = type("org/example/Shop", "handle=billing", "<init>=onboarding", "<clinit>=setup", "~lambda$static$0");
        assertEquals(Optional.of(Set.of("setup")), resolver(Map.of()).declared(shop.get("lambda$static$0")));
    }

    @Test
    void onlySyntheticMethodsNamedLikeALambdaBodyBorrowPurposes() {
        Map<String, MethodModel> shop = type("org/example/Shop", "handle=billing", "lambda$handle$0", "~access$handle$0", "~lambda$handle");
        PurposeResolver resolver = resolver(Map.of());
        // A method the programmer named like a lambda body is the programmer's own.
        assertEquals(Optional.empty(), resolver.declared(shop.get("lambda$handle$0")));
        assertEquals(Optional.empty(), resolver.declared(shop.get("access$handle$0")));
        assertEquals(Optional.empty(), resolver.declared(shop.get("lambda$handle")));
    }

    @Test
    void aLambdaWhoseEnclosingMethodDeclaresNothingHasNoPurpose() {
        Map<String, MethodModel> shop = type("org/example/Shop", "other=billing", "handle", "~lambda$handle$0", "~lambda$gone$0");
        PurposeResolver resolver = resolver(Map.of());
        assertEquals(Optional.empty(), resolver.declared(shop.get("lambda$handle$0")));
        assertEquals(Optional.empty(), resolver.declared(shop.get("lambda$gone$0")));
    }

    @Test
    void callersThatDeclareNothingAreLookedThroughToTheirOwnCallers() {
        Map<String, MethodModel> m = type("org/example/Flow", "sink", "relay", "checkout=billing", "promote=marketing");
        Map<MethodModel, Set<MethodModel>> callers = Map.of(
                m.get("sink"), calledBy(m.get("relay"), m.get("promote")),
                m.get("relay"), calledBy(m.get("checkout")));
        assertEquals(Set.of(Set.of("billing"), Set.of("marketing")), resolver(callers).inScope(List.of(m.get("sink"))));
    }

    @Test
    void aMethodNobodyCallsIsAnEntryWithNoPurpose() {
        Map<String, MethodModel> m = type("org/example/Flow", "sink", "relay", "checkout=billing");
        Map<MethodModel, Set<MethodModel>> callers = Map.of(
                m.get("sink"), calledBy(m.get("relay"), m.get("checkout")));
        assertEquals(Set.of(PurposeResolver.UNDECLARED, Set.of("billing")), resolver(callers).inScope(List.of(m.get("sink"))));
        assertEquals(Set.of(PurposeResolver.UNDECLARED), resolver(callers).inScope(List.of(m.get("relay"))));
    }

    @Test
    void aCycleNobodyEntersHasNoPurpose() {
        Map<String, MethodModel> m = type("org/example/Flow", "sink", "ping", "pong");
        Map<MethodModel, Set<MethodModel>> callers = Map.of(
                m.get("sink"), calledBy(m.get("ping")),
                m.get("ping"), calledBy(m.get("pong")),
                m.get("pong"), calledBy(m.get("ping")));
        assertEquals(Set.of(PurposeResolver.UNDECLARED), resolver(callers).inScope(List.of(m.get("sink"))));
    }

    @Test
    void aCycleGetsEveryContextThatEntersIt() {
        Map<String, MethodModel> m = type("org/example/Flow", "sink", "ping", "pong", "checkout=billing", "promote=marketing");
        Map<MethodModel, Set<MethodModel>> callers = Map.of(
                m.get("sink"), calledBy(m.get("ping")),
                m.get("ping"), calledBy(m.get("pong"), m.get("checkout")),
                m.get("pong"), calledBy(m.get("ping"), m.get("promote")));
        assertEquals(Set.of(Set.of("billing"), Set.of("marketing")), resolver(callers).inScope(List.of(m.get("sink"))));
    }

    @Test
    void contextsWorkedOutBeforeAreReusedForLaterPaths() {
        Map<String, MethodModel> m = type("org/example/Flow", "sink", "other", "relay", "checkout=billing");
        Map<MethodModel, Set<MethodModel>> callers = Map.of(
                m.get("sink"), calledBy(m.get("relay")),
                m.get("other"), calledBy(m.get("relay")),
                m.get("relay"), calledBy(m.get("checkout")));
        PurposeResolver resolver = resolver(callers);
        assertEquals(Set.of(Set.of("billing")), resolver.inScope(List.of(m.get("relay"))));
        assertEquals(Set.of(Set.of("billing")), resolver.inScope(List.of(m.get("sink"))));
        assertEquals(Set.of(Set.of("billing")), resolver.inScope(List.of(m.get("other"))));
        assertEquals(Set.of(Set.of("billing")), resolver.inScope(List.of(m.get("sink"))));
    }

    @Test
    void aMethodsOwnPurposeComesBeforeItsClassAndPackage() {
        Map<String, MethodModel> m = annotatedType("org/example/Shop", "analytics", "checkout=billing", "browse");
        PurposeResolver resolver = resolver(Map.of(), Map.of("org.example", List.of("support")));
        assertEquals(Optional.of(Set.of("billing")), resolver.declared(m.get("checkout")));
        assertEquals(Optional.of(Set.of("analytics")), resolver.declared(m.get("browse")));
    }

    @Test
    void aPackagesPurposesApplyWhereNothingNearerIsDeclared() {
        Map<String, MethodModel> m = type("org/example/Shop", "browse");
        assertEquals(Optional.of(Set.of("support", "analytics")),
                resolver(Map.of(), Map.of("org.example", List.of("support", "analytics"))).declared(m.get("browse")));
        assertEquals(Optional.empty(), resolver(Map.of(), Map.of("org.other", List.of("support"))).declared(m.get("browse")));
    }

    @Test
    void theDeclarationNearestTheSinkOnThePathWins() {
        Map<String, MethodModel> m = type("org/example/Flow", "start=billing", "middle=marketing", "sink", "caller=support");
        PurposeResolver resolver = resolver(Map.of(m.get("start"), calledBy(m.get("caller"))));
        assertEquals(Set.of(Set.of("marketing")), resolver.inScope(List.of(m.get("start"), m.get("middle"), m.get("sink"))));
        // The path's first method counts too: its callers are only asked when nothing on the path declares.
        assertEquals(Set.of(Set.of("billing")), resolver.inScope(List.of(m.get("start"), m.get("sink"))));
    }
}
