package com.partnerhub.service.domain.invoice;

import java.time.Duration;
import java.time.Instant;

import com.partnerhub.service.domain.order.Billing;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.shared.DomainConflict;

/** One invoice per billed milestone (enforced by a unique key on the milestone). Issued, then paid or void. */
public class Invoice {

    /** Days to pay. */
    public static final Duration PAYMENT_TERM = Duration.ofDays(14);

    private Long id;
    private String number;
    private Long orderId;
    private Long milestoneId;
    private BillTo.Type billToType;
    private Long billToAccountId;
    private Long billToAgencyId;
    private String billToName;
    private long amountMinor;
    private String currency;
    private InvoiceStatus status;
    private Instant issuedAt;
    private Instant dueAt;
    private Instant paidAt;
    private String paymentReference;
    // the billing system's Idempotency-Key of the payment and a hash of its request: a replay is recognised here
    private String paymentKey;
    private String paymentRequestHash;
    private long version;

    protected Invoice() {
    }

    public static Invoice issue(String number, Order order, Billing billing, BillTo billTo, Instant now) {
        Invoice i = new Invoice();
        i.number = number;
        i.orderId = order.id();
        i.milestoneId = billing.milestone().id();
        i.billToType = billTo.type();
        i.billToAccountId = billTo.accountId();
        i.billToAgencyId = billTo.agencyId();
        i.billToName = billTo.name();
        i.amountMinor = billing.amountMinor();
        i.currency = order.currency();
        i.status = InvoiceStatus.ISSUED;
        i.issuedAt = now;
        i.dueAt = now.plus(PAYMENT_TERM);
        return i;
    }

    /** The billing system reports the payment; it must match the invoice and arrive once. */
    public void pay(long amountMinor, String currency, String reference, Payment payment, Instant now) {
        if (status == InvoiceStatus.PAID) {
            throw new DomainConflict("INVOICE_ALREADY_PAID", "invoice " + number + " is already paid", number);
        }
        if (status == InvoiceStatus.VOID) {
            throw new DomainConflict("INVOICE_VOID", "invoice " + number + " is void", number);
        }
        if (amountMinor != this.amountMinor || !this.currency.equals(currency)) {
            throw new DomainConflict("PAYMENT_MISMATCH", "the payment does not match invoice " + number,
                    number, this.amountMinor, this.currency);
        }
        status = InvoiceStatus.PAID;
        paidAt = now;
        paymentReference = reference;
        paymentKey = payment.key();
        paymentRequestHash = payment.requestHash();
    }

    /** How a payment was reported: the Idempotency-Key it came with and a hash of the request. */
    public record Payment(String key, String requestHash) {
    }

    /** The payment this invoice was paid with, if it was reported with an Idempotency-Key. */
    public java.util.Optional<Payment> payment() {
        return paymentKey == null ? java.util.Optional.empty() : java.util.Optional.of(new Payment(paymentKey, paymentRequestHash));
    }

    /** Voids an unpaid invoice; returns whether it did (a paid invoice stays as it is). */
    public boolean voidIfUnpaid() {
        if (status != InvoiceStatus.ISSUED) {
            return false;
        }
        status = InvoiceStatus.VOID;
        return true;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public long orderId() {
        return orderId;
    }

    public long milestoneId() {
        return milestoneId;
    }

    public BillTo billTo() {
        return new BillTo(billToType, billToAccountId, billToAgencyId, billToName);
    }

    public long amountMinor() {
        return amountMinor;
    }

    public String currency() {
        return currency;
    }

    public InvoiceStatus status() {
        return status;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public long version() {
        return version;
    }
}
