package com.partnerhub.api.account;

import java.util.List;

/**
 * Permissions to grant: {@code ORDER_PRODUCTS}, {@code CHANGE_SPECS}, {@code CONTACT_SUPPORT},
 * {@code VIEW_INVOICES}, {@code MANAGE_BILLING}, {@code MANAGE_COLLABORATORS}, {@code EDIT_SITE}.
 */
public class PermissionsRequest {
    public List<String> permissions;
}
