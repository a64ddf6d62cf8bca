package com.partnerhub.api.site;

/** A site with its owner and the party its invoices go to now. */
public class SiteView {
    public long id;
    public String name;
    public String domain;
    public String plan;
    public long agencyId;
    public Long ownerAccountId;
    public boolean underAgency;
    /** {@code AGENCY} or {@code CUSTOMER}. */
    public String billingParty;
    public Long billedAgencyId;
    public Long billedAccountId;
    public String createdAt;
}
