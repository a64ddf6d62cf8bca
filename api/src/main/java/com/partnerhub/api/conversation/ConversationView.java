package com.partnerhub.api.conversation;

public class ConversationView {
    public long id;
    public long agencyId;
    public long accountId;
    /** The order this thread belongs to; null for a general conversation. */
    public Long orderId;
    public String subject;
    public boolean startedByCustomer;
    public String createdAt;
    public String lastMessageAt;
}
