package io.github.privacyflow.demo.persistence;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * Shared plumbing of the DAOs: persisting and finding by primary key. Deleting is left to each
 * DAO, because every entity has its own erasure rules.
 *
 * @param <T> the entity type
 */
public abstract class AbstractJpaDao<T> {

    protected final EntityManager em;
    private final Class<T> entityType;

    protected AbstractJpaDao(EntityManager em, Class<T> entityType) {
        this.em = em;
        this.entityType = entityType;
    }

    public T save(T entity) {
        em.persist(entity); // expect PF005
        return entity;
    }

    public T update(T entity) {
        return em.merge(entity); // expect repeat PF005
    }

    public Optional<T> findById(Object id) {
        return Optional.ofNullable(em.find(entityType, id));
    }
}
