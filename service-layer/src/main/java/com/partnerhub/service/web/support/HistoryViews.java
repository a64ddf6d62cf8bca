package com.partnerhub.service.web.support;

import java.util.List;
import java.util.Map;

import com.partnerhub.api.common.HistoryEntryView;
import com.partnerhub.service.application.shared.Actors;
import com.partnerhub.service.domain.history.HistoryEntry;

/** Domain to API for history entries, the same for accounts and orders. */
public final class HistoryViews {

    private HistoryViews() {
    }

    /** Entries with who made them, by name and side, looked up for the whole page at once. */
    public static List<HistoryEntryView> entries(List<HistoryEntry> entries, Actors actors, Long agencyId) {
        Map<Long, Actors.Actor> named = actors.of(entries.stream().map(HistoryEntry::actorId).toList(), agencyId);
        return entries.stream().map(h -> entry(h, Actors.lookup(named, h.actorId()))).toList();
    }

    public static HistoryEntryView entry(HistoryEntry h, Actors.Actor actor) {
        HistoryEntryView v = new HistoryEntryView();
        v.id = h.id();
        v.occurredAt = h.occurredAt().toString();
        v.actorId = h.actorId();
        v.actorName = actor.name();
        v.actorRole = actor.side().name();
        v.subjectType = h.subjectType();
        v.subjectId = h.subjectId();
        v.action = h.action();
        v.before = h.beforeState();
        v.after = h.afterState();
        return v;
    }
}
