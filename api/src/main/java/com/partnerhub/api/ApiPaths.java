package com.partnerhub.api;

/**
 * REST paths of the Partner Hub service, relative to the service's base URL. Portlets and the browser
 * code build their URLs from these so the contract lives in one place.
 */
public final class ApiPaths {

    /** Every business resource sits below this prefix and requires a bearer JWT. */
    public static final String V1 = "/api/v1";

    public static final String ME = V1 + "/me";
    public static final String ACCOUNTS = V1 + "/accounts";
    public static final String INVITATIONS = V1 + "/invitations";
    public static final String SITES = V1 + "/sites";
    public static final String TRANSFERS = V1 + "/transfers";
    public static final String PACKAGES = V1 + "/packages";
    public static final String ORDERS = V1 + "/orders";
    public static final String INVOICES = V1 + "/invoices";
    public static final String BILLING_PAYMENTS = V1 + "/billing/payments";
    public static final String CONVERSATIONS = V1 + "/conversations";
    public static final String NOTIFICATIONS = V1 + "/notifications";
    public static final String NOTIFICATION_PREFERENCES = ME + "/notification-preferences";
    public static final String WEBHOOKS = V1 + "/webhooks";
    public static final String ADMIN_DELIVERIES = V1 + "/admin/deliveries";

    /** The billing system's HMAC-SHA256 signature over the raw body: {@code sha256=<lower-case hex>}. */
    public static final String SIGNATURE_HEADER = "X-Partnerhub-Signature";
    /** Unix seconds at which the billing system signed a callback; part of what is signed. */
    public static final String SIGNATURE_TIMESTAMP_HEADER = "X-Partnerhub-Timestamp";
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    /** Demo-only resources: they exist only when the embedded-default profile is on. */
    public static final String DEMO = "/api/demo";
    public static final String DEMO_TOKENS = DEMO + "/tokens";
    public static final String DEMO_CLOCK = DEMO + "/clock";
    public static final String DEMO_USERS = DEMO + "/users";
    public static final String DEMO_PAYMENTS = DEMO + "/payments";
    public static final String DEMO_MAILBOX = DEMO + "/mailbox";

    public static final String HEALTH = "/health";
    public static final String OPENAPI = "/openapi";
    public static final String METRICS = "/metrics";

    /** Header carrying the request id that ties a response, its problem document and the log together. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private ApiPaths() {
    }
}
