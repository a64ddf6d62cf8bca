package com.partnerhub.service.web.order;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.service.web.support.ApiRequest;
import com.partnerhub.api.ApiPaths;
import com.partnerhub.api.common.HistoryEntryView;
import com.partnerhub.api.common.PageView;
import com.partnerhub.api.order.OrderSummary;
import com.partnerhub.api.order.OrderView;
import com.partnerhub.api.order.BriefRequest;
import com.partnerhub.api.order.BriefView;
import com.partnerhub.api.order.DeliveryRequest;
import com.partnerhub.api.order.NoteRequest;
import com.partnerhub.api.order.NoteView;
import com.partnerhub.api.order.PlaceOrderRequest;
import com.partnerhub.api.order.RevisionRequest;
import com.partnerhub.service.application.order.OrderWorkspaceService;
import com.partnerhub.service.application.shared.Actors;
import com.partnerhub.service.domain.order.OrderNote;
import com.partnerhub.api.order.ProgressRequest;
import com.partnerhub.api.order.StepRequest;
import com.partnerhub.service.application.order.MilestoneWorkflow;
import com.partnerhub.service.application.order.OrderPlacement;
import com.partnerhub.service.application.order.OrderQueries;
import com.partnerhub.service.application.order.PlaceOrder;
import com.partnerhub.service.application.shared.Page;
import com.partnerhub.service.domain.catalogue.ActingParty;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.order.MilestonePlan;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderStatus;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.domain.shared.Violation;
import com.partnerhub.service.web.problem.ProblemFactory;
import com.partnerhub.service.web.support.CurrentUser;
import com.partnerhub.service.web.support.HistoryViews;
import com.partnerhub.service.web.support.Cursor;
import com.partnerhub.service.web.support.EnumValues;
import com.partnerhub.service.web.support.QueryFlags;

@Path("v1/orders")
@ApiRequest
@Tag(name = "Orders", description = "Order intake, the order page, and the milestone workflow with its payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    OrderQueries orders;

    @Inject
    OrderPlacement placement;

    @Inject
    MilestoneWorkflow workflow;

    @Inject
    Clock clock;

    @Inject
    Actors actors;

    @Inject
    OrderWorkspaceService workspace;

    @Context
    HttpHeaders headers;

    @POST
    @Operation(summary = "Place an order", description = "An agency member who works in the customer account with "
            + "ORDER_PRODUCTS places an order for a package (with the answers its questions ask for) or an individual offer "
            + "(2-6 milestones, each 1-30 days, shares adding up to 100). The first milestone is billed at once.")
    @APIResponse(responseCode = "201", description = "placed; the order with its number, milestones, first invoice and expected delivery")
    public Response place(PlaceOrderRequest request) {
        if (request == null) {
            throw new ValidationException(List.of(new Violation("accountId", "REQUIRED")));
        }
        User caller = currentUser.get();
        OrderPlacement.Placed placed = placement.place(caller, new PlaceOrder(request.agencyId, request.accountId, request.siteId,
                request.packageId, request.title, request.priceMinor == null ? 0 : request.priceMinor, request.currency,
                request.paymentPerMilestone, request.internalReference, offer(request.milestones), request.answers, german(),
                request.documentDeadlineDays, Boolean.TRUE.equals(request.automaticHandover)));
        Order o = placed.order();
        OrderView view = OrderViews.order(new OrderQueries.Details(o, orders.accountName(o.accountId()), placed.invoices(),
                placed.invoices() == null ? null : List.of(), placed.conversationId(), placed.standing()), clock.instant(), german());
        return Response.created(URI.create(ApiPaths.ORDERS + "/" + o.id())).entity(view).build();
    }

    private static List<MilestonePlan> offer(List<PlaceOrderRequest.OfferMilestone> milestones) {
        if (milestones == null) {
            return null;
        }
        List<MilestonePlan> plans = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            PlaceOrderRequest.OfferMilestone m = milestones.get(i);
            ActingParty party = ActingParty.AGENCY;
            try {
                if (m.actingParty != null) {
                    party = EnumValues.parse(ActingParty.class, m.actingParty, "milestones[" + i + "].actingParty");
                }
            } catch (ValidationException e) {
                problems.addAll(e.violations());
            }
            plans.add(new MilestonePlan(m.name, m.description, party, m.days == null ? 0 : m.days,
                    m.sharePercent == null ? -1 : m.sharePercent, m.includedRevisions == null ? 0 : m.includedRevisions, m.steps));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return plans;
    }

    @GET
    @Operation(summary = "The caller's orders, newest first", description = "The agency dashboard for agency members "
            + "(choose the agency with agency= when you work for several), the orders of their accounts for customers, "
            + "everyone's for provider staff. Keyset pagination: limit (1-200, default 50) and the opaque cursor.")
    public PageView<OrderSummary> list(@QueryParam("status") @Parameter(description = "ACTIVE or COMPLETED") String status,
                                       @QueryParam("customer") @Parameter(description = "a customer account id") Long customer,
                                       @QueryParam("overdue") @Parameter(description = "true: only orders whose current step is overdue") String overdue,
                                       @QueryParam("agency") Long agency,
                                       @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        User caller = currentUser.get();
        Page<Order> page = orders.list(caller, new OrderQueries.ListFilter(EnumValues.parse(OrderStatus.class, status, "status"),
                customer, QueryFlags.parse(overdue, "overdue"), agency), Cursor.decode(cursor), Cursor.limit(limit));
        Map<Long, String> names = orders.accountNames(page.items().stream().map(Order::accountId).toList());
        PageView<OrderSummary> view = new PageView<>();
        view.items = page.items().stream().map(o -> OrderViews.summary(o, names, clock.instant(), german())).toList();
        view.nextCursor = Cursor.encode(page.nextAfterId());
        return view;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The order page", description = "Number, customer, status, the milestone timeline with planned and "
            + "actual dates, expected delivery, answers, and the invoices for those who may see them.")
    public OrderView one(@PathParam("id") long id) {
        return view(orders.view(currentUser.get(), id));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The order's timeline: who did what, when, oldest first")
    public PageView<HistoryEntryView> history(@PathParam("id") long id, @QueryParam("cursor") String cursor,
                                              @QueryParam("limit") Integer limit) {
        Page<HistoryEntry> page = orders.history(currentUser.get(), id, Cursor.decode(cursor), Cursor.limit(limit));
        PageView<HistoryEntryView> view = new PageView<>();
        view.items = HistoryViews.entries(page.items(), actors, orders.view(currentUser.get(), id).agencyId());
        view.nextCursor = Cursor.encode(page.nextAfterId());
        return view;
    }

    @POST
    @Path("{id}/milestones/{n}/delivery")
    @Operation(summary = "Deliver the current milestone", description = "By the party the milestone names (agency or provider "
            + "staff), optionally with a note and a link (a staging site), which go into the history and the order's thread. "
            + "The customer then has the review window (8 days) to accept or ask for a revision. Not while the order is on hold.")
    public OrderView deliver(@PathParam("id") long id, @PathParam("n") int n, DeliveryRequest request) {
        return view(workflow.deliver(currentUser.get(), id, n, request == null ? null : request.note,
                request == null ? null : request.link));
    }

    @POST
    @Path("{id}/milestones/{n}/acceptance")
    @Operation(summary = "Accept the current delivery", description = "By the customer (owner, or CHANGE_SPECS). The next "
            + "milestone starts and is billed; accepting the last one completes the order.")
    public OrderView accept(@PathParam("id") long id, @PathParam("n") int n) {
        return view(workflow.accept(currentUser.get(), id, n));
    }

    @POST
    @Path("{id}/milestones/{n}/revision-request")
    @Operation(summary = "Ask for a revision of the current delivery", description = "By the customer, while included "
            + "revisions remain, with a required reason, which goes into the history and the order's thread.")
    public OrderView requestRevision(@PathParam("id") long id, @PathParam("n") int n, RevisionRequest request) {
        return view(workflow.requestRevision(currentUser.get(), id, n, request == null ? null : request.reason));
    }

    @GET
    @Path("{id}/brief")
    @Operation(summary = "The order's brief", description = "The package's questions in the caller's language with the "
            + "answers, the required ones still missing (the first milestone waits for them), whether the caller may change "
            + "it, and every earlier version with who changed it and when.")
    public BriefView brief(@PathParam("id") long id) {
        return OrderViews.brief(workspace.brief(currentUser.get(), id), german(), actors);
    }

    @PUT
    @Path("{id}/brief")
    @Operation(summary = "Change the brief's answers", description = "By the customer (or the agency when it works in the "
            + "account with CHANGE_SPECS) until the first delivery. Answers left out are removed; file questions are "
            + "answered by uploading a document for them. Completing the required answers starts the first milestone.")
    public BriefView reviseBrief(@PathParam("id") long id, BriefRequest request) {
        if (request == null || request.answers == null) {
            throw new ValidationException(List.of(new Violation("answers", "REQUIRED")));
        }
        return OrderViews.brief(workspace.reviseBrief(currentUser.get(), id, request.answers), german(), actors);
    }

    @POST
    @Path("{id}/hold")
    @Operation(summary = "Put the order on hold", description = "By the order's agency. Its dates, due dates and the review "
            + "time of a delivered milestone stand still until it is resumed; then they move by the time held.")
    public OrderView hold(@PathParam("id") long id) {
        return view(workspace.hold(currentUser.get(), id));
    }

    @POST
    @Path("{id}/handover")
    @Operation(summary = "Opt the order into or out of the automatic handover", description = "By the order's agency, while "
            + "the order runs and its site is still the agency's: with {\"automatic\": true} the site, its domains' contacts and "
            + "its billing move to the customer's account when the final tranche is paid, the agency staying on as collaborator.")
    public OrderView handover(@PathParam("id") long id, com.partnerhub.api.order.HandoverRequest request) {
        new com.partnerhub.service.domain.shared.Validator().required("automatic", request == null ? null : request.automatic)
                .throwIfInvalid();
        return view(placement.automaticHandover(currentUser.get(), id, request.automatic));
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume an order on hold", description = "By the order's agency, whatever held it (an order held "
            + "for late documents also resumes when a document is uploaded).")
    public OrderView resume(@PathParam("id") long id) {
        return view(workspace.resume(currentUser.get(), id));
    }

    @GET
    @Path("{id}/notes")
    @Operation(summary = "The agency's private notes, newest first", description = "Only for the order's agency: never "
            + "shown to the customer, the account's collaborators or provider staff. Keyset pagination (limit, cursor).")
    public PageView<NoteView> notes(@PathParam("id") long id, @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        Page<OrderNote> page = workspace.notes(currentUser.get(), id, Cursor.decode(cursor), Cursor.limit(limit));
        Map<Long, Actors.Actor> authors = actors.of(page.items().stream().map(OrderNote::authorId).toList(), null);
        PageView<NoteView> view = new PageView<>();
        view.items = page.items().stream().map(n -> OrderViews.note(n, Actors.lookup(authors, n.authorId()))).toList();
        view.nextCursor = Cursor.encode(page.nextAfterId());
        return view;
    }

    @POST
    @Path("{id}/notes")
    @Operation(summary = "Write a private note", description = "Only the order's agency.")
    @APIResponse(responseCode = "201", description = "kept")
    public Response addNote(@PathParam("id") long id, NoteRequest request) {
        OrderNote note = workspace.addNote(currentUser.get(), id, request == null ? null : request.body);
        return Response.status(Response.Status.CREATED).entity(OrderViews.note(note, actors.one(note.authorId(), null))).build();
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "End the order early", description = "By the customer, after at least one accepted milestone: open "
            + "milestones are cancelled, unpaid invoices voided, nothing more is billed.")
    public OrderView end(@PathParam("id") long id) {
        return view(workflow.end(currentUser.get(), id));
    }

    @POST
    @Path("{id}/milestones/{n}/progress")
    @Operation(summary = "Post a progress update", description = "By the agency or provider staff; keeps the order from being flagged stale.")
    public OrderView progress(@PathParam("id") long id, @PathParam("n") int n, ProgressRequest request) {
        return view(workflow.reportProgress(currentUser.get(), id, n, request == null ? null : request.note));
    }

    @PUT
    @Path("{id}/milestones/{n}/steps/{step}")
    @Operation(summary = "Tick off (or reopen) a sub-step", description = "By the agency or provider staff.")
    public OrderView step(@PathParam("id") long id, @PathParam("n") int n, @PathParam("step") int step, StepRequest request) {
        if (request == null || request.done == null) {
            throw new ValidationException(List.of(new Violation("done", "REQUIRED")));
        }
        return view(workflow.markStep(currentUser.get(), id, n, step, request.done));
    }

    /** The order page, built in the request's transaction from the order the use case returned. */
    private OrderView view(Order o) {
        return OrderViews.order(orders.details(currentUser.get(), o), clock.instant(), german());
    }

    private boolean german() {
        return ProblemFactory.negotiate(headers.getAcceptableLanguages()).equals(Locale.GERMAN);
    }
}
