package com.partnerhub.service.domain.notification;

/** The channels that leave the service and can fail: e-mail and signed webhooks. */
public enum DeliveryChannel {
    EMAIL, WEBHOOK
}
