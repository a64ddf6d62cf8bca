package com.partnerhub.service.persistence.identity;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.identity.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    private EntityManager em;

    protected JpaUserRepository() {
    }

    @Inject
    public JpaUserRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<User> findBySubject(String subject) {
        return em.createQuery("select u from User u where u.subject = :s", User.class)
                .setParameter("s", subject)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<User> findByEmail(String normalizedEmail) {
        return em.createQuery("select u from User u where u.email = :e", User.class)
                .setParameter("e", normalizedEmail)
                .getResultStream().findFirst();
    }

    @Override
    public void forget(User user) {
        em.detach(user);
    }

    @Override
    public List<User> findBySubjectPrefix(String prefix) {
        return em.createQuery("select u from User u where u.subject like :p order by u.id", User.class)
                .setParameter("p", prefix.replace("%", "\\%").replace("_", "\\_") + "%")
                .getResultList();
    }

    @Override
    public Optional<User> find(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    @Override
    public List<User> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from User u where u.id in :ids order by u.id", User.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public User add(User user) {
        em.persist(user);
        em.flush();
        return user;
    }
}
