package com.partnerhub.service.domain.site;

import java.time.Instant;

import com.partnerhub.service.domain.shared.Validator;

/**
 * A site an agency builds. It stays under the agency (the agency pays, invoices go to the agency) until it
 * is transferred to a customer account (the account pays from then on).
 */
public class Site {

    public static final String FREE_PLAN = "FREE";

    private Long id;
    private String name;
    private String domain;
    private Long agencyId;
    private Long ownerAccountId;
    private String plan;
    private Instant createdAt;
    private long version;

    protected Site() {
    }

    public static Site create(String name, String domain, long agencyId, Instant now) {
        new Validator().required("name", name).maxLength("name", name, 200)
                .maxLength("domain", domain, 253)
                .check(domain == null || domain.isBlank() || Domain.isDomainName(domain), "domain", "INVALID_DOMAIN")
                .throwIfInvalid();
        Site s = new Site();
        s.name = name.trim();
        s.domain = domain == null || domain.isBlank() ? null : domain.trim().toLowerCase(java.util.Locale.ROOT);
        s.agencyId = agencyId;
        s.plan = FREE_PLAN;
        s.createdAt = now;
        return s;
    }

    public boolean isUnderAgency() {
        return ownerAccountId == null;
    }

    public void moveTo(long accountId) {
        this.ownerAccountId = accountId;
    }

    /** An undone handover: the site is the agency's again. */
    public void backToAgency() {
        this.ownerAccountId = null;
    }

    public void changePlan(String newPlan) {
        new Validator().required("plan", newPlan).maxLength("plan", newPlan, 32).throwIfInvalid();
        this.plan = newPlan.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String domain() {
        return domain;
    }

    public long agencyId() {
        return agencyId;
    }

    public Long ownerAccountId() {
        return ownerAccountId;
    }

    public String plan() {
        return plan;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
