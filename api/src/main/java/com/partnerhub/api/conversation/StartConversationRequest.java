package com.partnerhub.api.conversation;

/** Body of {@code POST /api/v1/conversations}: between one agency and one customer account, with a first message. */
public class StartConversationRequest {
    public Long agencyId;
    public Long accountId;
    public String subject;
    public String body;
}
