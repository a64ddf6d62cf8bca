package com.partnerhub.service.domain.account;

public enum AccountRole {
    OWNER,
    COLLABORATOR
}
