package com.partnerhub.api.account;

import java.util.ArrayList;
import java.util.List;

public class MemberView {
    public long userId;
    public String email;
    public String displayName;
    public String role;
    public List<String> permissions = new ArrayList<>();
    public String addedAt;
    /** The grant reaches only this site of the account (null: all of them). */
    public Long siteId;
    /** The grant ends by itself then (null: no end date). */
    public String accessEndsAt;
    /** The grant ends by itself when this order is completed. */
    public Long untilOrderId;
}
