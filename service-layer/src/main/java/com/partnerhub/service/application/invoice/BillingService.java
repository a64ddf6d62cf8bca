package com.partnerhub.service.application.invoice;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.order.OrderAccess;
import com.partnerhub.service.application.shared.HistoryRecorder;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.account.BillingParty;
import com.partnerhub.service.domain.account.CustomerAccount;
import com.partnerhub.service.domain.agency.AgencyRepository;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.invoice.BillTo;
import com.partnerhub.service.domain.invoice.CreditNote;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.invoice.InvoiceRepository;
import com.partnerhub.service.domain.invoice.InvoiceStatus;
import com.partnerhub.service.domain.notification.NotificationKind;
import com.partnerhub.service.domain.order.Billing;
import com.partnerhub.service.domain.order.Milestone;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.site.Site;
import com.partnerhub.service.domain.site.SiteRepository;

/** Issuing invoices for what an order decides to bill, addressed to whoever owns the site at that moment. */
@ApplicationScoped
@Transactional
public class BillingService {

    public static final String SUBJECT = "INVOICE";

    private InvoiceRepository invoices;
    private SiteRepository sites;
    private AccountRepository accounts;
    private AgencyRepository agencies;
    private OrderAccess orderAccess;
    private HistoryRecorder history;
    private Clock clock;

    protected BillingService() {
    }

    @Inject
    public BillingService(InvoiceRepository invoices, SiteRepository sites, AccountRepository accounts, AgencyRepository agencies,
                          OrderAccess orderAccess, HistoryRecorder history, Clock clock) {
        this.invoices = invoices;
        this.sites = sites;
        this.accounts = accounts;
        this.agencies = agencies;
        this.orderAccess = orderAccess;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Issues the invoice for one billing decision; a second one for the same milestone fails on the unique key. The step
     * that billed records it in its own history entry ({@link #issuedFacts}), which also tells the invoice's readers.
     */
    public Invoice issue(Order order, Billing billing) {
        order.billed(billing.amountMinor());
        return invoices.add(Invoice.issue(invoices.nextNumber(), order, billing, billTo(order), clock.instant()));
    }

    /** What the history keeps of an issued invoice, under {@link NotificationKind#INVOICE_ISSUED_FACT} of the step's entry. */
    public static Map<String, Object> issuedFacts(Invoice invoice, Billing billing) {
        return Map.of("invoice", invoice.number(), "milestone", billing.milestone().position(), "amountMinor", invoice.amountMinor(),
                "currency", invoice.currency(), "billTo", invoice.billTo().type() + " " + invoice.billTo().name());
    }

    /**
     * When the order ends early, the invoices of its cancelled milestones are settled: an unpaid one is voided and no
     * longer counts as billed; a paid one is answered by a credit note of its whole amount (the milestone's work is
     * not done), so what stays billed never exceeds what was delivered and accepted.
     */
    public void settleCancelled(Order order, List<Milestone> cancelled, Long actorId) {
        for (Milestone m : cancelled) {
            invoices.findByMilestone(m.id()).ifPresent(invoice -> {
                if (invoice.voidIfUnpaid()) {
                    order.unbilled(invoice.amountMinor());
                    history.record(actorId, Order.HISTORY_SUBJECT, order.id(), order.accountId(), "INVOICE_VOIDED",
                            Map.of("invoice", invoice.number(), "status", "ISSUED"), Map.of("invoice", invoice.number(), "status", "VOID"));
                } else if (invoice.status() == InvoiceStatus.PAID && invoices.creditNoteOf(invoice.id()).isEmpty()) {
                    CreditNote note = invoices.add(CreditNote.of(invoices.nextCreditNoteNumber(), invoice, clock.instant()));
                    history.record(actorId, Order.HISTORY_SUBJECT, order.id(), order.accountId(), "CREDIT_NOTE_ISSUED", null,
                            Map.of("invoice", invoice.number(), "creditNote", note.number(), "milestone", m.position(),
                                    "amountMinor", note.amountMinor(), "currency", note.currency()));
                }
            });
        }
    }

    /**
     * The party billed right now: while the site is under the agency, the agency; once it belongs to a customer
     * account, that account, unless the account has its bills sent to an agency. Without a site, the account.
     */
    BillTo billTo(Order order) {
        Long accountId = order.accountId();
        if (order.siteId() != null) {
            Site site = sites.find(order.siteId()).orElseThrow();
            if (site.isUnderAgency()) {
                return agencyBillTo(site.agencyId());
            }
            accountId = site.ownerAccountId();
        }
        CustomerAccount account = accounts.find(accountId).orElseThrow();
        return account.billingParty() == BillingParty.AGENCY
                ? agencyBillTo(account.billingAgencyId())
                : BillTo.account(account.id(), account.name());
    }

    private BillTo agencyBillTo(long agencyId) {
        return BillTo.agency(agencyId, agencies.find(agencyId).orElseThrow().name());
    }

    /** The invoices of an order, for those who may see them: the agency, the owner and VIEW_INVOICES, staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invoice> ofOrder(User caller, long orderId) {
        Order order = orderAccess.requireInvoiceViewer(caller, orderId);
        return invoices.ofOrder(order.id());
    }

    /** The invoices of an order the caller was already found to see them for ({@link OrderAccess.Standing#mayViewInvoices}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invoice> ofCheckedOrder(Order order) {
        return invoices.ofOrder(order.id());
    }

    /** The credit notes of an order the caller was already found to see the invoices of. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CreditNote> creditNotesOfCheckedOrder(Order order) {
        return invoices.creditNotesOfOrder(order.id());
    }

    /** The credit notes of an order, for those who may see its invoices. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CreditNote> creditNotesOf(User caller, long orderId) {
        return invoices.creditNotesOfOrder(orderAccess.requireInvoiceViewer(caller, orderId).id());
    }

    /** The credit note of an invoice the caller may see, if it was credited. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<CreditNote> creditNoteOf(User caller, long invoiceId) {
        return invoices.creditNoteOf(get(caller, invoiceId).id());
    }

    /** Without access checks: for the embedded default's demo payment only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Invoice> byNumber(String number) {
        return invoices.findByNumber(number);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Invoice get(User caller, long invoiceId) {
        Invoice invoice = invoices.find(invoiceId).orElseThrow(() -> new ResourceNotFound("invoice"));
        orderAccess.requireInvoiceViewer(caller, invoice.orderId());
        return invoice;
    }
}
