package com.partnerhub.service.web.invoice;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.partnerhub.api.invoice.CreditNoteView;
import com.partnerhub.api.invoice.InvoiceView;
import com.partnerhub.service.domain.invoice.CreditNote;
import com.partnerhub.service.domain.invoice.Invoice;

/** Domain to API for invoices; used by the order page and the invoice resources alike. */
public final class InvoiceViews {

    private InvoiceViews() {
    }

    /** An order's invoices, each with its credit note if it has one. */
    public static List<InvoiceView> invoices(List<Invoice> invoices, List<CreditNote> creditNotes) {
        Map<Long, CreditNote> byInvoice = creditNotes.stream().collect(Collectors.toMap(CreditNote::invoiceId, Function.identity()));
        return invoices.stream().map(i -> invoice(i, byInvoice.get(i.id()))).toList();
    }

    public static InvoiceView invoice(Invoice i, CreditNote creditNote) {
        InvoiceView v = invoice(i);
        if (creditNote != null) {
            CreditNoteView c = new CreditNoteView();
            c.id = creditNote.id();
            c.number = creditNote.number();
            c.invoiceId = i.id();
            c.invoiceNumber = i.number();
            c.amountMinor = creditNote.amountMinor();
            c.currency = creditNote.currency();
            c.issuedAt = creditNote.issuedAt().toString();
            v.creditNote = c;
        }
        return v;
    }

    public static InvoiceView invoice(Invoice i) {
        InvoiceView v = new InvoiceView();
        v.id = i.id();
        v.number = i.number();
        v.orderId = i.orderId();
        v.milestoneId = i.milestoneId();
        v.billToType = i.billTo().type().name();
        v.billToAccountId = i.billTo().accountId();
        v.billToAgencyId = i.billTo().agencyId();
        v.billToName = i.billTo().name();
        v.amountMinor = i.amountMinor();
        v.currency = i.currency();
        v.status = i.status().name();
        v.issuedAt = i.issuedAt().toString();
        v.dueAt = i.dueAt().toString();
        v.paidAt = i.paidAt() == null ? null : i.paidAt().toString();
        v.paymentReference = i.paymentReference();
        return v;
    }
}
