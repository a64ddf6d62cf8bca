package com.partnerhub.service.application.account;

import java.util.Set;

import com.partnerhub.service.domain.account.BillingParty;
import com.partnerhub.service.domain.account.Permission;

/**
 * Opening a customer account: by the customer for themselves ({@code onBehalfOfAgencyId} null), or by an
 * agency for its customer with the customer's recorded authorisation and the permissions agreed for the agency.
 */
public record OpenAccount(String name, Long onBehalfOfAgencyId, String customerEmail, boolean authorisationConfirmed,
                          String authorisationNote, Set<Permission> agencyPermissions, BillingParty billingParty) {
}
