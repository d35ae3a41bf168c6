package io.github.privacyflow.lombokflows.web;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.lombokflows.model.Feedback;
import io.github.privacyflow.lombokflows.model.Learner;
import io.github.privacyflow.lombokflows.persistence.LearnerStore;
import io.github.privacyflow.lombokflows.service.ConsentCheck;
import java.sql.SQLException;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Enrolment over REST; Lombok injects the dependencies. */
@Slf4j
@RestController
@RequiredArgsConstructor
@Purpose("provide-feature")
public class LearnerController {

    private final LearnerStore store;
    private final ConsentCheck consent;

    // consent: a builder-made entity stored with no gate
    @PostMapping("/rooms/{roomId}/learners")
    public Long enrol(@PathVariable String roomId, // expect PF009
            @RequestParam @PersonalData(category = "user-interaction") String email) {
        Learner learner = Learner.builder().roomId(roomId).email(email).build();
        store.save(learner);
        return learner.getId();
    }

    // consent: the same behind the gate (silent)
    @PostMapping("/rooms/{roomId}/learners/with-ticket")
    public Long enrolWithTicket(@PathVariable String roomId, @RequestParam String ticket,
            @RequestParam @PersonalData(category = "user-interaction") String email) {
        consent.require(ticket);
        Learner learner = Learner.builder().roomId(roomId).email(email).build();
        store.save(learner);
        return learner.getId();
    }

    // consent: a @RequiredArgsConstructor-made object stored through JDBC with no gate
    @PostMapping("/rooms/{roomId}/feedback")
    public void rate(@PathVariable String roomId, @RequestParam int rating, // expect PF009
            @RequestParam @PersonalData(category = "user-interaction") String nickname) throws SQLException {
        store.saveFeedback(new Feedback(roomId, nickname, rating));
        // permitted: the class's provide-feature
        log.info("{} rated {}", nickname, roomId);
    }
}
