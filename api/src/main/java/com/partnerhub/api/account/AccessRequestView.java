package com.partnerhub.api.account;

import java.util.List;

/**
 * What an agency user asked for that waits for the account owner's approval: an invitation ({@code email}) or a change
 * of a member's permissions ({@code memberUserId}).
 */
public class AccessRequestView {
    public long id;
    public long accountId;
    /** {@code INVITATION} or {@code PERMISSIONS}. */
    public String kind;
    public long requestedBy;
    public String requestedByName;
    public String email;
    public Long memberUserId;
    public List<String> permissions;
    /** The grant reaches only this site of the account (null: all of them). */
    public Long siteId;
    /** The grant ends by itself then (null: no end date). */
    public String accessEndsAt;
    /** The grant ends by itself when this order is completed. */
    public Long untilOrderId;
    /** {@code PENDING}, {@code APPROVED} or {@code DECLINED}. */
    public String status;
    public String createdAt;
    public String decidedAt;
}
