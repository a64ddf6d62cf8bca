package com.partnerhub.api.order;

/** One of an agency's customers in the contacts view. */
public class ContactView {
    public long accountId;
    public String accountName;
    public long orders;
    public long completedOrders;
    /** Sum of what was billed to the account for the agency's orders, by currency (usually one). */
    public long billedMinor;
    public String currency;
    public String lastOrderAt;
    /** The latest order: its page has the order's conversation. */
    public long lastOrderId;
    /** The latest conversation between the agency and the account, if any. */
    public Long conversationId;
}
