package io.github.privacyflow.demo.persistence;

import io.github.privacyflow.demo.quality.ConnectionLog;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Connection events of the media servers, purged by a nightly job after 30 days. */
public class ConnectionLogDao extends AbstractJpaDao<ConnectionLog> {

    public ConnectionLogDao(EntityManager em) {
        super(em, ConnectionLog.class);
    }

    public int purgeOlderThan(Instant cutoff) {
        return em.createQuery("DELETE FROM ConnectionLog c WHERE c.connectedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
