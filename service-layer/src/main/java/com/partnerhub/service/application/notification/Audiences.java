package com.partnerhub.service.application.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.partnerhub.service.domain.account.AccountMember;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.identity.IdentityClaims;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.identity.UserRepository;
import com.partnerhub.service.domain.notification.Audience;
import com.partnerhub.service.domain.notification.NotificationRepository;

/** Turns the roles an event names into people: each once, never the one who caused it. */
@ApplicationScoped
public class Audiences {

    private NotificationRepository notifications;
    private AccountRepository accounts;
    private UserRepository users;
    private NotificationSettings settings;

    protected Audiences() {
    }

    @Inject
    public Audiences(NotificationRepository notifications, AccountRepository accounts, UserRepository users,
                     NotificationSettings settings) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.users = users;
        this.settings = settings;
    }

    public List<Recipient> of(EventFacts facts) {
        Set<Long> userIds = new LinkedHashSet<>();
        List<String> addresses = new ArrayList<>();
        List<AccountMember> members = null;
        for (Audience audience : facts.kind().audiences()) {
            switch (audience) {
                case AGENCY -> {
                    if (facts.agencyId() != null) {
                        userIds.addAll(notifications.agencyMemberIds(facts.agencyId()));
                    }
                }
                case PROVIDER_STAFF -> {
                    if (facts.providerWork()) {
                        userIds.addAll(notifications.providerStaffIds());
                    }
                }
                case CUSTOMER, INVOICE_READERS, CONTACTS, COLLABORATOR_MANAGERS -> {
                    if (facts.accountId() != null) {
                        members = members != null ? members : accounts.members(facts.accountId());
                        Permission needed = switch (audience) {
                            case CUSTOMER -> Permission.CHANGE_SPECS;
                            case INVOICE_READERS -> Permission.VIEW_INVOICES;
                            case CONTACTS -> Permission.CONTACT_SUPPORT;
                            default -> Permission.MANAGE_COLLABORATORS;
                        };
                        // a grant limited to one site hears of that site only
                        members.stream().filter(m -> m.may(needed)).filter(m -> m.reachesSite(facts.siteId()))
                                .map(AccountMember::userId).forEach(userIds::add);
                    }
                    if (audience == Audience.COLLABORATOR_MANAGERS && facts.inviterId() != null) {
                        userIds.add(facts.inviterId());
                    }
                }
                case ACCOUNT_OWNER -> {
                    if (facts.accountId() != null) {
                        accounts.find(facts.accountId()).map(a -> a.ownerUserId()).ifPresent(userIds::add);
                    }
                }
                case MEMBER -> {
                    if (facts.memberId() != null) {
                        userIds.add(facts.memberId());
                    }
                }
                case INVITEE, TRANSFER_RECIPIENT -> {
                    if (facts.address() != null) {
                        addresses.add(IdentityClaims.normalizeEmail(facts.address()));
                    }
                }
            }
        }
        Long actor = facts.event().actorId();
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        for (User u : users.findAll(userIds)) {
            if (!Objects.equals(u.id(), actor)) {
                byEmail.putIfAbsent(u.email(), recipient(u));
            }
        }
        for (String address : addresses) {
            if (byEmail.containsKey(address)) {
                continue;
            }
            users.findByEmail(address).ifPresentOrElse(u -> {
                if (!Objects.equals(u.id(), actor)) {
                    byEmail.put(address, recipient(u));
                }
            }, () -> byEmail.put(address, new Recipient(null, address, guessLanguage(actor), null)));
        }
        return List.copyOf(byEmail.values());
    }

    private Recipient recipient(User u) {
        return new Recipient(u.id(), u.email(), language(u.locale()), u.displayName());
    }

    /** Someone not yet known likely speaks the language of who invited them. */
    private String guessLanguage(Long actor) {
        return actor == null ? settings.defaultLanguage() : users.find(actor).map(u -> language(u.locale()))
                .orElse(settings.defaultLanguage());
    }

    private String language(String locale) {
        if (locale == null || locale.isBlank()) {
            return settings.defaultLanguage();
        }
        return locale.toLowerCase().startsWith("en") ? "en" : locale.toLowerCase().startsWith("de") ? "de"
                : settings.defaultLanguage();
    }

    static Collection<Long> ids(List<Recipient> recipients) {
        return recipients.stream().filter(Recipient::isUser).map(Recipient::userId).toList();
    }
}
