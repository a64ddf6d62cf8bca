package com.partnerhub.service.web.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.partnerhub.api.account.AccessRequestView;
import com.partnerhub.api.account.AccountView;
import com.partnerhub.api.account.InvitationView;
import com.partnerhub.api.account.MemberView;
import com.partnerhub.service.application.account.AccountService;
import com.partnerhub.service.domain.account.AccessLimit;
import com.partnerhub.service.domain.account.AccessRequest;
import com.partnerhub.service.domain.account.AccountMember;
import com.partnerhub.service.domain.account.CustomerAccount;
import com.partnerhub.service.domain.invitation.Invitation;
import com.partnerhub.service.web.support.EnumValues;

/** Domain to API: accounts, members, invitations and history entries. */
final class AccountViews {

    private AccountViews() {
    }

    static AccountView account(CustomerAccount a, Optional<AccountMember> caller) {
        AccountView v = new AccountView();
        v.id = a.id();
        v.name = a.name();
        v.ownerEmail = a.ownerEmail();
        v.ownerUserId = a.ownerUserId();
        v.takenOver = a.ownerUserId() != null;
        v.billingParty = a.billingParty().name();
        v.billingAgencyId = a.billingAgencyId();
        v.openedByAgencyId = a.openedByAgencyId();
        v.authorisationNote = a.authorisationNote();
        v.authorisedAt = iso(a.authorisedAt());
        v.createdAt = iso(a.createdAt());
        caller.ifPresent(m -> {
            v.myRole = m.role().name();
            v.myPermissions = EnumValues.names(m.permissions());
        });
        return v;
    }

    static MemberView member(AccountService.Member m) {
        MemberView v = new MemberView();
        v.userId = m.membership().userId();
        v.email = m.user() == null ? null : m.user().email();
        v.displayName = m.user() == null ? null : m.user().displayName();
        v.role = m.membership().role().name();
        v.permissions = EnumValues.names(m.membership().permissions());
        v.addedAt = iso(m.membership().addedAt());
        AccessLimit limit = m.membership().limit();
        v.siteId = limit.siteId();
        v.accessEndsAt = iso(limit.endsAt());
        v.untilOrderId = limit.untilOrderId();
        return v;
    }

    static InvitationView invitation(Invitation i, String accountName, String token) {
        InvitationView v = new InvitationView();
        v.id = i.id();
        v.accountId = i.accountId();
        v.accountName = accountName;
        v.kind = i.kind().name();
        v.email = i.email();
        v.status = i.status().name();
        v.permissions = EnumValues.names(i.permissions());
        v.createdAt = iso(i.createdAt());
        v.expiresAt = iso(i.expiresAt());
        v.token = token;
        v.siteId = i.limit().siteId();
        v.accessEndsAt = iso(i.limit().endsAt());
        v.untilOrderId = i.limit().untilOrderId();
        return v;
    }

    static AccessRequestView request(AccessRequest r, String requestedByName) {
        AccessRequestView v = new AccessRequestView();
        v.id = r.id();
        v.accountId = r.accountId();
        v.kind = r.kind().name();
        v.requestedBy = r.requestedBy();
        v.requestedByName = requestedByName;
        v.email = r.email();
        v.memberUserId = r.memberUserId();
        v.permissions = EnumValues.names(r.permissions());
        v.siteId = r.limit().siteId();
        v.accessEndsAt = iso(r.limit().endsAt());
        v.untilOrderId = r.limit().untilOrderId();
        v.status = r.status().name();
        v.createdAt = iso(r.createdAt());
        v.decidedAt = iso(r.decidedAt());
        return v;
    }

    static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
