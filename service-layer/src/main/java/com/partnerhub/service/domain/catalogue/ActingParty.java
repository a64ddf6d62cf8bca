package com.partnerhub.service.domain.catalogue;

/** Who does the work of a milestone and delivers it. */
public enum ActingParty {
    AGENCY,
    PROVIDER,
    CUSTOMER
}
