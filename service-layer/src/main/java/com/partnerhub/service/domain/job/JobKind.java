package com.partnerhub.service.domain.job;

/** The deadlines the service keeps. */
public enum JobKind {
    INVITATION_EXPIRY,
    TRANSFER_EXPIRY,
    /** Two days before an invitation expires, the invitee is reminded. */
    INVITATION_EXPIRY_REMINDER,
    /** Two days before a transfer offer expires, the recipient is reminded. */
    TRANSFER_EXPIRY_REMINDER,
    /** Kept on the delivered milestone itself (its review deadline), never as a scheduled job. */
    MILESTONE_AUTO_ACCEPTANCE,
    /** Kept on the delivered milestone too (reminders sent), never as a scheduled job. */
    REVIEW_REMINDER,
    /** Kept on the order (its document deadline): without documents by then it goes on hold. */
    DOCUMENT_DEADLINE,
    /** Kept on the order too: two days before the document deadline the customer is reminded. */
    DOCUMENTS_REMINDER,
    /** A domain's registration or changed contacts, told to the registrar after the change committed (retried until it took). */
    DOMAIN_REGISTRAR_SYNC,
    /** Kept on the collaborator's grant (its end date or order), never as a scheduled job: the grant ends by itself. */
    ACCESS_END
}
