package com.partnerhub.api.notification;

/** An event type a webhook endpoint can ask for, e.g. {@code milestone.delivered}, and the notification kind it is. */
public class EventTypeView {
    public String type;
    public String kind;
}
