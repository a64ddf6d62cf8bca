package com.partnerhub.service.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.partnerhub.service.application.account.Answer;
import com.partnerhub.service.application.account.OpenAccount;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.application.site.SiteService;
import com.partnerhub.service.application.site.TransferService;
import com.partnerhub.service.domain.account.AccountRole;
import com.partnerhub.service.domain.account.BillingParty;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.site.TransferStatus;
import com.partnerhub.service.infrastructure.time.AppClock;
import com.partnerhub.service.testing.Services;
import com.partnerhub.service.testing.TestDatabase;

/** Capability 6 of the product: sites under the agency or the customer, and their transfer. */
class SiteTransfersTest {

    private final AppClock clock = new AppClock(Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC));
    private EntityManagerFactory emf;

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

    private long newSite(String name) {
        return tx(s -> {
            long agencyId = s.access.agencyIdsOf(s.user("demo-anna")).iterator().next();
            return s.siteService.create(s.user("demo-anna"), agencyId, name, "blumen-clara.example").site().id();
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theAgencyIsBilledUntilTheCustomerAcceptsTheTransfer(TestDatabase db) {
        start(db);
        long siteId = newSite("Blumen Clara");
        SiteService.Billed before = tx(s -> s.siteService.view(s.user("demo-ben"), siteId));
        assertThat(before.billingParty()).isEqualTo(BillingParty.AGENCY);
        List<String> warnings = tx(s -> s.siteService.planPurchaseWarnings(s.user("demo-anna"), siteId));
        assertThat(warnings).as("buying a plan now bills the agency").containsExactly(SiteService.WARNING_BILLED_TO_AGENCY);
        assertThatThrownBy(() -> tx(s -> s.siteService.view(s.user("demo-clara"), siteId))).isInstanceOf(ResourceNotFound.class);

        long claraAccount = tx(s -> s.accountService.open(s.user("demo-clara"),
                new OpenAccount("Claras Laden", null, null, false, null, null, null)).account().id());
        TransferService.Issued issued = tx(s -> s.transferService.start(s.user("demo-anna"), siteId, "Clara@Kunde-Eins.example", true));
        assertThatThrownBy(() -> tx(s -> s.transferService.start(s.user("demo-ben"), siteId, "x@y.example", false)))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("TRANSFER_PENDING");
        List<?> pending = tx(s -> s.transferService.pendingFor(s.user("demo-clara")));
        assertThat(pending).hasSize(1);
        assertThatThrownBy(() -> tx(s -> s.transferService.accept(s.user("demo-david"), new Answer(issued.token(), null))))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("NOT_THE_INVITEE");

        tx(s -> s.transferService.accept(s.user("demo-clara"), new Answer(issued.token(), null)));

        SiteService.Billed after = tx(s -> s.siteService.view(s.user("demo-clara"), siteId));
        assertThat(after.site().ownerAccountId()).isEqualTo(claraAccount);
        assertThat(after.billingParty()).isEqualTo(BillingParty.CUSTOMER);
        assertThat(after.billedAccountId()).isEqualTo(claraAccount);
        List<String> afterWarnings = tx(s -> s.siteService.planPurchaseWarnings(s.user("demo-clara"), siteId));
        assertThat(afterWarnings).isEmpty();
        tx(s -> {
            var anna = s.accounts.member(claraAccount, s.user("demo-anna").id()).orElseThrow();
            assertThat(anna.role()).as("the agency stays on as it chose").isEqualTo(AccountRole.COLLABORATOR);
            assertThat(anna.permissions()).containsExactlyInAnyOrderElementsOf(TransferService.STAY_PERMISSIONS);
            assertThat(s.accounts.member(claraAccount, s.user("demo-ben").id())).isEmpty();
            // Anna sees the site as collaborator; Ben, who only worked for the agency, no longer does
            assertThat(s.siteService.view(s.user("demo-anna"), siteId).site().id()).isEqualTo(siteId);
            return null;
        });
        assertThatThrownBy(() -> tx(s -> s.siteService.view(s.user("demo-ben"), siteId))).isInstanceOf(ResourceNotFound.class);
        assertThatThrownBy(() -> tx(s -> s.transferService.accept(s.user("demo-clara"), new Answer(issued.token(), null))))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("TRANSFER_NOT_PENDING");
        assertThatThrownBy(() -> tx(s -> s.transferService.start(s.user("demo-anna"), siteId, "clara@kunde-eins.example", false)))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("SITE_ALREADY_TRANSFERRED");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void beforeOfferingTheAgencySeesWhatMovesWhatStaysAndWhoKeepsAccessAndNothingChanges(TestDatabase db) {
        start(db);
        long siteId = newSite("Blumen Clara");
        long accountId = com.partnerhub.service.testing.OrderFixtures.claraWithAnna(emf, clock);
        long websiteId = tx(s -> s.packages.findByCode("WEBSITE").orElseThrow().id());
        var placed = tx(s -> s.orderPlacement.place(s.user("demo-anna"), new com.partnerhub.service.application.order.PlaceOrder(null,
                accountId, siteId, websiteId, "Website", 300_000, "EUR", null, null, null, java.util.Map.of("business", "Blumen",
                "style", "modern"), true)));

        TransferService.Preview staying = tx(s -> s.transferService.preview(s.user("demo-anna"), siteId, true));
        assertThat(staying.site().domain()).isEqualTo("blumen-clara.example");
        assertThat(staying.site().plan()).isEqualTo("FREE");
        assertThat(staying.unpaidInvoices()).as("the first invoice, still the agency's to pay").singleElement()
                .satisfies(i -> assertThat(i.number()).isEqualTo(placed.invoices().get(0).number()));
        assertThat(staying.openOrders()).extracting(o -> o.id()).containsExactly(placed.order().id());
        assertThat(staying.keptPermissions()).containsExactlyInAnyOrderElementsOf(TransferService.STAY_PERMISSIONS);
        assertThat(staying.validity()).isEqualTo(Duration.ofDays(14));
        assertThat(tx(s -> s.transferService.preview(s.user("demo-ben"), siteId, false)).keptPermissions()).as("leaving").isEmpty();
        List<?> offered = tx(s -> s.transferService.ofSite(s.user("demo-anna"), siteId));
        assertThat(offered).as("a preview offers nothing").isEmpty();

        assertThatThrownBy(() -> tx(s -> s.transferService.preview(s.user("demo-petra"), siteId, true)))
                .isInstanceOf(com.partnerhub.service.application.shared.ActionForbidden.class);
        assertThatThrownBy(() -> tx(s -> s.transferService.preview(s.user("demo-clara"), siteId, true))).isInstanceOf(ResourceNotFound.class);
        tx(s -> s.transferService.start(s.user("demo-anna"), siteId, "clara@kunde-eins.example", true));
        assertThatThrownBy(() -> tx(s -> s.transferService.preview(s.user("demo-anna"), siteId, true)))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("TRANSFER_PENDING");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRecipientWithoutAccountGetsOneAndTheAgencyCanLeave(TestDatabase db) {
        start(db);
        long siteId = newSite("Davids Werkstatt");
        TransferService.Issued issued = tx(s -> s.transferService.start(s.user("demo-ben"), siteId, "david@kunde-zwei.example", false));
        tx(s -> s.transferService.accept(s.user("demo-david"), new Answer(null, issued.transfer().id())));
        tx(s -> {
            var account = s.accounts.findByOwnerEmail("david@kunde-zwei.example").orElseThrow();
            assertThat(account.ownerUserId()).isEqualTo(s.user("demo-david").id());
            assertThat(s.sites.find(siteId).orElseThrow().ownerAccountId()).isEqualTo(account.id());
            assertThat(s.accounts.members(account.id())).extracting(m -> m.role()).containsExactly(AccountRole.OWNER);
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void transfersCanBeDeclinedCancelledAndExpire(TestDatabase db) {
        start(db);
        long declined = newSite("A");
        long cancelled = newSite("B");
        long expiring = newSite("C");
        long declinedId = tx(s -> s.transferService.start(s.user("demo-anna"), declined, "clara@kunde-eins.example", false)).transfer().id();
        long cancelledId = tx(s -> s.transferService.start(s.user("demo-anna"), cancelled, "clara@kunde-eins.example", false)).transfer().id();
        String expiringToken = tx(s -> s.transferService.start(s.user("demo-anna"), expiring, "clara@kunde-eins.example", false)).token();

        tx(s -> s.transferService.decline(s.user("demo-clara"), new Answer(null, declinedId)));
        assertThatThrownBy(() -> tx(s -> s.transferService.cancel(s.user("demo-clara"), cancelledId)))
                .as("the recipient cannot cancel the agency's offer").isInstanceOf(ResourceNotFound.class);
        tx(s -> s.transferService.cancel(s.user("demo-ben"), cancelledId));

        clock.advance(Duration.ofDays(15));
        assertThatThrownBy(() -> tx(s -> s.transferService.accept(s.user("demo-clara"), new Answer(expiringToken, null))))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("TRANSFER_EXPIRED");
        while (tx(s -> s.jobProcessor.runNext("test")).isPresent()) {
            // run every due job
        }
        tx(s -> {
            assertThat(s.transferService.ofSite(s.user("demo-anna"), declined)).extracting(t -> t.status()).containsExactly(TransferStatus.DECLINED);
            assertThat(s.transferService.ofSite(s.user("demo-anna"), cancelled)).extracting(t -> t.status()).containsExactly(TransferStatus.CANCELLED);
            assertThat(s.transferService.ofSite(s.user("demo-anna"), expiring)).extracting(t -> t.status()).containsExactly(TransferStatus.EXPIRED);
            assertThat(s.sites.find(expiring).orElseThrow().isUnderAgency()).isTrue();
            return null;
        });
    }

    /** Accept and cancel of the same transfer at the same moment: exactly one wins, the other gets a conflict. */
    @RepeatedTest(5)
    void concurrentAcceptAndCancelHaveExactlyOneWinner() throws Exception {
        start(TestDatabase.POSTGRESQL);
        long siteId = newSite("Race");
        TransferService.Issued issued = tx(s -> s.transferService.start(s.user("demo-anna"), siteId, "clara@kunde-eins.example", true));

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<String>> racers = List.of(
                () -> { go.await(); tx(s -> s.transferService.accept(s.user("demo-clara"), new Answer(issued.token(), null))); return "accepted"; },
                () -> { go.await(); tx(s -> s.transferService.cancel(s.user("demo-anna"), issued.transfer().id())); return "cancelled"; });
        List<Future<String>> futures = new ArrayList<>();
        racers.forEach(r -> futures.add(pool.submit(r)));
        go.countDown();
        List<String> won = new ArrayList<>();
        List<Throwable> lost = new ArrayList<>();
        for (Future<String> f : futures) {
            try {
                won.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                lost.add(e.getCause());
            }
        }
        pool.shutdown();

        assertThat(won).hasSize(1);
        assertThat(lost).singleElement().satisfies(t -> assertThat(t).isInstanceOfAny(
                DomainConflict.class, OptimisticLockException.class, RollbackException.class));
        TransferStatus status = tx(s -> s.sites.findTransfer(issued.transfer().id()).orElseThrow().status());
        boolean siteMoved = tx(s -> !s.sites.find(siteId).orElseThrow().isUnderAgency());
        if (won.get(0).equals("accepted")) {
            assertThat(status).isEqualTo(TransferStatus.ACCEPTED);
            assertThat(siteMoved).isTrue();
        } else {
            assertThat(status).isEqualTo(TransferStatus.CANCELLED);
            assertThat(siteMoved).as("a cancelled transfer moves nothing").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyTheAgencyOrPermittedMembersBuyPlans(TestDatabase db) {
        start(db);
        long siteId = newSite("Plans");
        SiteService.PlanChanged changed = tx(s -> s.siteService.changePlan(s.user("demo-ben"), siteId, "business"));
        assertThat(changed.warnings()).containsExactly(SiteService.WARNING_BILLED_TO_AGENCY);
        assertThat(changed.site().site().plan()).isEqualTo("BUSINESS");
        assertThatThrownBy(() -> tx(s -> s.siteService.changePlan(s.user("demo-petra"), siteId, "pro")))
                .isInstanceOf(com.partnerhub.service.application.shared.ActionForbidden.class);
        assertThatThrownBy(() -> tx(s -> s.siteService.changePlan(s.user("demo-david"), siteId, "pro")))
                .isInstanceOf(ResourceNotFound.class);
    }
}
