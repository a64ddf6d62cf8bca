package com.partnerhub.service.domain.account;

import java.time.Instant;

import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.Validator;

/**
 * A customer's account: owned by exactly one customer (known by e-mail before they have logged in, when
 * an agency opened it on their behalf), billed to the customer or to an agency.
 */
public class CustomerAccount {

    private Long id;
    private String name;
    private String ownerEmail;
    private Long ownerUserId;
    private BillingParty billingParty;
    private Long billingAgencyId;
    private Long openedByAgencyId;
    private String authorisationNote;
    private Instant authorisedAt;
    private Instant createdAt;
    private long version;

    protected CustomerAccount() {
    }

    /** The customer opens their own account and owns it at once. */
    public static CustomerAccount openByCustomer(String name, String ownerEmail, long ownerUserId, Instant now) {
        new Validator().required("name", name).maxLength("name", name, 200).throwIfInvalid();
        CustomerAccount a = new CustomerAccount();
        a.name = name.trim();
        a.ownerEmail = ownerEmail;
        a.ownerUserId = ownerUserId;
        a.billingParty = BillingParty.CUSTOMER;
        a.createdAt = now;
        return a;
    }

    /**
     * An agency opens the account for its customer, with the customer's recorded authorisation. The customer
     * is the owner from the start and takes the account over by accepting the ownership invitation.
     */
    public static CustomerAccount openOnBehalf(String name, String ownerEmail, long agencyId, String authorisationNote,
                                               BillingParty billingParty, Instant now) {
        new Validator().required("name", name).maxLength("name", name, 200)
                .required("authorisation.note", authorisationNote).maxLength("authorisation.note", authorisationNote, 1000)
                .throwIfInvalid();
        CustomerAccount a = new CustomerAccount();
        a.name = name.trim();
        a.ownerEmail = ownerEmail;
        a.openedByAgencyId = agencyId;
        a.authorisationNote = authorisationNote.trim();
        a.authorisedAt = now;
        a.billingParty = billingParty == null ? BillingParty.CUSTOMER : billingParty;
        a.billingAgencyId = a.billingParty == BillingParty.AGENCY ? agencyId : null;
        a.createdAt = now;
        return a;
    }

    /** The owner, known by e-mail, logs in and accepts: from now on the account is theirs in every sense. */
    public void takeOver(long userId, String userEmail) {
        if (!ownerEmail.equals(userEmail)) {
            throw new DomainConflict("NOT_THE_INVITEE", "only the owner's e-mail can take the account over");
        }
        if (ownerUserId != null) {
            throw new DomainConflict("ACCOUNT_ALREADY_TAKEN_OVER", "the owner already took this account over");
        }
        this.ownerUserId = userId;
    }

    /** Invoices go to the customer, or to an agency that works in the account (checked by the caller). */
    public void billTo(BillingParty party, Long agencyId) {
        if (party == BillingParty.AGENCY && agencyId == null) {
            throw new com.partnerhub.service.domain.shared.ValidationException(
                    java.util.List.of(new com.partnerhub.service.domain.shared.Violation("billingAgencyId", "REQUIRED")));
        }
        this.billingParty = party;
        this.billingAgencyId = party == BillingParty.AGENCY ? agencyId : null;
    }

    public boolean isOwnedBy(long userId) {
        return ownerUserId != null && ownerUserId == userId;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String ownerEmail() {
        return ownerEmail;
    }

    public Long ownerUserId() {
        return ownerUserId;
    }

    public BillingParty billingParty() {
        return billingParty;
    }

    public Long billingAgencyId() {
        return billingAgencyId;
    }

    public Long openedByAgencyId() {
        return openedByAgencyId;
    }

    public String authorisationNote() {
        return authorisationNote;
    }

    public Instant authorisedAt() {
        return authorisedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
