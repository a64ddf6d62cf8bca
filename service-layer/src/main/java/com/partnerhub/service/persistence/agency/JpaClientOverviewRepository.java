package com.partnerhub.service.persistence.agency;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.account.CustomerAccount;
import com.partnerhub.service.domain.agency.ClientOverviewRepository;
import com.partnerhub.service.domain.invitation.Invitation;
import com.partnerhub.service.domain.invitation.InvitationStatus;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.invoice.InvoiceStatus;
import com.partnerhub.service.domain.site.Site;
import com.partnerhub.service.domain.site.SiteTransfer;
import com.partnerhub.service.domain.site.TransferStatus;

@ApplicationScoped
public class JpaClientOverviewRepository implements ClientOverviewRepository {

    private EntityManager em;

    protected JpaClientOverviewRepository() {
    }

    @Inject
    public JpaClientOverviewRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<CustomerAccount> clientAccounts(long agencyId, int limit) {
        return em.createQuery("select a from CustomerAccount a where exists (select m.userId from AccountMember m, "
                        + "AgencyMembership g where m.accountId = a.id and g.userId = m.userId and g.agencyId = :agency) "
                        + "or exists (select o.id from PlacedOrder o where o.accountId = a.id and o.agencyId = :agency) "
                        + "order by a.name, a.id", CustomerAccount.class)
                .setParameter("agency", agencyId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Site> sites(long agencyId, Collection<Long> clientAccountIds, int limit) {
        // an empty IN list is not valid SQL everywhere; -1 matches no row
        return em.createQuery("select s from Site s where s.agencyId = :agency and (s.ownerAccountId is null "
                        + "or s.ownerAccountId in :accounts) order by s.id", Site.class)
                .setParameter("agency", agencyId)
                .setParameter("accounts", clientAccountIds.isEmpty() ? List.of(-1L) : clientAccountIds)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<SiteTransfer> openTransfers(long agencyId, int limit) {
        return em.createQuery("select t from SiteTransfer t where t.agencyId = :agency and t.status = :pending "
                        + "order by t.createdAt, t.id", SiteTransfer.class)
                .setParameter("agency", agencyId).setParameter("pending", TransferStatus.PENDING)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Invitation> pendingInvitations(long agencyId, Collection<Long> clientAccountIds, int limit) {
        if (clientAccountIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from Invitation i where i.status = :pending and i.accountId in :accounts and "
                        + "exists (select g.userId from AgencyMembership g where g.userId = i.invitedBy and g.agencyId = :agency) "
                        + "order by i.createdAt, i.id", Invitation.class)
                .setParameter("pending", InvitationStatus.PENDING).setParameter("accounts", clientAccountIds)
                .setParameter("agency", agencyId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Unpaid> unpaidInvoices(long agencyId, int limit) {
        List<Object[]> rows = em.createQuery("select i, o.accountId, o.number from Invoice i, PlacedOrder o "
                        + "where i.orderId = o.id and o.agencyId = :agency and i.status = :issued order by i.dueAt, i.id", Object[].class)
                .setParameter("agency", agencyId).setParameter("issued", InvoiceStatus.ISSUED)
                .setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Unpaid((Invoice) r[0], ((Number) r[1]).longValue(), (String) r[2])).toList();
    }
}
