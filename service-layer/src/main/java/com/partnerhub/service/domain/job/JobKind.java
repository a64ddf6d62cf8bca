package com.partnerhub.service.domain.job;

/** The deadlines the service keeps. */
public enum JobKind {
    INVITATION_EXPIRY,
    TRANSFER_EXPIRY,
    /** Kept on the delivered milestone itself (its review deadline), never as a scheduled job. */
    MILESTONE_AUTO_ACCEPTANCE
}
