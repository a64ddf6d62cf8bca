package com.partnerhub.service.domain.invitation;

/** Into an account as a collaborator, or to take over an account an agency opened on one's behalf. */
public enum InvitationKind {
    COLLABORATOR,
    OWNERSHIP
}
