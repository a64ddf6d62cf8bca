package com.partnerhub.service.application.invoice;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.order.MilestoneWorkflow;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.invoice.InvoiceRepository;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.Validator;

/**
 * Payments reported by the provider's billing system. Each report carries an Idempotency-Key, kept with the invoice
 * it paid (in the same row, the same transaction): a replay is answered with that invoice without anything being
 * applied twice, and the key sent with another request is refused.
 */
@ApplicationScoped
@Transactional
public class PaymentService {

    private InvoiceRepository invoices;
    private MilestoneWorkflow workflow;
    private Clock clock;

    protected PaymentService() {
    }

    @Inject
    public PaymentService(InvoiceRepository invoices, MilestoneWorkflow workflow, Clock clock) {
        this.invoices = invoices;
        this.workflow = workflow;
        this.clock = clock;
    }

    public record PaymentNotice(String invoiceNumber, Long amountMinor, String currency, String reference) {
    }

    /** The answer: HTTP status and JSON body, and whether it answers a replay. */
    public record Answer(int status, String body, boolean replay) {
    }

    public Answer record(String idempotencyKey, String requestHash, PaymentNotice notice, Function<Invoice, String> render) {
        new Validator().required("Idempotency-Key", idempotencyKey).maxLength("Idempotency-Key", idempotencyKey, 200)
                .throwIfInvalid();
        Optional<Invoice> earlier = invoices.findByPaymentKey(idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().payment().orElseThrow().requestHash().equals(requestHash)) {
                throw new DomainConflict("IDEMPOTENCY_KEY_REUSED", "this Idempotency-Key was used for another request");
            }
            return new Answer(200, render.apply(earlier.get()), true);
        }
        new Validator().required("invoiceNumber", notice.invoiceNumber()).required("amountMinor", notice.amountMinor())
                .required("currency", notice.currency()).maxLength("reference", notice.reference(), 200).throwIfInvalid();
        Invoice invoice = invoices.findByNumber(notice.invoiceNumber()).orElseThrow(() -> new ResourceNotFound("invoice"));
        invoice.pay(notice.amountMinor(), notice.currency(), notice.reference(), new Invoice.Payment(idempotencyKey, requestHash),
                clock.instant());
        workflow.paymentReceived(invoice);
        return new Answer(200, render.apply(invoice), false);
    }
}
