package com.partnerhub.service.domain.notification;

/** Where a person wants to hear of one kind of event. */
public enum ChannelChoice {
    EMAIL, PORTAL, BOTH, NONE;

    public boolean email() {
        return this == EMAIL || this == BOTH;
    }

    public boolean portal() {
        return this == PORTAL || this == BOTH;
    }
}
