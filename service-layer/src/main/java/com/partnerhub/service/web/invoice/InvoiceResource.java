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
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.shared.Validator;
import com.partnerhub.service.infrastructure.pdf.InvoicePdf;
import com.partnerhub.service.web.problem.ProblemFactory;
import com.partnerhub.service.web.support.CurrentUser;

@Path("v1/invoices")
@ApiRequest
@Tag(name = "Invoices", description = "One invoice per billed milestone; viewable as PDF")
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
        return billing.ofOrder(currentUser.get(), order).stream().map(InvoiceViews::invoice).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One invoice")
    public InvoiceView one(@PathParam("id") long id) {
        return InvoiceViews.invoice(billing.get(currentUser.get(), id));
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
}
