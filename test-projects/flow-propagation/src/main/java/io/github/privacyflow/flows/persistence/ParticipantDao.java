package io.github.privacyflow.flows.persistence;

import io.github.privacyflow.annotations.Erases;
import io.github.privacyflow.flows.model.Participant;
import io.github.privacyflow.flows.model.Room;
import jakarta.persistence.EntityManager;

/** JPA access to participants and rooms; the package declares the purpose. */
public class ParticipantDao {

    private final EntityManager em;

    public ParticipantDao(EntityManager em) {
        this.em = em;
    }

    // permitted: user-interaction to jpa (mysql) under the package's provide-feature
    public void save(Participant participant) {
        em.persist(participant);
    }

    // permitted: the same through merge
    public Participant update(Participant participant) {
        return em.merge(participant);
    }

    // silent: a room holds no personal data
    public void saveRoom(Room room) {
        em.persist(room);
    }

    @Erases(Participant.class)
    public void erase(Participant participant) {
        em.remove(participant);
    }
}
