package com.partnerhub.service.web.demo;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.api.demo.DemoClock;
import com.partnerhub.api.demo.DemoClockAdvance;
import com.partnerhub.api.demo.DemoToken;
import com.partnerhub.api.demo.DemoTokenRequest;
import com.partnerhub.api.demo.DemoUser;
import com.partnerhub.api.error.ErrorCode;
import com.partnerhub.service.application.identity.IdentityService;
import com.partnerhub.service.domain.shared.Validator;
import com.partnerhub.service.domain.shared.Violation;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.infrastructure.demo.DemoTokenIssuer;
import com.partnerhub.service.infrastructure.time.AppClock;
import com.partnerhub.service.web.problem.ProblemException;

/**
 * The embedded default's demo controls: tokens for the demo users and a clock that moves forward. Outside
 * the embedded profile every path here answers 404, exactly like a path that does not exist.
 */
@Path("demo")
@RequestScoped
@Tag(name = "Demo (embedded default only)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DemoResource {

    /** The clock moves at most this far in one call; enough for any deadline the product knows. */
    static final Duration MAX_ADVANCE = Duration.ofDays(366);

    @Inject
    DemoTokenIssuer issuer;

    @Inject
    IdentityService identity;

    @Inject
    AppClock clock;

    @Inject
    com.partnerhub.service.infrastructure.notification.EmbeddedMailServer mailServer;

    @GET
    @Path("users")
    @Operation(summary = "The demo users the user switcher offers")
    public List<DemoUser> users() {
        requireDemo();
        return identity.demoUsers().stream().map(DemoResource::toDemoUser).toList();
    }

    @POST
    @Path("tokens")
    @Operation(summary = "A bearer token for a demo user")
    public DemoToken token(DemoTokenRequest request) {
        return mint(request == null ? null : request.email);
    }

    @GET
    @Path("tokens")
    @Operation(summary = "A bearer token for a demo user, as the portal's token URL hands it to <ph-portlet>",
            description = "The same token as POST, for a GET with ?email=; answers token and expiresAt like the connector does.")
    public DemoToken portalStyleToken(@QueryParam("email") String email) {
        return mint(email);
    }

    private DemoToken mint(String email) {
        requireDemo();
        new Validator().required("email", email).throwIfInvalid();
        User user = identity.findByEmail(email)
                .filter(u -> u.subject().startsWith(IdentityService.DEMO_SUBJECT_PREFIX))
                .orElseThrow(() -> new ProblemException(ErrorCode.UNKNOWN_DEMO_USER, email));
        DemoToken token = new DemoToken();
        token.token = issuer.mint(user);
        token.expiresIn = issuer.lifetime().toSeconds();
        // tokens expire in real time, whatever the demo clock says (as the issuer signs them)
        token.expiresAt = java.time.Instant.now().getEpochSecond() + token.expiresIn;
        token.email = user.email();
        return token;
    }

    @GET
    @Path("mailbox")
    @Operation(summary = "The mails the embedded SMTP server received for an address, newest first",
            description = "The embedded default sends its notification mails to its own SMTP server (GreenMail); this is its "
                    + "mailbox, so the notifications can be seen without a mail client.")
    public List<com.partnerhub.api.demo.DemoMail> mailbox(@QueryParam("email") String email) {
        requireDemo();
        new Validator().required("email", email).email("email", email).maxLength("email", email, 320).throwIfInvalid();
        List<com.partnerhub.api.demo.DemoMail> mails = new java.util.ArrayList<>(mailServer.mailsTo(email.trim()).stream()
                .map(DemoMailbox::view).toList());
        java.util.Collections.reverse(mails);
        return mails;
    }

    @GET
    @Path("clock")
    @Operation(summary = "The service's current time and the demo offset")
    public DemoClock clock() {
        requireDemo();
        return toDemoClock();
    }

    @POST
    @Path("clock")
    @Operation(summary = "Move the service's clock forward (deadlines, auto-acceptance, expiry)")
    public DemoClock advance(DemoClockAdvance request) {
        requireDemo();
        new Validator().required("advanceBy", request == null ? null : request.advanceBy).throwIfInvalid();
        Duration by;
        try {
            by = Duration.parse(request.advanceBy.trim());
        } catch (DateTimeParseException e) {
            throw new ProblemException(ErrorCode.VALIDATION_FAILED, List.of(new Violation("advanceBy", "INVALID_DURATION")));
        }
        if (by.isNegative() || by.isZero() || by.compareTo(MAX_ADVANCE) > 0) {
            throw new ProblemException(ErrorCode.VALIDATION_FAILED,
                    List.of(new Violation("advanceBy", "OUT_OF_RANGE", "PT1S", MAX_ADVANCE.toString())));
        }
        clock.advance(by);
        return toDemoClock();
    }

    @Inject
    com.partnerhub.service.application.invoice.PaymentService payments;

    @Inject
    com.partnerhub.service.application.invoice.BillingService billing;

    @POST
    @Path("payments")
    @Operation(summary = "Pay an invoice as the billing system would", description = "Goes through the same payment "
            + "recording as the signed callback (idempotency included), so a demo can be walked through without a billing system.")
    public com.partnerhub.api.invoice.InvoiceView pay(com.partnerhub.api.demo.DemoPayment request) {
        requireDemo();
        new Validator().required("invoiceNumber", request == null ? null : request.invoiceNumber).throwIfInvalid();
        var invoice = billing.byNumber(request.invoiceNumber)
                .orElseThrow(() -> new ProblemException(ErrorCode.NOT_FOUND));
        payments.record("demo-" + invoice.number(), "demo-" + invoice.number(),
                new com.partnerhub.service.application.invoice.PaymentService.PaymentNotice(invoice.number(), invoice.amountMinor(),
                        invoice.currency(), "demo"), i -> "{}");
        return com.partnerhub.service.web.invoice.InvoiceViews.invoice(billing.byNumber(request.invoiceNumber).orElseThrow());
    }

    private void requireDemo() {
        if (!issuer.enabled()) {
            throw new NotFoundException();
        }
    }

    private DemoClock toDemoClock() {
        DemoClock c = new DemoClock();
        c.now = clock.instant().toString();
        c.offset = clock.offset().toString();
        return c;
    }

    private static DemoUser toDemoUser(User u) {
        DemoUser d = new DemoUser();
        d.email = u.email();
        d.displayName = u.displayName();
        u.roles().forEach(r -> d.roles.add(r.name()));
        return d;
    }
}
