package com.partnerhub.service.domain.identity;

/** Roles that hold across the whole portal; everything finer comes from memberships in agencies and accounts. */
public enum PlatformRole {
    /** Installs and configures Partner Hub. */
    ADMIN,
    /** The hosting provider's fulfilment team. */
    PROVIDER_STAFF
}
