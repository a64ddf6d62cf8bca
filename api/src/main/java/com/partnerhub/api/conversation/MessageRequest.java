package com.partnerhub.api.conversation;

public class MessageRequest {
    public String body;
}
