package com.partnerhub.api.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.partnerhub.api.invoice.InvoiceView;

/** The order page's data. {@code invoices} only for those who may see them. */
public class OrderView {
    public long id;
    public String number;
    public String title;
    /** {@code ACTIVE} or {@code COMPLETED}. */
    public String status;
    public boolean endedEarly;
    public long agencyId;
    public long accountId;
    public String accountName;
    public Long siteId;
    public Long packageId;
    public long priceMinor;
    public String currency;
    public long billedMinor;
    /** With the invoices, for those who see them: what was paid, and what credit notes gave back (negative). */
    public Long paidMinor;
    public Long creditedMinor;
    public boolean paymentPerMilestone;
    /** The site moves to the customer by itself when the final tranche is paid. */
    public boolean automaticHandover;
    public String internalReference;
    public String placedAt;
    public String lastProgressAt;
    public String nextDueAt;
    public String expectedDeliveryAt;
    /** No progress for 3 days while active. */
    public boolean stale;
    public boolean overdue;
    public List<MilestoneView> milestones = new ArrayList<>();
    public Map<String, String> answers = new LinkedHashMap<>();
    public List<InvoiceView> invoices;
    /** The thread that was opened with the order: {@code /api/v1/conversations/{id}/messages}. */
    public Long conversationId;
    /** By when the customer's documents are expected (null: the order asks for none). */
    public String documentsDueAt;
    /** When the first document arrived (null: none yet). */
    public String documentsReceivedAt;
    /** Since when the order is on hold (null: it runs); its dates and review times stand still meanwhile. */
    public String onHoldSince;
    /** {@code DOCUMENTS_LATE} or {@code BY_AGENCY} while on hold. */
    public String holdReason;
    /** How long the order was on hold before, in seconds; its dates moved by it. */
    public long heldSeconds;
    /** The first milestone waits for required answers of the brief ({@code /brief} says which). */
    public boolean awaitingBrief;
    /**
     * What the caller may do to the order now: {@code END}, {@code HOLD}, {@code RESUME}, {@code UPLOAD_DOCUMENTS},
     * {@code NOTES}. Show only these; the service decides again.
     */
    public List<String> actions = new ArrayList<>();
}
