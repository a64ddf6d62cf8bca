package com.partnerhub.service.application.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.Actors;
import com.partnerhub.service.domain.account.AccountMember;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.history.HistoryRepository;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.shared.Validator;

/**
 * Who did what, for an account or for one person, in a date range: checked once, then read page by page (each page
 * its own short read, keyset by time), so an export of any size streams without being held in memory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditTrail {

    /** Entries read per page. */
    public static final int PAGE = 1000;
    /** The longest range one export may cover. */
    public static final int MAX_DAYS = 3660;

    private HistoryRepository history;
    private AccessPolicy access;
    private Actors actors;
    private Clock clock;

    protected AuditTrail() {
    }

    @Inject
    public AuditTrail(HistoryRepository history, AccessPolicy access, Actors actors, Clock clock) {
        this.history = history;
        this.access = access;
        this.actors = actors;
        this.clock = clock;
    }

    /** An allowed export: whose trail, from (inclusive) to (exclusive). */
    public record Scope(HistoryRepository.AuditScope who, Instant from, Instant to) {
    }

    /**
     * Checks who may export what: an account's trail for its owner, members who manage its collaborators and staff; a
     * person's own actions for themselves, anyone's for staff. Days are whole UTC days, {@code to} included; by default
     * the last 30 days.
     */
    public Scope allow(User caller, Long accountId, Long userId, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        new Validator().check((accountId == null) != (userId == null), "accountId", "ACCOUNT_OR_USER")
                .check(!first.isAfter(last), "from", "AFTER_TO")
                .check(!first.plusDays(MAX_DAYS).isBefore(last), "to", "RANGE_TOO_LONG", MAX_DAYS)
                .throwIfInvalid();
        if (accountId != null) {
            Optional<AccountMember> member = access.requireVisibleAccount(caller, accountId);
            if (member.isPresent() && !member.get().may(Permission.MANAGE_COLLABORATORS) && !access.isStaff(caller)) {
                throw new ActionForbidden("needs MANAGE_COLLABORATORS");
            }
        } else if (!userId.equals(caller.id()) && !access.isStaff(caller)) {
            throw new ActionForbidden("only one's own actions, or staff");
        }
        return new Scope(new HistoryRepository.AuditScope(accountId, userId), first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** One page of entries with their actors' names, after the last entry of the previous page (null: the first). */
    public record Page(List<HistoryEntry> entries, Map<Long, Actors.Actor> actors) {
    }

    public Page page(Scope scope, HistoryEntry after) {
        List<HistoryEntry> entries = history.audit(scope.who(), scope.from(), scope.to(), after == null ? null : after.occurredAt(),
                after == null ? 0 : after.id(), PAGE);
        return new Page(entries, actors.of(entries.stream().map(HistoryEntry::actorId).toList(), null));
    }
}
