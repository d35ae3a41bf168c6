package io.github.privacyflow.flow.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.privacyflow.catalog.Catalogs;
import io.github.privacyflow.catalog.NameDictionary;
import io.github.privacyflow.classify.DataClassifier;
import io.github.privacyflow.flow.DataSource;
import io.github.privacyflow.flow.FlowResult;
import io.github.privacyflow.flow.Label;
import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.flow.TaintFlow;
import io.github.privacyflow.flow.calls.ResolvedCall;
import io.github.privacyflow.flow.handlers.HandlerContext;
import io.github.privacyflow.flow.handlers.SinkHandler;
import io.github.privacyflow.flow.handlers.SourceHandler;
import io.github.privacyflow.model.ClassFileReader;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.PathFilter;
import io.github.privacyflow.policy.PolicyLoader;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a framework is one handler class: a message queue's client that the bundled handlers
 * do not know becomes a source and a sink through one class registered with the engine, and
 * nothing in the core changes (docs/flow-engine.md walks through the same steps).
 */
class AddFrameworkTest {

    @TempDir
    Path folder;

    /** The whole framework support: what its consumer returns is personal data, what its producer sends leaves. */
    static final class AcmeQueue implements SourceHandler, SinkHandler {

        private final HandlerContext context;

        AcmeQueue(HandlerContext context) {
            this.context = context;
        }

        @Override
        public Optional<Label> result(ResolvedCall call) {
            if (call.owner().equals("org/acme/queue/Message") && call.name().equals("body")) {
                return Optional.of(context.labels().data("acme message body", new DataSource(
                        "the message body (Message.body)", "user-interaction", false, null, null)));
            }
            return Optional.empty();
        }

        @Override
        public List<SinkSpec> memberSinks(String owner, String name, String descriptor) {
            if (context.hierarchy().isSubtype(owner, "org/acme/queue/Producer") && name.equals("send")) {
                return List.of(new SinkSpec("http", null, SinkSpec.Sunk.argument(1), 0, "acme-queue"));
            }
            return List.of();
        }
    }

    @Test
    void oneHandlerClassMakesTheFrameworksCallsSourcesAndSinks() throws Exception {
        FixtureProject.in(folder)
                .source("org/acme/queue/Message.java",
                        "package org.acme.queue;",
                        "public interface Message { String body(); }")
                .source("org/acme/queue/Producer.java",
                        "package org.acme.queue;",
                        "public interface Producer { void send(String topic, String payload); }")
                .source("org/example/Relay.java",
                        "package org.example;",
                        "import org.acme.queue.Message;",
                        "import org.acme.queue.Producer;",
                        "public class Relay {",
                        "    void relay(Message message, Producer producer) {",
                        "        String body = message.body();",
                        "        producer.send(\"audit\", body.trim());",
                        "        producer.send(body, \"received\");",
                        "    }",
                        "}")
                .compile();
        Path library = folder.resolve("library");
        Files.createDirectories(library.resolve("org/acme/queue"));
        for (String type : List.of("Message", "Producer")) {
            Files.move(folder.resolve("target/classes/org/acme/queue/" + type + ".class"),
                    library.resolve("org/acme/queue/" + type + ".class"));
        }
        List<String> warnings = new ArrayList<>();
        List<ClassModel> program = new ClassFileReader((file, line, problem) -> warnings.add(problem), PathFilter.all())
                .readDirectory(folder.resolve("target/classes"));
        DataClassifier classifier = new DataClassifier(true, "user-interaction", NameDictionary.personalData(),
                NameDictionary.sensitiveData(), Catalogs.bundled());
        FlowEngine engine = new FlowEngine(classifier, PolicyLoader.loadDefault(), "user-interaction",
                (file, line, problem) -> warnings.add(problem));

        FlowResult without = engine.analyze(program, List.of(library));
        FlowResult with = engine.withHandlers(context -> List.of(new AcmeQueue(context))).analyze(program, List.of(library));

        assertEquals(List.of(), without.flows());
        assertEquals(1, with.flows().size(), with.flows().toString());
        TaintFlow flow = with.flows().get(0);
        assertEquals("Producer.send (http)", flow.describeSink());
        assertEquals(7, flow.line());
        assertEquals("the message body (Message.body)", flow.contexts().get(0).data().dataLabels().get(0).source().description());
        assertEquals(List.of(), warnings);
    }
}
