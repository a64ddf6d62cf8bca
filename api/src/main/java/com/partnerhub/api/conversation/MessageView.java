package com.partnerhub.api.conversation;

public class MessageView {
    public long id;
    public long authorId;
    public String authorName;
    /** The side the author writes for: {@code AGENCY}, {@code CUSTOMER}, {@code PROVIDER} or {@code ADMIN}. */
    public String authorRole;
    /** {@code DELIVERY} (a delivery's note) or {@code REVISION_REQUEST} (its reason) with the milestone; null for a plain message. */
    public String kind;
    public Integer milestone;
    public String body;
    public String sentAt;
}
