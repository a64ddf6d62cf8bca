package com.partnerhub.service.domain.site;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import com.partnerhub.service.domain.account.BillingParty;
import com.partnerhub.service.domain.shared.Validator;

/**
 * A domain registered for a site. Ordered for a customer, its owner (registrant) contact is the customer even while
 * the agency pays; the contacts move with the site when it is handed over, and the owner contact is never the agency
 * (the application service checks the address against the agency's people).
 */
public class Domain {

    private static final Pattern NAME = Pattern.compile("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private Long id;
    private Long siteId;
    private String name;
    private DomainStatus status;
    private BillingParty payer;
    private DomainContact owner;
    private DomainContact admin;
    private DomainContact billing;
    private DomainContact tech;
    private String registrarReference;
    private boolean registrarPending;
    private Long orderedBy;
    private Instant createdAt;
    private long version;

    protected Domain() {
    }

    /** The four contacts a registrar keeps, as one value: what a handover changes and an undo puts back. */
    public record Contacts(DomainContact owner, DomainContact admin, DomainContact billing, DomainContact tech) {
    }

    public static boolean isDomainName(String name) {
        return name != null && name.length() <= 253 && NAME.matcher(name.trim()).matches();
    }

    /**
     * Ordered for {@code owner} while {@code agency} looks after it technically; the billing contact is whoever pays.
     */
    public static Domain order(Site site, String name, DomainContact owner, DomainContact agency, BillingParty payer,
                               long orderedBy, Instant now) {
        new Validator().required("name", name).maxLength("name", name, 253)
                .check(name == null || name.isBlank() || isDomainName(name), "name", "INVALID_DOMAIN")
                .required("payer", payer).throwIfInvalid();
        Domain d = new Domain();
        d.siteId = site.id();
        d.name = name.trim().toLowerCase(Locale.ROOT);
        d.status = DomainStatus.PENDING;
        d.payer = payer;
        d.owner = owner;
        d.admin = owner;
        d.billing = payer == BillingParty.AGENCY ? agency : owner;
        d.tech = agency;
        d.orderedBy = orderedBy;
        d.createdAt = now;
        d.registrarPending = true;
        return d;
    }

    /**
     * The site moved to {@code newOwner}'s account: owner, admin and billing are theirs and they pay; the technical
     * contact stays with the agency only if it stays on the site.
     */
    public void handOverTo(DomainContact newOwner, DomainContact agency, boolean agencyStays) {
        change(new Contacts(newOwner, newOwner, newOwner, agencyStays ? agency : newOwner), BillingParty.CUSTOMER);
    }

    /** Puts contacts and payer back as they were (an undone handover). */
    public void restore(Contacts contacts, BillingParty payer) {
        change(contacts, payer);
    }

    private void change(Contacts contacts, BillingParty newPayer) {
        if (contacts().equals(contacts) && payer == newPayer) {
            return;
        }
        owner = contacts.owner();
        admin = contacts.admin();
        billing = contacts.billing();
        tech = contacts.tech();
        payer = newPayer;
        registrarPending = true;
    }

    /** The registrar now knows the current state; the first time it registered the domain under {@code reference}. */
    public void toldRegistrar(String reference) {
        if (registrarReference == null) {
            registrarReference = reference;
        }
        status = DomainStatus.REGISTERED;
        registrarPending = false;
    }

    public Contacts contacts() {
        return new Contacts(owner, admin, billing, tech);
    }

    public Long id() {
        return id;
    }

    public long siteId() {
        return siteId;
    }

    public String name() {
        return name;
    }

    public DomainStatus status() {
        return status;
    }

    public BillingParty payer() {
        return payer;
    }

    public String registrarReference() {
        return registrarReference;
    }

    public boolean registrarPending() {
        return registrarPending;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
