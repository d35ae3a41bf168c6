package io.github.privacyflow.sinks.jpa;

import io.github.privacyflow.sinks.model.Learner;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/** The presence service's non-blocking store (R2DBC in production). */
public interface ReactiveLearnerRepository extends ReactiveCrudRepository<Learner, Long> {
}
