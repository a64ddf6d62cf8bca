package com.partnerhub.service.persistence.account;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.account.AccountMember;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.account.CustomerAccount;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    private EntityManager em;

    protected JpaAccountRepository() {
    }

    @Inject
    public JpaAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public CustomerAccount add(CustomerAccount account) {
        em.persist(account);
        return account;
    }

    @Override
    public Optional<CustomerAccount> find(long id) {
        return Optional.ofNullable(em.find(CustomerAccount.class, id));
    }

    @Override
    public Optional<CustomerAccount> findByOwnerEmail(String email) {
        return em.createQuery("select a from CustomerAccount a where a.ownerEmail = :e", CustomerAccount.class)
                .setParameter("e", email).getResultStream().findFirst();
    }

    @Override
    public List<CustomerAccount> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from CustomerAccount a where a.id in :ids", CustomerAccount.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Membership> membershipsOf(long userId) {
        return em.createQuery("select a, m from CustomerAccount a, AccountMember m "
                        + "where m.accountId = a.id and m.userId = :u order by a.name, a.id", Object[].class)
                .setParameter("u", userId)
                .getResultStream()
                .map(r -> new Membership((CustomerAccount) r[0], (AccountMember) r[1]))
                .toList();
    }

    @Override
    public Optional<AccountMember> member(long accountId, long userId) {
        return Optional.ofNullable(em.find(AccountMember.class, new AccountMember.Key(accountId, userId)));
    }

    @Override
    public List<AccountMember> members(long accountId) {
        return em.createQuery("select m from AccountMember m where m.accountId = :a order by m.addedAt, m.userId",
                        AccountMember.class)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public boolean hasMemberWithEmail(long accountId, String email) {
        return em.createQuery("select count(m) from AccountMember m, User u where m.userId = u.id "
                        + "and m.accountId = :a and u.email = :e", Long.class)
                .setParameter("a", accountId).setParameter("e", email).getSingleResult() > 0;
    }

    @Override
    public boolean hasMemberOfAgency(long accountId, long agencyId) {
        return em.createQuery("select count(m) from AccountMember m, AgencyMembership a where m.userId = a.userId "
                        + "and m.accountId = :account and a.agencyId = :agency", Long.class)
                .setParameter("account", accountId).setParameter("agency", agencyId).getSingleResult() > 0;
    }

    @Override
    public AccountMember addMember(AccountMember member) {
        em.persist(member);
        return member;
    }

    @Override
    public void removeMember(AccountMember member) {
        em.remove(member);
    }
}
