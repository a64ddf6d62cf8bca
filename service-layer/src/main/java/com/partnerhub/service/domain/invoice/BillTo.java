package com.partnerhub.service.domain.invoice;

/** Who an invoice is addressed to: the site's (or account's) owner when it is issued, or the agency. */
public record BillTo(Type type, Long accountId, Long agencyId, String name) {

    public enum Type {
        ACCOUNT,
        AGENCY
    }

    public static BillTo account(long accountId, String name) {
        return new BillTo(Type.ACCOUNT, accountId, null, name);
    }

    public static BillTo agency(long agencyId, String name) {
        return new BillTo(Type.AGENCY, null, agencyId, name);
    }
}
