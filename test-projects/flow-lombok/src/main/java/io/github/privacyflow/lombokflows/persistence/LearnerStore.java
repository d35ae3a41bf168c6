package io.github.privacyflow.lombokflows.persistence;

import io.github.privacyflow.annotations.Erases;
import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.lombokflows.model.Feedback;
import io.github.privacyflow.lombokflows.model.Learner;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import lombok.RequiredArgsConstructor;

/** Stores learners and feedback; its dependencies come through a Lombok constructor. */
@Purpose("provide-feature")
@RequiredArgsConstructor
public class LearnerStore {

    private final EntityManager em;
    private final Connection connection;

    // permitted: user-interaction to jpa (mysql) for provide-feature
    public void save(Learner learner) {
        em.persist(learner);
    }

    @Erases(Learner.class)
    public void erase(Learner learner) {
        em.remove(learner);
    }

    public void saveFeedback(Feedback feedback) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO feedback (room_id, author, rating) VALUES (?, ?, ?)")) {
            // silent: a room id
            insert.setString(1, feedback.getRoomId());
            // permitted (provide-feature, mysql); it makes Feedback a stored type without @Retain
            insert.setString(2, feedback.getAuthorNickname());
            // silent: a rating
            insert.setInt(3, feedback.getRating());
            insert.executeUpdate();
        }
    }
}
