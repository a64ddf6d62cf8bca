package com.partnerhub.service.web.invoice;

import com.partnerhub.api.invoice.InvoiceView;
import com.partnerhub.service.domain.invoice.Invoice;

/** Domain to API for invoices; used by the order page and the invoice resources alike. */
public final class InvoiceViews {

    private InvoiceViews() {
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
