package com.partnerhub.service.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.partnerhub.service.application.account.AccountService;
import com.partnerhub.service.application.account.Answer;
import com.partnerhub.service.application.account.IssuedInvitation;
import com.partnerhub.service.application.account.OpenAccount;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.AccountRole;
import com.partnerhub.service.domain.account.BillingParty;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.invitation.InvitationStatus;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.SecretToken;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.infrastructure.time.AppClock;
import com.partnerhub.service.testing.Services;
import com.partnerhub.service.testing.TestDatabase;

/** Capability 7 of the product: accounts owned by customers, collaborators with permissions, invitations. */
class AccountsAndInvitationsTest {

    private final AppClock clock = new AppClock(Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC));
    private EntityManagerFactory emf;
    private DataSource ds;

    private void start(TestDatabase db) {
        ds = db.migrated(true);
        emf = TestDatabase.entityManagerFactory(ds);
    }

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private <T> T tx(java.util.function.Function<Services, T> work) {
        return Services.inTx(emf, clock, work);
    }

    private static OpenAccount own(String name) {
        return new OpenAccount(name, null, null, false, null, null, null);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCustomerOpensOneAccountAndOwnsIt(TestDatabase db) {
        start(db);
        long accountId = tx(s -> {
            AccountService.Opened opened = s.accountService.open(s.user("demo-clara"), own("Claras Blumenladen"));
            assertThat(opened.callerMembership().role()).isEqualTo(AccountRole.OWNER);
            assertThat(opened.callerMembership().permissions()).isEqualTo(Permission.all());
            assertThat(opened.account().billingParty()).isEqualTo(BillingParty.CUSTOMER);
            return opened.account().id();
        });
        assertThatThrownBy(() -> tx(s -> s.accountService.open(s.user("demo-clara"), own("Zweites Konto"))))
                .isInstanceOf(DomainConflict.class).extracting(e -> ((DomainConflict) e).code()).isEqualTo("EMAIL_ALREADY_REGISTERED");
        java.util.List<com.partnerhub.service.domain.account.AccountRepository.Membership> mine =
                tx(s -> s.accountService.mine(s.user("demo-clara")));
        assertThat(mine).singleElement().satisfies(m -> assertThat(m.account().id()).isEqualTo(accountId));
        long claraId = tx(s -> s.user("demo-clara").id());
        java.util.List<com.partnerhub.service.domain.history.HistoryEntry> entries = tx(s -> s.history.ofAccount(accountId, 0, 10));
        assertThat(entries).extracting(h -> h.action() + " by " + h.actorId()).containsExactly("ACCOUNT_OPENED by " + claraId);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAgencyOpensAnAccountOnItsCustomersBehalfAndTheCustomerTakesItOver(TestDatabase db) {
        start(db);
        long agencyId = tx(s -> s.access.agencyIdsOf(s.user("demo-anna")).iterator().next());

        assertThatThrownBy(() -> tx(s -> s.accountService.open(s.user("demo-anna"),
                new OpenAccount("Bäckerei Korn", agencyId, "korn@baeckerei.example", false, " ", null, null))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(v -> v.field() + ":" + v.code())
                        .containsExactly("authorisation.confirmed:MUST_BE_TRUE", "authorisation.note:REQUIRED"));
        assertThatThrownBy(() -> tx(s -> s.accountService.open(s.user("demo-clara"),
                new OpenAccount("X", agencyId, "korn@baeckerei.example", true, "signed", null, null))))
                .as("only the agency's members act for it").isInstanceOf(ResourceNotFound.class);
        tx(s -> s.accountService.open(s.user("demo-david"), own("Davids Werkstatt")));
        assertThatThrownBy(() -> tx(s -> s.accountService.open(s.user("demo-anna"),
                new OpenAccount("David GmbH", agencyId, "DAVID@kunde-zwei.example", true, "signed", null, null))))
                .as("an e-mail that owns an account cannot register a second").isInstanceOf(DomainConflict.class)
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("EMAIL_ALREADY_REGISTERED");

        AccountService.Opened opened = tx(s -> s.accountService.open(s.user("demo-anna"),
                new OpenAccount("Bäckerei Korn", agencyId, "Korn@Baeckerei.example", true,
                        "Auftrag vom 1.11., unterschrieben", EnumSet.of(Permission.ORDER_PRODUCTS, Permission.EDIT_SITE),
                        BillingParty.AGENCY)));
        long accountId = opened.account().id();
        assertThat(opened.account().ownerEmail()).isEqualTo("korn@baeckerei.example");
        assertThat(opened.account().ownerUserId()).isNull();
        assertThat(opened.account().billingParty()).isEqualTo(BillingParty.AGENCY);
        assertThat(opened.account().authorisationNote()).isEqualTo("Auftrag vom 1.11., unterschrieben");
        assertThat(opened.callerMembership().permissions()).containsExactlyInAnyOrder(Permission.ORDER_PRODUCTS, Permission.EDIT_SITE);
        String token = opened.ownerInvitation().orElseThrow().token();

        tx(s -> s.invitationService.accept(s.user("korn@baeckerei.example"), new Answer(token, null)));

        tx(s -> {
            var account = s.accounts.find(accountId).orElseThrow();
            assertThat(account.ownerUserId()).isEqualTo(s.user("korn@baeckerei.example").id());
            assertThat(s.accounts.member(accountId, account.ownerUserId()).orElseThrow().role()).isEqualTo(AccountRole.OWNER);
            assertThat(s.accounts.members(accountId)).hasSize(2);
            assertThat(s.history.ofAccount(accountId, 0, 20)).extracting(h -> h.action())
                    .containsExactly("INVITATION_SENT", "ACCOUNT_OPENED_ON_BEHALF", "ACCOUNT_TAKEN_OVER", "INVITATION_ACCEPTED");
            return null;
        });

        // the new owner moves billing back to themselves; the agency member may not touch billing
        assertThatThrownBy(() -> tx(s -> s.accountService.changeBilling(s.user("demo-anna"), accountId, BillingParty.CUSTOMER, null)))
                .isInstanceOf(ActionForbidden.class);
        assertThatThrownBy(() -> tx(s -> s.accountService.changeBilling(s.user("korn@baeckerei.example"), accountId,
                BillingParty.AGENCY, 999_999L))).as("only an agency that works in the account").isInstanceOf(ValidationException.class);
        tx(s -> s.accountService.changeBilling(s.user("korn@baeckerei.example"), accountId, BillingParty.CUSTOMER, null));
        tx(s -> {
            var account = s.accounts.find(accountId).orElseThrow();
            assertThat(account.billingParty()).isEqualTo(BillingParty.CUSTOMER);
            assertThat(account.billingAgencyId()).isNull();
            assertThat(s.history.ofAccount(accountId, 0, 20)).extracting(h -> h.action()).endsWith("BILLING_CHANGED");
            return null;
        });
        tx(s -> s.accountService.changeBilling(s.user("korn@baeckerei.example"), accountId, BillingParty.AGENCY, agencyId));
        Long billedAgency = tx(s -> s.accounts.find(accountId).orElseThrow().billingAgencyId());
        assertThat(billedAgency).isEqualTo(agencyId);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void invitationsAreBoundToTheInviteeSingleUseAndStoredOnlyAsAHash(TestDatabase db) throws Exception {
        start(db);
        long accountId = tx(s -> s.accountService.open(s.user("demo-clara"), own("Claras Laden")).account().id());
        IssuedInvitation issued = tx(s -> s.invitationService.invite(s.user("demo-clara"), accountId, "Ben@Agentur-Beispiel.example",
                EnumSet.of(Permission.VIEW_INVOICES, Permission.EDIT_SITE)));
        assertThat(issued.token()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(issued.invitation().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(14)));

        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select token_hash from invitation where id = " + issued.invitation().id())) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(SecretToken.hashOf(issued.token())).doesNotContain(issued.token());
        }

        assertThatThrownBy(() -> tx(s -> s.invitationService.accept(s.user("demo-david"), new Answer(issued.token(), null))))
                .as("another logged-in user cannot accept")
                .isInstanceOf(DomainConflict.class).extracting(e -> ((DomainConflict) e).code()).isEqualTo("NOT_THE_INVITEE");
        assertThatThrownBy(() -> tx(s -> s.invitationService.accept(s.user("demo-ben"), new Answer("forged-token", null))))
                .isInstanceOf(ResourceNotFound.class);
        assertThatThrownBy(() -> tx(s -> s.invitationService.invite(s.user("demo-clara"), accountId, "ben@agentur-beispiel.example",
                EnumSet.of(Permission.EDIT_SITE)))).isInstanceOf(DomainConflict.class)
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("INVITATION_PENDING");

        tx(s -> s.invitationService.accept(s.user("demo-ben"), new Answer(issued.token(), null)));
        assertThatThrownBy(() -> tx(s -> s.invitationService.accept(s.user("demo-ben"), new Answer(issued.token(), null))))
                .as("single use").isInstanceOf(DomainConflict.class)
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("INVITATION_NOT_PENDING");
        tx(s -> {
            var ben = s.accounts.member(accountId, s.user("demo-ben").id()).orElseThrow();
            assertThat(ben.role()).isEqualTo(AccountRole.COLLABORATOR);
            assertThat(ben.permissions()).containsExactlyInAnyOrder(Permission.VIEW_INVOICES, Permission.EDIT_SITE);
            return null;
        });
        assertThatThrownBy(() -> tx(s -> s.invitationService.invite(s.user("demo-clara"), accountId, "ben@agentur-beispiel.example",
                EnumSet.of(Permission.EDIT_SITE)))).extracting(e -> ((DomainConflict) e).code()).isEqualTo("ALREADY_MEMBER");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void invitationsCanBeDeclinedRevokedAndExpire(TestDatabase db) {
        start(db);
        long accountId = tx(s -> s.accountService.open(s.user("demo-clara"), own("Claras Laden")).account().id());
        Set<Permission> view = EnumSet.of(Permission.VIEW_INVOICES);
        IssuedInvitation toDecline = tx(s -> s.invitationService.invite(s.user("demo-clara"), accountId, "ben@agentur-beispiel.example", view));
        IssuedInvitation toRevoke = tx(s -> s.invitationService.invite(s.user("demo-clara"), accountId, "anna@agentur-beispiel.example", view));
        IssuedInvitation toExpire = tx(s -> s.invitationService.invite(s.user("demo-clara"), accountId, "david@kunde-zwei.example", view));

        tx(s -> s.invitationService.decline(s.user("demo-ben"), new Answer(null, toDecline.invitation().id())));
        assertThatThrownBy(() -> tx(s -> s.invitationService.revoke(s.user("demo-ben"), accountId, toRevoke.invitation().id())))
                .as("a declined invitee is no member").isInstanceOf(ResourceNotFound.class);
        tx(s -> s.invitationService.revoke(s.user("demo-clara"), accountId, toRevoke.invitation().id()));
        assertThatThrownBy(() -> tx(s -> s.invitationService.accept(s.user("demo-anna"), new Answer(toRevoke.token(), null))))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("INVITATION_NOT_PENDING");

        clock.advance(Duration.ofDays(14));
        assertThatThrownBy(() -> tx(s -> s.invitationService.accept(s.user("demo-david"), new Answer(toExpire.token(), null))))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("INVITATION_EXPIRED");
        int ran = 0;
        while (tx(s -> s.jobProcessor.runNext("test")).isPresent()) {
            ran++;
        }
        assertThat(ran).as("one expiry job and one reminder per invitation, each run once").isEqualTo(6);
        tx(s -> {
            assertThat(s.invitationRepository.find(toDecline.invitation().id()).orElseThrow().status()).isEqualTo(InvitationStatus.DECLINED);
            assertThat(s.invitationRepository.find(toRevoke.invitation().id()).orElseThrow().status()).isEqualTo(InvitationStatus.REVOKED);
            assertThat(s.invitationRepository.find(toExpire.invitation().id()).orElseThrow().status()).isEqualTo(InvitationStatus.EXPIRED);
            assertThat(s.history.ofAccount(accountId, 0, 50)).extracting(h -> h.action()).containsSubsequence(
                    "INVITATION_DECLINED", "INVITATION_REVOKED", "INVITATION_EXPIRED");
            assertThat(s.jobs.countPending()).isZero();
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theOwnerStaysAndKeepsEveryPermissionWhileManagersManage(TestDatabase db) {
        start(db);
        long accountId = tx(s -> s.accountService.open(s.user("demo-clara"), own("Claras Laden")).account().id());
        for (String invitee : new String[] {"ben@agentur-beispiel.example", "anna@agentur-beispiel.example"}) {
            String token = tx(s -> s.invitationService.invite(s.user("demo-clara"), accountId, invitee,
                    EnumSet.of(Permission.EDIT_SITE)).token());
            tx(s -> s.invitationService.accept(s.user(invitee.startsWith("ben") ? "demo-ben" : "demo-anna"), new Answer(token, null)));
        }
        long claraId = tx(s -> s.user("demo-clara").id());
        long benId = tx(s -> s.user("demo-ben").id());
        long annaId = tx(s -> s.user("demo-anna").id());

        assertThatThrownBy(() -> tx(s -> s.accountService.setPermissions(s.user("demo-ben"), accountId, annaId, Permission.all())))
                .as("a collaborator without MANAGE_COLLABORATORS").isInstanceOf(ActionForbidden.class);
        assertThatThrownBy(() -> tx(s -> s.accountService.setPermissions(s.user("demo-david"), accountId, annaId, Permission.all())))
                .as("a stranger learns nothing").isInstanceOf(ResourceNotFound.class);
        assertThatThrownBy(() -> tx(s -> s.accountService.setPermissions(s.user("demo-petra"), accountId, annaId, Permission.all())))
                .as("staff see but do not manage").isInstanceOf(ActionForbidden.class);
        java.util.List<AccountService.Member> seenByStaff = tx(s -> s.accountService.members(s.user("demo-petra"), accountId));
        assertThat(seenByStaff).hasSize(3);

        tx(s -> s.accountService.setPermissions(s.user("demo-clara"), accountId, benId, EnumSet.of(Permission.MANAGE_COLLABORATORS)));
        assertThatThrownBy(() -> tx(s -> s.accountService.setPermissions(s.user("demo-ben"), accountId, claraId, Set.of())))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("OWNER_PERMISSIONS_FIXED");
        assertThatThrownBy(() -> tx(s -> { s.accountService.removeMember(s.user("demo-ben"), accountId, claraId); return null; }))
                .extracting(e -> ((DomainConflict) e).code()).isEqualTo("OWNER_CANNOT_BE_REMOVED");
        tx(s -> { s.accountService.removeMember(s.user("demo-ben"), accountId, annaId); return null; });
        tx(s -> { s.accountService.removeMember(s.user("demo-ben"), accountId, benId); return null; });

        tx(s -> {
            assertThat(s.accounts.members(accountId)).singleElement().satisfies(m -> {
                assertThat(m.userId()).isEqualTo(claraId);
                assertThat(m.role()).isEqualTo(AccountRole.OWNER);
                assertThat(m.permissions()).isEqualTo(Permission.all());
            });
            assertThat(s.history.ofAccount(accountId, 0, 50)).filteredOn(h -> h.action().startsWith("MEMBER") || h.action().startsWith("PERM"))
                    .extracting(h -> h.action() + " by " + h.actorId())
                    .containsExactly("PERMISSIONS_CHANGED by " + claraId, "MEMBER_REMOVED by " + benId, "MEMBER_REMOVED by " + benId);
            return null;
        });
    }
}
