package com.partnerhub.api.invoice;

/** The credit note of a paid invoice whose milestone was cancelled when the order ended early. */
public class CreditNoteView {
    public long id;
    public String number;
    public long invoiceId;
    public String invoiceNumber;
    /** Negative: what is given back. */
    public long amountMinor;
    public String currency;
    public String issuedAt;
}
