package com.partnerhub.service.application.account;

import com.partnerhub.service.domain.invitation.Invitation;

/** A new invitation and its token, which leaves the service exactly once: in this answer (and the invitee's mail). */
public record IssuedInvitation(Invitation invitation, String token) {
}
