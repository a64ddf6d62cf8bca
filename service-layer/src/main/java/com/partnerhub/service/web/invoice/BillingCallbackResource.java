package com.partnerhub.service.web.invoice;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.api.ApiPaths;
import com.partnerhub.api.error.ErrorCode;
import com.partnerhub.api.invoice.PaymentNotification;
import com.partnerhub.service.application.invoice.PaymentService;
import com.partnerhub.service.domain.shared.SecretToken;
import com.partnerhub.service.infrastructure.billing.WebhookSignature;
import com.partnerhub.service.web.problem.ProblemException;
import com.partnerhub.service.web.support.JsonbConfigResolver;

/** The provider's billing system reports payments here: signed, idempotent, never applied twice. */
@Path("v1/billing/payments")
@RequestScoped
@Tag(name = "Billing callback", description = "For the provider's billing system, not for users")
public class BillingCallbackResource {

    private static final Jsonb JSONB = JsonbConfigResolver.jsonb();

    @Inject
    WebhookSignature signature;

    @Inject
    PaymentService payments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Record a payment", description = "Body: {invoiceNumber, amountMinor, currency, reference}. Headers: "
            + "X-Partnerhub-Timestamp: <Unix seconds>, X-Partnerhub-Signature: sha256=<hex HMAC-SHA256 of '<timestamp>.<raw body>' "
            + "with the shared secret>, and Idempotency-Key. A timestamp further from the real time than "
            + "partnerhub.billing.signature-tolerance (default 5 minutes) gets 401 STALE_SIGNATURE. "
            + "A replay with the same key and body is answered with the invoice it paid (header Idempotent-Replay: true); the same key with "
            + "another body gets 409 IDEMPOTENCY_KEY_REUSED; a second payment of a paid invoice 409 INVOICE_ALREADY_PAID.")
    @APIResponse(responseCode = "200", description = "the paid invoice")
    public Response pay(byte[] body, @HeaderParam(ApiPaths.SIGNATURE_HEADER) String signed,
                        @HeaderParam(ApiPaths.SIGNATURE_TIMESTAMP_HEADER) String timestamp,
                        @HeaderParam(ApiPaths.IDEMPOTENCY_KEY_HEADER) String idempotencyKey) {
        switch (signature.verify(body, timestamp, signed)) {
            case INVALID -> throw new ProblemException(ErrorCode.INVALID_SIGNATURE);
            case STALE -> throw new ProblemException(ErrorCode.STALE_SIGNATURE);
            case VALID -> { }
        }
        PaymentNotification n = JSONB.fromJson(new String(body, StandardCharsets.UTF_8), PaymentNotification.class);
        if (n == null) {
            n = new PaymentNotification();
        }
        PaymentService.Answer answer = payments.record(idempotencyKey, SecretToken.hashOf(new String(body, StandardCharsets.UTF_8)),
                new PaymentService.PaymentNotice(n.invoiceNumber, n.amountMinor, n.currency, n.reference),
                invoice -> JSONB.toJson(InvoiceViews.invoice(invoice)));
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body())
                .header("Idempotent-Replay", String.valueOf(answer.replay())).build();
    }
}
