package com.partnerhub.service.domain.account;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    CustomerAccount add(CustomerAccount account);

    Optional<CustomerAccount> find(long id);

    Optional<CustomerAccount> findByOwnerEmail(String email);

    List<CustomerAccount> findAll(java.util.Collection<Long> ids);

    /** The caller's memberships with their accounts, ordered by account name. */
    List<Membership> membershipsOf(long userId);

    Optional<AccountMember> member(long accountId, long userId);

    List<AccountMember> members(long accountId);

    boolean hasMemberWithEmail(long accountId, String email);

    /** Whether someone who works for this agency is a member of the account. */
    boolean hasMemberOfAgency(long accountId, long agencyId);

    AccountMember addMember(AccountMember member);

    void removeMember(AccountMember member);

    record Membership(CustomerAccount account, AccountMember member) {
    }
}
