package com.partnerhub.service.application.account;

import java.util.EnumSet;
import java.util.Set;

import com.partnerhub.service.domain.account.Permission;

/**
 * Which permissions an agency user may only ask for: granting any of them (by invitation or by changing someone's
 * permissions) waits for the account owner's approval. Configured once (see infrastructure), used by the use cases.
 */
public record AccessRules(Set<Permission> ownerApproval) {

    public static final Set<Permission> DEFAULT_OWNER_APPROVAL = EnumSet.of(Permission.MANAGE_BILLING, Permission.MANAGE_COLLABORATORS);

    public static AccessRules defaults() {
        return new AccessRules(DEFAULT_OWNER_APPROVAL);
    }
}
