package com.partnerhub.api.invoice;

/**
 * Body of the billing system's {@code POST /api/v1/billing/payments}, signed with
 * {@code X-Partnerhub-Signature: sha256=<hex HMAC-SHA256 of timestamp.body>} with {@code X-Partnerhub-Timestamp} and sent with an {@code Idempotency-Key}.
 */
public class PaymentNotification {
    public String invoiceNumber;
    public Long amountMinor;
    public String currency;
    public String reference;
}
