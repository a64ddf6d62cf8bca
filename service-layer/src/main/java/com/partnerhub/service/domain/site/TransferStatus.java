package com.partnerhub.service.domain.site;

public enum TransferStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    CANCELLED,
    EXPIRED
}
