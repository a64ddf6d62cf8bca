package com.partnerhub.api.site;

/** Body of {@code POST /api/v1/sites}: a site the agency builds; it starts under the agency. */
public class SiteRequest {
    public Long agencyId;
    public String name;
    public String domain;
}
