package com.partnerhub.api.account;

import java.util.List;

public class InvitationRequest {
    public String email;
    public List<String> permissions;
    /** Limits the grant to this site of the account. */
    public Long siteId;
    /** The grant ends by itself at this moment (ISO-8601 instant) or at the end of this day (YYYY-MM-DD, UTC). */
    public String accessEndsAt;
    /** The grant ends by itself when this order of the account is completed. */
    public Long untilOrderId;
}
