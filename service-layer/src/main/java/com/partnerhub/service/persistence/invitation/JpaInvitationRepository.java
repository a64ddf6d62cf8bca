package com.partnerhub.service.persistence.invitation;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.invitation.Invitation;
import com.partnerhub.service.domain.invitation.InvitationRepository;
import com.partnerhub.service.domain.invitation.InvitationStatus;

@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {

    private EntityManager em;

    protected JpaInvitationRepository() {
    }

    @Inject
    public JpaInvitationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Invitation add(Invitation invitation) {
        em.persist(invitation);
        return invitation;
    }

    @Override
    public Optional<Invitation> find(long id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    @Override
    public Optional<Invitation> findByTokenHash(String tokenHash) {
        return em.createQuery("select i from Invitation i where i.tokenHash = :h", Invitation.class)
                .setParameter("h", tokenHash).getResultStream().findFirst();
    }

    @Override
    public List<Invitation> ofAccount(long accountId) {
        return em.createQuery("select i from Invitation i where i.accountId = :a order by i.createdAt desc, i.id desc",
                Invitation.class).setParameter("a", accountId).getResultList();
    }

    @Override
    public List<Invitation> pendingFor(String email) {
        return em.createQuery("select i from Invitation i where i.email = :e and i.status = :s order by i.createdAt, i.id",
                        Invitation.class)
                .setParameter("e", email).setParameter("s", InvitationStatus.PENDING).getResultList();
    }

    @Override
    public boolean hasPending(long accountId, String email) {
        return em.createQuery("select count(i) from Invitation i where i.accountId = :a and i.email = :e and i.status = :s",
                        Long.class)
                .setParameter("a", accountId).setParameter("e", email).setParameter("s", InvitationStatus.PENDING)
                .getSingleResult() > 0;
    }
}
