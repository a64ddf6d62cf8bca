package com.partnerhub.service.domain.notification;

/**
 * Where a delivery stands. SENDING is held under a lease; UNCONFIRMED is an e-mail whose instance stopped between
 * handing it to the SMTP server and recording that: it may have arrived, so it is not sent again by itself (an admin
 * can). FAILED has used up its attempts and waits for an admin's retry.
 */
public enum DeliveryStatus {
    PENDING, SENDING, SENT, FAILED, UNCONFIRMED
}
