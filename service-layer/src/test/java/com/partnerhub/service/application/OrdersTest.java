package com.partnerhub.service.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.partnerhub.service.application.account.Answer;
import com.partnerhub.service.application.account.OpenAccount;
import com.partnerhub.service.application.invoice.PaymentService;
import com.partnerhub.service.application.order.PlaceOrder;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.catalogue.ActingParty;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.invoice.BillTo;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.invoice.InvoiceStatus;
import com.partnerhub.service.domain.order.MilestonePlan;
import com.partnerhub.service.domain.order.MilestoneStatus;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.SubStep;
import com.partnerhub.service.domain.order.OrderStatus;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.SecretToken;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.infrastructure.time.AppClock;
import com.partnerhub.service.testing.OrderFixtures;
import com.partnerhub.service.testing.Services;
import com.partnerhub.service.testing.TestDatabase;

/** Capabilities 1, 2, 4 and 10: packages, order intake, milestones with payments, invoices. */
class OrdersTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private final AppClock clock = new AppClock(Clock.fixed(T0, ZoneOffset.UTC));
    private EntityManagerFactory emf;
    private long accountId;
    private long agencyId;
    private long websiteId;
    private long marketingId;
    private int paymentNo;

    private void start(TestDatabase db) {
        emf = TestDatabase.entityManagerFactory(db.migrated(true));
        accountId = OrderFixtures.claraWithAnna(emf, clock);
        agencyId = tx(s -> s.access.agencyIdsOf(s.user("demo-anna")).iterator().next());
        websiteId = tx(s -> s.packages.findByCode("WEBSITE").orElseThrow().id());
        marketingId = tx(s -> s.packages.findByCode("INTERNET_MARKETING").orElseThrow().id());
    }

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private <T> T tx(Function<Services, T> work) {
        return Services.inTx(emf, clock, work);
    }

    private PlaceOrder website(long price, Long siteId) {
        return new PlaceOrder(null, accountId, siteId, websiteId, "Website Claras Laden", price, "EUR", null, "AB-4711", null,
                Map.of("business", "Blumenladen", "style", "modern"), true);
    }

    private PlaceOrder offer(List<MilestonePlan> plans) {
        return new PlaceOrder(agencyId, accountId, null, null, "Individuelles Angebot", 100_000, "EUR", true, null, plans, Map.of(), true);
    }

    private static MilestonePlan plan(String name, int days, int share, int revisions) {
        return new MilestonePlan(name, null, ActingParty.AGENCY, days, share, revisions, List.of("Schritt 1", "Schritt 2"));
    }

    private Order order(long id) {
        return tx(s -> {
            Order o = s.orders.find(id).orElseThrow();
            o.milestones().forEach(m -> m.steps().size());
            return o;
        });
    }

    private List<Invoice> invoices(long orderId) {
        return tx(s -> s.invoices.ofOrder(orderId));
    }

    private void pay(Invoice invoice) {
        OrderFixtures.pay(emf, clock, invoice, String.valueOf(++paymentNo));
    }

    private Invoice lastInvoice(long orderId) {
        List<Invoice> all = invoices(orderId);
        return all.get(all.size() - 1);
    }

    private void deliver(String who, long orderId, int position) {
        tx(s -> s.milestoneWorkflow.deliver(s.user(who), orderId, position, null, null));
    }

    private void accept(long orderId, int position) {
        tx(s -> s.milestoneWorkflow.accept(s.user("demo-clara"), orderId, position));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPackageOrderReadsInEachReadersLanguageAndItsInvoicePdfNamesIssuerTaxAndBillTo(TestDatabase db) throws Exception {
        start(db);
        var placed = tx(s -> s.orderPlacement.place(s.user("demo-anna"), website(300_000, null)));
        Order o = order(placed.order().id());
        var first = o.milestone(1);
        assertThat(first.name()).as("as placed, from a German page").isEqualTo("Basisversion");
        assertThat(first.name(false)).isEqualTo("Base version");
        assertThat(first.name(true)).isEqualTo("Basisversion");
        assertThat(first.description(false)).startsWith("Starts with the first invoice");
        assertThat(first.steps()).extracting(st -> first.stepLabel(st, false))
                .containsExactly("Build the draft", "Review the draft with the customer", "Work in the feedback");
        assertThat(first.steps()).extracting(st -> first.stepLabel(st, true)).first().isEqualTo("Entwurf erstellen");
        var offered = tx(s -> s.orderPlacement.place(s.user("demo-anna"), offer(List.of(plan("Konzept", 10, 50, 1),
                plan("Umsetzung", 10, 50, 1))))).order();
        assertThat(order(offered.id()).milestone(1).name(false)).as("an offer reads as it was written").isEqualTo("Konzept");

        var pdf = new com.partnerhub.service.infrastructure.pdf.InvoicePdf(new com.partnerhub.service.infrastructure.pdf.InvoiceIssuer(
                "Hoster Beispiel GmbH", List.of("Hafenstraße 1", "20095 Hamburg"), "DE123456789", 19, "Hinweis", "Note"));
        Invoice invoice = placed.invoices().get(0);
        String english = text(pdf.render(invoice, o, first, java.util.Locale.ENGLISH));
        assertThat(english).containsIgnoringWhitespaces("Hoster Beispiel GmbH", "Hafenstraße 1", "20095 Hamburg", "VAT ID: DE123456789",
                "Bill to", "Claras Laden (customer account)", "1. Base version", "Issued 2 Nov 2026", "Due 16 Nov 2026",
                "Net amount €756.30", "plus VAT 19 % €143.70", "Total €900.00", "Note");
        String german = text(pdf.render(invoice, o, first, java.util.Locale.GERMAN));
        assertThat(german).containsIgnoringWhitespaces("USt-IdNr.: DE123456789", "Rechnung an", "Claras Laden (Kundenkonto)", "1. Basisversion",
                "Rechnungsdatum 02.11.2026", "Nettobetrag 756,30 €", "zzgl. Umsatzsteuer 19 % 143,70 €", "Gesamtbetrag 900,00 €",
                "Hinweis");
        String exempt = text(new com.partnerhub.service.infrastructure.pdf.InvoicePdf(new com.partnerhub.service.infrastructure.pdf.InvoiceIssuer(
                "Kleinunternehmen", List.of(), null, 0, "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.", null))
                .render(invoice, o, first, java.util.Locale.GERMAN));
        assertThat(exempt).containsIgnoringWhitespaces("Gesamtbetrag 900,00 €", "§ 19 UStG").doesNotContain("Umsatzsteuer 0", "Nettobetrag", "USt-IdNr.");
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            return new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1).replace('\u00a0', ' ')
                    .replaceAll("[ \t]*\n[ \t]*", "\n");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theWebsiteStoryFromOrderToGoLive(TestDatabase db) {
        start(db);
        var placed = tx(s -> s.orderPlacement.place(s.user("demo-anna"), website(300_000, null)));
        long id = placed.order().id();
        assertThat(placed.order().number()).matches("PH-\\d{6}");
        assertThat(placed.order().milestones()).extracting(m -> m.name()).containsExactly("Basisversion", "Fertigstellung", "Go-live");
        assertThat(placed.order().milestones()).extracting(m -> m.amountMinor()).containsExactly(90_000L, 120_000L, 90_000L);
        assertThat(placed.order().expectedDeliveryAt(clock.instant())).isEqualTo(T0.plus(Duration.ofDays(45)));
        assertThat(placed.order().isOverdue(T0.plus(Duration.ofDays(30)))).as("waiting for the customer's payment is not late").isFalse();
        assertThat(placed.invoices()).singleElement().satisfies(i -> {
            assertThat(i.amountMinor()).isEqualTo(90_000);
            assertThat(i.number()).matches("INV-\\d{6}");
            assertThat(i.billTo()).isEqualTo(BillTo.account(accountId, "Claras Laden"));
            assertThat(i.dueAt()).isEqualTo(T0.plus(Duration.ofDays(14)));
        });
        assertThat(order(id).milestone(1).status()).isEqualTo(MilestoneStatus.AWAITING_PAYMENT);

        assertThatThrownBy(() -> deliver("demo-petra", id, 1)).as("work starts only when paid")
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("INVALID_TRANSITION");
        clock.advance(Duration.ofDays(2));
        pay(placed.invoices().get(0));
        assertThat(order(id).milestone(1).status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        assertThat(order(id).expectedDeliveryAt(clock.instant())).as("the two days waiting for payment moved the date")
                .isEqualTo(T0.plus(Duration.ofDays(47)));
        assertThat(order(id).nextDueAt(clock.instant())).as("the running milestone's planned end")
                .isEqualTo(order(id).milestone(1).dueAt());
        assertThat(order(id).isOverdue(order(id).milestone(1).dueAt().plusSeconds(1))).isTrue();

        assertThatThrownBy(() -> deliver("demo-anna", id, 1)).as("the provider builds this one").isInstanceOf(ActionForbidden.class);
        deliver("demo-petra", id, 1);
        assertThatThrownBy(() -> accept(id, 2)).extracting(e -> ((DomainConflict) e).code()).isEqualTo("MILESTONE_NOT_CURRENT");
        assertThatThrownBy(() -> tx(s -> s.milestoneWorkflow.accept(s.user("demo-anna"), id, 1)))
                .as("the agency does not accept its own delivery").isInstanceOf(ActionForbidden.class);
        tx(s -> s.milestoneWorkflow.requestRevision(s.user("demo-clara"), id, 1, "Bitte die Farben anpassen"));
        assertThat(order(id).milestone(1).revisionsUsed()).isEqualTo(1);
        assertThat(order(id).milestone(1).status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        deliver("demo-petra", id, 1);
        accept(id, 1);

        Invoice second = lastInvoice(id);
        assertThat(second.amountMinor()).isEqualTo(120_000);
        assertThat(order(id).milestone(2).status()).isEqualTo(MilestoneStatus.AWAITING_PAYMENT);
        pay(second);
        deliver("demo-petra", id, 2);
        accept(id, 2);
        Invoice third = lastInvoice(id);
        assertThat(third.amountMinor()).isEqualTo(90_000);
        pay(third);
        deliver("demo-petra", id, 3);
        assertThatThrownBy(() -> tx(s -> s.milestoneWorkflow.requestRevision(s.user("demo-clara"), id, 3, "Bitte die Farben anpassen")))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("NO_REVISIONS_LEFT");
        accept(id, 3);

        Order done = order(id);
        assertThat(done.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(done.billedMinor()).isEqualTo(done.priceMinor());
        assertThat(invoices(id)).extracting(Invoice::status).containsOnly(InvoiceStatus.PAID);
        assertThat(invoices(id).stream().mapToLong(Invoice::amountMinor).sum()).isEqualTo(300_000);
        assertThatThrownBy(() -> deliver("demo-petra", id, 3)).extracting(e -> ((DomainConflict) e).code()).isEqualTo("ORDER_NOT_ACTIVE");
        var entries = tx(s -> s.orderQueries.history(s.user("demo-clara"), id, 0, 100).items());
        // one entry per step: what a step brought about (an invoice issued, the order completed) is in its own entry
        assertThat(entries).extracting(h -> h.action()).startsWith("ORDER_PLACED", "PAYMENT_RECEIVED", "MILESTONE_DELIVERED",
                "REVISION_REQUESTED", "MILESTONE_DELIVERED", "MILESTONE_ACCEPTED").endsWith("MILESTONE_ACCEPTED")
                .doesNotContain("INVOICE_ISSUED", "ORDER_COMPLETED");
        assertThat(entries.get(0).afterState()).contains("\"invoiceIssued\":{").contains(invoices(id).get(0).number());
        assertThat(entries.get(5).afterState()).contains("\"invoiceIssued\":{").contains(invoices(id).get(1).number());
        assertThat(entries.get(entries.size() - 1).afterState()).contains("\"orderCompleted\":true").doesNotContain("invoiceIssued");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDeliveryNobodyAnswersIsAcceptedAfterTheReviewWindow(TestDatabase db) {
        start(db);
        long id = tx(s -> s.orderPlacement.place(s.user("demo-anna"), offer(List.of(plan("Konzept", 5, 50, 1), plan("Umsetzung", 10, 50, 1))))).order().id();
        pay(lastInvoice(id));
        deliver("demo-ben", id, 1);
        tx(s -> s.milestoneWorkflow.requestRevision(s.user("demo-clara"), id, 1, "Bitte die Farben anpassen"));
        clock.advance(Duration.ofDays(1));
        deliver("demo-ben", id, 1);
        clock.advance(Duration.ofDays(7).plusHours(1));
        assertThat(runJobs()).as("a revision request ends the first delivery's review window: nothing is due").isZero();
        assertThat(order(id).milestone(1).status()).isEqualTo(MilestoneStatus.DELIVERED);
        clock.advance(Duration.ofDays(1));
        assertThat(runJobs()).isEqualTo(1);
        Order o = order(id);
        assertThat(o.milestone(1).status()).isEqualTo(MilestoneStatus.ACCEPTED);
        assertThat(o.milestone(1).autoAccepted()).isTrue();
        assertThat(lastInvoice(id).amountMinor()).as("the next milestone is billed").isEqualTo(50_000);
        pay(lastInvoice(id));
        deliver("demo-anna", id, 2);
        clock.advance(Duration.ofDays(8));
        runJobs();
        assertThat(order(id).status()).as("auto-accepting the last milestone completes the order").isEqualTo(OrderStatus.COMPLETED);
        assertThat(runJobs()).isZero();
    }

    /** Runs every due deadline; counts those that change an order or offer (review reminders only tell people). */
    private int runJobs() {
        int ran = 0;
        java.util.Optional<com.partnerhub.service.application.job.JobProcessor.Ran> next;
        while ((next = tx(s -> s.jobProcessor.runNext("test"))).isPresent()) {
            if (next.get().kind() != com.partnerhub.service.domain.job.JobKind.REVIEW_REMINDER) {
                ran++;
            }
        }
        return ran;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void tickedOffSubStepsAreKept(TestDatabase db) {
        start(db);
        long id = tx(s -> s.orderPlacement.place(s.user("demo-anna"), offer(List.of(plan("Konzept", 5, 50, 1), plan("Umsetzung", 10, 50, 1))))).order().id();
        pay(lastInvoice(id));
        tx(s -> s.milestoneWorkflow.markStep(s.user("demo-ben"), id, 1, 2, true));
        assertThat(order(id).milestone(1).steps()).extracting(SubStep::stepNo, SubStep::label, SubStep::done)
                .containsExactly(tuple(1, "Schritt 1", false), tuple(2, "Schritt 2", true));
        tx(s -> s.milestoneWorkflow.markStep(s.user("demo-ben"), id, 1, 2, false));
        tx(s -> s.milestoneWorkflow.markStep(s.user("demo-ben"), id, 1, 1, true));
        assertThat(order(id).milestone(1).steps()).extracting(SubStep::done).containsExactly(true, false);
        assertThat(order(id).milestone(2).steps()).extracting(SubStep::done).containsExactly(false, false);
        assertThatThrownBy(() -> tx(s -> s.milestoneWorkflow.markStep(s.user("demo-ben"), id, 1, 3, true)))
                .isInstanceOf(com.partnerhub.service.domain.shared.ValidationException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theCustomerEndsEarlyAndNothingMoreIsBilled(TestDatabase db) {
        start(db);
        long id = tx(s -> s.orderPlacement.place(s.user("demo-anna"), website(300_000, null))).order().id();
        assertThatThrownBy(() -> tx(s -> s.milestoneWorkflow.end(s.user("demo-clara"), id)))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("NOTHING_ACCEPTED_YET");
        pay(lastInvoice(id));
        deliver("demo-petra", id, 1);
        accept(id, 1);
        assertThat(lastInvoice(id).status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThatThrownBy(() -> tx(s -> s.milestoneWorkflow.end(s.user("demo-anna"), id))).isInstanceOf(ActionForbidden.class);

        tx(s -> s.milestoneWorkflow.end(s.user("demo-clara"), id));

        Order o = order(id);
        assertThat(o.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(o.endedEarly()).isTrue();
        assertThat(o.milestones()).extracting(m -> m.status())
                .containsExactly(MilestoneStatus.ACCEPTED, MilestoneStatus.CANCELLED, MilestoneStatus.CANCELLED);
        assertThat(invoices(id)).extracting(Invoice::status).containsExactly(InvoiceStatus.PAID, InvoiceStatus.VOID);
        assertThat(o.billedMinor()).isEqualTo(90_000);
        assertThatThrownBy(() -> pay(lastInvoice(id))).extracting(e -> ((DomainConflict) e).code()).isEqualTo("INVOICE_VOID");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPaidMilestoneThatTheEndCancelsIsCreditedOnceWithItsOwnNumberAndPdf(TestDatabase db) throws Exception {
        start(db);
        long id = tx(s -> s.orderPlacement.place(s.user("demo-anna"), website(300_000, null))).order().id();
        pay(lastInvoice(id));
        deliver("demo-petra", id, 1);
        accept(id, 1);
        Invoice second = lastInvoice(id);
        pay(second);
        assertThat(order(id).milestone(2).status()).isEqualTo(MilestoneStatus.IN_PROGRESS);

        tx(s -> s.milestoneWorkflow.end(s.user("demo-clara"), id));

        assertThat(invoices(id)).extracting(Invoice::status).as("a paid invoice is not voided").containsExactly(InvoiceStatus.PAID,
                InvoiceStatus.PAID);
        var notes = tx(s -> s.invoices.creditNotesOfOrder(id));
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.number()).matches("CN-\\d{6}");
            assertThat(n.invoiceId()).isEqualTo(second.id());
            assertThat(n.amountMinor()).isEqualTo(-120_000);
            assertThat(n.currency()).isEqualTo("EUR");
        });
        long credited = notes.get(0).amountMinor();
        assertThat(order(id).billedMinor() + credited).as("billed less credited: the accepted milestone only").isEqualTo(90_000);
        List<HistoryEntry> history = tx(s -> s.orderQueries.history(s.user("demo-clara"), id, 0, 100).items());
        assertThat(history).extracting(HistoryEntry::action)
                .contains("CREDIT_NOTE_ISSUED").doesNotContain("INVOICE_VOIDED");
        var readers = tx(s -> s.billing.creditNotesOf(s.user("demo-clara"), id));
        assertThat(readers).extracting(c -> c.number()).containsExactly(notes.get(0).number());
        assertThatThrownBy(() -> tx(s -> s.billing.creditNotesOf(s.user("stranger@elsewhere.example"), id))).isInstanceOfAny(ResourceNotFound.class,
                ActionForbidden.class);

        Order o = order(id);
        var pdf = new com.partnerhub.service.infrastructure.pdf.InvoicePdf(new com.partnerhub.service.infrastructure.pdf.InvoiceIssuer(
                "Hoster Beispiel GmbH", List.of("Hafenstraße 1"), "DE123456789", 19, null, null));
        Invoice paid = lastInvoice(id);
        String german = text(pdf.render(notes.get(0), paid, o, o.milestone(2), java.util.Locale.GERMAN));
        assertThat(german).containsIgnoringWhitespaces("Gutschrift " + notes.get(0).number(), "Gutschrift an",
                "Claras Laden (Kundenkonto)", "Zur Rechnung " + paid.number(), "2. Fertigstellung (storniert)", "vorzeitig beendet",
                "Gesamtbetrag -1.200,00 €", "zzgl. Umsatzsteuer 19 % -191,60 €");
        String english = text(pdf.render(notes.get(0), paid, o, o.milestone(2), java.util.Locale.ENGLISH));
        assertThat(english).containsIgnoringWhitespaces("Credit note " + notes.get(0).number(), "Credit to", "For invoice " + paid.number(),
                "(cancelled)", "ended early", "Total -€1,200.00");
    }

    /**
     * The customer ends orders while the billing system reports payments of their next invoice, on many threads: each
     * order ends with its second invoice either void or paid and credited once — never paid and kept — so billed less
     * credited is exactly the accepted milestone's share and never exceeds the price.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void endingWhilePaymentsArriveAlwaysReconciles(TestDatabase db) throws Exception {
        start(db);
        int orders = 8;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            long id = tx(s -> s.orderPlacement.place(s.user("demo-anna"), website(300_000, null))).order().id();
            pay(lastInvoice(id));
            deliver("demo-petra", id, 1);
            accept(id, 1);
            ids.add(id);
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (long id : ids) {
            Invoice next = lastInvoice(id);
            work.add(pool.submit(() -> {
                go.await();
                return untilSettled(() -> OrderFixtures.pay(emf, clock, next, "race-" + next.number()), "INVOICE_VOID");
            }));
            work.add(pool.submit(() -> {
                go.await();
                return untilSettled(() -> tx(s -> s.milestoneWorkflow.end(s.user("demo-clara"), id)), null);
            }));
        }
        go.countDown();
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        for (long id : ids) {
            Order o = order(id);
            List<Invoice> all = invoices(id);
            var notes = tx(s -> s.invoices.creditNotesOfOrder(id));
            assertThat(o.status()).isEqualTo(OrderStatus.COMPLETED);
            assertThat(all).hasSize(2);
            Invoice second = all.get(1);
            if (second.status() == InvoiceStatus.PAID) {
                assertThat(notes).as("paid, then the order ended").singleElement()
                        .satisfies(n -> assertThat(n.amountMinor()).isEqualTo(-second.amountMinor()));
            } else {
                assertThat(second.status()).isEqualTo(InvoiceStatus.VOID);
                assertThat(notes).as("ended before the payment came").isEmpty();
            }
            long billed = all.stream().filter(i -> i.status() != InvoiceStatus.VOID).mapToLong(Invoice::amountMinor).sum();
            long credited = notes.stream().mapToLong(n -> -n.amountMinor()).sum();
            assertThat(billed).isEqualTo(o.billedMinor());
            assertThat(billed - credited).isEqualTo(90_000).isLessThanOrEqualTo(o.priceMinor());
        }
    }

    /** Retries a step that lost a race on the version check; a domain refusal named {@code acceptable} also ends it. */
    private static Object untilSettled(Runnable step, String acceptable) {
        for (int attempt = 0; ; attempt++) {
            try {
                step.run();
                return "done";
            } catch (DomainConflict e) {
                if (e.code().equals(acceptable)) {
                    return e.code();
                }
                throw e;
            } catch (RuntimeException e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutPaymentPerMilestoneOneInvoiceComesFirst(TestDatabase db) {
        start(db);
        var placed = tx(s -> s.orderPlacement.place(s.user("demo-anna"), new PlaceOrder(null, accountId, null, marketingId,
                "Kampagne", 80_000, "EUR", null, null, null, Map.of("goal", "Besucher", "budget", "500 EUR"), false)));
        long id = placed.order().id();
        assertThat(placed.order().milestones()).extracting(m -> m.name()).containsExactly("Ad account", "Campaign", "Campaign live", "First report");
        assertThat(placed.invoices()).singleElement().satisfies(i -> assertThat(i.amountMinor()).isEqualTo(80_000));
        pay(placed.invoices().get(0));
        deliver("demo-anna", id, 1);
        accept(id, 1);
        assertThat(invoices(id)).hasSize(1);
        assertThat(order(id).milestone(2).status()).as("already paid: starts at once").isEqualTo(MilestoneStatus.IN_PROGRESS);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void badOrdersAreRefusedWithEveryFieldNamed(TestDatabase db) {
        start(db);
        List<MilestonePlan> seven = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seven.add(plan("M" + i, 5, i == 0 ? 40 : 10, 0));
        }
        assertThat(violations(offer(seven))).containsExactly("milestones:MILESTONE_COUNT");
        assertThat(violations(offer(List.of(plan("A", 31, 50, 0), plan("", 5, 40, 11)))))
                .containsExactly("milestones[0].days:OUT_OF_RANGE", "milestones[1].name:REQUIRED",
                        "milestones[1].includedRevisions:OUT_OF_RANGE", "milestones:SHARES_NOT_100");
        assertThat(violations(new PlaceOrder(null, accountId, null, websiteId, "X", 0, "eur", null, null, null,
                Map.of("style", "barock", "colour", "rot", "logo", "C:\\logo.png"), true)))
                .contains("priceMinor:AMOUNT_OUT_OF_RANGE", "currency:INVALID_CURRENCY", "answers.logo:UPLOAD_A_FILE",
                        "answers.style:UNKNOWN_VALUE", "answers.colour:NOT_ASKED")
                .as("a required answer may be missing: work waits for it").doesNotContain("answers.business:REQUIRED");
        assertThat(violations(new PlaceOrder(null, accountId, null, websiteId, "X", 1, "EUR", null, null,
                List.of(plan("A", 1, 50, 0), plan("B", 1, 50, 0)), Map.of(), true))).containsExactly("packageId:PACKAGE_OR_OFFER");

        assertThatThrownBy(() -> tx(s -> s.orderPlacement.place(s.user("demo-clara"), website(1000, null))))
                .as("customers do not place orders").isInstanceOf(ActionForbidden.class);
        assertThatThrownBy(() -> tx(s -> s.orderPlacement.place(s.user("demo-ben"), website(1000, null))))
                .as("an agency member who does not work in the account").isInstanceOf(ResourceNotFound.class);
        List<Order> stored = tx(s -> s.orders.all(new com.partnerhub.service.domain.order.OrderRepository.Filter(null, null, null), 0, 10));
        assertThat(stored).as("nothing was stored").isEmpty();
    }

    private List<String> violations(PlaceOrder command) {
        try {
            tx(s -> s.orderPlacement.place(s.user("demo-anna"), command));
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
        }
        throw new AssertionError("accepted: " + command);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyThePartiesSeeAnOrderAndItsInvoices(TestDatabase db) {
        start(db);
        long id = tx(s -> s.orderPlacement.place(s.user("demo-anna"), website(300_000, null))).order().id();
        long seenByBen = tx(s -> s.orderQueries.view(s.user("demo-ben"), id).id());
        long seenByPetra = tx(s -> s.orderQueries.view(s.user("demo-petra"), id).id());
        assertThat(seenByBen).as("the agency").isEqualTo(id);
        assertThat(seenByPetra).as("provider staff").isEqualTo(id);
        assertThatThrownBy(() -> tx(s -> s.orderQueries.view(s.user("demo-nora"), id))).isInstanceOf(ResourceNotFound.class);
        assertThatThrownBy(() -> tx(s -> s.orderQueries.view(s.user("demo-david"), id))).isInstanceOf(ResourceNotFound.class);

        String token = tx(s -> s.invitationService.invite(s.user("demo-clara"), accountId, "emil@kunde-eins.example",
                EnumSet.of(Permission.EDIT_SITE)).token());
        tx(s -> s.invitationService.accept(s.user("demo-emil"), new Answer(token, null)));
        long seenByEmil = tx(s -> s.orderQueries.view(s.user("demo-emil"), id).id());
        assertThat(seenByEmil).isEqualTo(id);
        assertThatThrownBy(() -> tx(s -> s.billing.ofOrder(s.user("demo-emil"), id))).as("needs VIEW_INVOICES")
                .isInstanceOf(ActionForbidden.class);
        assertThatThrownBy(() -> tx(s -> s.milestoneWorkflow.accept(s.user("demo-emil"), id, 1))).as("needs CHANGE_SPECS")
                .isInstanceOf(ActionForbidden.class);
        List<Invoice> seenByClara = tx(s -> s.billing.ofOrder(s.user("demo-clara"), id));
        assertThat(seenByClara).hasSize(1);
    }

    /**
     * The dashboard's overdue filter, for the agency (which starts from its late milestones) and for the customer: only
     * orders whose running milestone is past its planned end or whose delivery's review has run out; not an order waiting
     * for its payment, nor a held one.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theOverdueFilterListsTheOrdersWhoseRunningStepIsLate(TestDatabase db) {
        start(db);
        List<MilestonePlan> plans = List.of(plan("Entwurf", 5, 50, 1), plan("Umsetzung", 20, 50, 1));
        long[] ids = new long[4];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = tx(s -> s.orderPlacement.place(s.user("demo-anna"), offer(plans))).order().id();
        }
        long running = ids[0], delivered = ids[1], waitingForPayment = ids[2], held = ids[3];
        for (long id : List.of(running, delivered, held)) {
            pay(invoices(id).get(0));
        }
        deliver("demo-anna", delivered, 1); // its review runs out after 8 days
        tx(s -> s.workspace.hold(s.user("demo-anna"), held));
        Function<String, List<Long>> overdue = who -> tx(s -> s.orderQueries.list(s.user(who),
                new com.partnerhub.service.application.order.OrderQueries.ListFilter(null, null, true, null), 0, 20)
                .items().stream().map(Order::id).toList());

        assertThat(overdue.apply("demo-anna")).as("nothing late yet").isEmpty();
        clock.advance(Duration.ofDays(6));
        assertThat(overdue.apply("demo-anna")).as("the agency, past the first milestone's 5 days").containsExactly(running);
        assertThat(overdue.apply("demo-clara")).as("the customer").containsExactly(running);
        clock.advance(Duration.ofDays(3));
        assertThat(overdue.apply("demo-anna")).as("and the review that ran out, newest first").containsExactly(delivered, running);
        assertThat(overdue.apply("demo-clara")).containsExactly(delivered, running);
        assertThat(order(waitingForPayment).isOverdue(clock.instant())).isFalse();
        assertThat(order(held).isOverdue(clock.instant())).isFalse();
        assertThat(order(running).isOverdue(clock.instant())).isTrue();
    }

    /** Reading orders writes nothing: a read that wrote would collide with the changes of everyone else on those orders. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void readingOrdersChangesNoRow(TestDatabase db) throws Exception {
        start(db);
        long id = tx(s -> s.orderPlacement.place(s.user("demo-anna"), website(300_000, null))).order().id();
        pay(invoices(id).get(0));
        deliver("demo-petra", id, 1);
        String before = rowVersions(db, id);
        tx(s -> s.orderQueries.list(s.user("demo-anna"), new com.partnerhub.service.application.order.OrderQueries.ListFilter(null, null, false, null), 0, 50));
        tx(s -> s.orderQueries.details(s.user("demo-clara"), s.orderQueries.view(s.user("demo-clara"), id)));
        tx(s -> s.billing.ofOrder(s.user("demo-anna"), id));
        tx(s -> s.orderQueries.history(s.user("demo-clara"), id, 0, 50));
        assertThat(rowVersions(db, id)).isEqualTo(before);
        // nor does telling people about its steps (fan-out and the rendering of e-mails read the order)
        for (long event : tx(s -> s.fanOut.pending(500))) {
            tx(s -> { s.fanOut.fanOut(event); return null; });
        }
        tx(s -> s.dispatcher.claim(500));
        assertThat(rowVersions(db, id)).as("after notifying").isEqualTo(before);
    }

    private String rowVersions(TestDatabase db, long orderId) {
        return tx(s -> s.em.createNativeQuery("select o.version || '/' || (select string_agg(cast(m.version as varchar), ',' order by m.position) "
                + "from order_milestone m where m.order_id = o.id) || '/' || (select count(*) from invoice i where i.order_id = o.id) "
                + "from customer_order o where o.id = " + orderId).getSingleResult().toString());
    }

    @Test
    void paymentReplaysAreAnsweredWithTheInvoiceTheyPaidAndNeverAppliedTwice() {
        start(TestDatabase.POSTGRESQL);
        Invoice invoice = tx(s -> s.orderPlacement.place(s.user("demo-anna"), website(300_000, null))).invoices().get(0);
        var notice = new PaymentService.PaymentNotice(invoice.number(), 90_000L, "EUR", "bank-1");
        assertThatThrownBy(() -> tx(s -> s.payments.record("key-0", "h0",
                new PaymentService.PaymentNotice(invoice.number(), 89_999L, "EUR", null), i -> "{}")))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("PAYMENT_MISMATCH");
        PaymentService.Answer first = tx(s -> s.payments.record("key-1", "h1", notice, i -> "{\"status\":\"" + i.status() + "\"}"));
        clock.advance(Duration.ofHours(1));
        PaymentService.Answer replay = tx(s -> s.payments.record("key-1", "h1", notice,
                i -> "{\"status\":\"" + i.status() + "\",\"paidAt\":\"" + i.paidAt() + "\"}"));
        assertThat(first.replay()).isFalse();
        assertThat(replay.replay()).isTrue();
        assertThat(first.body()).isEqualTo("{\"status\":\"PAID\"}");
        assertThat(replay.body()).as("the invoice the first request paid, paid then").isEqualTo("{\"status\":\"PAID\",\"paidAt\":\"" + T0 + "\"}");
        assertThatThrownBy(() -> tx(s -> s.payments.record("key-1", "other", notice, i -> "{}")))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThatThrownBy(() -> tx(s -> s.payments.record("key-2", "h2", notice, i -> "{}")))
                .as("never applied twice").extracting(e -> ((DomainConflict) e).code()).isEqualTo("INVOICE_ALREADY_PAID");
        List<String> actions = tx(s -> s.history.ofSubject("ORDER", invoice.orderId(), 0, 50).stream().map(h -> h.action()).toList());
        assertThat(actions.stream().filter("PAYMENT_RECEIVED"::equals)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void invoicesFollowTheSitesOwnerAtTheMomentTheyAreIssued(TestDatabase db) {
        start(db);
        long siteId = tx(s -> s.siteService.create(s.user("demo-anna"), agencyId, "Claras Laden Online", null).site().id());
        long id = tx(s -> s.orderPlacement.place(s.user("demo-anna"), website(300_000, siteId))).order().id();
        assertThat(lastInvoice(id).billTo()).isEqualTo(BillTo.agency(agencyId, "Agentur Beispiel"));

        String token = tx(s -> s.transferService.start(s.user("demo-anna"), siteId, "clara@kunde-eins.example", true)).token();
        tx(s -> s.transferService.accept(s.user("demo-clara"), new Answer(token, null)));
        pay(lastInvoice(id));
        deliver("demo-petra", id, 1);
        accept(id, 1);

        List<Invoice> all = invoices(id);
        assertThat(all.get(0).billTo().type()).as("issued ones keep their addressee").isEqualTo(BillTo.Type.AGENCY);
        assertThat(all.get(1).billTo()).as("issued after the transfer: the new owner").isEqualTo(BillTo.account(accountId, "Claras Laden"));
    }

    /** Many people accept the same delivery at the same moment: one wins, the others get a conflict, one invoice. */
    @Test
    void concurrentAcceptancesIssueTheNextInvoiceOnce() throws Exception {
        start(TestDatabase.POSTGRESQL);
        long id = tx(s -> s.orderPlacement.place(s.user("demo-anna"), website(300_000, null))).order().id();
        pay(lastInvoice(id));
        deliver("demo-petra", id, 1);

        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                return tx(s -> s.milestoneWorkflow.accept(s.user("demo-clara"), id, 1));
            }));
        }
        go.countDown();
        int won = 0;
        List<Throwable> lost = new ArrayList<>();
        for (Future<?> f : futures) {
            try {
                f.get();
                won++;
            } catch (ExecutionException e) {
                lost.add(e.getCause());
            }
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(lost).hasSize(threads - 1).allSatisfy(t -> assertThat(t).isInstanceOfAny(DomainConflict.class,
                jakarta.persistence.OptimisticLockException.class, jakarta.persistence.RollbackException.class,
                jakarta.persistence.PersistenceException.class));
        assertThat(invoices(id)).extracting(Invoice::amountMinor).containsExactly(90_000L, 120_000L);
        assertThat(order(id).billedMinor()).isEqualTo(210_000);
        assertThat(order(id).milestone(2).status()).isEqualTo(MilestoneStatus.AWAITING_PAYMENT);
    }
}
