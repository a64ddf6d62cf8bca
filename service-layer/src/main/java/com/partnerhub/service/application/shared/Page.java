package com.partnerhub.service.application.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** One page of a keyset-paginated list: the items and the id to continue after (null on the last page). */
public record Page<T>(List<T> items, Long nextAfterId) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** Built from {@code limit + 1} fetched rows: the extra row only tells that there is more. */
    public static <T> Page<T> of(List<T> fetched, int limit, ToLongFunction<T> id) {
        if (fetched.size() <= limit) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> items = List.copyOf(fetched.subList(0, limit));
        return new Page<>(items, id.applyAsLong(items.get(items.size() - 1)));
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), nextAfterId);
    }
}
