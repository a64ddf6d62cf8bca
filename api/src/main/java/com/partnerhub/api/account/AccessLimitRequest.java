package com.partnerhub.api.account;

/** Body of {@code PUT /api/v1/accounts/{id}/members/{userId}/limit}: how far a grant reaches; all empty: unlimited. */
public class AccessLimitRequest {
    /** Limits the grant to this site of the account. */
    public Long siteId;
    /** The grant ends by itself at this moment (ISO-8601 instant) or at the end of this day (YYYY-MM-DD, UTC). */
    public String accessEndsAt;
    /** The grant ends by itself when this order of the account is completed. */
    public Long untilOrderId;
}
