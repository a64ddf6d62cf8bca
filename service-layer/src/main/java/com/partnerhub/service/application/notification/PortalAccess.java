package com.partnerhub.service.application.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import com.partnerhub.service.application.shared.JsonSupport;
import com.partnerhub.service.domain.account.AccountMember;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.account.AccountRole;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.identity.UserRepository;
import com.partnerhub.service.domain.invitation.Invitation;
import com.partnerhub.service.domain.invitation.InvitationKind;
import com.partnerhub.service.domain.invitation.InvitationRepository;
import com.partnerhub.service.domain.notification.NotificationKind;
import com.partnerhub.service.domain.notification.NotificationRepository;
import com.partnerhub.service.domain.site.Site;
import com.partnerhub.service.domain.site.SiteRepository;
import com.partnerhub.service.domain.site.SiteTransfer;

/**
 * What the portal must change about who works on which sites when a site is handed over or a collaborator's access
 * changes: the {@code access} part of those events' webhook payload, which the Liferay connector applies to the
 * portal's sites (membership, Site Owner, a Partner Hub site role). People are named by e-mail address, as the portal
 * knows them; each change says the whole outcome for that person, so applying it twice changes nothing.
 *
 * <pre>
 * "access": {"sites": [{"id": 3, "domain": "mueller.example"}],
 *            "grant": [{"email": "...", "siteRole": "OWNER" | "COLLABORATOR", "permissions": ["EDIT_SITE", ...]}],
 *            "revoke": [{"email": "...", "keepMembership": true | false}]}
 * </pre>
 */
@ApplicationScoped
public class PortalAccess {

    /** The kinds whose webhooks carry {@code access}. */
    public static final Set<NotificationKind> KINDS = Set.of(NotificationKind.TRANSFER_ACCEPTED, NotificationKind.SITE_HANDED_OVER,
            NotificationKind.TRANSFER_UNDONE, NotificationKind.ACCESS_ENDED,
            NotificationKind.INVITATION_ACCEPTED, NotificationKind.COLLABORATOR_CHANGED, NotificationKind.COLLABORATOR_REMOVED);

    private static final int MAX_SITES = 500;

    private SiteRepository sites;
    private InvitationRepository invitations;
    private AccountRepository accounts;
    private UserRepository users;
    private NotificationRepository notifications;

    protected PortalAccess() {
    }

    @Inject
    public PortalAccess(SiteRepository sites, InvitationRepository invitations, AccountRepository accounts,
                        UserRepository users, NotificationRepository notifications) {
        this.sites = sites;
        this.invitations = invitations;
        this.accounts = accounts;
        this.users = users;
        this.notifications = notifications;
    }

    /**
     * The access part of an event's payload. Who and with which permissions come from the event itself, as it was
     * then (a later change has its own, later event); the sites are the account's when the event is fanned out.
     */
    public Optional<JsonObject> of(EventFacts facts) {
        if (!KINDS.contains(facts.kind()) || facts.accountId() == null) {
            return Optional.empty();
        }
        long accountId = facts.accountId();
        JsonObject after = JsonSupport.parse(facts.event().afterState());
        Changes changes = new Changes();
        List<Site> affected;
        switch (facts.kind()) {
            case TRANSFER_ACCEPTED, SITE_HANDED_OVER -> {
                SiteTransfer transfer = sites.findTransfer(facts.event().subjectId()).orElse(null);
                if (transfer == null) {
                    return Optional.empty();
                }
                affected = sites.find(transfer.siteId()).map(List::of).orElse(List.of());
                // the agency's people lose the site; the one who offered it stays as collaborator if they chose so
                boolean stays = after.containsKey("collaboratorPermissions");
                emails(notifications.agencyMemberIds(transfer.agencyId())).values()
                        .forEach(email -> changes.revoke(email, stays));
                // the account's collaborators work on the site it brings in, as on its other sites
                List<AccountMember> collaborators = accounts.members(accountId).stream()
                        .filter(member -> member.role() != AccountRole.OWNER && member.reachesSite(transfer.siteId())).toList();
                Map<Long, String> collaboratorEmails = emails(collaborators.stream().map(AccountMember::userId).toList()); // one query
                for (AccountMember member : collaborators) {
                    changes.grant(collaboratorEmails.get(member.userId()), "COLLABORATOR", member.permissions());
                }
                if (stays) {
                    changes.grant(email(transfer.startedBy()), "COLLABORATOR", permissions(after, "collaboratorPermissions"));
                }
                // accepted by its recipient, or handed over by itself to the account's owner
                Long owner = facts.kind() == NotificationKind.SITE_HANDED_OVER
                        ? accounts.find(accountId).map(a -> a.ownerUserId()).orElse(null) : facts.event().actorId();
                changes.grant(email(owner), "OWNER", Set.of());
            }
            case TRANSFER_UNDONE -> {
                SiteTransfer transfer = sites.findTransfer(facts.event().subjectId()).orElse(null);
                if (transfer == null) {
                    return Optional.empty();
                }
                affected = sites.find(transfer.siteId()).map(List::of).orElse(List.of());
                // the customer's side loses the site it handed back; the one who had offered it owns it again
                List<AccountMember> members = accounts.members(accountId);
                emails(members.stream().map(AccountMember::userId).toList()).values().forEach(email -> changes.revoke(email, false));
                changes.grant(email(transfer.startedBy()), "OWNER", Set.of());
            }
            case INVITATION_ACCEPTED -> {
                Invitation invitation = invitations.find(facts.event().subjectId()).orElse(null);
                if (invitation == null) {
                    return Optional.empty();
                }
                changes.grant(email(facts.event().actorId()),
                        invitation.kind() == InvitationKind.OWNERSHIP ? "OWNER" : "COLLABORATOR", invitation.permissions());
                // a grant limited to one site reaches that site only
                affected = invitation.limit().siteId() == null ? sitesOf(accountId)
                        : sites.find(invitation.limit().siteId()).map(List::of).orElse(List.of());
            }
            case COLLABORATOR_CHANGED -> {
                changes.grant(email(facts.memberId()), "COLLABORATOR", permissions(after, "permissions"));
                affected = sitesReachedBy(accountId, facts.memberId());
            }
            case COLLABORATOR_REMOVED, ACCESS_ENDED -> {
                changes.revoke(email(facts.memberId()), false);
                affected = sitesOf(accountId);
            }
            default -> {
                return Optional.empty();
            }
        }
        JsonArrayBuilder siteList = JsonSupport.PROVIDER.createArrayBuilder();
        for (Site site : affected) {
            JsonObjectBuilder s = JsonSupport.PROVIDER.createObjectBuilder().add("id", site.id()).add("name", site.name());
            if (site.domain() != null) {
                s.add("domain", site.domain());
            }
            siteList.add(s);
        }
        return Optional.of(JsonSupport.PROVIDER.createObjectBuilder()
                .add("sites", siteList)
                .add("grant", changes.grants())
                .add("revoke", changes.revokes())
                .build());
    }

    /** The account's sites a member's grant reaches: all of them, or the one it is limited to. */
    private List<Site> sitesReachedBy(long accountId, Long memberId) {
        Long limitedTo = memberId == null ? null : accounts.member(accountId, memberId).map(m -> m.limit().siteId()).orElse(null);
        return limitedTo == null ? sitesOf(accountId) : sites.find(limitedTo).map(List::of).orElse(List.of());
    }

    private List<Site> sitesOf(long accountId) {
        return sites.visibleTo(List.of(), List.of(accountId), 0, MAX_SITES);
    }

    private String email(Long userId) {
        return userId == null ? null : users.find(userId).map(User::email).orElse(null);
    }

    private static Set<Permission> permissions(JsonObject state, String key) {
        Set<Permission> granted = java.util.EnumSet.noneOf(Permission.class);
        JsonValue value = state.get(key);
        if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonString name) {
                    java.util.Arrays.stream(Permission.values()).filter(p -> p.name().equals(name.getString())).findFirst()
                            .ifPresent(granted::add);
                }
            }
        }
        return granted;
    }

    private Map<Long, String> emails(Collection<Long> userIds) {
        Map<Long, String> byId = new LinkedHashMap<>();
        for (User u : users.findAll(userIds)) {
            byId.put(u.id(), u.email());
        }
        return byId;
    }

    /** One entry per person: a grant replaces a revoke of the same address. */
    private static final class Changes {
        private final Map<String, JsonObject> granted = new LinkedHashMap<>();
        private final Map<String, Boolean> revoked = new LinkedHashMap<>();

        void grant(String email, String siteRole, Set<Permission> granted) {
            if (email == null) {
                return;
            }
            JsonArrayBuilder permissions = JsonSupport.PROVIDER.createArrayBuilder();
            granted.stream().sorted().forEach(p -> permissions.add(p.name()));
            revoked.remove(email);
            this.granted.put(email, JsonSupport.PROVIDER.createObjectBuilder()
                    .add("email", email)
                    .add("siteRole", siteRole)
                    .add("permissions", permissions)
                    .build());
        }

        void revoke(String email, boolean keepMembership) {
            if (email != null && !granted.containsKey(email)) {
                revoked.put(email, keepMembership);
            }
        }

        JsonArrayBuilder grants() {
            JsonArrayBuilder a = JsonSupport.PROVIDER.createArrayBuilder();
            granted.values().forEach(a::add);
            return a;
        }

        JsonArrayBuilder revokes() {
            JsonArrayBuilder a = JsonSupport.PROVIDER.createArrayBuilder();
            revoked.forEach((email, keep) -> a.add(JsonSupport.PROVIDER.createObjectBuilder()
                    .add("email", email).add("keepMembership", keep)));
            return a;
        }
    }
}
