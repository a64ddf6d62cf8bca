package com.partnerhub.service.application;

import jakarta.json.JsonObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import com.partnerhub.service.application.account.Answer;
import com.partnerhub.service.application.account.OpenAccount;
import com.partnerhub.service.application.invoice.PaymentService;
import com.partnerhub.service.application.notification.PortalAccess;
import com.partnerhub.service.application.shared.JsonSupport;
import com.partnerhub.service.application.notification.NotificationSettings;
import com.partnerhub.service.application.notification.OutboundChannel;
import com.partnerhub.service.application.order.PlaceOrder;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.notification.ChannelChoice;
import com.partnerhub.service.domain.notification.Delivery;
import com.partnerhub.service.domain.notification.DeliveryChannel;
import com.partnerhub.service.domain.notification.DeliveryStatus;
import com.partnerhub.service.domain.notification.Notification;
import com.partnerhub.service.domain.notification.NotificationKind;
import com.partnerhub.service.domain.notification.WebhookEndpoint;
import com.partnerhub.service.domain.shared.SecretToken;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.infrastructure.notification.MailChannel;
import com.partnerhub.service.infrastructure.notification.MailSettings;
import com.partnerhub.service.infrastructure.notification.StandardWebhookSignature;
import com.partnerhub.service.infrastructure.notification.WebhookChannel;
import com.partnerhub.service.infrastructure.time.AppClock;
import com.partnerhub.service.testing.Services;
import com.partnerhub.service.testing.TestDatabase;

/** Capability 9: events from the history (the outbox), fanned out to the bell, e-mails and signed webhooks. */
class NotificationsTest {

    private static final NotificationSettings SETTINGS = new NotificationSettings("https://portal.example/hub", "Hoster AG", null,
            "de", 3, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(2), Duration.ofMinutes(10),
            Duration.ofSeconds(5), true);

    private final AppClock clock = new AppClock(Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC));
    private EntityManagerFactory emf;
    private GreenMail smtp;
    private HttpServer receiver;
    private int paymentNo;

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    private <T> T tx(Function<Services, T> work) {
        return Services.inTx(emf, clock, SETTINGS, work);
    }

    private void fanOutAll() {
        for (long id : tx(s -> s.fanOut.pending(500))) {
            tx(s -> s.fanOut.fanOut(id));
        }
    }

    private List<Notification> bell(String who) {
        return tx(s -> s.notificationService.mine(s.user(who), 0, 200).items());
    }

    private List<NotificationKind> kinds(String who) {
        return bell(who).stream().map(Notification::kind).toList();
    }

    private List<Delivery> mails() {
        return tx(s -> s.deliveries.page(null, DeliveryChannel.EMAIL, null, Long.MAX_VALUE, 500));
    }

    private List<Delivery> mailsTo(String address, NotificationKind kind) {
        return mails().stream().filter(d -> d.recipient().equals(address) && d.kind() == kind).toList();
    }

    /** Clara's account with Anna (agency) as a collaborator who may order, and an order of the WEBSITE package. */
    private long[] claraWithAnOrder() {
        long account = tx(s -> s.accountService.open(s.user("demo-clara"),
                new OpenAccount("Claras Laden", null, null, false, null, null, null)).account().id());
        String token = tx(s -> s.invitationService.invite(s.user("demo-clara"), account, "anna@agentur-beispiel.example",
                EnumSet.of(Permission.ORDER_PRODUCTS)).token());
        tx(s -> s.invitationService.accept(s.user("demo-anna"), new Answer(token, null)));
        long websiteId = tx(s -> s.packages.findByCode("WEBSITE").orElseThrow().id());
        long order = tx(s -> s.orderPlacement.place(s.user("demo-anna"), new PlaceOrder(null, account, null, websiteId, "Website",
                100_000, "EUR", null, null, null, Map.of("business", "Blumen", "style", "modern"), true)).order().id());
        return new long[] {account, order};
    }

    private void pay(Invoice invoice) {
        String body = "{\"invoiceNumber\":\"" + invoice.number() + "\"}";
        tx(s -> s.payments.record("pay-" + (++paymentNo), SecretToken.hashOf(body),
                new PaymentService.PaymentNotice(invoice.number(), invoice.amountMinor(), invoice.currency(), "bank"), i -> "{}"));
    }

    private Invoice lastInvoice(long orderId) {
        List<Invoice> all = tx(s -> s.invoices.ofOrder(orderId));
        return all.get(all.size() - 1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachEventReachesItsAudienceOnceInTheirLanguageAndNeverTheOneWhoCausedIt(TestDatabase db) {
        emf = TestDatabase.entityManagerFactory(db.migrated(true));
        long[] ids = claraWithAnOrder();
        long order = ids[1];
        fanOutAll();
        assertThat(this.<Long>tx(s -> s.notifications.countPendingEvents())).as("every event fanned out").isZero();

        assertThat(kinds("demo-anna")).as("the invitee is told; the one who placed the order is not")
                .contains(NotificationKind.INVITATION_RECEIVED).doesNotContain(NotificationKind.ORDER_PLACED);
        assertThat(kinds("demo-ben")).as("the agency's other member").containsExactly(NotificationKind.ORDER_PLACED);
        assertThat(kinds("demo-clara")).as("the customer: her invitation's answer, the order, its first invoice")
                .containsExactlyInAnyOrder(NotificationKind.INVITATION_ACCEPTED, NotificationKind.ORDER_PLACED,
                        NotificationKind.INVOICE_ISSUED);
        assertThat(kinds("demo-nora")).as("another agency hears nothing").isEmpty();
        assertThat(kinds("demo-david")).as("another customer hears nothing").isEmpty();

        Notification invoice = bell("demo-clara").get(0);
        assertThat(invoice.kind()).isEqualTo(NotificationKind.INVOICE_ISSUED);
        assertThat(invoice.title()).as("German, with the amount in German").startsWith("Rechnung ").contains("fällig")
                .contains("300,00");
        assertThat(invoice.orderId()).isEqualTo(order);
        assertThat(invoice.params()).contains("\"link\":\"?view=order&order=" + order + "\"");

        Delivery mail = mailsTo("clara@kunde-eins.example", NotificationKind.INVOICE_ISSUED).get(0);
        assertThat(mail.language()).isEqualTo("de");
        assertThat(mail.subject()).isEqualTo(invoice.title());
        assertThat(mail.body()).contains("Hallo Clara Kundin,").contains("https://portal.example/hub/?view=order&order=" + order)
                .contains("Hoster AG");
        assertThat(mail.html()).contains("<h1").contains("href=\"https://portal.example/hub/?view&#61;order&amp;order&#61;" + order + "\"");
        assertThat(mails()).extracting(Delivery::recipient).as("no mail outside the order's people")
                .doesNotContain("nora@webwerk-nord.example", "david@kunde-zwei.example");

        // a second fan-out of the same events adds nothing
        int before = mails().size();
        fanOutAll();
        assertThat(mails()).hasSize(before);

        // a change that rolls back leaves no event behind
        pay(lastInvoice(order));
        fanOutAll();
        assertThatThrownBy(() -> tx(s -> {
            s.milestoneWorkflow.deliver(s.user("demo-petra"), order, 1, null, null);
            throw new IllegalStateException("rolled back");
        }));
        assertThat(this.<Long>tx(s -> s.notifications.countPendingEvents())).isZero();
    }

    @Test
    void preferencesChooseTheChannelsButTheMailOfAnOfferStays() {
        emf = TestDatabase.entityManagerFactory(TestDatabase.H2.migrated(true));
        tx(s -> s.notificationService.choose(s.user("demo-ben"), Map.of(NotificationKind.ORDER_PLACED, ChannelChoice.PORTAL)));
        assertThatThrownBy(() -> tx(s -> s.notificationService.choose(s.user("demo-anna"),
                Map.of(NotificationKind.INVITATION_RECEIVED, ChannelChoice.PORTAL))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("EMAIL_REQUIRED");
        tx(s -> s.notificationService.choose(s.user("demo-clara"), Map.of(NotificationKind.ORDER_PLACED, ChannelChoice.NONE)));
        claraWithAnOrder();
        fanOutAll();

        assertThat(kinds("demo-ben")).contains(NotificationKind.ORDER_PLACED);
        assertThat(mailsTo("ben@agentur-beispiel.example", NotificationKind.ORDER_PLACED)).as("Ben chose the bell only").isEmpty();
        assertThat(kinds("demo-clara")).doesNotContain(NotificationKind.ORDER_PLACED);
        assertThat(mailsTo("clara@kunde-eins.example", NotificationKind.ORDER_PLACED)).isEmpty();
        assertThat(mailsTo("anna@agentur-beispiel.example", NotificationKind.INVITATION_RECEIVED)).hasSize(1);
        assertThat(this.<Map<NotificationKind, ChannelChoice>>tx(s -> s.notificationService.preferences(s.user("demo-ben")))).containsEntry(NotificationKind.ORDER_PLACED,
                ChannelChoice.PORTAL).containsEntry(NotificationKind.INVOICE_ISSUED, ChannelChoice.BOTH);

        long mine = bell("demo-ben").get(0).id();
        assertThat(this.<Long>tx(s -> s.notificationService.unread(s.user("demo-ben")))).isEqualTo(1);
        assertThatThrownBy(() -> tx(s -> s.notificationService.markRead(s.user("demo-clara"), mine)))
                .as("someone else's notification").isInstanceOf(com.partnerhub.service.application.shared.ResourceNotFound.class);
        tx(s -> s.notificationService.markRead(s.user("demo-ben"), mine));
        assertThat(this.<Long>tx(s -> s.notificationService.unread(s.user("demo-ben")))).isZero();
    }

    @Test
    void aThreadMailsEachPersonAtMostOncePerIntervalAndAnnouncesTheRestLater() {
        emf = TestDatabase.entityManagerFactory(TestDatabase.H2.migrated(true));
        long order = claraWithAnOrder()[1];
        long thread = tx(s -> s.conversationService.ofOrder(s.user("demo-clara"), order).id());
        fanOutAll();
        for (String text : List.of("Erste Frage", "Zweite Frage", "Dritte Frage")) {
            tx(s -> s.conversationService.post(s.user("demo-clara"), thread, text));
        }
        fanOutAll();
        assertThat(bell("demo-ben").stream().filter(n -> n.kind() == NotificationKind.MESSAGE_POSTED)).hasSize(3);
        List<Delivery> ben = mailsTo("ben@agentur-beispiel.example", NotificationKind.MESSAGE_POSTED);
        assertThat(ben).as("one mail while the first still waits").hasSize(1);
        assertThat(ben.get(0).body()).contains("Erste Frage");

        // the first went out; a message five minutes later waits until ten minutes after it
        tx(s -> {
            s.dispatcher.claim(50).forEach(o -> s.dispatcher.record(o.deliveryId(), OutboundChannel.Outcome.sent(null, 1)));
            return null;
        });
        Instant sentAt = clock.instant();
        clock.advance(Duration.ofMinutes(5));
        tx(s -> s.conversationService.post(s.user("demo-clara"), thread, "Vierte Frage"));
        fanOutAll();
        ben = mailsTo("ben@agentur-beispiel.example", NotificationKind.MESSAGE_POSTED);
        assertThat(ben).hasSize(2);
        assertThat(ben.get(0).nextAttemptAt()).isEqualTo(sentAt.plus(Duration.ofMinutes(10)));
        assertThat(this.<List<OutboundChannel.Outgoing>>tx(s -> s.dispatcher.claim(50))).as("not due before the interval ends").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void mailsGoToARealSmtpServerAndFailuresBackOffThenPark(TestDatabase db) throws Exception {
        emf = TestDatabase.entityManagerFactory(db.migrated(true));
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        MailChannel mail = new MailChannel(new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), false, false, null, null,
                "Hoster AG <hub@hoster.example>", Duration.ofSeconds(5)));
        long order = claraWithAnOrder()[1];
        fanOutAll();
        int expected = mails().size();
        sendAll(mail);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(expected);
        MimeMessage toClara = java.util.Arrays.stream(received)
                .filter(m -> recipients(m).contains("clara@kunde-eins.example") && subject(m).startsWith("Rechnung")).findFirst()
                .orElseThrow();
        assertThat(toClara.getContent()).isInstanceOf(MimeMultipart.class);
        MimeMultipart parts = (MimeMultipart) toClara.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat((String) parts.getBodyPart(0).getContent()).contains("https://portal.example/hub/?view=order&order=" + order);
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(toClara.getHeader("Content-Language", null)).isEqualTo("de");
        assertThat(mails()).allMatch(d -> d.status() == DeliveryStatus.SENT);

        // an unreachable server: each failure waits longer, the last one parks the delivery for the admin
        MailChannel down = new MailChannel(new MailSettings("127.0.0.1", freePort(), false, false, null, null, "x@y.example",
                Duration.ofSeconds(2)));
        tx(s -> s.conversationService.post(s.user("demo-clara"), tx(x -> x.conversationService.ofOrder(x.user("demo-clara"), order)
                .id()), "Hallo?"));
        fanOutAll();
        sendAll(down);
        Delivery failing = mails().get(0);
        assertThat(failing.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(failing.attempts()).isEqualTo(1);
        assertThat(failing.lastError()).contains("Exception");
        assertThat(failing.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
        clock.advance(Duration.ofSeconds(31));
        sendAll(down);
        assertThat(tx(s -> s.deliveries.find(failing.id()).orElseThrow()).nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(60));
        clock.advance(Duration.ofSeconds(61));
        sendAll(down);
        assertThat(tx(s -> s.deliveries.find(failing.id()).orElseThrow()).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(tx(s -> s.webhookService.allDeliveries(s.user("demo-admin"), DeliveryStatus.FAILED, null, 0, 50)).items())
                .as("both agency members' mails of the message").hasSize(2).extracting(Delivery::id).contains(failing.id());
        assertThatThrownBy(() -> tx(s -> s.webhookService.allDeliveries(s.user("demo-anna"), null, null, 0, 50)))
                .isInstanceOf(ActionForbidden.class);
        tx(s -> s.webhookService.retry(s.user("demo-admin"), failing.id()));
        sendAll(mail);
        assertThat(tx(s -> s.deliveries.find(failing.id()).orElseThrow()).status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void oneStepTellsOfWhatItBroughtAboutEachKindOnceWithAWebhookIdOfItsOwn() {
        emf = TestDatabase.entityManagerFactory(TestDatabase.H2.migrated(true));
        long agency = tx(s -> s.access.agencyIdsOf(s.user("demo-anna")).iterator().next());
        tx(s -> s.webhookService.register(s.user("demo-anna"), agency, "http://127.0.0.1:9/hook", Set.of(), null));
        long order = claraWithAnOrder()[1];
        // placing the order issued its first invoice: one history entry, two kinds told
        List<String> entries = tx(s -> s.history.ofSubject("ORDER", order, 0, 50).stream().map(h -> h.action()).toList());
        assertThat(entries).containsExactly("ORDER_PLACED");
        fanOutAll();
        List<OutboundChannel.Outgoing> hooks = tx(s -> s.dispatcher.claim(500)).stream()
                .filter(o -> o.channel() == DeliveryChannel.WEBHOOK).filter(o -> o.body().contains("\"orderId\":" + order)).toList();
        assertThat(hooks).extracting(OutboundChannel.Outgoing::kind)
                .containsExactlyInAnyOrder(NotificationKind.ORDER_PLACED, NotificationKind.INVOICE_ISSUED);
        assertThat(hooks).extracting(OutboundChannel.Outgoing::eventId).containsOnly(hooks.get(0).eventId());
        assertThat(hooks).extracting(o -> o.kind().webhookId(o.eventId())).as("receivers drop repeats by webhook-id: each its own")
                .containsExactlyInAnyOrder("msg_" + hooks.get(0).eventId(), "msg_" + hooks.get(0).eventId() + "_invoice.issued");
        assertThat(kinds("demo-clara")).as("the customer is told of each once")
                .containsOnlyOnce(NotificationKind.ORDER_PLACED, NotificationKind.INVOICE_ISSUED);
    }

    @Test
    void aMailWhoseInstanceStoppedMidSendIsNotSentAgainByItselfButAWebhookIs() {
        emf = TestDatabase.entityManagerFactory(TestDatabase.H2.migrated(true));
        long agency = tx(s -> s.access.agencyIdsOf(s.user("demo-anna")).iterator().next());
        tx(s -> s.webhookService.register(s.user("demo-anna"), agency, "http://127.0.0.1:9/hook", Set.of(), null));
        claraWithAnOrder();
        fanOutAll();
        List<OutboundChannel.Outgoing> claimed = tx(s -> s.dispatcher.claim(500));
        assertThat(claimed).extracting(OutboundChannel.Outgoing::channel).contains(DeliveryChannel.EMAIL, DeliveryChannel.WEBHOOK);
        // the instance stops here: nothing recorded. After the lease, the next claim settles them.
        clock.advance(Duration.ofMinutes(3));
        List<OutboundChannel.Outgoing> again = tx(s -> s.dispatcher.claim(500));
        assertThat(again).as("only the webhooks are sent again (receivers drop repeats by webhook-id)")
                .isNotEmpty().allMatch(o -> o.channel() == DeliveryChannel.WEBHOOK);
        assertThat(mails()).allMatch(d -> d.status() == DeliveryStatus.UNCONFIRMED)
                .allMatch(d -> d.lastError().contains("stopped"));
    }

    @Test
    void webhooksAreSignedTheStandardWayRetriedOnAnErrorAndReplayedWithTheSameId() throws Exception {
        emf = TestDatabase.entityManagerFactory(TestDatabase.H2.migrated(true));
        List<Map<String, String>> posts = Collections.synchronizedList(new ArrayList<>());
        List<Integer> answers = Collections.synchronizedList(new ArrayList<>(List.of(500)));
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            posts.add(Map.of("id", exchange.getRequestHeaders().getFirst("webhook-id"),
                    "timestamp", exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    "signature", exchange.getRequestHeaders().getFirst("webhook-signature"), "body", body));
            int status = answers.isEmpty() ? 204 : answers.remove(0);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        long agency = tx(s -> s.access.agencyIdsOf(s.user("demo-anna")).iterator().next());
        long nord = tx(s -> s.access.agencyIdsOf(s.user("demo-nora")).iterator().next());

        assertThatThrownBy(() -> tx(s -> s.webhookService.register(s.user("demo-ben"), agency, url, Set.of(), null)))
                .as("members are not owners").isInstanceOf(ActionForbidden.class);
        assertThatThrownBy(() -> tx(s -> s.webhookService.register(s.user("demo-anna"), nord, url, Set.of(), null)))
                .as("not her agency").isInstanceOf(ActionForbidden.class);
        assertThatThrownBy(() -> tx(s -> s.webhookService.register(s.user("demo-anna"), agency, "ftp://x.example/h", Set.of(), null)))
                .isInstanceOf(ValidationException.class);
        WebhookEndpoint endpoint = tx(s -> s.webhookService.register(s.user("demo-anna"), agency, url,
                Set.of(NotificationKind.ORDER_PLACED), "CRM"));
        tx(s -> s.webhookService.register(s.user("demo-nora"), nord, url + "?nord", Set.of(), null));
        assertThat(endpoint.secret()).startsWith("whsec_");

        claraWithAnOrder();
        fanOutAll();
        WebhookChannel channel = new WebhookChannel(SETTINGS);
        sendAll(channel);
        assertThat(posts).as("only ORDER_PLACED, only to the order's agency").hasSize(1);
        Delivery d = tx(s -> s.webhookService.deliveriesOf(s.user("demo-anna"), endpoint.id(), 0, 10)).items().get(0);
        assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(d.lastStatusCode()).isEqualTo(500);
        assertThat(d.lastDurationMs()).isNotNull();

        clock.advance(Duration.ofSeconds(31));
        sendAll(channel);
        assertThat(posts).hasSize(2);
        tx(s -> s.webhookService.replay(s.user("demo-anna"), endpoint.id(), d.id()));
        sendAll(channel);
        assertThat(posts).hasSize(3);
        for (Map<String, String> post : posts) {
            assertThat(post.get("id")).isEqualTo(posts.get(0).get("id"));
            assertThat(post.get("signature")).isEqualTo(StandardWebhookSignature.sign(endpoint.secret(), post.get("id"),
                    Long.parseLong(post.get("timestamp")), post.get("body")));
            assertThat(post.get("body")).contains("\"type\":\"order.placed\"").contains("\"orderNumber\"");
        }
        Delivery sent = tx(s -> s.deliveries.find(d.id()).orElseThrow());
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.lastStatusCode()).isEqualTo(204);
        assertThatThrownBy(() -> tx(s -> s.webhookService.deliveriesOf(s.user("demo-nora"), endpoint.id(), 0, 10)))
                .isInstanceOf(com.partnerhub.service.application.shared.ResourceNotFound.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thePortalMirrorIsToldWhoGainsAndLosesWhichSitesAndTheCollaboratorIsTold(TestDatabase db) {
        emf = TestDatabase.entityManagerFactory(db.migrated(true));
        WebhookEndpoint mirror = tx(s -> s.webhookService.register(s.user("demo-admin"), null,
                "https://portal.example/o/partner-hub-events", Set.copyOf(PortalAccess.KINDS), "Liferay"));
        long agency = tx(s -> s.access.agencyIdsOf(s.user("demo-anna")).iterator().next());
        long anna = tx(s -> s.user("demo-anna").id());
        long account = tx(s -> s.accountService.open(s.user("demo-clara"),
                new OpenAccount("Claras Laden", null, null, false, null, null, null)).account().id());
        String invitation = tx(s -> s.invitationService.invite(s.user("demo-clara"), account, "anna@agentur-beispiel.example",
                EnumSet.of(Permission.ORDER_PRODUCTS)).token());
        tx(s -> s.invitationService.accept(s.user("demo-anna"), new Answer(invitation, null)));
        fanOutAll();
        long site = tx(s -> s.siteService.create(s.user("demo-anna"), agency, "Blumen Müller", "blumen.example").site().id());
        String offer = tx(s -> s.transferService.start(s.user("demo-anna"), site, "clara@kunde-eins.example", true).token());
        tx(s -> s.transferService.accept(s.user("demo-clara"), new Answer(offer, null)));
        fanOutAll();
        tx(s -> s.accountService.setPermissions(s.user("demo-clara"), account, anna, EnumSet.of(Permission.VIEW_INVOICES)));
        tx(s -> {
            s.accountService.removeMember(s.user("demo-clara"), account, anna);
            return null;
        });
        fanOutAll();

        Map<String, JsonObject> byType = new java.util.HashMap<>();
        for (Delivery d : tx(s -> s.webhookService.deliveriesOf(s.user("demo-admin"), mirror.id(), 0, 50)).items()) {
            JsonObject body = JsonSupport.parse(d.body());
            byType.put(body.getString("type"), body.getJsonObject("data").getJsonObject("access"));
        }
        assertThat(byType).containsOnlyKeys("invitation.accepted", "transfer.accepted", "collaborator.changed",
                "collaborator.removed");

        JsonObject added = byType.get("invitation.accepted");
        assertThat(added.getJsonArray("sites")).as("Clara's account had no site yet").isEmpty();
        assertThat(added.getJsonArray("revoke")).isEmpty();
        assertThat(added.getJsonArray("grant").toString())
                .isEqualTo("[{\"email\":\"anna@agentur-beispiel.example\",\"siteRole\":\"COLLABORATOR\",\"permissions\":[\"ORDER_PRODUCTS\"]}]");

        JsonObject handedOver = byType.get("transfer.accepted");
        assertThat(handedOver.getJsonArray("sites").getJsonObject(0).getString("domain")).isEqualTo("blumen.example");
        assertThat(handedOver.getJsonArray("sites").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(site);
        assertThat(handedOver.getJsonArray("grant").toString()).as("the new owner, and Anna who stays as collaborator")
                .contains("{\"email\":\"clara@kunde-eins.example\",\"siteRole\":\"OWNER\"")
                .contains("{\"email\":\"anna@agentur-beispiel.example\",\"siteRole\":\"COLLABORATOR\","
                        + "\"permissions\":[\"ORDER_PRODUCTS\",\"CONTACT_SUPPORT\",\"EDIT_SITE\"]}");
        assertThat(handedOver.getJsonArray("revoke").toString()).as("the agency's other people lose ownership, stay members")
                .isEqualTo("[{\"email\":\"ben@agentur-beispiel.example\",\"keepMembership\":true}]");

        assertThat(byType.get("collaborator.changed").getJsonArray("grant").toString())
                .contains("\"permissions\":[\"VIEW_INVOICES\"]");
        assertThat(byType.get("collaborator.changed").getJsonArray("sites")).hasSize(1);
        JsonObject removed = byType.get("collaborator.removed");
        assertThat(removed.getJsonArray("grant")).isEmpty();
        assertThat(removed.getJsonArray("revoke").toString())
                .isEqualTo("[{\"email\":\"anna@agentur-beispiel.example\",\"keepMembership\":false}]");

        assertThat(kinds("demo-anna")).as("the collaborator is told of both changes")
                .contains(NotificationKind.COLLABORATOR_CHANGED, NotificationKind.COLLABORATOR_REMOVED);
        assertThat(bell("demo-anna").stream().filter(n -> n.kind() == NotificationKind.COLLABORATOR_REMOVED).findFirst()
                .orElseThrow().title()).as("in her profile's language").isEqualTo("Sie haben keinen Zugriff mehr auf Claras Laden");
        assertThat(kinds("demo-clara")).as("the one who changed it is not").doesNotContain(
                NotificationKind.COLLABORATOR_CHANGED, NotificationKind.COLLABORATOR_REMOVED);
    }

    @Test
    void anAddressThatIsNoAddressIsParkedAtOnceAndAHangingEndpointTimesOut() throws Exception {
        emf = TestDatabase.entityManagerFactory(TestDatabase.H2.migrated(true));
        claraWithAnOrder();
        fanOutAll();
        MailChannel mail = new MailChannel(new MailSettings("127.0.0.1", freePort(), false, false, null, null, "x@y.example",
                Duration.ofSeconds(2)));
        OutboundChannel.Outgoing first = tx(s -> s.dispatcher.claim(1)).get(0);
        OutboundChannel.Outcome outcome = mail.send(new OutboundChannel.Outgoing(first.deliveryId(), first.eventId(),
                DeliveryChannel.EMAIL, "clara at kunde-eins", "de", "Betreff", "Text", null, null, null, NotificationKind.ORDER_PLACED));
        assertThat(outcome.sent()).isFalse();
        assertThat(outcome.hopeless()).as("no server is asked").isTrue();
        tx(s -> {
            s.dispatcher.record(first.deliveryId(), outcome);
            return null;
        });
        Delivery parked = tx(s -> s.deliveries.find(first.deliveryId()).orElseThrow());
        assertThat(parked.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(parked.attempts()).isEqualTo(1);
        assertThat(parked.lastError()).contains("not a deliverable address");

        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.start();
        NotificationSettings impatient = new NotificationSettings(SETTINGS.portalUrl(), SETTINGS.providerName(), null, "de", 3,
                Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofSeconds(1), true);
        OutboundChannel.Outcome slow = new WebhookChannel(impatient).send(new OutboundChannel.Outgoing(1, 1, DeliveryChannel.WEBHOOK,
                "x", "en", "order.placed", "{}", null, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/slow",
                "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]), NotificationKind.ORDER_PLACED));
        assertThat(slow.sent()).isFalse();
        assertThat(slow.hopeless()).as("tried again later").isFalse();
        assertThat(slow.error()).contains("Timeout");
        assertThat(slow.durationMs()).isBetween(900L, 2_900L);
    }

    @Test
    void thePortalsBellGetsEachNotificationUntilItIsAcknowledged() {
        emf = TestDatabase.entityManagerFactory(TestDatabase.H2.migrated(true));
        claraWithAnOrder();
        fanOutAll();
        assertThatThrownBy(() -> tx(s -> s.notificationService.toRelay(s.user("demo-anna"), 50)))
                .isInstanceOf(ActionForbidden.class);
        var first = tx(s -> s.notificationService.toRelay(s.user("demo-admin"), 50));
        assertThat(first).extracting(r -> r.email()).contains("clara@kunde-eins.example", "ben@agentur-beispiel.example");
        assertThat(first.size()).isEqualTo(tx(s -> s.notifications.of(s.user("demo-clara").id(), Long.MAX_VALUE, 200).size()
                + s.notifications.of(s.user("demo-ben").id(), Long.MAX_VALUE, 200).size()
                + s.notifications.of(s.user("demo-anna").id(), Long.MAX_VALUE, 200).size()));
        List<Long> some = first.stream().limit(2).map(r -> r.notification().id()).toList();
        assertThat(this.<Integer>tx(s -> s.notificationService.relayed(s.user("demo-admin"), some))).isEqualTo(2);
        assertThat(this.<List<com.partnerhub.service.domain.notification.NotificationRepository.Relayable>>tx(s -> s.notificationService.toRelay(s.user("demo-admin"), 50))).hasSize(first.size() - 2)
                .noneMatch(r -> some.contains(r.notification().id()));
    }

    @Test
    void aDeliveryWaitingForReviewRemindsTheCustomerTwoDaysAndOneDayBefore() {
        emf = TestDatabase.entityManagerFactory(TestDatabase.H2.migrated(true));
        long order = claraWithAnOrder()[1];
        pay(lastInvoice(order));
        tx(s -> s.milestoneWorkflow.deliver(s.user("demo-petra"), order, 1, null, null));
        fanOutAll();
        assertThat(kinds("demo-clara")).contains(NotificationKind.MILESTONE_DELIVERED, NotificationKind.PAYMENT_RECEIVED);
        assertThat(kinds("demo-ben")).contains(NotificationKind.PAYMENT_RECEIVED);

        assertThat(this.<java.util.Optional<Long>>tx(s -> s.milestoneWorkflow.remindNextDueReview())).as("eight days left").isEmpty();
        clock.advance(Duration.ofDays(6).plusHours(1));
        assertThat(this.<java.util.Optional<Long>>tx(s -> s.milestoneWorkflow.remindNextDueReview())).isPresent();
        assertThat(this.<java.util.Optional<Long>>tx(s -> s.milestoneWorkflow.remindNextDueReview())).as("once per stage").isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(this.<java.util.Optional<com.partnerhub.service.application.job.JobProcessor.Ran>>tx(s -> s.jobProcessor.runNext("test"))).isPresent();
        fanOutAll();
        List<Notification> reminders = bell("demo-clara").stream().filter(n -> n.kind() == NotificationKind.REVIEW_REMINDER).toList();
        assertThat(reminders).hasSize(2);
        assertThat(reminders.get(0).title()).startsWith("Erinnerung:");
        assertThat(kinds("demo-ben")).doesNotContain(NotificationKind.REVIEW_REMINDER);

        tx(s -> s.milestoneWorkflow.requestRevision(s.user("demo-clara"), order, 1, "Bitte die Farben anpassen"));
        fanOutAll();
        assertThat(kinds("demo-petra")).as("the provider builds this milestone").contains(NotificationKind.REVISION_REQUESTED);
        assertThat(kinds("demo-ben")).contains(NotificationKind.REVISION_REQUESTED);
    }

    private void sendAll(OutboundChannel channel) {
        List<OutboundChannel.Outgoing> claimed = tx(s -> s.dispatcher.claim(500));
        for (OutboundChannel.Outgoing o : claimed) {
            OutboundChannel.Outcome outcome = o.channel() == channel.channel() ? channel.send(o)
                    : OutboundChannel.Outcome.failed(null, 0, "not this test's channel");
            tx(s -> {
                s.dispatcher.record(o.deliveryId(), outcome);
                return null;
            });
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String recipients(MimeMessage m) {
        try {
            return java.util.Arrays.toString(m.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
