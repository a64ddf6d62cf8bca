package com.partnerhub.service.domain.invoice;

import java.time.Instant;

/**
 * The correction of a paid invoice whose milestone was cancelled when the order ended early: its own number, the
 * invoice's amount as a negative one, addressed to whoever the invoice was. One per invoice (a unique key).
 */
public class CreditNote {

    private Long id;
    private String number;
    private Long invoiceId;
    private Long orderId;
    private long amountMinor;
    private String currency;
    private Instant issuedAt;

    protected CreditNote() {
    }

    public static CreditNote of(String number, Invoice invoice, Instant now) {
        if (invoice.status() != InvoiceStatus.PAID) { // the caller settles unpaid ones by voiding them
            throw new IllegalStateException("only a paid invoice is credited; invoice " + invoice.number() + " is " + invoice.status());
        }
        CreditNote c = new CreditNote();
        c.number = number;
        c.invoiceId = invoice.id();
        c.orderId = invoice.orderId();
        c.amountMinor = -invoice.amountMinor();
        c.currency = invoice.currency();
        c.issuedAt = now;
        return c;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public long invoiceId() {
        return invoiceId;
    }

    public long orderId() {
        return orderId;
    }

    /** Negative: what is given back. */
    public long amountMinor() {
        return amountMinor;
    }

    public String currency() {
        return currency;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
