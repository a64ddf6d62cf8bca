package com.partnerhub.service.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.partnerhub.service.application.account.Answer;
import com.partnerhub.service.application.account.InvitationService;
import com.partnerhub.service.application.order.OrderQueries;
import com.partnerhub.service.application.order.PlaceOrder;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.AccessLimit;
import com.partnerhub.service.domain.account.AccessRequest;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.catalogue.ActingParty;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.notification.Notification;
import com.partnerhub.service.domain.notification.NotificationKind;
import com.partnerhub.service.domain.order.MilestonePlan;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.infrastructure.time.AppClock;
import com.partnerhub.service.testing.OrderFixtures;
import com.partnerhub.service.testing.Services;
import com.partnerhub.service.testing.TestDatabase;

/**
 * Time-limited access and the owner's approval (issue 13): a grant limited to one site, a date or an order ends by
 * itself and the owner is told; permissions above the threshold asked for by an agency user wait for the owner.
 */
class AccessGrantsTest {

    private static final String EMIL = "emil@kunde-eins.example";

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

    private void runJobs() {
        while (tx(s -> s.jobProcessor.runNext("test")).isPresent()) {
            // each due deadline once
        }
    }

    private void fanOutAll() {
        for (long id : tx(s -> s.fanOut.pending(500))) {
            tx(s -> s.fanOut.fanOut(id));
        }
    }

    private List<NotificationKind> bell(String who) {
        List<Notification> mine = tx(s -> s.notificationService.mine(s.user(who), 0, 200).items());
        return mine.stream().map(Notification::kind).toList();
    }

    private java.util.Optional<com.partnerhub.service.domain.account.AccountMember> member(long account, long userId) {
        return tx(s -> s.accounts.member(account, userId));
    }

    private List<com.partnerhub.service.domain.invitation.Invitation> invitations(long account) {
        return tx(s -> s.invitationRepository.ofAccount(account));
    }

    private long id(String subject) {
        return tx(s -> s.user(subject).id());
    }

    /** A site the agency builds for Clara, handed over to her account at once. */
    private long claraSite(String name) {
        long siteId = tx(s -> s.siteService.create(s.user("demo-anna"), s.access.agencyIdsOf(s.user("demo-anna")).iterator().next(),
                name, null).site().id());
        String token = tx(s -> s.transferService.start(s.user("demo-anna"), siteId, "clara@kunde-eins.example", false).token());
        tx(s -> s.transferService.accept(s.user("demo-clara"), new Answer(token, null)));
        return siteId;
    }

    private long order(long accountId, Long siteId) {
        List<MilestonePlan> plans = List.of(new MilestonePlan("A", null, ActingParty.AGENCY, 5, 50, 0, List.of()),
                new MilestonePlan("B", null, ActingParty.AGENCY, 5, 50, 0, List.of()));
        return tx(s -> s.orderPlacement.place(s.user("demo-anna"), new PlaceOrder(null, accountId, siteId, null, "Auftrag",
                100_000, "EUR", true, null, plans, Map.of(), true)).order().id());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aGrantLimitedToOneSiteAndADateShowsOnlyThatSiteAndEndsByItselfAndTheOwnerIsTold(TestDatabase db) {
        start(db);
        long account = OrderFixtures.claraWithAnna(emf, clock);
        long shop = claraSite("Laden");
        long blog = claraSite("Blog");
        long onShop = order(account, shop);
        long onBlog = order(account, blog);
        Instant end = clock.instant().plus(Duration.ofDays(2));

        InvitationService.Invited invited = tx(s -> s.invitationService.invite(s.user("demo-clara"), account, EMIL,
                EnumSet.of(Permission.VIEW_INVOICES, Permission.EDIT_SITE), new AccessLimit(shop, end, null)));
        assertThat(invited.pending()).as("the owner needs no approval").isNull();
        tx(s -> s.invitationService.accept(s.user("demo-emil"), new Answer(invited.issued().token(), null)));
        assertThat(member(account, id("demo-emil")).orElseThrow().limit())
                .isEqualTo(new AccessLimit(shop, end, null));

        List<Long> emilSees = tx(s -> s.siteService.list(s.user("demo-emil"), 0, 50).items().stream().map(b -> b.site().id()).toList());
        assertThat(emilSees).as("one site, not the account's others").containsExactly(shop);
        assertThatThrownBy(() -> tx(s -> s.siteService.view(s.user("demo-emil"), blog))).isInstanceOf(ResourceNotFound.class);
        List<Long> emilsOrders = tx(s -> s.orderQueries.list(s.user("demo-emil"), new OrderQueries.ListFilter(null, null, false, null),
                0, 50).items().stream().map(Order::id).toList());
        assertThat(emilsOrders).containsExactly(onShop);
        assertThatThrownBy(() -> tx(s -> s.orderAccess.requireVisible(s.user("demo-emil"), onBlog))).isInstanceOf(ResourceNotFound.class);
        List<Long> annasOrders = tx(s -> s.orderQueries.list(s.user("demo-clara"), new OrderQueries.ListFilter(null, null, false, null),
                0, 50).items().stream().map(Order::id).toList());
        assertThat(annasOrders).as("the owner still sees all").contains(onShop, onBlog);

        clock.advance(Duration.ofDays(2).minusMinutes(1));
        runJobs();
        assertThat(member(account, id("demo-emil"))).as("not a minute early").isPresent();
        clock.advance(Duration.ofMinutes(1));
        runJobs();
        assertThat(member(account, id("demo-emil"))).as("ended by itself").isEmpty();
        List<HistoryEntry> ended = tx(s -> s.history.ofSubjectAction("ACCOUNT", account, "ACCESS_ENDED", 10));
        assertThat(ended).singleElement().satisfies(e -> assertThat(e.beforeState()).contains("END_DATE").contains("EDIT_SITE"));
        fanOutAll();
        assertThat(bell("demo-clara")).as("the owner is told").contains(NotificationKind.ACCESS_ENDED);
        assertThat(bell("demo-emil")).as("and the collaborator").contains(NotificationKind.ACCESS_ENDED);
        assertThatThrownBy(() -> tx(s -> s.siteService.view(s.user("demo-emil"), shop))).isInstanceOf(ResourceNotFound.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aGrantUntilAnOrderIsCompletedEndsWhenItIsAndLimitsAreChecked(TestDatabase db) {
        start(db);
        long account = OrderFixtures.claraWithAnna(emf, clock);
        long orderId = order(account, null);
        long annaId = tx(s -> s.user("demo-anna").id());
        long claraId = tx(s -> s.user("demo-clara").id());

        assertThatThrownBy(() -> tx(s -> s.grants.limit(s.user("demo-clara"), account, annaId,
                new AccessLimit(null, clock.instant().minusSeconds(1), null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.code()).isEqualTo("NOT_IN_THE_FUTURE")));
        long davids = tx(s -> s.accountService.open(s.user("demo-david"),
                new com.partnerhub.service.application.account.OpenAccount("Zwei", null, null, false, null, null, null)).account().id());
        long foreignSite = tx(s -> s.siteService.create(s.user("demo-anna"), s.access.agencyIdsOf(s.user("demo-anna")).iterator().next(),
                "Fremd", null).site().id());
        assertThatThrownBy(() -> tx(s -> s.grants.limit(s.user("demo-clara"), account, annaId, new AccessLimit(foreignSite, null, 999L))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.code())
                        .contains("SITE_NOT_IN_ACCOUNT", "NOT_A_RUNNING_ORDER"));
        assertThatThrownBy(() -> tx(s -> s.grants.limit(s.user("demo-clara"), account, claraId, new AccessLimit(null, null, orderId))))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("OWNER_PERMISSIONS_FIXED");
        assertThatThrownBy(() -> tx(s -> s.grants.limit(s.user("demo-david"), account, annaId, new AccessLimit(null, null, orderId))))
                .isInstanceOf(ResourceNotFound.class);
        assertThat(davids).isPositive();

        tx(s -> s.grants.limit(s.user("demo-clara"), account, annaId, new AccessLimit(null, null, orderId)));
        runJobs();
        assertThat(member(account, annaId)).as("the order still runs").isPresent();

        OrderFixtures.pay(emf, clock, tx(s -> s.invoices.ofOrder(orderId)).get(0), "g1");
        tx(s -> s.milestoneWorkflow.deliver(s.user("demo-anna"), orderId, 1, null, null));
        tx(s -> s.milestoneWorkflow.accept(s.user("demo-clara"), orderId, 1));
        tx(s -> s.milestoneWorkflow.end(s.user("demo-clara"), orderId));
        runJobs();
        assertThat(member(account, annaId)).as("ended with the order").isEmpty();
        List<HistoryEntry> ended = tx(s -> s.history.ofSubjectAction("ACCOUNT", account, "ACCESS_ENDED", 10));
        assertThat(ended).singleElement().satisfies(e -> assertThat(e.beforeState()).contains("ORDER_COMPLETED"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void billingOrCollaboratorPermissionsAskedByAnAgencyUserWaitForTheOwnersApproval(TestDatabase db) {
        start(db);
        long account = OrderFixtures.claraWithAnna(emf, clock);
        long annaId = tx(s -> s.user("demo-anna").id());
        tx(s -> s.accountService.setPermissions(s.user("demo-clara"), account, annaId,
                EnumSet.of(Permission.MANAGE_COLLABORATORS, Permission.ORDER_PRODUCTS)));

        InvitationService.Invited plain = tx(s -> s.invitationService.invite(s.user("demo-anna"), account, "gast@example.org",
                EnumSet.of(Permission.VIEW_INVOICES), AccessLimit.NONE));
        assertThat(plain.issued()).as("below the threshold: sent at once").isNotNull();

        InvitationService.Invited asked = tx(s -> s.invitationService.invite(s.user("demo-anna"), account, EMIL,
                EnumSet.of(Permission.MANAGE_BILLING, Permission.VIEW_INVOICES), AccessLimit.NONE));
        assertThat(asked.issued()).as("nothing is sent before the owner approves").isNull();
        AccessRequest request = asked.pending();
        assertThat(invitations(account)).extracting(i -> i.email()).doesNotContain(EMIL);
        var change = tx(s -> s.accountService.setPermissions(s.user("demo-anna"), account, annaId,
                EnumSet.of(Permission.MANAGE_COLLABORATORS, Permission.ORDER_PRODUCTS, Permission.MANAGE_BILLING)));
        assertThat(change.pending()).as("Anna cannot give herself billing, she can only ask").isNotNull();
        assertThat(change.pending().permissions()).as("only what waits is asked").containsExactly(Permission.MANAGE_BILLING);
        assertThat(member(account, annaId).orElseThrow().permissions()).doesNotContain(Permission.MANAGE_BILLING);

        fanOutAll();
        assertThat(bell("demo-clara")).as("the owner is asked").contains(NotificationKind.ACCESS_APPROVAL_REQUESTED);
        List<AccessRequest> listed = tx(s -> s.grants.requests(s.user("demo-clara"), account));
        assertThat(listed).extracting(AccessRequest::status).containsOnly(AccessRequest.Status.PENDING).hasSize(2);

        assertThatThrownBy(() -> tx(s -> s.invitationService.decide(s.user("demo-anna"), account, request.id(), true)))
                .as("only the owner decides").isInstanceOf(ActionForbidden.class);
        assertThatThrownBy(() -> tx(s -> s.invitationService.decide(s.user("demo-david"), account, request.id(), true)))
                .isInstanceOf(ResourceNotFound.class);

        tx(s -> s.invitationService.decide(s.user("demo-clara"), account, request.id(), true));
        assertThat(invitations(account)).filteredOn(i -> i.email().equals(EMIL)).singleElement()
                .satisfies(i -> {
                    assertThat(i.permissions()).containsExactlyInAnyOrder(Permission.MANAGE_BILLING, Permission.VIEW_INVOICES);
                    assertThat(i.invitedBy()).as("in the requester's name").isEqualTo(annaId);
                });
        assertThatThrownBy(() -> tx(s -> s.invitationService.decide(s.user("demo-clara"), account, request.id(), false)))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("ACCESS_REQUEST_DECIDED");
        tx(s -> s.invitationService.decide(s.user("demo-clara"), account, change.pending().id(), false));
        assertThat(member(account, annaId).orElseThrow().permissions()).as("declined: nothing granted")
                .doesNotContain(Permission.MANAGE_BILLING);
        fanOutAll();
        assertThat(bell("demo-anna")).filteredOn(k -> k == NotificationKind.ACCESS_REQUEST_DECIDED).hasSize(2);
        tx(s -> s.grants.limit(s.user("demo-clara"), account, annaId, new AccessLimit(null, clock.instant().plus(Duration.ofDays(5)), null)));
        assertThatThrownBy(() -> tx(s -> s.grants.limit(s.user("demo-anna"), account, annaId, AccessLimit.NONE)))
                .as("a limited collaborator cannot free themselves").isInstanceOf(ActionForbidden.class);
        assertThat(member(account, annaId).orElseThrow().limit().endsAt()).isEqualTo(clock.instant().plus(Duration.ofDays(5)));
        Set<Permission> clarasOwn = EnumSet.of(Permission.MANAGE_BILLING);
        assertThat(tx(s -> s.accountService.setPermissions(s.user("demo-clara"), account, annaId, clarasOwn)).member())
                .as("the owner grants directly").isNotNull();
    }
}
