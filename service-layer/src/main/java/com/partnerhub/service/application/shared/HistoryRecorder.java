package com.partnerhub.service.application.shared;

import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.history.HistoryRepository;
import com.partnerhub.service.domain.notification.NotificationKind;

/**
 * Writes what happened into the history in the caller's transaction, so a change and its record commit or
 * fail together. States are small JSON objects of the fields that matter. A change people are told of
 * ({@link NotificationKind}) is marked pending in its row: the history doubles as the transactional outbox.
 */
@ApplicationScoped
public class HistoryRecorder {

    private HistoryRepository history;
    private Clock clock;

    protected HistoryRecorder() {
    }

    @Inject
    public HistoryRecorder(HistoryRepository history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    public void record(Long actorId, String subjectType, long subjectId, Long accountId, String action,
                       Map<String, ?> before, Map<String, ?> after) {
        HistoryEntry entry = new HistoryEntry(clock.instant(), actorId, subjectType, subjectId, accountId, action,
                json(before), json(after));
        // the history is the outbox: the same row, in the same transaction, tells the dispatcher to notify
        if (!NotificationKind.of(subjectType, action, after == null ? java.util.Set.of() : after.keySet()).isEmpty()) {
            entry.awaitNotification();
        }
        history.add(entry);
    }

    static String json(Map<String, ?> state) {
        if (state == null || state.isEmpty()) {
            return null;
        }
        return object(state).build().toString();
    }

    /** Values as JSON: numbers, flags, lists (sorted, as text), maps (a brief's answers) as objects, the rest as text. */
    private static JsonObjectBuilder object(Map<?, ?> state) {
        JsonObjectBuilder b = JsonSupport.PROVIDER.createObjectBuilder();
        state.forEach((key, v) -> {
            String k = String.valueOf(key);
            if (v == null) {
                b.addNull(k);
            } else if (v instanceof Number n) {
                b.add(k, n.longValue());
            } else if (v instanceof Boolean flag) {
                b.add(k, flag);
            } else if (v instanceof Map<?, ?> m) {
                b.add(k, object(m));
            } else if (v instanceof java.util.Collection<?> c) {
                var arr = JsonSupport.PROVIDER.createArrayBuilder();
                c.stream().map(String::valueOf).sorted().forEach(arr::add);
                b.add(k, arr);
            } else {
                b.add(k, v.toString());
            }
        });
        return b;
    }
}
