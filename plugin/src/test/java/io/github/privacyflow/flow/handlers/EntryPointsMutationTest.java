package io.github.privacyflow.flow.handlers;

import static io.github.privacyflow.flow.calls.AsmFixtures.method;
import static io.github.privacyflow.flow.calls.AsmFixtures.type;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.flow.calls.AsmFixtures;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.model.ClassModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Entry points: servlet methods. */
class EntryPointsMutationTest {

    private final ClassModel servlet = type("p/MyServlet").extending("javax/servlet/http/HttpServlet")
            .method("doGet", "()V").method("helper", "()V").build();
    private final ClassModel notServlet = type("p/NotServlet").method("doGet", "()V").build();
    private final ClassHierarchy hierarchy = AsmFixtures.hierarchy(servlet, notServlet);

    @AfterEach
    void close() {
        hierarchy.close();
    }

    @Test
    void aServletMethodIsAnEntryPointOnlyInAServlet() {
        EntryPoints entryPoints = new EntryPoints(FlowCatalogs.bundled(), hierarchy);
        assertTrue(entryPoints.isEntryPoint(method(servlet, "doGet", "()V")));
        assertFalse(entryPoints.isEntryPoint(method(servlet, "helper", "()V")));
        assertFalse(entryPoints.isEntryPoint(method(notServlet, "doGet", "()V")));
    }
}
