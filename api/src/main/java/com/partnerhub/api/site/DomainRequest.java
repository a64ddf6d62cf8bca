package com.partnerhub.api.site;

/**
 * Body of {@code POST /api/v1/sites/{id}/domains}. While the site is the agency's, the owner contact is the customer
 * it is for (by default the owner of the account of the site's open order) and {@code payer} may be {@code AGENCY}
 * (default) or {@code CUSTOMER}; once the customer owns the site, it is theirs and they pay.
 */
public class DomainRequest {
    public String name;
    public DomainContactView ownerContact;
    public String payer;
}
