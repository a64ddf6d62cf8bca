package com.partnerhub.service.infrastructure.tx;

import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.partnerhub.service.application.shared.TransactionMemo;

/** Keeps the memo in the JTA transaction's own resources; outside a transaction nothing is kept. */
@ApplicationScoped
public class JtaTransactionMemo implements TransactionMemo {

    @Resource
    TransactionSynchronizationRegistry registry;

    @Override
    @SuppressWarnings("unchecked")
    public <T> T remember(Object key, Supplier<T> lookup) {
        if (registry.getTransactionKey() == null) {
            return lookup.get();
        }
        Object known = registry.getResource(key);
        if (known == null) {
            known = lookup.get();
            registry.putResource(key, known);
        }
        return (T) known;
    }
}
