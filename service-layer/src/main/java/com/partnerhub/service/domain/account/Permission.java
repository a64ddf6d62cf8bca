package com.partnerhub.service.domain.account;

import java.util.EnumSet;
import java.util.Set;

/** What a member may do in a customer account. The owner holds all of them, always. */
public enum Permission {
    ORDER_PRODUCTS,
    CHANGE_SPECS,
    CONTACT_SUPPORT,
    VIEW_INVOICES,
    MANAGE_BILLING,
    MANAGE_COLLABORATORS,
    EDIT_SITE;

    public static Set<Permission> all() {
        return EnumSet.allOf(Permission.class);
    }
}
