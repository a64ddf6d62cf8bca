package com.partnerhub.api.agency;

import java.util.List;

/** Body of {@code POST /api/v1/agencies/{id}/bulk-invitations}: 1-100 invitations, each done or refused on its own. */
public class BulkInvitationsRequest {
    public List<BulkInvitationItem> items;
}
