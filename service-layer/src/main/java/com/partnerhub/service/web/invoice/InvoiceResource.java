package com.partnerhub.service.web.invoice;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.service.web.support.ApiRequest;
import com.partnerhub.api.invoice.InvoiceView;
import com.partnerhub.service.application.invoice.BillingService;
import com.partnerhub.service.application.order.OrderQueries;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.invoice.CreditNote;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.shared.Validator;
import com.partnerhub.service.infrastructure.pdf.InvoicePdf;
import com.partnerhub.service.web.problem.ProblemFactory;
import com.partnerhub.service.web.support.CurrentUser;

@Path("v1/invoices")
@ApiRequest
@Tag(name = "Invoices", description = "One invoice per billed milestone, a credit note per paid one whose milestone was "
        + "cancelled; both viewable as PDF")
public class InvoiceResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    BillingService billing;

    @Inject
    OrderQueries orders;

    @Inject
    InvoicePdf pdf;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The invoices of an order", description = "For the order's agency, the account owner and members "
            + "with VIEW_INVOICES, and provider staff.")
    public List<InvoiceView> ofOrder(@QueryParam("order") Long order) {
        new Validator().required("order", order).throwIfInvalid();
        User caller = currentUser.get();
        return InvoiceViews.invoices(billing.ofOrder(caller, order), billing.creditNotesOf(caller, order));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One invoice")
    public InvoiceView one(@PathParam("id") long id) {
        User caller = currentUser.get();
        return InvoiceViews.invoice(billing.get(caller, id), billing.creditNoteOf(caller, id).orElse(null));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The invoice as PDF", description = "In German or English by Accept-Language.")
    public Response pdf(@PathParam("id") long id) {
        User caller = currentUser.get();
        Invoice invoice = billing.get(caller, id);
        Order order = orders.view(caller, invoice.orderId());
        var milestone = order.milestones().stream().filter(m -> m.id() == invoice.milestoneId()).findFirst().orElseThrow();
        Locale locale = ProblemFactory.negotiate(headers.getAcceptableLanguages());
        return Response.ok(pdf.render(invoice, order, milestone, locale), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + invoice.number() + ".pdf\"")
                .build();
    }

    @GET
    @Path("{id}/credit-note/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The invoice's credit note as PDF", description = "In German or English by Accept-Language; 404 "
            + "while the invoice has none.")
    public Response creditNotePdf(@PathParam("id") long id) {
        User caller = currentUser.get();
        Invoice invoice = billing.get(caller, id);
        CreditNote note = billing.creditNoteOf(caller, id).orElseThrow(() -> new ResourceNotFound("credit note"));
        Order order = orders.view(caller, invoice.orderId());
        var milestone = order.milestones().stream().filter(m -> m.id() == invoice.milestoneId()).findFirst().orElseThrow();
        Locale locale = ProblemFactory.negotiate(headers.getAcceptableLanguages());
        return Response.ok(pdf.render(note, invoice, order, milestone, locale), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + note.number() + ".pdf\"")
                .build();
    }
}
