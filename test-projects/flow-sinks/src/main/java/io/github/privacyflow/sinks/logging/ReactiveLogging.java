package io.github.privacyflow.sinks.logging;

import io.github.privacyflow.sinks.model.Learner;
import reactor.core.publisher.Mono;

/**
 * The presence service's non-blocking announcements (Reactor), logged through SLF4J. An error
 * handler is handed the error, not the learner the pipeline carried; the learner's nickname
 * logged on the way is a flow without a declared purpose.
 */
public class ReactiveLogging {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReactiveLogging.class);

    public Mono<String> announce(Learner learner) {
        return Mono.just(learner)
                .map(Learner::getNickname)
                .doOnError(error -> log.warn("announcement failed: {}", error.toString()))
                .onErrorResume(error -> Mono.just("(unknown)"))
                .doOnNext(nickname -> log.info("announcing {}", nickname)); // expect PF003
    }
}
