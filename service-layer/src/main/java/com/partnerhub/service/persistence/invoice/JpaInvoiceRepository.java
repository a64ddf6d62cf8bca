package com.partnerhub.service.persistence.invoice;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.invoice.CreditNote;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.invoice.InvoiceRepository;
import com.partnerhub.service.persistence.DocumentNumbers;

@ApplicationScoped
public class JpaInvoiceRepository implements InvoiceRepository {

    private EntityManager em;

    protected JpaInvoiceRepository() {
    }

    @Inject
    public JpaInvoiceRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public String nextNumber() {
        return DocumentNumbers.next(em, "invoice_number_seq", "INV");
    }

    /** A second invoice for the same milestone fails on the unique key, at the latest when the transaction commits. */
    @Override
    public Invoice add(Invoice invoice) {
        em.persist(invoice);
        return invoice;
    }

    @Override
    public Optional<Invoice> find(long id) {
        return Optional.ofNullable(em.find(Invoice.class, id));
    }

    @Override
    public Optional<Invoice> findByNumber(String number) {
        return em.createQuery("select i from Invoice i where i.number = :n", Invoice.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public Optional<Invoice> findByPaymentKey(String key) {
        return em.createQuery("select i from Invoice i where i.paymentKey = :k", Invoice.class)
                .setParameter("k", key).getResultStream().findFirst();
    }

    @Override
    public Optional<Invoice> findByMilestone(long milestoneId) {
        return em.createQuery("select i from Invoice i where i.milestoneId = :m", Invoice.class)
                .setParameter("m", milestoneId).getResultStream().findFirst();
    }

    @Override
    public List<Invoice> ofOrder(long orderId) {
        return em.createQuery("select i from Invoice i where i.orderId = :o order by i.id", Invoice.class)
                .setParameter("o", orderId).getResultList();
    }

    @Override
    public List<Invoice> unpaidOfSite(long siteId) {
        return em.createQuery("select i from Invoice i where i.status = com.partnerhub.service.domain.invoice.InvoiceStatus.ISSUED "
                + "and i.orderId in (select o.id from PlacedOrder o where o.siteId = :s) order by i.id", Invoice.class)
                .setParameter("s", siteId).getResultList();
    }

    @Override
    public String nextCreditNoteNumber() {
        return DocumentNumbers.next(em, "credit_note_number_seq", "CN");
    }

    @Override
    public CreditNote add(CreditNote creditNote) {
        em.persist(creditNote);
        return creditNote;
    }

    @Override
    public Optional<CreditNote> creditNoteOf(long invoiceId) {
        return em.createQuery("select c from CreditNote c where c.invoiceId = :i", CreditNote.class)
                .setParameter("i", invoiceId).getResultStream().findFirst();
    }

    @Override
    public List<CreditNote> creditNotesOfOrder(long orderId) {
        return em.createQuery("select c from CreditNote c where c.orderId = :o order by c.id", CreditNote.class)
                .setParameter("o", orderId).getResultList();
    }
}
