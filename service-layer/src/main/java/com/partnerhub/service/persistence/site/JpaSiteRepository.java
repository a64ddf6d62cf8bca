package com.partnerhub.service.persistence.site;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.site.Domain;
import com.partnerhub.service.persistence.SitePairs;
import com.partnerhub.service.domain.site.Site;
import com.partnerhub.service.domain.site.SiteRepository;
import com.partnerhub.service.domain.site.SiteTransfer;
import com.partnerhub.service.domain.site.TransferStatus;

@ApplicationScoped
public class JpaSiteRepository implements SiteRepository {

    private EntityManager em;

    protected JpaSiteRepository() {
    }

    @Inject
    public JpaSiteRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Site add(Site site) {
        em.persist(site);
        return site;
    }

    @Override
    public Optional<Site> find(long id) {
        return Optional.ofNullable(em.find(Site.class, id));
    }

    @Override
    public List<Site> visibleTo(Collection<Long> agencyIds, Collection<Long> accountIds, java.util.Map<Long, Long> accountOfSite,
                                long afterId, int limit) {
        if (agencyIds.isEmpty() && accountIds.isEmpty() && accountOfSite.isEmpty()) {
            return List.of();
        }
        SitePairs pairs = SitePairs.of("s.id", "s.ownerAccountId", accountOfSite);
        // an empty IN list is not valid SQL everywhere; -1 matches no row
        var query = em.createQuery("select s from Site s where s.id > :after and "
                        + "((s.agencyId in :agencies and s.ownerAccountId is null) or s.ownerAccountId in :accounts" + pairs.clause()
                        + ") order by s.id", Site.class)
                .setParameter("after", afterId)
                .setParameter("agencies", agencyIds.isEmpty() ? List.of(-1L) : agencyIds)
                .setParameter("accounts", accountIds.isEmpty() ? List.of(-1L) : accountIds);
        pairs.bind(query);
        return query
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Site> all(long afterId, int limit) {
        return em.createQuery("select s from Site s where s.id > :after order by s.id", Site.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public SiteTransfer addTransfer(SiteTransfer transfer) {
        em.persist(transfer);
        return transfer;
    }

    @Override
    public Optional<SiteTransfer> findTransfer(long id) {
        return Optional.ofNullable(em.find(SiteTransfer.class, id));
    }

    @Override
    public Optional<SiteTransfer> findTransferByTokenHash(String tokenHash) {
        return em.createQuery("select t from SiteTransfer t where t.tokenHash = :h", SiteTransfer.class)
                .setParameter("h", tokenHash).getResultStream().findFirst();
    }

    @Override
    public boolean hasPendingTransfer(long siteId) {
        return em.createQuery("select count(t) from SiteTransfer t where t.siteId = :s and t.status = :p", Long.class)
                .setParameter("s", siteId).setParameter("p", TransferStatus.PENDING).getSingleResult() > 0;
    }

    @Override
    public List<SiteTransfer> transfersOf(long siteId) {
        return em.createQuery("select t from SiteTransfer t where t.siteId = :s order by t.createdAt desc, t.id desc",
                SiteTransfer.class).setParameter("s", siteId).getResultList();
    }

    @Override
    public List<SiteTransfer> pendingTransfersFor(String email) {
        return em.createQuery("select t from SiteTransfer t where t.recipientEmail = :e and t.status = :p order by t.createdAt, t.id",
                        SiteTransfer.class)
                .setParameter("e", email).setParameter("p", TransferStatus.PENDING).getResultList();
    }

    @Override
    public List<SiteTransfer> undoableInto(Collection<Long> accountIds, java.time.Instant now) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from SiteTransfer t where t.targetAccountId in :a and t.status = :s and t.undoUntil > :now "
                        + "order by t.decidedAt desc, t.id desc", SiteTransfer.class)
                .setParameter("a", accountIds).setParameter("s", TransferStatus.ACCEPTED).setParameter("now", now)
                .setMaxResults(200).getResultList();
    }

    @Override
    public Domain addDomain(Domain domain) {
        em.persist(domain);
        return domain;
    }

    @Override
    public Optional<Domain> findDomain(long id) {
        return Optional.ofNullable(em.find(Domain.class, id));
    }

    @Override
    public boolean domainExists(String name) {
        return !em.createQuery("select d.id from Domain d where d.name = :n", Long.class).setParameter("n", name)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Domain> domainsOf(long siteId) {
        return em.createQuery("select d from Domain d where d.siteId = :s order by d.name", Domain.class)
                .setParameter("s", siteId).getResultList();
    }
}
