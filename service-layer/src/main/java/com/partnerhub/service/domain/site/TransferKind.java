package com.partnerhub.service.domain.site;

/** How a site changed hands: offered by the agency and accepted, or by itself when the order's final tranche was paid. */
public enum TransferKind {
    OFFER,
    AUTOMATIC
}
