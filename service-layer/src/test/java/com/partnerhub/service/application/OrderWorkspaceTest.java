package com.partnerhub.service.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.partnerhub.service.application.account.Answer;
import com.partnerhub.service.application.account.OpenAccount;
import com.partnerhub.service.application.invoice.PaymentService;
import com.partnerhub.service.application.job.JobProcessor;
import com.partnerhub.service.application.order.Brief;
import com.partnerhub.service.application.order.DocumentRefused;
import com.partnerhub.service.application.order.DocumentService;
import com.partnerhub.service.application.order.DocumentStore;
import com.partnerhub.service.application.order.PlaceOrder;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.Deadlines;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.catalogue.ActingParty;
import com.partnerhub.service.domain.conversation.Message;
import com.partnerhub.service.domain.conversation.MessageKind;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.job.JobKind;
import com.partnerhub.service.domain.order.ContactRepository;
import com.partnerhub.service.domain.order.HoldReason;
import com.partnerhub.service.domain.order.MilestonePlan;
import com.partnerhub.service.domain.order.MilestoneStatus;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderDocument;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.SecretToken;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.infrastructure.storage.FileDocumentStore;
import com.partnerhub.service.infrastructure.time.AppClock;
import com.partnerhub.service.testing.OrderFixtures;
import com.partnerhub.service.testing.Services;
import com.partnerhub.service.testing.TestDatabase;

/** Capabilities 2, 3, 5 and 8: the brief, documents, the document deadline and holding, notes, contacts. */
class OrderWorkspaceTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private final AppClock clock = new AppClock(Clock.fixed(T0, ZoneOffset.UTC));
    private EntityManagerFactory emf;
    private long accountId;
    private long websiteId;
    private int paymentNo;

    private void start(TestDatabase db) {
        emf = TestDatabase.entityManagerFactory(db.migrated(true));
        accountId = OrderFixtures.claraWithAnna(emf, clock);
        websiteId = tx(s -> s.packages.findByCode("WEBSITE").orElseThrow().id());
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

    private long website(Map<String, String> answers, Integer documentDays) {
        return tx(s -> s.orderPlacement.place(s.user("demo-anna"), new PlaceOrder(null, accountId, null, websiteId, "Website Claras Laden",
                300_000, "EUR", null, null, null, answers, true, documentDays))).order().id();
    }

    private long offer() {
        return tx(s -> s.orderPlacement.place(s.user("demo-anna"), new PlaceOrder(null, accountId, null, null, "Angebot", 100_000,
                "EUR", true, null, List.of(plan("Konzept"), plan("Umsetzung")), Map.of(), true))).order().id();
    }

    private static MilestonePlan plan(String name) {
        return new MilestonePlan(name, null, ActingParty.AGENCY, 10, 50, 2, List.of());
    }

    private Order order(long id) {
        return tx(s -> s.orders.find(id).orElseThrow());
    }

    private void payLast(long orderId) {
        List<Invoice> all = tx(s -> s.invoices.ofOrder(orderId));
        OrderFixtures.pay(emf, clock, all.get(all.size() - 1), String.valueOf(++paymentNo));
    }

    private List<String> actions(long orderId) {
        return tx(s -> s.history.ofSubject("ORDER", orderId, 0, 500)).stream().map(HistoryEntry::action).toList();
    }

    private OrderDocument upload(String who, long orderId, String question, String name, byte[] content) {
        DocumentStore.Stored stored = tx(s -> {
            s.documents.prepareUpload(s.user(who), orderId, question);
            return s.documents.receive(new ByteArrayInputStream(content), OrderDocument.safeFileName(name));
        });
        return tx(s -> s.documents.record(s.user(who), orderId, question, name, stored));
    }

    private static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            + "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a0c9b4a70000000049454e44ae426082");

    /**
     * The first payment and the brief's completion overlap: a payment writes only its milestone, so completing the brief
     * writes that milestone too — the one that commits second fails on its version, and its retry starts the work.
     * Without that, both would commit and the paid milestone would never start.
     */
    @org.junit.jupiter.api.Test
    void theFirstPaymentOverlappingTheBriefsCompletionStillStartsTheWork() {
        start(TestDatabase.H2);
        long id = website(Map.of("style", "modern"), null);
        Invoice first = tx(s -> s.invoices.ofOrder(id)).get(0);
        jakarta.persistence.EntityManager paying = emf.createEntityManager();
        jakarta.persistence.EntityManager briefing = emf.createEntityManager();
        try {
            paying.getTransaction().begin();
            new Services(paying, clock, Deadlines.defaults()).payments.record("overlap", "h", new PaymentService.PaymentNotice(
                    first.number(), first.amountMinor(), first.currency(), "bank"), i -> "{}");
            briefing.getTransaction().begin();
            Services s = new Services(briefing, clock, Deadlines.defaults());
            s.workspace.reviseBrief(s.user("demo-clara"), id, Map.of("business", "Blumenladen", "style", "modern"));
            briefing.getTransaction().commit();
            assertThatThrownBy(() -> paying.getTransaction().commit()).as("the payment saw the brief still missing")
                    .isInstanceOf(jakarta.persistence.RollbackException.class);
        } finally {
            paying.close();
            briefing.close();
        }
        OrderFixtures.pay(emf, clock, first, "overlap"); // the billing system tries again
        assertThat(order(id).milestone(1).status()).as("paid and the brief complete: work started").isEqualTo(MilestoneStatus.IN_PROGRESS);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theBriefIsShownEditedWithVersionsAndHoldsTheFirstMilestoneUntilComplete(TestDatabase db) {
        start(db);
        long id = website(Map.of("style", "modern"), null);
        Order placed = order(id);
        assertThat(placed.awaitingBrief()).as("the business question is required and unanswered").isTrue();
        assertThat(placed.milestone(1).status()).as("billed as always").isEqualTo(MilestoneStatus.AWAITING_PAYMENT);
        Brief brief = tx(s -> s.workspace.brief(s.user("demo-clara"), id));
        assertThat(brief.missing()).containsExactly("business");
        assertThat(brief.mayEdit()).isTrue();
        assertThat(brief.questions()).extracting(q -> q.key()).containsExactly("business", "style", "logo", "pages");

        payLast(id);
        assertThat(order(id).milestone(1).status()).as("paid, but the brief is incomplete: work does not start")
                .isEqualTo(MilestoneStatus.AWAITING_PAYMENT);
        assertThat(order(id).milestone(1).paidAt()).isNotNull();

        assertThatThrownBy(() -> tx(s -> s.workspace.reviseBrief(s.user("demo-clara"), id, Map.of("style", "barock"))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> tx(s -> s.workspace.reviseBrief(s.user("demo-clara"), id, Map.of("logo", "logo.png"))))
                .as("a file question takes a document, not a typed reference").isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(v -> v.code()).containsExactly("UPLOAD_A_FILE"));
        assertThatThrownBy(() -> tx(s -> s.workspace.reviseBrief(s.user("demo-petra"), id, Map.of("business", "x"))))
                .as("provider staff do not write the customer's brief").isInstanceOf(ActionForbidden.class);

        clock.advance(Duration.ofHours(3));
        tx(s -> s.workspace.reviseBrief(s.user("demo-clara"), id, Map.of("business", "Blumenladen", "style", "modern")));
        Order started = order(id);
        assertThat(started.awaitingBrief()).isFalse();
        assertThat(started.milestone(1).status()).as("paid and complete: work starts").isEqualTo(MilestoneStatus.IN_PROGRESS);
        tx(s -> s.workspace.reviseBrief(s.user("demo-anna"), id, Map.of("business", "Blumen und Pflanzen", "style", "klassisch")));

        Brief after = tx(s -> s.workspace.brief(s.user("demo-anna"), id));
        assertThat(after.answers()).containsEntry("business", "Blumen und Pflanzen").containsEntry("style", "klassisch");
        assertThat(after.order().briefVersion()).isEqualTo(3);
        assertThat(after.versions()).as("every change kept, newest first, with who made it").hasSize(2)
                .extracting(HistoryEntry::actorId).containsExactly(tx(s -> s.user("demo-anna").id()), tx(s -> s.user("demo-clara").id()));
        assertThat(after.versions().get(1).beforeState()).contains("\"style\":\"modern\"").doesNotContain("Blumenladen");
        assertThat(after.versions().get(1).afterState()).contains("\"business\":\"Blumenladen\"");
        assertThat(actions(id)).contains("BRIEF_REVISED", "BRIEF_COMPLETED");

        tx(s -> s.milestoneWorkflow.deliver(s.user("demo-petra"), id, 1, null, null));
        assertThatThrownBy(() -> tx(s -> s.workspace.reviseBrief(s.user("demo-clara"), id, Map.of("business", "Gärtnerei", "style", "modern"))))
                .as("after the first delivery the brief is fixed").extracting(e -> ((DomainConflict) e).code()).isEqualTo("BRIEF_LOCKED");
        assertThat(tx(s -> s.workspace.brief(s.user("demo-clara"), id)).mayEdit()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRequiredFileQuestionIsAnsweredByUploadingADocument(TestDatabase db) {
        start(db);
        // a package asking for a logo file (required): its questions, as the admin could define them
        long id = offer();
        assertThat(order(id).awaitingBrief()).as("an offer asks nothing").isFalse();
        long web = website(Map.of("business", "Blumenladen", "style", "modern"), null);
        OrderDocument logo = upload("demo-clara", web, "logo", "../../etc/Logo\u0000\u202e.png", PNG);
        assertThat(logo.fileName()).as("no folders, no control or direction characters").isEqualTo("Logo.png");
        assertThat(logo.questionKey()).isEqualTo("logo");
        assertThat(logo.mediaType()).isEqualTo("image/png");
        assertThatThrownBy(() -> upload("demo-clara", web, "business", "a.png", PNG)).as("business is not a file question")
                .isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void documentsAreStoredWithTheirChecksumCheckedOnTheWayOutAndRefusedByContent(TestDatabase db) throws Exception {
        start(db);
        long id = website(Map.of("business", "Blumenladen", "style", "modern"), null);
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        OrderDocument doc = upload("demo-clara", id, null, "Texte.pdf", pdf);
        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.sizeBytes()).isEqualTo(pdf.length);
        assertThat(doc.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        DocumentService.Download d = tx(s -> s.documents.open(s.user("demo-anna"), id, doc.id()));
        try (InputStream in = d.content()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(this.<List<OrderDocument>>tx(s -> s.documents.list(s.user("demo-petra"), id))).extracting(OrderDocument::fileName).containsExactly("Texte.pdf");
        assertThatThrownBy(() -> tx(s -> s.documents.open(s.user("demo-nora"), id, doc.id()))).isInstanceOf(ResourceNotFound.class);
        assertThatThrownBy(() -> tx(s -> s.documents.open(s.user("demo-anna"), id, doc.id() + 1000))).isInstanceOf(ResourceNotFound.class);

        long filesBefore = files();
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThatThrownBy(() -> upload("demo-clara", id, null, "Rechnung.pdf", exe)).as("a program called .pdf is refused by its content")
                .isInstanceOf(DocumentRefused.class).extracting(e -> ((DocumentRefused) e).code()).isEqualTo("DOCUMENT_TYPE_NOT_ALLOWED");
        byte[] text = "Nur Text, kein PDF".getBytes(StandardCharsets.UTF_8);
        assertThat(upload("demo-clara", id, null, "Text.pdf", text).mediaType()).as("the name does not make text a PDF").isEqualTo("text/plain");
        filesBefore++;
        FileDocumentStore small = new FileDocumentStore(Services.DOCUMENT_FOLDER, 1000, FileDocumentStore.DEFAULT_TYPES);
        assertThatThrownBy(() -> small.store(new ByteArrayInputStream(new byte[5000]), "gross.txt"))
                .extracting(e -> ((DocumentRefused) e).code()).isEqualTo("DOCUMENT_TOO_LARGE");
        assertThatThrownBy(() -> small.store(new ByteArrayInputStream(new byte[0]), "leer.txt"))
                .extracting(e -> ((DocumentRefused) e).code()).isEqualTo("DOCUMENT_EMPTY");
        InputStream cutOff = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() throws IOException {
                if (--left < 0) {
                    throw new IOException("connection reset");
                }
                return 'a';
            }
        };
        assertThatThrownBy(() -> small.store(cutOff, "abgebrochen.txt")).extracting(e -> ((DocumentRefused) e).code())
                .isIn("DOCUMENT_INCOMPLETE", "DOCUMENT_TOO_LARGE");
        assertThat(files()).as("refused and cut-off uploads leave no file").isEqualTo(filesBefore);
        assertThat(this.<List<OrderDocument>>tx(s -> s.documents.list(s.user("demo-anna"), id))).as("nor a row").hasSize(2);

        Path stored = Services.DOCUMENT_FOLDER.resolve(doc.storageKey());
        Files.write(stored, "%PDF-1.4 tampered".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> tx(s -> s.documents.open(s.user("demo-anna"), id, doc.id())))
                .as("a damaged file is never handed out").extracting(e -> ((DocumentRefused) e).code()).isEqualTo("DOCUMENT_DAMAGED");
        assertThatThrownBy(() -> upload("demo-emil", id, null, "x.png", PNG)).as("a collaborator without CHANGE_SPECS")
                .isInstanceOfAny(ActionForbidden.class, ResourceNotFound.class);
    }

    private static long files() throws IOException {
        try (var walk = Files.walk(Services.DOCUMENT_FOLDER)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMilestoneOnHoldForFiveDaysIsAutoAcceptedEightDaysOfRunningTimeAfterItsDelivery(TestDatabase db) {
        start(db);
        long id = offer();
        payLast(id);
        tx(s -> s.milestoneWorkflow.deliver(s.user("demo-ben"), id, 1, "Der Entwurf ist fertig", "https://staging.example/claras-laden"));
        Instant deliveredAt = clock.instant();
        clock.advance(Duration.ofDays(1));
        tx(s -> s.workspace.hold(s.user("demo-anna"), id));
        assertThat(order(id).nextDueAt(clock.instant())).as("nothing is due while held").isNull();
        assertThat(order(id).isOverdue(clock.instant().plus(Duration.ofDays(30)))).isFalse();
        assertThatThrownBy(() -> tx(s -> s.workspace.hold(s.user("demo-anna"), id))).extracting(e -> ((DomainConflict) e).code())
                .isEqualTo("ORDER_ON_HOLD");
        assertThatThrownBy(() -> tx(s -> s.workspace.resume(s.user("demo-clara"), id))).isInstanceOf(ActionForbidden.class);
        clock.advance(Duration.ofDays(5));
        tx(s -> s.workspace.resume(s.user("demo-anna"), id));
        Order resumed = order(id);
        assertThat(resumed.milestone(1).reviewDueAt()).isEqualTo(deliveredAt.plus(Duration.ofDays(8 + 5)));
        assertThat(resumed.heldSeconds()).isEqualTo(Duration.ofDays(5).getSeconds());
        clock.advance(Duration.ofDays(3)); // 9 days after the delivery: the window without the hold would have run out
        assertThat(runJobs()).as("the five days held do not count").isEmpty();

        clock.advance(Duration.ofDays(4).minusMinutes(1)); // 8 days of running time after delivery, minus a minute
        assertThat(runJobs()).as("not before 8 days of running time").doesNotContain(JobKind.MILESTONE_AUTO_ACCEPTANCE);
        assertThat(order(id).milestone(1).status()).isEqualTo(MilestoneStatus.DELIVERED);
        clock.advance(Duration.ofMinutes(1));
        assertThat(runJobs()).contains(JobKind.MILESTONE_AUTO_ACCEPTANCE);
        assertThat(order(id).milestone(1).status()).isEqualTo(MilestoneStatus.ACCEPTED);
        assertThat(actions(id)).containsSubsequence("MILESTONE_DELIVERED", "ORDER_HELD", "ORDER_RESUMED", "MILESTONE_AUTO_ACCEPTED");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void lateDocumentsHoldTheOrderShiftItsDatesAndTheirArrivalResumesIt(TestDatabase db) {
        start(db);
        long id = website(Map.of("business", "Blumenladen", "style", "modern"), 5);
        payLast(id);
        Order placed = order(id);
        assertThat(placed.documentsDueAt()).isEqualTo(T0.plus(Duration.ofDays(5)));
        Instant expected = placed.expectedDeliveryAt(clock.instant());
        Instant plannedEnd = placed.schedule(clock.instant()).get(0).end();

        clock.advance(Duration.ofDays(3).plusHours(1));
        assertThat(runJobs()).containsExactly(JobKind.DOCUMENTS_REMINDER);
        assertThat(runJobs()).as("reminded once").isEmpty();
        clock.advance(Duration.ofDays(2));
        assertThat(runJobs()).containsExactly(JobKind.DOCUMENT_DEADLINE);
        Order held = order(id);
        assertThat(held.holdReason()).isEqualTo(HoldReason.DOCUMENTS_LATE);
        assertThat(held.isStale(clock.instant().plus(Duration.ofDays(10)))).as("a held order is not stale").isFalse();
        assertThatThrownBy(() -> tx(s -> s.milestoneWorkflow.deliver(s.user("demo-petra"), id, 1, null, null)))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("ORDER_ON_HOLD");

        clock.advance(Duration.ofDays(4));
        upload("demo-clara", id, null, "Texte.txt", "Über uns: seit 1990".getBytes(StandardCharsets.UTF_8));
        Order resumed = order(id);
        assertThat(resumed.onHoldSince()).as("the documents arrived: it runs again").isNull();
        Duration held4 = Duration.ofDays(4);
        assertThat(resumed.schedule(clock.instant()).get(0).end()).as("the running milestone ends later by the time held")
                .isEqualTo(plannedEnd.plus(held4));
        assertThat(resumed.expectedDeliveryAt(clock.instant())).isAfterOrEqualTo(expected.plus(held4));
        assertThat(resumed.nextDueAt(clock.instant())).as("the running milestone's due date moved by the time held")
                .isEqualTo(plannedEnd.plus(held4));
        assertThat(actions(id)).containsSubsequence("DOCUMENTS_REMINDER", "ORDER_HELD", "DOCUMENT_UPLOADED", "ORDER_RESUMED");
        clock.advance(Duration.ofDays(30));
        assertThat(runJobs()).as("documents received: never held again for them").doesNotContain(JobKind.DOCUMENT_DEADLINE);
    }

    private List<JobKind> runJobs() {
        List<JobKind> ran = new java.util.ArrayList<>();
        Optional<JobProcessor.Ran> next;
        while ((next = tx(s -> s.jobProcessor.runNext("test"))).isPresent()) {
            if (next.get().kind() != JobKind.REVIEW_REMINDER) {
                ran.add(next.get().kind());
            }
        }
        return ran;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDeliveryCarriesANoteAndALinkAndARevisionAReasonIntoTheThreadAndTheHistory(TestDatabase db) {
        start(db);
        long id = offer();
        payLast(id);
        assertThatThrownBy(() -> tx(s -> s.milestoneWorkflow.deliver(s.user("demo-ben"), id, 1, null, "javascript:alert(1)")))
                .isInstanceOf(ValidationException.class);
        tx(s -> s.milestoneWorkflow.deliver(s.user("demo-ben"), id, 1, "Entwurf fertig", "https://staging.example/claras-laden"));
        assertThat(order(id).milestone(1).deliveryNote()).isEqualTo("Entwurf fertig");
        assertThatThrownBy(() -> tx(s -> s.milestoneWorkflow.requestRevision(s.user("demo-clara"), id, 1, "  ")))
                .as("a revision needs a reason").isInstanceOf(ValidationException.class);
        assertThat(order(id).milestone(1).status()).as("and nothing changed").isEqualTo(MilestoneStatus.DELIVERED);
        tx(s -> s.milestoneWorkflow.requestRevision(s.user("demo-clara"), id, 1, "Bitte das Logo größer"));
        long thread = order(id).conversationId();
        List<Message> messages = tx(s -> s.conversationService.messages(s.user("demo-anna"), thread, 0, 50).items());
        assertThat(messages).extracting(Message::kind, Message::milestone, Message::body).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MessageKind.DELIVERY, 1, "Entwurf fertig\nhttps://staging.example/claras-laden"),
                org.assertj.core.groups.Tuple.tuple(MessageKind.REVISION_REQUEST, 1, "Bitte das Logo größer"));
        List<HistoryEntry> history = tx(s -> s.history.ofSubject("ORDER", id, 0, 100));
        assertThat(history).filteredOn(h -> h.action().equals("MILESTONE_DELIVERED")).singleElement()
                .satisfies(h -> assertThat(h.afterState()).contains("Entwurf fertig", "https://staging.example/claras-laden"));
        assertThat(history).filteredOn(h -> h.action().equals("REVISION_REQUESTED")).singleElement()
                .satisfies(h -> assertThat(h.afterState()).contains("Bitte das Logo größer"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void privateNotesAreTheAgencysAlone(TestDatabase db) {
        start(db);
        long id = offer();
        tx(s -> s.workspace.addNote(s.user("demo-anna"), id, "Kundin zahlt meist spät"));
        tx(s -> s.workspace.addNote(s.user("demo-ben"), id, "Logo liegt im Ordner"));
        assertThat(tx(s -> s.workspace.notes(s.user("demo-ben"), id, 0, 10)).items()).extracting(n -> n.body())
                .containsExactly("Logo liegt im Ordner", "Kundin zahlt meist spät");
        for (String other : List.of("demo-clara", "demo-petra", "demo-admin")) {
            assertThatThrownBy(() -> tx(s -> s.workspace.notes(s.user(other), id, 0, 10))).as(other)
                    .isInstanceOf(ActionForbidden.class);
            assertThatThrownBy(() -> tx(s -> s.workspace.addNote(s.user(other), id, "x"))).as(other).isInstanceOf(ActionForbidden.class);
        }
        assertThatThrownBy(() -> tx(s -> s.workspace.notes(s.user("demo-nora"), id, 0, 10))).isInstanceOf(ResourceNotFound.class);
        assertThatThrownBy(() -> tx(s -> s.workspace.addNote(s.user("demo-anna"), id, "x".repeat(4001))))
                .isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theContactsAddUpTheAgencysOrdersPerCustomer(TestDatabase db) {
        start(db);
        long a = offer();
        offer();
        payLast(a);
        long agencyId = order(a).agencyId();
        List<ContactRepository.Contact> contacts = tx(s -> s.contacts.contacts(s.user("demo-anna"), agencyId, "laden",
                ContactRepository.Sort.BILLED, true, 0, 10)).items();
        assertThat(contacts).singleElement().satisfies(c -> {
            assertThat(c.accountName()).isEqualTo("Claras Laden");
            assertThat(c.orders()).isEqualTo(2);
            assertThat(c.completedOrders()).isZero();
            assertThat(c.billedMinor()).isEqualTo(100_000);
            assertThat(c.lastOrderAt()).isEqualTo(T0);
            assertThat(c.conversationId()).isNotNull();
        });
        assertThat(tx(s -> s.contacts.contacts(s.user("demo-anna"), agencyId, "100%_", ContactRepository.Sort.NAME, false, 0, 10))
                .items()).as("wildcards are searched for literally").isEmpty();
        assertThatThrownBy(() -> tx(s -> s.contacts.contacts(s.user("demo-clara"), agencyId, null, ContactRepository.Sort.NAME, false, 0, 10)))
                .isInstanceOf(ResourceNotFound.class);
    }
}
