package com.partnerhub.api.notification;

import java.util.ArrayList;
import java.util.List;

/** Registers a webhook endpoint. Without {@code agencyId} it is the portal admin's and hears every event. */
public class WebhookEndpointRequest {
    public Long agencyId;
    /** https:// (http:// only where the service's configuration allows it, e.g. a local test receiver). */
    public String url;
    /** Event types wanted, e.g. {@code milestone.delivered}; empty for all. */
    public List<String> eventTypes = new ArrayList<>();
    public String description;
}
