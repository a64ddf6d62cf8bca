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

    /**
     * Claims a limited grant that has ended: its date passed, or the order it was for is completed. Locked (skipping
     * rows another instance holds) until the claiming transaction ends.
     */
    java.util.Optional<AccountMember> claimEndedGrant(java.time.Instant now);

    AccessRequest addAccessRequest(AccessRequest request);

    java.util.Optional<AccessRequest> findAccessRequest(long id);

    /** The account's requests, pending first, then newest first. */
    List<AccessRequest> accessRequestsOf(long accountId);

    record Membership(CustomerAccount account, AccountMember member) {
    }
}
