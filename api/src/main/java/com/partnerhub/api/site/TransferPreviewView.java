package com.partnerhub.api.site;

import java.util.List;

import com.partnerhub.api.invoice.InvoiceView;

/** What offering a site to a customer would do, shown to the agency before it offers it. */
public class TransferPreviewView {
    public long siteId;
    public String siteName;
    /** Moves with the site. */
    public String domain;
    /** Kept; billed to the customer's account from the acceptance on. */
    public String plan;
    public boolean paidPlan;
    /** Unpaid invoices of the site's orders: they stay addressed to the agency. */
    public List<InvoiceView> unpaidInvoices;
    /** Orders under way on the site: their later milestones are billed to the customer's account. */
    public List<OpenOrder> openOrders;
    public boolean stayAsCollaborator;
    /** What the agency may still do in the customer's account afterwards; empty when it leaves. */
    public List<String> keptPermissions;
    /** Days the recipient has to answer. */
    public long validityDays;
    /**
     * The site's registered domains as they are now: on acceptance owner, admin and billing contact become the
     * customer's and the customer pays; the agency stays the technical contact only if it stays on.
     */
    public List<DomainView> domains;

    public static class OpenOrder {
        public long id;
        public String number;
        public String title;
    }
}
