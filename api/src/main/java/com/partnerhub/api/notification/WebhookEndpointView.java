package com.partnerhub.api.notification;

import java.util.ArrayList;
import java.util.List;

public class WebhookEndpointView {
    public long id;
    public Long agencyId;
    public String url;
    public List<String> eventTypes = new ArrayList<>();
    public String description;
    public boolean active;
    public String createdAt;
    /** Only in the answer that registered it: the signing secret ({@code whsec_…}). Never shown again. */
    public String secret;
}
