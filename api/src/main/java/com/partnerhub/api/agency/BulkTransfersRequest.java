package com.partnerhub.api.agency;

import java.util.List;

/** Body of {@code POST /api/v1/agencies/{id}/bulk-transfers}: 1-100 offers, each made or refused on its own. */
public class BulkTransfersRequest {
    public List<BulkTransferItem> items;
}
