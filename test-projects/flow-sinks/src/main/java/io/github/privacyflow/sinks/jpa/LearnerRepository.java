package io.github.privacyflow.sinks.jpa;

import io.github.privacyflow.sinks.model.Learner;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LearnerRepository extends JpaRepository<Learner, Long> {
}
