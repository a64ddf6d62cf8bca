package com.partnerhub.service.application.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.partnerhub.service.application.account.InvitationService;
import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.application.site.TransferService;
import com.partnerhub.service.domain.account.AccessLimit;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.shared.Validator;
import com.partnerhub.service.domain.site.SiteRepository;

/**
 * Many invitations or transfers at once for an agency. Deliberately not one transaction: each item runs as its own
 * use case (its own transaction, its own checks), so one item's refusal changes nothing for the others and every item
 * reports its own outcome.
 */
@ApplicationScoped
public class BulkActions {

    public static final int MAX_ITEMS = 100;

    private InvitationService invitations;
    private TransferService transfers;
    private SiteRepository sites;
    private AccessPolicy access;

    protected BulkActions() {
    }

    @Inject
    public BulkActions(InvitationService invitations, TransferService transfers, SiteRepository sites, AccessPolicy access) {
        this.invitations = invitations;
        this.transfers = transfers;
        this.sites = sites;
        this.access = access;
    }

    /** One invitation as read; {@code unreadable} says why it could not be read (reported as that item's refusal). */
    public record Invite(Long accountId, String email, Set<Permission> permissions, AccessLimit limit, RuntimeException unreadable) {

        public Invite(Long accountId, String email, Set<Permission> permissions, AccessLimit limit) {
            this(accountId, email, permissions, limit, null);
        }
    }

    public record Offer(Long siteId, String recipientEmail, boolean stayAsCollaborator) {
    }

    /** One item's outcome: what it made, or why it was refused. */
    public record Outcome<T>(int index, T result, RuntimeException failure) {
    }

    public List<Outcome<InvitationService.Invited>> invite(User caller, long agencyId, List<Invite> items) {
        return each(caller, agencyId, items, item -> {
            if (item.unreadable() != null) {
                throw item.unreadable();
            }
            new Validator().required("accountId", item.accountId()).throwIfInvalid();
            return invitations.invite(caller, item.accountId(), item.email(), item.permissions(), item.limit());
        });
    }

    public List<Outcome<TransferService.Issued>> offer(User caller, long agencyId, List<Offer> items) {
        return each(caller, agencyId, items, item -> {
            new Validator().required("siteId", item.siteId()).throwIfInvalid();
            // the agency the request names offers its own sites only, whatever other agency the caller works for
            if (sites.find(item.siteId()).filter(s -> s.agencyId() == agencyId).isEmpty()) {
                throw new ResourceNotFound("site");
            }
            return transfers.start(caller, item.siteId(), item.recipientEmail(), item.stayAsCollaborator());
        });
    }

    private <I, T> List<Outcome<T>> each(User caller, long agencyId, List<I> items, Function<I, T> action) {
        if (!access.worksFor(caller, agencyId)) {
            throw new ResourceNotFound("agency");
        }
        new Validator().check(items != null && !items.isEmpty(), "items", "REQUIRED")
                .check(items == null || items.size() <= MAX_ITEMS, "items", "TOO_MANY", MAX_ITEMS).throwIfInvalid();
        List<Outcome<T>> outcomes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                outcomes.add(new Outcome<>(i, action.apply(items.get(i)), null));
            } catch (RuntimeException refused) {
                outcomes.add(new Outcome<>(i, null, refused));
            }
        }
        return outcomes;
    }
}
