package com.partnerhub.api.account;

import java.util.ArrayList;
import java.util.List;

public class InvitationView {
    public long id;
    public long accountId;
    public String accountName;
    /** {@code COLLABORATOR} or {@code OWNERSHIP} (take over an account opened on one's behalf). */
    public String kind;
    public String email;
    /** {@code PENDING}, {@code ACCEPTED}, {@code DECLINED}, {@code REVOKED}, {@code EXPIRED}. */
    public String status;
    public List<String> permissions = new ArrayList<>();
    public String createdAt;
    public String expiresAt;
    /** Only in the answer that created it: the secret the invitee accepts with. Never shown again. */
    public String token;
    /** The grant reaches only this site of the account (null: all of them). */
    public Long siteId;
    /** The grant ends by itself then (null: no end date). */
    public String accessEndsAt;
    /** The grant ends by itself when this order is completed. */
    public Long untilOrderId;
}
