package com.partnerhub.service.web.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.api.agency.BulkInvitationItem;
import com.partnerhub.api.agency.BulkInvitationsRequest;
import com.partnerhub.api.agency.BulkResultView;
import com.partnerhub.api.agency.BulkTransferItem;
import com.partnerhub.api.agency.BulkTransfersRequest;
import com.partnerhub.api.agency.ClientOverviewView;
import com.partnerhub.api.agency.OverviewItemView;
import com.partnerhub.service.application.agency.BulkActions;
import com.partnerhub.service.application.agency.ClientOverview;
import com.partnerhub.service.domain.account.CustomerAccount;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.site.Site;
import com.partnerhub.service.web.account.AccessLimits;
import com.partnerhub.service.web.problem.ProblemFactory;
import com.partnerhub.service.web.problem.ProblemMapper;
import com.partnerhub.service.web.support.ApiRequest;
import com.partnerhub.service.web.support.CurrentUser;
import com.partnerhub.service.web.support.EnumValues;

@Path("v1/agencies/{id}")
@ApiRequest
@Tag(name = "Agency overview", description = "One agency's work across all its client accounts, and bulk invitations and transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgencyOverviewResource {

    private static final List<String> KINDS = List.of("SITE", "TRANSFER", "INVITATION", "INVOICE");

    @Inject
    CurrentUser currentUser;

    @Inject
    ClientOverview overview;

    @Inject
    BulkActions bulk;

    @Context
    HttpHeaders headers;

    @GET
    @Path("overview")
    @Operation(summary = "Everything under way across the agency's client accounts, in one list", description = "Sites the "
            + "agency built (its own and its clients'), its open transfers, pending invitations its people sent and unpaid "
            + "invoices of its orders, by account (the agency's own first); up to 500 of each kind (truncated says when there "
            + "were more). Narrow with type (SITE, TRANSFER, INVITATION, INVOICE) and accountId. For the agency's people and "
            + "provider staff.")
    public ClientOverviewView overview(@PathParam("id") long agencyId, @QueryParam("type") String type,
                                       @QueryParam("accountId") Long accountId) {
        String kind = type == null ? null : EnumValues.parse(Kind.class, type, "type").name();
        ClientOverview.Overview o = overview.of(currentUser.get(), agencyId);
        Map<Long, String> names = o.accounts().stream().collect(Collectors.toMap(CustomerAccount::id, CustomerAccount::name));
        Map<Long, Site> sites = o.sites().stream().collect(Collectors.toMap(Site::id, Function.identity()));
        List<OverviewItemView> items = new ArrayList<>();
        for (Site s : o.sites()) {
            items.add(item("SITE", s.id(), s.ownerAccountId(), s.id(), s.name(), s.plan(), s.createdAt().toString()));
        }
        o.transfers().forEach(t -> items.add(item("TRANSFER", t.id(), null, t.siteId(),
                t.recipientEmail() + " · " + (sites.containsKey(t.siteId()) ? sites.get(t.siteId()).name() : ""),
                t.status().name(), t.expiresAt().toString())));
        o.invitations().forEach(i -> items.add(item("INVITATION", i.id(), i.accountId(), null, i.email(), i.status().name(),
                i.expiresAt().toString())));
        o.unpaidInvoices().forEach(u -> {
            OverviewItemView v = item("INVOICE", u.invoice().id(), u.accountId(), null, u.invoice().number(),
                    u.invoice().status().name(), u.invoice().dueAt() == null ? null : u.invoice().dueAt().toString());
            v.amountMinor = u.invoice().amountMinor();
            v.currency = u.invoice().currency();
            v.orderNumber = u.orderNumber();
            items.add(v);
        });
        items.forEach(v -> v.accountName = v.accountId == null ? null : names.get(v.accountId));
        ClientOverviewView view = new ClientOverviewView();
        view.agencyId = agencyId;
        view.accounts = o.accounts().stream().map(a -> {
            ClientOverviewView.ClientAccountView c = new ClientOverviewView.ClientAccountView();
            c.id = a.id();
            c.name = a.name();
            return c;
        }).toList();
        view.items = items.stream()
                .filter(v -> kind == null || kind.equals(v.type))
                .filter(v -> accountId == null || accountId.equals(v.accountId))
                // the agency's own first, then by account name, each account's kinds in one order
                .sorted(Comparator.comparing((OverviewItemView v) -> v.accountName == null ? "" : v.accountName.toLowerCase(Locale.ROOT))
                        .thenComparing(v -> KINDS.indexOf(v.type)).thenComparing(v -> v.id))
                .toList();
        view.truncated = o.truncated();
        return view;
    }

    /** The kinds of things the overview lists. */
    public enum Kind {
        SITE, TRANSFER, INVITATION, INVOICE
    }

    private static OverviewItemView item(String type, long id, Long accountId, Long siteId, String title, String status, String date) {
        OverviewItemView v = new OverviewItemView();
        v.type = type;
        v.id = id;
        v.accountId = accountId;
        v.siteId = siteId;
        v.title = title;
        v.status = status;
        v.date = date;
        return v;
    }

    @POST
    @Path("bulk-invitations")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Operation(summary = "Invite into many client accounts at once", description = "1-100 items, each as POST "
            + "/api/v1/accounts/{accountId}/invitations and each in its own transaction: one refused item changes nothing for "
            + "the others. Every item reports INVITED, REQUESTED (waits for the owner's approval) or FAILED with the problem "
            + "the single request would have answered.")
    public BulkResultView invite(@PathParam("id") long agencyId, BulkInvitationsRequest request) {
        List<BulkActions.Invite> items = request == null || request.items == null ? null : request.items.stream()
                .map(this::invite).toList();
        return result(bulk.invite(currentUser.get(), agencyId, items), r -> r.pending() != null ? "REQUESTED" : "INVITED",
                r -> r.pending() != null ? r.pending().id() : r.issued().invitation().id());
    }

    private BulkActions.Invite invite(BulkInvitationItem i) {
        if (i == null) {
            return new BulkActions.Invite(null, null, null, null);
        }
        // an unreadable permission or date is that item's refusal, not the whole request's
        try {
            return new BulkActions.Invite(i.accountId, i.email, EnumValues.parseAll(Permission.class, i.permissions, "permissions"),
                    AccessLimits.parse(i.siteId, i.accessEndsAt, i.untilOrderId));
        } catch (RuntimeException unreadable) {
            return new BulkActions.Invite(i.accountId, i.email, null, null, unreadable);
        }
    }

    @POST
    @Path("bulk-transfers")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Operation(summary = "Offer many sites to their customers at once", description = "1-100 items, each as POST "
            + "/api/v1/sites/{siteId}/transfers and each in its own transaction: every item reports OFFERED or FAILED with "
            + "the problem the single request would have answered.")
    public BulkResultView offer(@PathParam("id") long agencyId, BulkTransfersRequest request) {
        List<BulkActions.Offer> items = request == null || request.items == null ? null : request.items.stream()
                .map(t -> t == null ? new BulkActions.Offer(null, null, false)
                        : new BulkActions.Offer(t.siteId, t.recipientEmail, Boolean.TRUE.equals(t.stayAsCollaborator)))
                .toList();
        return result(bulk.offer(currentUser.get(), agencyId, items), r -> "OFFERED", r -> r.transfer().id());
    }

    private <T> BulkResultView result(List<BulkActions.Outcome<T>> outcomes, Function<T, String> done, Function<T, Long> id) {
        Locale locale = ProblemFactory.negotiate(headers.getAcceptableLanguages());
        BulkResultView view = new BulkResultView();
        view.items = outcomes.stream().map(o -> {
            BulkResultView.Item item = new BulkResultView.Item();
            item.index = o.index();
            if (o.failure() == null) {
                item.outcome = done.apply(o.result());
                item.id = id.apply(o.result());
            } else {
                item.outcome = "FAILED";
                item.problem = ProblemMapper.problemOf(o.failure(), locale);
            }
            return item;
        }).toList();
        view.succeeded = (int) view.items.stream().filter(i -> i.problem == null).count();
        view.failed = view.items.size() - view.succeeded;
        return view;
    }
}
