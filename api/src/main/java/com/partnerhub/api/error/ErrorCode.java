package com.partnerhub.api.error;

/**
 * Stable machine-readable codes carried in the {@code code} member of every problem document. Clients
 * branch on these, never on titles or HTTP reason phrases; a code is never renamed once released.
 */
public enum ErrorCode {
    // request shape
    BAD_REQUEST(400),
    MALFORMED_JSON(400),
    INVALID_REQUEST_BODY(400),
    VALIDATION_FAILED(400),
    INVALID_PARAMETER(400),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    NOT_ACCEPTABLE(406),
    METHOD_NOT_ALLOWED(405),

    // identity and access
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    UNKNOWN_DEMO_USER(404),

    NOT_THE_INVITEE(403),
    INVALID_SIGNATURE(401),
    STALE_SIGNATURE(401),

    // state
    CONFLICT(409),
    CONCURRENT_MODIFICATION(409),
    EMAIL_ALREADY_REGISTERED(409),
    ALREADY_MEMBER(409),
    OWNER_PERMISSIONS_FIXED(409),
    OWNER_CANNOT_BE_REMOVED(409),
    ACCOUNT_ALREADY_TAKEN_OVER(409),
    INVITATION_PENDING(409),
    INVITATION_NOT_PENDING(409),
    INVITATION_EXPIRED(409),
    TRANSFER_PENDING(409),
    TRANSFER_NOT_PENDING(409),
    TRANSFER_EXPIRED(409),
    SITE_ALREADY_TRANSFERRED(409),
    TRANSFER_NOT_UNDOABLE(409),
    UNDO_WINDOW_CLOSED(409),
    HANDOVER_NEEDS_SITE(409),
    DOMAIN_TAKEN(409),
    ACCESS_REQUEST_DECIDED(409),
    PACKAGE_CODE_TAKEN(409),
    ORDER_NOT_ACTIVE(409),
    MILESTONE_NOT_CURRENT(409),
    NO_SUCH_MILESTONE(404),
    INVALID_TRANSITION(409),
    NO_REVISIONS_LEFT(409),
    NOTHING_ACCEPTED_YET(409),
    INVOICE_ALREADY_PAID(409),
    INVOICE_VOID(409),
    PAYMENT_MISMATCH(409),
    IDEMPOTENCY_KEY_REUSED(409),
    NO_CONTACT_YET(403),
    ORDER_ON_HOLD(409),
    ORDER_NOT_ON_HOLD(409),
    BRIEF_LOCKED(409),
    DOCUMENT_TOO_LARGE(413),
    DOCUMENT_TYPE_NOT_ALLOWED(415),
    DOCUMENT_INCOMPLETE(400),
    DOCUMENT_EMPTY(400),
    DOCUMENT_DAMAGED(500),

    // everything else
    INTERNAL_ERROR(500),
    SERVICE_UNAVAILABLE(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    /** The HTTP status this code is answered with. */
    public int status() {
        return status;
    }
}
