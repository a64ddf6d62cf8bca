package com.partnerhub.service.web.support;

import com.partnerhub.api.common.HistoryEntryView;
import com.partnerhub.service.domain.history.HistoryEntry;

/** Domain to API for history entries, the same for accounts and orders. */
public final class HistoryViews {

    private HistoryViews() {
    }

    public static HistoryEntryView entry(HistoryEntry h) {
        HistoryEntryView v = new HistoryEntryView();
        v.id = h.id();
        v.occurredAt = h.occurredAt().toString();
        v.actorId = h.actorId();
        v.subjectType = h.subjectType();
        v.subjectId = h.subjectId();
        v.action = h.action();
        v.before = h.beforeState();
        v.after = h.afterState();
        return v;
    }
}
