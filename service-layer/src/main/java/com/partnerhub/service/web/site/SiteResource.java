package com.partnerhub.service.web.site;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.service.web.support.ApiRequest;
import com.partnerhub.api.ApiPaths;
import com.partnerhub.api.common.PageView;
import com.partnerhub.api.common.WarningView;
import com.partnerhub.api.site.DomainRequest;
import com.partnerhub.api.site.DomainView;
import com.partnerhub.api.site.PlanChangeView;
import com.partnerhub.api.site.PlanRequest;
import com.partnerhub.api.site.SiteRequest;
import com.partnerhub.api.site.SiteView;
import com.partnerhub.api.site.TransferPreviewView;
import com.partnerhub.api.site.TransferRequest;
import com.partnerhub.api.site.TransferView;
import com.partnerhub.service.application.shared.Page;
import com.partnerhub.service.application.site.DomainService;
import com.partnerhub.service.application.site.SiteService;
import com.partnerhub.service.domain.account.BillingParty;
import com.partnerhub.service.domain.site.Domain;
import com.partnerhub.service.web.support.EnumValues;
import com.partnerhub.service.application.site.TransferService;
import com.partnerhub.service.domain.shared.Validator;
import com.partnerhub.service.web.problem.ProblemFactory;
import com.partnerhub.service.web.support.CurrentUser;
import com.partnerhub.service.web.support.Cursor;
import com.partnerhub.service.web.invoice.InvoiceViews;

@Path("v1/sites")
@ApiRequest
@Tag(name = "Sites", description = "Sites agencies build, their owner and billing party, and their transfer to the customer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    SiteService sites;

    @Inject
    TransferService transfers;

    @Inject
    DomainService domainService;

    @Context
    HttpHeaders headers;

    @POST
    @Operation(summary = "Create a site under an agency", description = "For members of that agency. The agency owns and pays "
            + "for it until it is transferred.")
    @APIResponse(responseCode = "201", description = "created")
    public Response create(SiteRequest request) {
        new Validator().required("agencyId", request == null ? null : request.agencyId).throwIfInvalid();
        SiteService.Billed site = sites.create(currentUser.get(), request.agencyId, request.name, request.domain);
        return Response.created(URI.create(ApiPaths.SITES + "/" + site.site().id())).entity(SiteViews.site(site)).build();
    }

    @GET
    @Operation(summary = "The sites the caller may see", description = "Under the caller's agencies, or owned by accounts the "
            + "caller works in; provider staff see all. Ordered by id; keyset pagination with limit (1-200, default 50) and cursor.")
    public PageView<SiteView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        Page<SiteService.Billed> page = sites.list(currentUser.get(), Cursor.decode(cursor), Cursor.limit(limit));
        PageView<SiteView> view = new PageView<>();
        view.items = page.items().stream().map(SiteViews::site).toList();
        view.nextCursor = Cursor.encode(page.nextAfterId());
        return view;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One site with its owner and billing party")
    public SiteView one(@PathParam("id") long id) {
        return SiteViews.site(sites.view(currentUser.get(), id));
    }

    @GET
    @Path("{id}/plan-warnings")
    @Operation(summary = "What to tell the user before buying a paid plan", description = "SITE_BILLED_TO_AGENCY while the "
            + "site still belongs to the agency: the agency, not the customer, would be billed.")
    public List<WarningView> planWarnings(@PathParam("id") long id) {
        return SiteViews.warnings(sites.planPurchaseWarnings(currentUser.get(), id), locale());
    }

    @POST
    @Path("{id}/plan")
    @Operation(summary = "Buy a plan for the site", description = "The agency while it owns the site; account members with "
            + "ORDER_PRODUCTS after the transfer. The answer carries the warnings that applied.")
    public PlanChangeView changePlan(@PathParam("id") long id, PlanRequest request) {
        SiteService.PlanChanged changed = sites.changePlan(currentUser.get(), id, request == null ? null : request.plan);
        PlanChangeView view = new PlanChangeView();
        view.site = SiteViews.site(changed.site());
        view.warnings = SiteViews.warnings(changed.warnings(), locale());
        return view;
    }

    @POST
    @Path("{id}/transfers")
    @Operation(summary = "Offer the site to a customer", description = "For members of the agency that owns it. The answer "
            + "carries the transfer's token once; it expires after 14 days (partnerhub.transfer.validity).")
    @APIResponse(responseCode = "201", description = "offered")
    public Response startTransfer(@PathParam("id") long id, TransferRequest request) {
        TransferService.Issued issued = transfers.start(currentUser.get(), id, request == null ? null : request.recipientEmail,
                request != null && Boolean.TRUE.equals(request.stayAsCollaborator));
        return Response.created(URI.create(ApiPaths.TRANSFERS + "/" + issued.transfer().id()))
                .entity(SiteViews.transfer(issued.transfer(), transfers.siteName(id), issued.token())).build();
    }

    @GET
    @Path("{id}/transfer-preview")
    @Operation(summary = "What offering the site would do", description = "For members of the agency that owns it, before "
            + "they offer it: domain and plan that move, unpaid invoices that stay with the agency, open orders whose later "
            + "milestones bill the customer, the access the agency keeps (stayAsCollaborator=true) or loses.")
    public TransferPreviewView transferPreview(@PathParam("id") long id, @QueryParam("stayAsCollaborator") Boolean stay) {
        TransferService.Preview p = transfers.preview(currentUser.get(), id, Boolean.TRUE.equals(stay));
        TransferPreviewView v = new TransferPreviewView();
        v.siteId = p.site().id();
        v.siteName = p.site().name();
        v.domain = p.site().domain();
        v.plan = p.site().plan();
        v.paidPlan = !com.partnerhub.service.domain.site.Site.FREE_PLAN.equals(p.site().plan());
        v.unpaidInvoices = p.unpaidInvoices().stream().map(InvoiceViews::invoice).toList();
        v.openOrders = p.openOrders().stream().map(o -> {
            TransferPreviewView.OpenOrder open = new TransferPreviewView.OpenOrder();
            open.id = o.id();
            open.number = o.number();
            open.title = o.title();
            return open;
        }).toList();
        v.stayAsCollaborator = p.stayAsCollaborator();
        v.keptPermissions = p.keptPermissions().stream().map(Enum::name).sorted().toList();
        v.validityDays = p.validity().toDays();
        v.domains = p.domains().stream().map(SiteViews::domain).toList();
        return v;
    }

    @GET
    @Path("{id}/domains")
    @Operation(summary = "The site's domains with their contacts", description = "For everyone who sees the site.")
    public List<DomainView> domains(@PathParam("id") long id) {
        return domainService.ofSite(currentUser.get(), id).stream().map(SiteViews::domain).toList();
    }

    @POST
    @Path("{id}/domains")
    @Operation(summary = "Order a domain for the site", description = "While the site is the agency's, by its members: the "
            + "customer is the owner (registrant) contact - typed, or by default the owner of the account of the site's open "
            + "order - never someone of the agency; the agency may pay (payer AGENCY, the default) and is the technical "
            + "contact. Once the customer owns the site, by members with MANAGE_BILLING, for the account's owner, paid by the "
            + "customer. The registrar is told after the commit (status PENDING until then).")
    @APIResponse(responseCode = "201", description = "ordered")
    public Response orderDomain(@PathParam("id") long id, DomainRequest request) {
        new Validator().required("name", request == null ? null : request.name).throwIfInvalid();
        Domain domain = domainService.order(currentUser.get(), id, new DomainService.OrderDomain(request.name,
                request.ownerContact == null ? null : request.ownerContact.name,
                request.ownerContact == null ? null : request.ownerContact.email,
                EnumValues.parse(BillingParty.class, request.payer, "payer")));
        return Response.created(URI.create(ApiPaths.SITES + "/" + id + "/domains")).entity(SiteViews.domain(domain)).build();
    }

    @GET
    @Path("{id}/transfers")
    @Operation(summary = "The site's transfers, newest first", description = "For the agency and provider staff.")
    public List<TransferView> transfers(@PathParam("id") long id) {
        String name = transfers.siteName(id);
        return transfers.ofSite(currentUser.get(), id).stream().map(t -> SiteViews.transfer(t, name, null)).toList();
    }

    private java.util.Locale locale() {
        return ProblemFactory.negotiate(headers.getAcceptableLanguages());
    }
}
