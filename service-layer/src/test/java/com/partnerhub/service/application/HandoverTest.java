package com.partnerhub.service.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.partnerhub.service.application.account.Answer;
import com.partnerhub.service.application.order.PlaceOrder;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.application.site.DomainService;
import com.partnerhub.service.application.site.TransferService;
import com.partnerhub.service.domain.account.BillingParty;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.catalogue.ActingParty;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.order.MilestonePlan;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.domain.site.Domain;
import com.partnerhub.service.domain.site.DomainContact;
import com.partnerhub.service.domain.site.DomainStatus;
import com.partnerhub.service.domain.site.SiteTransfer;
import com.partnerhub.service.domain.site.TransferKind;
import com.partnerhub.service.domain.site.TransferStatus;
import com.partnerhub.service.infrastructure.registrar.RecordingDomainRegistrar;
import com.partnerhub.service.infrastructure.time.AppClock;
import com.partnerhub.service.testing.OrderFixtures;
import com.partnerhub.service.testing.Services;
import com.partnerhub.service.testing.TestDatabase;

/**
 * Handing over and settling up (issue 13): domains registered to the customer while the agency pays, the automatic
 * handover at the final payment, and the undo window that puts every moved part back exactly.
 */
class HandoverTest {

    private static final String CLARA = "clara@kunde-eins.example";
    private static final String ANNA = "anna@agentur-beispiel.example";

    private final AppClock clock = new AppClock(Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC));
    private EntityManagerFactory emf;
    private int paymentNo;

    private void start(TestDatabase db) {
        emf = TestDatabase.entityManagerFactory(db.migrated(true));
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

    private long newSite(String name, String domain) {
        return tx(s -> {
            long agencyId = s.access.agencyIdsOf(s.user("demo-anna")).iterator().next();
            return s.siteService.create(s.user("demo-anna"), agencyId, name, domain).site().id();
        });
    }

    /** Two milestones of 50 % each, worked by the agency: the second one's invoice is the final tranche. */
    private long placeOrder(long accountId, long siteId, boolean automaticHandover) {
        List<MilestonePlan> plans = List.of(
                new MilestonePlan("Entwurf", null, ActingParty.AGENCY, 10, 50, 1, List.of()),
                new MilestonePlan("Fertigstellung", null, ActingParty.AGENCY, 10, 50, 1, List.of()));
        return tx(s -> s.orderPlacement.place(s.user("demo-anna"), new PlaceOrder(null, accountId, siteId, null, "Website",
                200_000, "EUR", true, null, plans, Map.of(), true, null, automaticHandover)).order().id());
    }

    private Invoice lastInvoice(long orderId) {
        List<Invoice> all = tx(s -> s.invoices.ofOrder(orderId));
        return all.get(all.size() - 1);
    }

    /** Pays the first tranche, delivers and accepts the first milestone: the final tranche is then issued and open. */
    private Invoice upToTheFinalTranche(long orderId) {
        OrderFixtures.pay(emf, clock, lastInvoice(orderId), "h" + (++paymentNo));
        tx(s -> s.milestoneWorkflow.deliver(s.user("demo-anna"), orderId, 1, null, null));
        tx(s -> s.milestoneWorkflow.accept(s.user("demo-clara"), orderId, 1));
        return lastInvoice(orderId);
    }

    private void runJobs() {
        while (tx(s -> s.jobProcessor.runNext("test")).isPresent()) {
            // each due job once
        }
    }

    private List<Domain> domains(long siteId) {
        return tx(s -> s.sites.domainsOf(siteId));
    }

    private List<RecordingDomainRegistrar.Call> registrarCallsFor(String name) {
        return Services.sharedRegistrar.calls().stream().filter(c -> c.name().equals(name)).toList();
    }

    private Set<Permission> permissionsOf(long accountId, String subject) {
        return tx(s -> s.accounts.member(accountId, s.user(subject).id()).map(m -> Set.copyOf(m.permissions())).orElse(null));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDomainOrderedForTheCustomerIsRegisteredToThemWhileTheAgencyPaysAndNeverToTheAgency(TestDatabase db) {
        start(db);
        String name = "blumen-" + db.name().toLowerCase() + "-1.example";
        long siteId = newSite("Blumen Clara", null);
        long accountId = OrderFixtures.claraWithAnna(emf, clock);
        assertThatThrownBy(() -> tx(s -> s.domainService.order(s.user("demo-anna"), siteId,
                new DomainService.OrderDomain(name, null, null, null))))
                .as("no order names the customer yet: the owner must be typed").isInstanceOf(ValidationException.class);
        placeOrder(accountId, siteId, false);

        assertThatThrownBy(() -> tx(s -> s.domainService.order(s.user("demo-anna"), siteId,
                new DomainService.OrderDomain(name, "Ben Becker", "Ben@Agentur-Beispiel.example", null))))
                .as("the owner contact is never someone of the agency")
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.code()).isEqualTo("OWNER_IS_AGENCY")));
        assertThatThrownBy(() -> tx(s -> s.domainService.order(s.user("demo-clara"), siteId,
                new DomainService.OrderDomain(name, null, null, null)))).as("Clara does not see the agency's site yet")
                .isInstanceOf(ResourceNotFound.class);
        assertThat(domains(siteId)).as("refused orders leave nothing behind").isEmpty();

        Domain ordered = tx(s -> s.domainService.order(s.user("demo-anna"), siteId, new DomainService.OrderDomain(
                " " + name.toUpperCase() + " ", null, null, null)));
        assertThat(ordered.name()).isEqualTo(name);
        assertThat(ordered.status()).isEqualTo(DomainStatus.PENDING);
        assertThat(ordered.payer()).as("the agency pays by default").isEqualTo(BillingParty.AGENCY);
        Domain.Contacts contacts = ordered.contacts();
        assertThat(contacts.owner().email()).as("by default the customer of the site's order").isEqualTo(CLARA);
        assertThat(contacts.admin().email()).isEqualTo(CLARA);
        assertThat(contacts.billing().email()).as("the payer").isEqualTo(ANNA);
        assertThat(contacts.tech()).isEqualTo(DomainContact.of("tech", "Agentur Beispiel", ANNA));
        assertThat(registrarCallsFor(name)).as("the registrar hears of it only after the commit, from a job").isEmpty();

        runJobs();
        assertThat(registrarCallsFor(name)).singleElement().satisfies(c -> {
            assertThat(c.operation()).isEqualTo("REGISTER");
            assertThat(c.contacts().owner().email()).isEqualTo(CLARA);
            assertThat(c.payer()).isEqualTo(BillingParty.AGENCY);
        });
        assertThat(domains(siteId)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DomainStatus.REGISTERED);
            assertThat(d.registrarReference()).isEqualTo("REC-" + name.toUpperCase());
            assertThat(d.registrarPending()).isFalse();
        });
        runJobs();
        assertThat(registrarCallsFor(name)).as("told once").hasSize(1);

        assertThatThrownBy(() -> tx(s -> s.domainService.order(s.user("demo-ben"), siteId,
                new DomainService.OrderDomain(name, "Clara Kundin", CLARA, BillingParty.CUSTOMER))))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("DOMAIN_TAKEN");
        assertThatThrownBy(() -> tx(s -> s.domainService.order(s.user("demo-petra"), siteId,
                new DomainService.OrderDomain("other-" + name, "Clara Kundin", CLARA, null))))
                .as("provider staff see the site but do not order for the agency").isInstanceOf(ActionForbidden.class);
        assertThatThrownBy(() -> tx(s -> s.domainService.order(s.user("demo-anna"), siteId,
                new DomainService.OrderDomain("not a domain", "Clara Kundin", CLARA, null)))).isInstanceOf(ValidationException.class);
        List<Domain> previewed = tx(s -> s.transferService.preview(s.user("demo-anna"), siteId, true).domains());
        assertThat(previewed).as("the pre-flight names the domains that move").extracting(Domain::name).containsExactly(name);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOrderThatOptedInHandsItsSiteOverAtTheFinalPaymentAndTheCustomerCanHandItBackExactly(TestDatabase db) {
        start(db);
        String name = "laden-" + db.name().toLowerCase() + "-2.example";
        long siteId = newSite("Claras Laden online", null);
        long accountId = OrderFixtures.claraWithAnna(emf, clock);
        long orderId = placeOrder(accountId, siteId, true);
        tx(s -> s.domainService.order(s.user("demo-anna"), siteId, new DomainService.OrderDomain(name, null, null, null)));
        runJobs();
        Domain.Contacts before = domains(siteId).get(0).contacts();
        Set<Permission> annaBefore = permissionsOf(accountId, "demo-anna");

        Invoice finalTranche = upToTheFinalTranche(orderId);
        assertThat(tx(s -> s.siteService.view(s.user("demo-anna"), siteId)).site().isUnderAgency())
                .as("nothing moves before the final tranche is paid").isTrue();

        OrderFixtures.pay(emf, clock, finalTranche, "h" + (++paymentNo));

        var site = tx(s -> s.siteService.view(s.user("demo-clara"), siteId));
        assertThat(site.site().ownerAccountId()).isEqualTo(accountId);
        assertThat(site.billingParty()).isEqualTo(BillingParty.CUSTOMER);
        Domain moved = domains(siteId).get(0);
        assertThat(moved.payer()).isEqualTo(BillingParty.CUSTOMER);
        assertThat(moved.contacts().owner().email()).isEqualTo(CLARA);
        assertThat(moved.contacts().billing().email()).as("the customer pays from now on").isEqualTo(CLARA);
        assertThat(moved.contacts().tech().email()).as("the agency stays on and looks after it").isEqualTo(ANNA);
        assertThat(permissionsOf(accountId, "demo-anna")).as("Anna stays as collaborator, with what she had and more")
                .containsAll(annaBefore).containsAll(TransferService.STAY_PERMISSIONS);

        List<TransferService.Addressed> undoable = tx(s -> s.transferService.undoableFor(s.user("demo-clara")));
        assertThat(undoable).singleElement().satisfies(a -> {
            assertThat(a.transfer().kind()).isEqualTo(TransferKind.AUTOMATIC);
            assertThat(a.transfer().status()).isEqualTo(TransferStatus.ACCEPTED);
            assertThat(a.transfer().orderId()).isEqualTo(orderId);
            assertThat(a.transfer().undoUntil()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        });
        long transferId = undoable.get(0).transfer().id();
        List<HistoryEntry> told = tx(s -> s.history.ofSubject("TRANSFER", transferId, 0, 50));
        assertThat(told).extracting(HistoryEntry::action).containsExactly("SITE_HANDED_OVER");
        assertThat(told.get(0).notificationPending()).as("the customer and the agency are told").isTrue();
        TransferService.Detail seen = tx(s -> s.transferService.detail(s.user("demo-clara"), transferId));
        assertThat(seen.mayUndo()).isTrue();
        assertThat(seen.domains()).extracting(Domain::name).containsExactly(name);
        assertThat(tx(s -> s.transferService.detail(s.user("demo-anna"), transferId)).mayUndo()).as("only the owner").isFalse();
        runJobs();
        assertThat(registrarCallsFor(name)).extracting(RecordingDomainRegistrar.Call::operation).containsExactly("REGISTER", "UPDATE");

        assertThatThrownBy(() -> tx(s -> s.transferService.undo(s.user("demo-anna"), transferId)))
                .as("a collaborator cannot hand the customer's site back").isInstanceOf(ActionForbidden.class);
        assertThatThrownBy(() -> tx(s -> s.transferService.undo(s.user("demo-david"), transferId)))
                .as("someone outside does not see it").isInstanceOf(ResourceNotFound.class);

        tx(s -> s.transferService.undo(s.user("demo-clara"), transferId));

        var back = tx(s -> s.siteService.view(s.user("demo-anna"), siteId));
        assertThat(back.site().isUnderAgency()).isTrue();
        assertThat(back.billingParty()).isEqualTo(BillingParty.AGENCY);
        Domain restored = domains(siteId).get(0);
        assertThat(restored.contacts()).as("every contact exactly as before").isEqualTo(before);
        assertThat(restored.payer()).isEqualTo(BillingParty.AGENCY);
        assertThat(permissionsOf(accountId, "demo-anna")).as("Anna's permissions exactly as before").isEqualTo(annaBefore);
        assertThat(tx(s -> s.sites.findTransfer(transferId)).orElseThrow().status()).isEqualTo(TransferStatus.UNDONE);
        runJobs();
        assertThat(registrarCallsFor(name)).last().satisfies(c -> {
            assertThat(c.contacts()).isEqualTo(before);
            assertThat(c.payer()).isEqualTo(BillingParty.AGENCY);
        });
        assertThatThrownBy(() -> tx(s -> s.transferService.undo(s.user("demo-clara"), transferId)))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("TRANSFER_NOT_UNDOABLE");
        List<TransferService.Addressed> none = tx(s -> s.transferService.undoableFor(s.user("demo-clara")));
        assertThat(none).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutTheOptInTheSiteStaysAndTheOptInNeedsASiteStillTheAgencys(TestDatabase db) {
        start(db);
        long siteId = newSite("Bleibt bei der Agentur", null);
        long accountId = OrderFixtures.claraWithAnna(emf, clock);
        long orderId = placeOrder(accountId, siteId, false);
        OrderFixtures.pay(emf, clock, upToTheFinalTranche(orderId), "h" + (++paymentNo));
        assertThat(tx(s -> s.siteService.view(s.user("demo-anna"), siteId)).site().isUnderAgency()).isTrue();
        List<TransferService.Addressed> none = tx(s -> s.transferService.undoableFor(s.user("demo-clara")));
        assertThat(none).isEmpty();

        long second = placeOrder(accountId, siteId, false);
        assertThatThrownBy(() -> tx(s -> s.orderPlacement.automaticHandover(s.user("demo-clara"), second, true)))
                .as("the customer does not decide the agency's handover").isInstanceOf(ActionForbidden.class);
        assertThat(tx(s -> s.orderPlacement.automaticHandover(s.user("demo-ben"), second, true)).automaticHandover()).isTrue();
        List<HistoryEntry> history = tx(s -> s.history.ofSubject("ORDER", second, 0, 50));
        assertThat(history).extracting(HistoryEntry::action).contains("AUTOMATIC_HANDOVER_SET");
        assertThatThrownBy(() -> tx(s -> s.orderPlacement.place(s.user("demo-anna"), new PlaceOrder(null, accountId, null, null,
                "Ohne Website", 100_000, "EUR", true, null, List.of(
                        new MilestonePlan("A", null, ActingParty.AGENCY, 5, 50, 0, List.of()),
                        new MilestonePlan("B", null, ActingParty.AGENCY, 5, 50, 0, List.of())), Map.of(), true, null, true))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.code()).isEqualTo("NEEDS_SITE")));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAcceptedOfferCanBeUndoneWithinItsWindowOnlyAndAnAgencyThatWasNoMemberLeavesAgain(TestDatabase db) {
        start(db);
        long siteId = newSite("Davids Seite", "david-seite.example");
        TransferService.Issued issued = tx(s -> s.transferService.start(s.user("demo-anna"), siteId, "david@kunde-zwei.example", true));
        SiteTransfer accepted = tx(s -> s.transferService.accept(s.user("demo-david"), new Answer(issued.token(), null)));
        long account = accepted.targetAccountId();
        assertThat(permissionsOf(account, "demo-anna")).isEqualTo(TransferService.STAY_PERMISSIONS);

        tx(s -> s.transferService.undo(s.user("demo-david"), accepted.id()));
        assertThat(permissionsOf(account, "demo-anna")).as("added by the transfer, gone with its undo").isNull();
        assertThat(tx(s -> s.siteService.view(s.user("demo-anna"), siteId)).site().isUnderAgency()).isTrue();

        TransferService.Issued again = tx(s -> s.transferService.start(s.user("demo-anna"), siteId, "david@kunde-zwei.example", false));
        SiteTransfer second = tx(s -> s.transferService.accept(s.user("demo-david"), new Answer(again.token(), null)));
        clock.advance(Duration.ofHours(24));
        assertThatThrownBy(() -> tx(s -> s.transferService.undo(s.user("demo-david"), second.id())))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("UNDO_WINDOW_CLOSED");
        assertThat(tx(s -> s.siteService.view(s.user("demo-david"), siteId)).site().ownerAccountId()).isEqualTo(account);
    }

    /** The final payment and a manual acceptance race for the same site: exactly one moves it, the other changes nothing. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theFinalPaymentRacingAnAcceptedOfferMovesTheSiteOnce(TestDatabase db) throws Exception {
        start(db);
        long siteId = newSite("Wettlauf", null);
        long accountId = OrderFixtures.claraWithAnna(emf, clock);
        long orderId = placeOrder(accountId, siteId, true);
        Invoice finalTranche = upToTheFinalTranche(orderId);
        TransferService.Issued offer = tx(s -> s.transferService.start(s.user("demo-ben"), siteId, CLARA, false));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> racers = List.of(
                    () -> OrderFixtures.untilSettled(() -> OrderFixtures.pay(emf, clock, finalTranche, "race")),
                    () -> OrderFixtures.untilSettled(() -> tx(s -> s.transferService.accept(s.user("demo-clara"), new Answer(offer.token(), null)))));
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(racers)) {
                outcomes.add(f.get());
            }
            assertThat(outcomes.get(0)).as("the payment is never lost").isEqualTo("done");
        } finally {
            pool.shutdownNow();
        }
        List<SiteTransfer> transfers = tx(s -> s.sites.transfersOf(siteId));
        assertThat(transfers).filteredOn(t -> t.status() == TransferStatus.ACCEPTED).as("one move").hasSize(1);
        assertThat(tx(s -> s.siteService.view(s.user("demo-clara"), siteId)).site().ownerAccountId()).isEqualTo(accountId);
        assertThat(tx(s -> s.invoices.findByNumber(finalTranche.number())).orElseThrow().status().name()).isEqualTo("PAID");
        Optional<SiteTransfer> automatic = transfers.stream().filter(t -> t.kind() == TransferKind.AUTOMATIC).findFirst();
        automatic.ifPresent(t -> assertThat(transfers).filteredOn(x -> x.kind() == TransferKind.OFFER)
                .allSatisfy(x -> assertThat(x.status()).isIn(TransferStatus.CANCELLED, TransferStatus.PENDING)));
    }
}
