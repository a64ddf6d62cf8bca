package com.partnerhub.service.domain.notification;

/**
 * Who is told of an event, by role. Resolved to people when the event is fanned out, never to the person who
 * caused it.
 */
public enum Audience {
    /** Everyone who works for the order's, thread's or transfer's agency. */
    AGENCY,
    /** The customer's side of an order: the account's owner and collaborators with CHANGE_SPECS. */
    CUSTOMER,
    /** The account's owner and collaborators with VIEW_INVOICES. */
    INVOICE_READERS,
    /** The account's owner and collaborators with CONTACT_SUPPORT (they take part in threads). */
    CONTACTS,
    /** The account's owner and collaborators with MANAGE_COLLABORATORS, and whoever sent the invitation. */
    COLLABORATOR_MANAGERS,
    /** Provider staff, when the milestone is the provider's to deliver. */
    PROVIDER_STAFF,
    /** The invited e-mail address (a person, once they have signed in). */
    INVITEE,
    /** The e-mail address a site is offered to. */
    TRANSFER_RECIPIENT,
    /** The collaborator whose access to an account changed. */
    MEMBER,
    /** The account's owner alone (decisions only the owner takes, and what they must know of their account). */
    ACCOUNT_OWNER
}
