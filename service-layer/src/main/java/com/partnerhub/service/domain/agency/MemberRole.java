package com.partnerhub.service.domain.agency;

/** A person's standing in an agency: the owner manages its members; members work on its orders. */
public enum MemberRole {
    OWNER,
    MEMBER
}
