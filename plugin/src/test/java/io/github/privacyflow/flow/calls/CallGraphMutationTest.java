package io.github.privacyflow.flow.calls;

import static io.github.privacyflow.flow.calls.AsmFixtures.method;
import static io.github.privacyflow.flow.calls.AsmFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** Who calls whom, including through lambdas, and who reads which field. */
class CallGraphMutationTest {

    private static final String V = "()V";
    private static final Handle METAFACTORY = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory",
            "metafactory", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
            + "Ljava/lang/invoke/CallSite;", false);

    private final ClassModel holder = type("p/Holder")
            .field("name", "Ljava/lang/String;")
            .method(Opcodes.ACC_STATIC, "lambda$0", V, code -> { })
            .method(Opcodes.ACC_PUBLIC, "makeLambda", "()Ljava/lang/Runnable;", code -> code.visitInvokeDynamicInsn("run",
                    "()Ljava/lang/Runnable;", METAFACTORY, Type.getType(V),
                    new Handle(Opcodes.H_INVOKESTATIC, "p/Holder", "lambda$0", V, false), Type.getType(V)))
            .method(Opcodes.ACC_PUBLIC, "read", V, code -> {
                code.visitVarInsn(Opcodes.ALOAD, 0);
                code.visitFieldInsn(Opcodes.GETFIELD, "p/Holder", "name", "Ljava/lang/String;");
            })
            .method(Opcodes.ACC_STATIC, "readStatic", V,
                    code -> code.visitFieldInsn(Opcodes.GETSTATIC, "p/Holder", "name", "Ljava/lang/String;"))
            .method(Opcodes.ACC_PUBLIC, "write", V, code -> {
                code.visitVarInsn(Opcodes.ALOAD, 0);
                code.visitInsn(Opcodes.ACONST_NULL);
                code.visitFieldInsn(Opcodes.PUTFIELD, "p/Holder", "name", "Ljava/lang/String;");
            })
            .method(Opcodes.ACC_PUBLIC, "callRead", V, code -> {
                code.visitVarInsn(Opcodes.ALOAD, 0);
                code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "p/Holder", "read", V, false);
            })
            .build();

    private CallGraph graph(ClassHierarchy hierarchy) {
        return CallGraph.build(hierarchy, new CallResolver(hierarchy), new FieldResolver(hierarchy), holder.methods());
    }

    @Test
    void aLambdaBodyIsCalledByTheMethodThatMakesTheLambda() {
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(holder)) {
            CallGraph graph = graph(hierarchy);
            assertEquals(Set.of(method(holder, "makeLambda", "()Ljava/lang/Runnable;")),
                    graph.callersOf(method(holder, "lambda$0", V)));
        }
    }

    @Test
    void fieldReadersAreTheMethodsThatGetTheFieldNotThoseThatPutIt() {
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(holder)) {
            assertEquals(Set.of(method(holder, "read", V), method(holder, "readStatic", V)),
                    graph(hierarchy).readersOf("p/Holder#name"));
        }
    }

    @Test
    void everyCalledMethodIsKeyedToItsCallers() {
        try (ClassHierarchy hierarchy = AsmFixtures.hierarchy(holder)) {
            Map<MethodModel, Set<MethodModel>> callers = graph(hierarchy).callers();
            assertEquals(Map.of(method(holder, "read", V), Set.of(method(holder, "callRead", V)),
                    method(holder, "lambda$0", V), Set.of(method(holder, "makeLambda", "()Ljava/lang/Runnable;"))), callers);
            MethodModel read = method(holder, "read", V);
            MethodModel callRead = method(holder, "callRead", V);
            assertEquals(List.of(read, callRead), graph(hierarchy).calleesFirst(List.of(callRead, read)));
        }
    }
}
