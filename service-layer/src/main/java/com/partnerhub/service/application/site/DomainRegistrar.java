package com.partnerhub.service.application.site;

import com.partnerhub.service.domain.account.BillingParty;
import com.partnerhub.service.domain.site.Domain;

/**
 * The registrar a provider registers its customers' domains with. Called from a job after the change committed, and
 * again until it succeeds, so both calls must be safe to repeat with the same state.
 */
public interface DomainRegistrar {

    /** Registers the domain with these contacts and payer; returns the registrar's reference for it. */
    String register(String name, Domain.Contacts contacts, BillingParty payer);

    /** Tells the registrar the domain's current contacts and payer. */
    void update(String reference, String name, Domain.Contacts contacts, BillingParty payer);
}
