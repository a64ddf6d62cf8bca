package com.partnerhub.api.site;

/** A domain registered for a site, with the contacts the registrar keeps. */
public class DomainView {
    public long id;
    public long siteId;
    public String name;
    /** {@code PENDING} (the registrar has not confirmed it yet) or {@code REGISTERED}. */
    public String status;
    /** Who pays for it: {@code AGENCY} or {@code CUSTOMER}. */
    public String payer;
    /** The registrant: always the customer. */
    public DomainContactView owner;
    public DomainContactView admin;
    public DomainContactView billing;
    public DomainContactView tech;
    public String registrarReference;
    public String createdAt;
}
