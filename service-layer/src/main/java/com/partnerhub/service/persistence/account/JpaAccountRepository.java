package com.partnerhub.service.persistence.account;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.account.AccessRequest;
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

    // JPQL has no SKIP LOCKED; the member row stays locked until the transaction that ends the grant commits. Two
    // claims rather than one with OR, so each walks its own index (ends_at; until_order_id) on every poll.
    private static final String CLAIM_PAST_END = "select m.account_id, m.user_id from account_member m where m.ends_at <= ? "
            + "order by m.ends_at fetch first 1 rows only for update skip locked";
    private static final String CLAIM_ORDER_DONE = "select m.account_id, m.user_id from account_member m "
            + "where m.until_order_id is not null and exists (select 1 from customer_order o where o.id = m.until_order_id "
            + "and o.status = 'COMPLETED') fetch first 1 rows only for update skip locked";

    @Override
    public Optional<AccountMember> claimEndedGrant(java.time.Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CLAIM_PAST_END).setParameter(1, now.atOffset(java.time.ZoneOffset.UTC))
                .getResultList();
        if (rows.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> done = em.createNativeQuery(CLAIM_ORDER_DONE).getResultList();
            rows = done;
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] key = rows.get(0);
        return member(((Number) key[0]).longValue(), ((Number) key[1]).longValue());
    }

    @Override
    public AccessRequest addAccessRequest(AccessRequest request) {
        em.persist(request);
        return request;
    }

    @Override
    public Optional<AccessRequest> findAccessRequest(long id) {
        return Optional.ofNullable(em.find(AccessRequest.class, id));
    }

    @Override
    public List<AccessRequest> accessRequestsOf(long accountId) {
        return em.createQuery("select r from AccessRequest r where r.accountId = :a order by "
                        + "case when r.status = com.partnerhub.service.domain.account.AccessRequest.Status.PENDING then 0 else 1 end, "
                        + "r.id desc", AccessRequest.class)
                .setParameter("a", accountId).setMaxResults(200).getResultList();
    }
}
