package com.partnerhub.service.application.invoice;

import java.time.Clock;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.order.MilestoneWorkflow;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.invoice.IdempotencyRecord;
import com.partnerhub.service.domain.invoice.IdempotencyRepository;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.invoice.InvoiceRepository;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.Validator;

/**
 * Payments reported by the provider's billing system. Each report carries an Idempotency-Key: the first
 * successful answer is stored with the payment in one transaction, and a replay gets that answer again
 * without anything being applied twice.
 */
@ApplicationScoped
@Transactional
public class PaymentService {

    private InvoiceRepository invoices;
    private IdempotencyRepository idempotency;
    private MilestoneWorkflow workflow;
    private Clock clock;

    protected PaymentService() {
    }

    @Inject
    public PaymentService(InvoiceRepository invoices, IdempotencyRepository idempotency, MilestoneWorkflow workflow, Clock clock) {
        this.invoices = invoices;
        this.idempotency = idempotency;
        this.workflow = workflow;
        this.clock = clock;
    }

    public record PaymentNotice(String invoiceNumber, Long amountMinor, String currency, String reference) {
    }

    /** The stored or fresh answer: HTTP status and JSON body. */
    public record Answer(int status, String body, boolean replay) {
    }

    public Answer record(String idempotencyKey, String requestHash, PaymentNotice notice, Function<Invoice, String> render) {
        new Validator().required("Idempotency-Key", idempotencyKey).maxLength("Idempotency-Key", idempotencyKey, 200)
                .throwIfInvalid();
        var earlier = idempotency.find(idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(requestHash)) {
                throw new DomainConflict("IDEMPOTENCY_KEY_REUSED", "this Idempotency-Key was used for another request");
            }
            return new Answer(earlier.get().statusCode(), earlier.get().responseBody(), true);
        }
        new Validator().required("invoiceNumber", notice.invoiceNumber()).required("amountMinor", notice.amountMinor())
                .required("currency", notice.currency()).maxLength("reference", notice.reference(), 200).throwIfInvalid();
        Invoice invoice = invoices.findByNumber(notice.invoiceNumber()).orElseThrow(() -> new ResourceNotFound("invoice"));
        invoice.pay(notice.amountMinor(), notice.currency(), notice.reference(), clock.instant());
        workflow.paymentReceived(invoice);
        String body = render.apply(invoice);
        idempotency.add(new IdempotencyRecord(idempotencyKey, requestHash, 200, body, clock.instant()));
        return new Answer(200, body, false);
    }
}
