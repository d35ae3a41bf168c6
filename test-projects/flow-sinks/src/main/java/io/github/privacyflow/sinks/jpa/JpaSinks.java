package io.github.privacyflow.sinks.jpa;

import io.github.privacyflow.annotations.Erases;
import io.github.privacyflow.sinks.model.Learner;
import io.github.privacyflow.sinks.model.LiveRoom;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * Where learners are stored through an ORM: the enrolment service (Jakarta Persistence), the old
 * timetable module (javax.persistence), the bulk importer (Hibernate) and the Spring Data
 * repositories. JPA is a permitted sink kind of user-interaction data (TencentDB for MySQL), so
 * each flow only lacks a declared purpose.
 */
public class JpaSinks {

    private final EntityManager entityManager;
    private final javax.persistence.EntityManager timetableEntityManager;
    private final SessionFactory sessionFactory;
    private final LearnerRepository learners;
    private final ReactiveLearnerRepository presence;
    private final LiveRoomRepository rooms;

    public JpaSinks(EntityManager entityManager, javax.persistence.EntityManager timetableEntityManager,
                    SessionFactory sessionFactory, LearnerRepository learners,
                    ReactiveLearnerRepository presence, LiveRoomRepository rooms) {
        this.entityManager = entityManager;
        this.timetableEntityManager = timetableEntityManager;
        this.sessionFactory = sessionFactory;
        this.learners = learners;
        this.presence = presence;
        this.rooms = rooms;
    }

    public void enrol(Learner learner, String roomId, String title) {
        entityManager.persist(learner); // expect PF003
        entityManager.persist(new LiveRoom(roomId, title, 30));
    }

    public void updateTimetableEntry(Learner learner) {
        timetableEntityManager.merge(learner); // expect repeat PF003
    }

    public void importBatch(Learner learner) {
        try (StatelessSession importer = sessionFactory.openStatelessSession()) {
            importer.upsert(learner); // expect repeat PF003
        }
    }

    public void rename(Learner learner, String newNickname) {
        learner.rename(newNickname);
        try (Session session = sessionFactory.openSession()) {
            session.merge(learner); // expect repeat PF003
        }
    }

    public Learner register(Learner learner) {
        return learners.saveAndFlush(learner); // expect repeat PF003
    }

    public void markOnline(Learner learner) {
        presence.save(learner).subscribe(); // expect repeat PF003
    }

    public void openRoom(String roomId, String title, int seats) {
        rooms.save(new LiveRoom(roomId, title, seats));
    }

    /** Right to erasure: a learner who leaves the school is deleted with everything they left. */
    @Erases(Learner.class)
    public void forget(Learner learner) {
        learners.delete(learner);
    }
}
