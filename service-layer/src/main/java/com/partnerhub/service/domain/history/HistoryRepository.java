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
}
