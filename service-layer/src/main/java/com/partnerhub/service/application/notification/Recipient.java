package com.partnerhub.service.application.notification;

/** A person an event reaches: a user of the service, or only an address (someone invited who has not signed in yet). */
public record Recipient(Long userId, String email, String language, String name) {

    public boolean isUser() {
        return userId != null;
    }
}
