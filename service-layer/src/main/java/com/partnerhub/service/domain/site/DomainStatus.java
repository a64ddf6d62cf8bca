package com.partnerhub.service.domain.site;

/** Ordered and waiting for the registrar, or registered there. */
public enum DomainStatus {
    PENDING,
    REGISTERED
}
