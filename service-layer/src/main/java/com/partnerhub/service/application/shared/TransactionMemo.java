package com.partnerhub.service.application.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a transaction already looked up, kept until it ends: a request asks "which agencies does the caller work
 * for" once, not at every access check. Only for facts the transaction itself does not change.
 */
public interface TransactionMemo {

    <T> T remember(Object key, Supplier<T> lookup);

    /** A memo for one unit of work (in-process callers that run one transaction per instance). */
    static TransactionMemo perInstance() {
        Map<Object, Object> values = new HashMap<>();
        return new TransactionMemo() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T remember(Object key, Supplier<T> lookup) {
                return (T) values.computeIfAbsent(key, k -> lookup.get());
            }
        };
    }
}
