package com.partnerhub.service.domain.history;

import java.util.List;

public interface HistoryRepository {

    void add(HistoryEntry entry);

    /** Entries of one subject, oldest first, after the given id, at most {@code limit}. */
    List<HistoryEntry> ofSubject(String subjectType, long subjectId, long afterId, int limit);

    /** Entries of one subject with one action, newest first, at most {@code limit}. */
    List<HistoryEntry> ofSubjectAction(String subjectType, long subjectId, String action, int limit);

    /** Everything recorded for one account, oldest first. */
    List<HistoryEntry> ofAccount(long accountId, long afterId, int limit);

    /**
     * One page of the audit trail of an account or of one person's actions in [{@code from}, {@code to}), in time order,
     * after the entry ({@code afterAt}, {@code afterId}); keyset, so every page costs the same however far in.
     */
    List<HistoryEntry> audit(AuditScope scope, java.time.Instant from, java.time.Instant to, java.time.Instant afterAt, long afterId,
                             int limit);

    /** Whose audit trail: an account's ({@code accountId}) or a person's ({@code actorId}). */
    record AuditScope(Long accountId, Long actorId) {
    }
}
