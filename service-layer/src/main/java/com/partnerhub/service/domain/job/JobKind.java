package com.partnerhub.service.domain.job;

/** The deadlines the service keeps. */
public enum JobKind {
    INVITATION_EXPIRY,
    TRANSFER_EXPIRY,
    MILESTONE_AUTO_ACCEPTANCE
}
