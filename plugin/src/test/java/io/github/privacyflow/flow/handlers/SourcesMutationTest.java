package io.github.privacyflow.flow.handlers;

import static io.github.privacyflow.flow.calls.AsmFixtures.method;
import static io.github.privacyflow.flow.calls.AsmFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelTable;
import io.github.privacyflow.flow.calls.AsmFixtures;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.MethodModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/** Which arguments of a method are the parameters the source handlers are asked about. */
class SourcesMutationTest {

    private final ClassModel api = type("p/Api")
            .method(Opcodes.ACC_PUBLIC, "login", "(Ljava/lang/String;)V",
                    code -> { })
            .method(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "lookup", "(Ljava/lang/String;)V", code -> { })
            .build();
    private final ClassHierarchy hierarchy = AsmFixtures.hierarchy(api);

    @AfterEach
    void close() {
        hierarchy.close();
    }

    @Test
    void anInstanceMethodsFirstArgumentIsTheReceiverNotAParameter() {
        List<Integer> asked = new ArrayList<>();
        Label label = new LabelTable().data("test", new DataSource("d", "user-interaction", false, null, null));
        SourceHandler everyParameter = new SourceHandler() {
            @Override
            public Optional<Label> parameter(MethodModel method, int index) {
                asked.add(index);
                return Optional.of(label);
            }
        };
        Sources sources = new Sources(List.of(everyParameter));
        MethodModel login = method(api, "login", "(Ljava/lang/String;)V");
        MethodModel lookup = method(api, "lookup", "(Ljava/lang/String;)V");

        assertEquals(Optional.empty(), sources.parameter(login, 0));
        assertEquals(Optional.of(label), sources.parameter(login, 1));
        assertEquals(Optional.empty(), sources.parameter(login, 2));
        assertEquals(Optional.of(label), sources.parameter(lookup, 0));
        assertEquals(Optional.empty(), sources.parameter(lookup, 1));
        assertEquals(List.of(0, 0), asked);
    }

}
