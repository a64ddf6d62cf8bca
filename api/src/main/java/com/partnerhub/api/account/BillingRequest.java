package com.partnerhub.api.account;

/** Body of {@code PUT /api/v1/accounts/{id}/billing}: {@code CUSTOMER}, or {@code AGENCY} with the agency's id. */
public class BillingRequest {
    public String billingParty;
    public Long billingAgencyId;
}
