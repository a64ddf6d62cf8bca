package com.partnerhub.service.domain.invoice;

import java.util.Optional;

public interface IdempotencyRepository {

    Optional<IdempotencyRecord> find(String key);

    /** Stores the first answer; a concurrent second one fails on the primary key. */
    void add(IdempotencyRecord record);
}
