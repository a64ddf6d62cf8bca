package com.partnerhub.service.domain.site;

public enum TransferStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    CANCELLED,
    EXPIRED,
    /** Accepted, then handed back by the customer within the undo window: every moved part restored. */
    UNDONE
}
