package com.partnerhub.api.agency;

import com.partnerhub.api.account.InvitationRequest;

/** One invitation of a bulk invite: into {@code accountId}, as {@link InvitationRequest}. */
public class BulkInvitationItem extends InvitationRequest {
    public Long accountId;
}
