package com.partnerhub.service.application.shared;

import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.history.HistoryRepository;

/**
 * Writes what happened into the history in the caller's transaction, so a change and its record commit or
 * fail together. States are small JSON objects of the fields that matter.
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
        history.add(new HistoryEntry(clock.instant(), actorId, subjectType, subjectId, accountId, action,
                json(before), json(after)));
    }

    static String json(Map<String, ?> state) {
        if (state == null || state.isEmpty()) {
            return null;
        }
        JsonObjectBuilder b = JsonSupport.PROVIDER.createObjectBuilder();
        state.forEach((k, v) -> {
            if (v == null) {
                b.addNull(k);
            } else if (v instanceof Number n) {
                b.add(k, n.longValue());
            } else if (v instanceof Boolean flag) {
                b.add(k, flag);
            } else if (v instanceof java.util.Collection<?> c) {
                var arr = JsonSupport.PROVIDER.createArrayBuilder();
                c.stream().map(String::valueOf).sorted().forEach(arr::add);
                b.add(k, arr);
            } else {
                b.add(k, v.toString());
            }
        });
        return b.build().toString();
    }
}
