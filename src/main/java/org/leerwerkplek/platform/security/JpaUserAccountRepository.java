package org.leerwerkplek.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public List<UserAccount> findAll() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
        em.flush();
    }
}
