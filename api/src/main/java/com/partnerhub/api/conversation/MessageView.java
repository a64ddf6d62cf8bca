package com.partnerhub.api.conversation;

public class MessageView {
    public long id;
    public long authorId;
    public String body;
    public String sentAt;
}
