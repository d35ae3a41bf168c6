package io.github.privacyflow.flow.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.catalog.Catalogs;
import io.github.privacyflow.catalog.NameDictionary;
import io.github.privacyflow.classify.DataClassifier;
import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.LabelTable;
import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.flow.calls.CallResolver;
import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.flow.calls.FieldResolver;
import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.policy.PolicyLoader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/** How the answers of several handlers combine, and that the bundled library models answer with the data they should. */
class HandlerCompositionTest {

    private ClassHierarchy hierarchy;
    private HandlerContext context;

    @BeforeEach
    void context() throws Exception {
        hierarchy = new ClassHierarchy(List.of(), List.of(), (file, line, problem) -> {
            throw new AssertionError(problem);
        });
        DataClassifier classifier = new DataClassifier(true, "user-interaction", NameDictionary.personalData(),
                NameDictionary.sensitiveData(), Catalogs.bundled());
        context = new HandlerContext(hierarchy, new CallResolver(hierarchy), new FieldResolver(hierarchy), classifier,
                PolicyLoader.loadDefault(), new LabelTable(), "user-interaction");
    }

    @AfterEach
    void close() {
        hierarchy.close();
    }

    private static ResolvedCall libraryCall(int opcode, String owner, String name, String descriptor) {
        return new ResolvedCall(opcode, owner, name, descriptor, owner, Optional.empty(), List.of(), false);
    }

    @Test
    void theFirstModelToDecideTheResultWinsAndTheRestIsUnited() {
        CallFlow first = new CallFlow(CallFlow.Result.RECEIVER, false, false, 1);
        CallFlow second = new CallFlow(CallFlow.Result.NOTHING, true, true, 2);

        CallFlow combined = CallFlow.start(false).then(first).then(second);

        assertEquals(new CallFlow(CallFlow.Result.RECEIVER, true, true, 3), combined);
        assertEquals(CallFlow.Result.ALL, CallFlow.start(false).then(CallFlow.UNKNOWN).resultOrDefault());
        assertSame(first, first.then(CallFlow.UNKNOWN));
    }

    @Test
    void aConstructorPutsItsArgumentsIntoTheObjectAndReturnsNothingElse() {
        CallFlow constructor = CallFlow.start(true).then(new CallFlow(CallFlow.Result.ALL, false, false, 0));

        assertEquals(CallFlow.Result.NOTHING, constructor.resultOrDefault());
        assertTrue(constructor.intoReceiver());
    }

    @Test
    void effectsAreUnited() {
        CallEffect consent = new CallEffect(true, false);
        CallEffect anonymous = new CallEffect(false, true);

        assertEquals(new CallEffect(true, true), consent.and(anonymous));
        assertSame(consent, consent.and(CallEffect.NONE));
        assertSame(anonymous, CallEffect.NONE.and(anonymous));
        assertFalse(CallEffect.NONE.and(CallEffect.NONE).givesConsent());
    }

    @Test
    void theBundledModelsDescribeJdkCallsAsTheCatalogueSays() {
        LibraryModels models = Handlers.builtIn(context).models();

        CallFlow size = models.flow(libraryCall(Opcodes.INVOKEINTERFACE, "java/util/List", "size", "()I"), false);
        CallFlow get = models.flow(libraryCall(Opcodes.INVOKEINTERFACE, "java/util/Map", "get",
                "(Ljava/lang/Object;)Ljava/lang/Object;"), false);
        CallFlow append = models.flow(libraryCall(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                "(Ljava/lang/String;)Ljava/lang/StringBuilder;"), false);
        CallFlow concat = models.flow(libraryCall(Opcodes.INVOKEVIRTUAL, "java/lang/String", "concat",
                "(Ljava/lang/String;)Ljava/lang/String;"), false);

        assertEquals(CallFlow.Result.NOTHING, size.resultOrDefault());
        assertEquals(CallFlow.Result.RECEIVER, get.resultOrDefault());
        assertTrue(append.intoReceiver() && append.returnsReceiver(), append.toString());
        assertEquals(new CallFlow(null, false, false, 0), concat);
        assertEquals(CallFlow.Result.ALL, concat.resultOrDefault());
    }

    @Test
    void aFluentBuilderOfAnUnknownLibraryReturnsItself() {
        CallFlow header = Handlers.builtIn(context).models().flow(libraryCall(Opcodes.INVOKEVIRTUAL, "org/vendor/RequestBuilder",
                "header", "(Ljava/lang/String;)Lorg/vendor/RequestBuilder;"), false);

        assertTrue(header.intoReceiver() && header.returnsReceiver(), header.toString());
    }

    @Test
    void enhancerAccessorsAreFieldAccesses() {
        LibraryModels models = Handlers.builtIn(context).models();

        assertEquals(Optional.of(new FieldAccess(FieldAccess.Kind.GETTER, "email")),
                models.fieldAccess("org/example/User", "$$_hibernate_read_email"));
        assertEquals(Optional.of(new FieldAccess(FieldAccess.Kind.SETTER, "email")),
                models.fieldAccess("org/example/User", "_persistence_set_email"));
        assertEquals(Optional.of(new FieldAccess(FieldAccess.Kind.OTHER, null)),
                models.fieldAccess("org/example/User", "$$_hibernate_getInterceptor"));
        assertEquals(Optional.empty(), models.fieldAccess("org/example/User", "getEmail"));
    }

    @Test
    void anExtraHandlerComesAfterTheBundledOnesAndMayServeSeveralRoles() {
        final class Framework implements SourceHandler, SinkHandler {
            @Override
            public Optional<Label> field(String owner, String name) {
                return Optional.of(context.labels().data("framework " + name, new DataSource(name, "contact", false, null, null)));
            }

            @Override
            public List<SinkSpec> memberSinks(String owner, String name, String descriptor) {
                return List.of(new SinkSpec("http", null, SinkSpec.Sunk.ALL, 0, "framework"));
            }
        }
        Handlers handlers = Handlers.builtIn(context, List.of(new Framework()));

        assertEquals("contact", handlers.sources().field("org/example/Settings", "token").orElseThrow().source().category());
        List<SinkSpec> sinks = handlers.sinks().at(libraryCall(Opcodes.INVOKEINTERFACE, "org/slf4j/Logger", "info",
                "(Ljava/lang/String;)V"));
        assertEquals(List.of("logging", "http"), sinks.stream().map(SinkSpec::kind).toList());
    }

    @Test
    void anObjectThatIsNoHandlerIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Handlers.builtIn(context, List.of("not a handler")));

        assertEquals("java.lang.String is no SourceHandler, SinkHandler or LibraryModel", refused.getMessage());
    }
}
