package com.partnerhub.service.domain.order;

import java.util.List;
import java.util.Optional;

public interface OrderDocumentRepository {

    OrderDocument add(OrderDocument document);

    Optional<OrderDocument> find(long id);

    /** An order's documents, oldest first. */
    List<OrderDocument> ofOrder(long orderId);

    /** The brief's file questions documents were uploaded for. */
    java.util.Set<String> questionKeys(long orderId);

    /** Whether a stored file is still referred to (a file with no row is left over from an upload that failed). */
    boolean existsWithStorageKey(String storageKey);
}
