package com.partnerhub.api.notification;

/** How many notifications the caller has not read yet. */
public class UnreadCountView {
    public long unread;
}
