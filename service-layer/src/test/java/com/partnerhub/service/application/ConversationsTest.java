package com.partnerhub.service.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.partnerhub.service.application.account.Answer;
import com.partnerhub.service.application.account.OpenAccount;
import com.partnerhub.service.application.order.PlaceOrder;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.conversation.Conversation;
import com.partnerhub.service.domain.conversation.Message;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.infrastructure.time.AppClock;
import com.partnerhub.service.testing.Services;
import com.partnerhub.service.testing.TestDatabase;

/** Capability 2: a thread with every order, and no unsolicited conversations from agencies (seed 004). */
class ConversationsTest {

    private final AppClock clock = new AppClock(Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC));
    private EntityManagerFactory emf;

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private <T> T tx(Function<Services, T> work) {
        return Services.inTx(emf, clock, work);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyOrderHasItsThreadAndAgenciesDoNotWriteFirst(TestDatabase db) {
        emf = TestDatabase.entityManagerFactory(db.migrated(true));
        long clara = tx(s -> s.accountService.open(s.user("demo-clara"), new OpenAccount("Claras Laden", null, null, false, null, null, null))
                .account().id());
        long david = tx(s -> s.accountService.open(s.user("demo-david"), new OpenAccount("Davids Werkstatt", null, null, false, null, null, null))
                .account().id());
        long beispiel = tx(s -> s.access.agencyIdsOf(s.user("demo-anna")).iterator().next());
        long nord = tx(s -> s.access.agencyIdsOf(s.user("demo-nora")).iterator().next());

        assertThatThrownBy(() -> tx(s -> s.conversationService.start(s.user("demo-nora"), nord, david, "Angebot", "Hallo David")))
                .as("no unsolicited mail from agencies").isInstanceOf(DomainConflict.class)
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("NO_CONTACT_YET");
        tx(s -> s.conversationService.start(s.user("demo-david"), nord, david, "Anfrage", "Können Sie mir helfen?"));
        tx(s -> s.conversationService.start(s.user("demo-nora"), nord, david, "Angebot", "Gern, hier unser Angebot"));
        assertThatThrownBy(() -> tx(s -> s.conversationService.start(s.user("demo-clara"), nord, david, "X", "Y")))
                .as("not Clara's account").isInstanceOf(ResourceNotFound.class);

        String token = tx(s -> s.invitationService.invite(s.user("demo-clara"), clara, "anna@agentur-beispiel.example",
                EnumSet.of(Permission.ORDER_PRODUCTS)).token());
        tx(s -> s.invitationService.accept(s.user("demo-anna"), new Answer(token, null)));
        long websiteId = tx(s -> s.packages.findByCode("WEBSITE").orElseThrow().id());
        long orderId = tx(s -> s.orderPlacement.place(s.user("demo-anna"), new PlaceOrder(null, clara, null, websiteId, "Website", 100_000,
                "EUR", null, null, null, Map.of("business", "B", "style", "modern"), true)).order().id());

        Conversation thread = tx(s -> s.conversationService.ofOrder(s.user("demo-clara"), orderId));
        assertThat(thread.subject()).contains("Website");
        assertThat(thread.agencyId()).isEqualTo(beispiel);
        tx(s -> s.conversationService.post(s.user("demo-clara"), thread.id(), "Wann geht es los?"));
        tx(s -> s.conversationService.post(s.user("demo-ben"), thread.id(), "Sobald die Rechnung bezahlt ist."));
        tx(s -> s.conversationService.post(s.user("demo-petra"), thread.id(), "Der Entwurf ist eingeplant."));
        List<Message> messages = tx(s -> s.conversationService.messages(s.user("demo-anna"), thread.id(), 0, 50).items());
        assertThat(messages).extracting(Message::body).containsExactly("Wann geht es los?", "Sobald die Rechnung bezahlt ist.",
                "Der Entwurf ist eingeplant.");
        assertThatThrownBy(() -> tx(s -> s.conversationService.messages(s.user("demo-nora"), thread.id(), 0, 50)))
                .isInstanceOf(ResourceNotFound.class);
        tx(s -> s.conversationService.start(s.user("demo-anna"), beispiel, clara, "Nächstes Projekt", "Darf ich Ihnen etwas zeigen?"));
        List<Conversation> annas = tx(s -> s.conversationService.mine(s.user("demo-anna")));
        assertThat(annas).extracting(Conversation::subject).containsExactly("Nächstes Projekt", thread.subject());
    }
}
