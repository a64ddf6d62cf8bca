package com.partnerhub.service.web.support;

import static com.partnerhub.api.error.ErrorCode.ACCOUNT_ALREADY_TAKEN_OVER;
import static com.partnerhub.api.error.ErrorCode.ALREADY_MEMBER;
import static com.partnerhub.api.error.ErrorCode.CONCURRENT_MODIFICATION;
import static com.partnerhub.api.error.ErrorCode.EMAIL_ALREADY_REGISTERED;
import static com.partnerhub.api.error.ErrorCode.FORBIDDEN;
import static com.partnerhub.api.error.ErrorCode.IDEMPOTENCY_KEY_REUSED;
import static com.partnerhub.api.error.ErrorCode.INTERNAL_ERROR;
import static com.partnerhub.api.error.ErrorCode.INVALID_PARAMETER;
import static com.partnerhub.api.error.ErrorCode.INVALID_REQUEST_BODY;
import static com.partnerhub.api.error.ErrorCode.INVALID_SIGNATURE;
import static com.partnerhub.api.error.ErrorCode.INVALID_TRANSITION;
import static com.partnerhub.api.error.ErrorCode.INVITATION_EXPIRED;
import static com.partnerhub.api.error.ErrorCode.INVITATION_NOT_PENDING;
import static com.partnerhub.api.error.ErrorCode.INVITATION_PENDING;
import static com.partnerhub.api.error.ErrorCode.INVOICE_ALREADY_PAID;
import static com.partnerhub.api.error.ErrorCode.INVOICE_VOID;
import static com.partnerhub.api.error.ErrorCode.MALFORMED_JSON;
import static com.partnerhub.api.error.ErrorCode.MILESTONE_NOT_CURRENT;
import static com.partnerhub.api.error.ErrorCode.NOTHING_ACCEPTED_YET;
import static com.partnerhub.api.error.ErrorCode.NOT_FOUND;
import static com.partnerhub.api.error.ErrorCode.NOT_THE_INVITEE;
import static com.partnerhub.api.error.ErrorCode.NO_CONTACT_YET;
import static com.partnerhub.api.error.ErrorCode.NO_REVISIONS_LEFT;
import static com.partnerhub.api.error.ErrorCode.NO_SUCH_MILESTONE;
import static com.partnerhub.api.error.ErrorCode.ORDER_NOT_ACTIVE;
import static com.partnerhub.api.error.ErrorCode.ORDER_ON_HOLD;
import static com.partnerhub.api.error.ErrorCode.ORDER_NOT_ON_HOLD;
import static com.partnerhub.api.error.ErrorCode.BRIEF_LOCKED;
import static com.partnerhub.api.error.ErrorCode.DOCUMENT_TOO_LARGE;
import static com.partnerhub.api.error.ErrorCode.DOCUMENT_TYPE_NOT_ALLOWED;
import static com.partnerhub.api.error.ErrorCode.DOCUMENT_INCOMPLETE;
import static com.partnerhub.api.error.ErrorCode.DOCUMENT_EMPTY;
import static com.partnerhub.api.error.ErrorCode.DOCUMENT_DAMAGED;
import static com.partnerhub.api.error.ErrorCode.OWNER_CANNOT_BE_REMOVED;
import static com.partnerhub.api.error.ErrorCode.OWNER_PERMISSIONS_FIXED;
import static com.partnerhub.api.error.ErrorCode.PACKAGE_CODE_TAKEN;
import static com.partnerhub.api.error.ErrorCode.PAYLOAD_TOO_LARGE;
import static com.partnerhub.api.error.ErrorCode.PAYMENT_MISMATCH;
import static com.partnerhub.api.error.ErrorCode.SITE_ALREADY_TRANSFERRED;
import static com.partnerhub.api.error.ErrorCode.STALE_SIGNATURE;
import static com.partnerhub.api.error.ErrorCode.TRANSFER_EXPIRED;
import static com.partnerhub.api.error.ErrorCode.TRANSFER_NOT_PENDING;
import static com.partnerhub.api.error.ErrorCode.TRANSFER_NOT_UNDOABLE;
import static com.partnerhub.api.error.ErrorCode.UNDO_WINDOW_CLOSED;
import static com.partnerhub.api.error.ErrorCode.DOMAIN_TAKEN;
import static com.partnerhub.api.error.ErrorCode.ACCESS_REQUEST_DECIDED;
import static com.partnerhub.api.error.ErrorCode.HANDOVER_NEEDS_SITE;
import static com.partnerhub.api.error.ErrorCode.TRANSFER_PENDING;
import static com.partnerhub.api.error.ErrorCode.UNAUTHENTICATED;
import static com.partnerhub.api.error.ErrorCode.UNKNOWN_DEMO_USER;
import static com.partnerhub.api.error.ErrorCode.UNSUPPORTED_MEDIA_TYPE;
import static com.partnerhub.api.error.ErrorCode.VALIDATION_FAILED;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.partnerhub.api.error.ErrorCode;

/**
 * The error codes each operation answers with, as the OpenAPI document publishes them. The codes every
 * operation of a shape shares follow from the shape (a token, path ids, a body, query parameters, a write);
 * the codes of its rules are listed here, next to each other, so a new rule is documented in one place.
 */
public final class ApiErrors {

    private static final Set<ErrorCode> ANSWER = EnumSet.of(FORBIDDEN, NOT_THE_INVITEE);
    private static final Set<ErrorCode> MILESTONE_STEP = EnumSet.of(FORBIDDEN, NO_SUCH_MILESTONE, MILESTONE_NOT_CURRENT,
            INVALID_TRANSITION, ORDER_NOT_ACTIVE);

    private static final Map<String, Set<ErrorCode>> RULES = Map.ofEntries(
            Map.entry("POST /api/demo/tokens", EnumSet.of(UNKNOWN_DEMO_USER)),
            Map.entry("GET /api/demo/tokens", EnumSet.of(UNKNOWN_DEMO_USER)),
            Map.entry("POST /api/demo/payments", EnumSet.of(INVOICE_ALREADY_PAID, INVOICE_VOID, NOT_FOUND)),
            Map.entry("POST /api/v1/accounts", EnumSet.of(FORBIDDEN, EMAIL_ALREADY_REGISTERED, NOT_FOUND)),
            Map.entry("PUT /api/v1/accounts/{id}/billing", EnumSet.of(FORBIDDEN)),
            Map.entry("GET /api/v1/accounts/{id}/history", EnumSet.of(FORBIDDEN)),
            Map.entry("POST /api/v1/accounts/{id}/invitations", EnumSet.of(FORBIDDEN, ALREADY_MEMBER, INVITATION_PENDING)),
            Map.entry("GET /api/v1/accounts/{id}/invitations", EnumSet.of(FORBIDDEN)),
            Map.entry("DELETE /api/v1/accounts/{id}/invitations/{invitationId}", EnumSet.of(FORBIDDEN, INVITATION_NOT_PENDING)),
            Map.entry("DELETE /api/v1/accounts/{id}/members/{userId}", EnumSet.of(FORBIDDEN, OWNER_CANNOT_BE_REMOVED)),
            Map.entry("PUT /api/v1/accounts/{id}/members/{userId}/permissions", EnumSet.of(FORBIDDEN, OWNER_PERMISSIONS_FIXED)),
            Map.entry("POST /api/v1/billing/payments", EnumSet.of(INVALID_SIGNATURE, STALE_SIGNATURE, IDEMPOTENCY_KEY_REUSED,
                    INVOICE_ALREADY_PAID, INVOICE_VOID, PAYMENT_MISMATCH, NOT_FOUND)),
            Map.entry("POST /api/v1/conversations", EnumSet.of(NO_CONTACT_YET, NOT_FOUND)),
            Map.entry("POST /api/v1/invitations/accept", with(ANSWER, INVITATION_NOT_PENDING, INVITATION_EXPIRED, ALREADY_MEMBER,
                    ACCOUNT_ALREADY_TAKEN_OVER, NOT_FOUND)),
            Map.entry("POST /api/v1/invitations/decline", with(ANSWER, INVITATION_NOT_PENDING, INVITATION_EXPIRED, NOT_FOUND)),
            Map.entry("GET /api/v1/invoices", EnumSet.of(NOT_FOUND)),
            Map.entry("POST /api/v1/orders", EnumSet.of(FORBIDDEN, NOT_FOUND)),
            Map.entry("GET /api/v1/orders", EnumSet.of(NOT_FOUND)),
            Map.entry("POST /api/v1/orders/{id}/end", EnumSet.of(FORBIDDEN, ORDER_NOT_ACTIVE, NOTHING_ACCEPTED_YET)),
            Map.entry("POST /api/v1/orders/{id}/milestones/{n}/delivery", with(MILESTONE_STEP, ORDER_ON_HOLD)),
            Map.entry("GET /api/v1/orders/{id}/brief", EnumSet.noneOf(ErrorCode.class)),
            Map.entry("PUT /api/v1/orders/{id}/brief", EnumSet.of(FORBIDDEN, BRIEF_LOCKED, ORDER_NOT_ACTIVE)),
            Map.entry("POST /api/v1/orders/{id}/hold", EnumSet.of(FORBIDDEN, ORDER_ON_HOLD, ORDER_NOT_ACTIVE)),
            Map.entry("POST /api/v1/orders/{id}/resume", EnumSet.of(FORBIDDEN, ORDER_NOT_ON_HOLD, ORDER_NOT_ACTIVE)),
            Map.entry("GET /api/v1/orders/{id}/notes", EnumSet.of(FORBIDDEN)),
            Map.entry("POST /api/v1/orders/{id}/notes", EnumSet.of(FORBIDDEN)),
            Map.entry("POST /api/v1/orders/{id}/documents", EnumSet.of(FORBIDDEN, ORDER_NOT_ACTIVE, DOCUMENT_TOO_LARGE,
                    DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_INCOMPLETE, DOCUMENT_EMPTY)),
            Map.entry("GET /api/v1/orders/{id}/documents/{documentId}", EnumSet.of(DOCUMENT_DAMAGED)),
            Map.entry("GET /api/v1/agencies/{id}/contacts", EnumSet.of(FORBIDDEN)),
            Map.entry("POST /api/v1/orders/{id}/milestones/{n}/acceptance", MILESTONE_STEP),
            Map.entry("POST /api/v1/orders/{id}/milestones/{n}/revision-request", with(MILESTONE_STEP, NO_REVISIONS_LEFT)),
            Map.entry("POST /api/v1/orders/{id}/milestones/{n}/progress", MILESTONE_STEP),
            Map.entry("PUT /api/v1/orders/{id}/milestones/{n}/steps/{step}", MILESTONE_STEP),
            Map.entry("POST /api/v1/packages", EnumSet.of(FORBIDDEN, PACKAGE_CODE_TAKEN)),
            Map.entry("PUT /api/v1/packages/{id}", EnumSet.of(FORBIDDEN, PACKAGE_CODE_TAKEN)),
            Map.entry("POST /api/v1/sites", EnumSet.of(FORBIDDEN, NOT_FOUND)),
            Map.entry("POST /api/v1/sites/{id}/plan", EnumSet.of(FORBIDDEN)),
            Map.entry("POST /api/v1/sites/{id}/transfers", EnumSet.of(FORBIDDEN, TRANSFER_PENDING, SITE_ALREADY_TRANSFERRED)),
            Map.entry("POST /api/v1/transfers/accept", with(ANSWER, TRANSFER_NOT_PENDING, TRANSFER_EXPIRED, SITE_ALREADY_TRANSFERRED,
                    EMAIL_ALREADY_REGISTERED, NOT_FOUND)),
            Map.entry("POST /api/v1/transfers/decline", with(ANSWER, TRANSFER_NOT_PENDING, TRANSFER_EXPIRED, NOT_FOUND)),
            Map.entry("POST /api/v1/transfers/{id}/cancel", EnumSet.of(FORBIDDEN, TRANSFER_NOT_PENDING)),
            Map.entry("PUT /api/v1/accounts/{id}/members/{userId}/limit", EnumSet.of(FORBIDDEN, OWNER_PERMISSIONS_FIXED)),
            Map.entry("GET /api/v1/accounts/{id}/access-requests", EnumSet.of(FORBIDDEN)),
            Map.entry("POST /api/v1/accounts/{id}/access-requests/{requestId}/approve", EnumSet.of(FORBIDDEN, ACCESS_REQUEST_DECIDED,
                    ALREADY_MEMBER, INVITATION_PENDING)),
            Map.entry("POST /api/v1/accounts/{id}/access-requests/{requestId}/decline", EnumSet.of(FORBIDDEN, ACCESS_REQUEST_DECIDED)),
            Map.entry("GET /api/v1/audit", EnumSet.of(FORBIDDEN, NOT_FOUND)),
            Map.entry("GET /api/v1/agencies/{id}/overview", EnumSet.of(NOT_FOUND)),
            Map.entry("POST /api/v1/agencies/{id}/bulk-invitations", EnumSet.of(NOT_FOUND)),
            Map.entry("POST /api/v1/agencies/{id}/bulk-transfers", EnumSet.of(NOT_FOUND)),
            Map.entry("POST /api/v1/transfers/{id}/undo", EnumSet.of(FORBIDDEN, TRANSFER_NOT_UNDOABLE, UNDO_WINDOW_CLOSED)),
            Map.entry("POST /api/v1/sites/{id}/domains", EnumSet.of(FORBIDDEN, DOMAIN_TAKEN)),
            Map.entry("POST /api/v1/orders/{id}/handover", EnumSet.of(FORBIDDEN, ORDER_NOT_ACTIVE, HANDOVER_NEEDS_SITE,
                    SITE_ALREADY_TRANSFERRED)),
            Map.entry("GET /api/v1/webhooks", EnumSet.of(FORBIDDEN)),
            Map.entry("POST /api/v1/webhooks", EnumSet.of(FORBIDDEN)),
            Map.entry("GET /api/v1/admin/deliveries", EnumSet.of(FORBIDDEN)),
            Map.entry("GET /api/v1/admin/notifications", EnumSet.of(FORBIDDEN)),
            Map.entry("POST /api/v1/admin/notifications/relayed", EnumSet.of(FORBIDDEN)),
            Map.entry("POST /api/v1/admin/deliveries/{id}/retry", EnumSet.of(FORBIDDEN)));

    private ApiErrors() {
    }

    /** What an operation of this shape may answer: its rules' codes and the codes of its shape. */
    public static Set<ErrorCode> of(String method, String path, boolean hasBody, boolean hasQuery) {
        Set<ErrorCode> codes = EnumSet.of(INTERNAL_ERROR);
        codes.addAll(RULES.getOrDefault(method + " " + path, Set.of()));
        if (path.startsWith("/api/v1/") && !path.startsWith("/api/v1/billing/")) {
            codes.add(UNAUTHENTICATED);
        }
        if (path.contains("{")) {
            codes.add(NOT_FOUND);
        }
        if (hasBody) {
            codes.addAll(List.of(MALFORMED_JSON, INVALID_REQUEST_BODY, VALIDATION_FAILED, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE));
        }
        if (hasQuery) {
            codes.addAll(List.of(INVALID_PARAMETER, VALIDATION_FAILED));
        }
        if (!method.equals("GET")) {
            codes.add(CONCURRENT_MODIFICATION);
        }
        return codes;
    }

    /** Every code some operation documents for its rules. */
    public static Set<ErrorCode> ruleCodes() {
        Set<ErrorCode> all = EnumSet.noneOf(ErrorCode.class);
        RULES.values().forEach(all::addAll);
        return all;
    }

    private static Set<ErrorCode> with(Set<ErrorCode> base, ErrorCode... more) {
        Set<ErrorCode> all = EnumSet.copyOf(base);
        all.addAll(List.of(more));
        return all;
    }
}
