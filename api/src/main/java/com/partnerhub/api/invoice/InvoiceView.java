package com.partnerhub.api.invoice;

/** An invoice: one per billed milestone, addressed to the site's owner when it was issued. */
public class InvoiceView {
    public long id;
    public String number;
    public long orderId;
    public long milestoneId;
    /** {@code ACCOUNT} or {@code AGENCY}. */
    public String billToType;
    public Long billToAccountId;
    public Long billToAgencyId;
    public String billToName;
    public long amountMinor;
    public String currency;
    /** {@code ISSUED}, {@code PAID} or {@code VOID}. */
    public String status;
    public String issuedAt;
    public String dueAt;
    public String paidAt;
    public String paymentReference;
    /** Set once a paid invoice was credited (its milestone cancelled when the order ended early). */
    public CreditNoteView creditNote;
}
