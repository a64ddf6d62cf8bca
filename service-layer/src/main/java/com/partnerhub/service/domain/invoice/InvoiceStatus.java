package com.partnerhub.service.domain.invoice;

public enum InvoiceStatus {
    ISSUED,
    PAID,
    VOID
}
