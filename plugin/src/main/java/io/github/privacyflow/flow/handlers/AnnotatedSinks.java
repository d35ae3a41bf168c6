package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.SinkSpec;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.PrivacyAnnotations;
import java.util.Optional;

/**
 * Program methods annotated {@code @Sink(processor = "...")}: a client of a processor the
 * catalogue cannot know (an in-house upload client, say). Every argument is sunk, and the sink
 * names the processor directly rather than a sink kind.
 */
final class AnnotatedSinks implements SinkHandler {

    @Override
    public Optional<SinkSpec> declaredSink(MethodModel method) {
        return method.annotation(PrivacyAnnotations.SINK)
                .map(sink -> new SinkSpec(null, sink.string("processor").orElse(""), SinkSpec.Sunk.ALL, 0, "@Sink"));
    }
}
