package com.partnerhub.service.domain.invoice;

import java.util.List;
import java.util.Optional;

public interface InvoiceRepository {

    String nextNumber();

    Invoice add(Invoice invoice);

    Optional<Invoice> find(long id);

    Optional<Invoice> findByNumber(String number);

    /** The invoice a payment reported with this Idempotency-Key paid, if any. */
    Optional<Invoice> findByPaymentKey(String key);

    Optional<Invoice> findByMilestone(long milestoneId);

    List<Invoice> ofOrder(long orderId);

    /** The unpaid invoices of the site's orders, oldest first. */
    List<Invoice> unpaidOfSite(long siteId);

    String nextCreditNoteNumber();

    /** A second credit note for the same invoice fails on the unique key, at the latest when the transaction commits. */
    CreditNote add(CreditNote creditNote);

    Optional<CreditNote> creditNoteOf(long invoiceId);

    List<CreditNote> creditNotesOfOrder(long orderId);
}
