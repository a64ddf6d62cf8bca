package com.partnerhub.api.account;

import java.util.List;

/**
 * Body of {@code POST /api/v1/accounts}. Without {@code onBehalfOfAgencyId} the caller opens their own account.
 * With it, an agency member opens an account for {@code customerEmail} with the customer's recorded
 * authorisation; {@code agencyPermissions} are what the customer agreed the agency may do (a default set
 * when empty) and {@code billingParty} ({@code CUSTOMER} or {@code AGENCY}) who pays.
 */
public class OpenAccountRequest {
    public String name;
    public Long onBehalfOfAgencyId;
    public String customerEmail;
    public Authorisation authorisation;
    public List<String> agencyPermissions;
    public String billingParty;

    public static class Authorisation {
        public Boolean confirmed;
        public String note;
    }
}
