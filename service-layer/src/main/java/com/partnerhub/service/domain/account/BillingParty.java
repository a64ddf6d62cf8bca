package com.partnerhub.service.domain.account;

/** Who receives and pays an account's invoices: the customer (default) or the agency working for them. */
public enum BillingParty {
    CUSTOMER,
    AGENCY
}
