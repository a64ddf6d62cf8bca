package com.partnerhub.api.agency;

import com.partnerhub.api.site.TransferRequest;

/** One offer of a bulk transfer: {@code siteId} to {@code recipientEmail}. */
public class BulkTransferItem extends TransferRequest {
    public Long siteId;
}
