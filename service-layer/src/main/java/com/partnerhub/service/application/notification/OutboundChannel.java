package com.partnerhub.service.application.notification;

import com.partnerhub.service.domain.notification.DeliveryChannel;
import com.partnerhub.service.domain.notification.NotificationKind;

/** Sends one delivery over one channel (SMTP, HTTPS); never inside a database transaction. */
public interface OutboundChannel {

    /** What one delivery carries out of the service, copied from its row before the claiming transaction ends. */
    record Outgoing(long deliveryId, long eventId, DeliveryChannel channel, String recipient, String language, String subject,
                    String body, String html, String url, String secret, NotificationKind kind) {
    }

    /** How an attempt went: sent, or why not (status code and duration where the channel has them). */
    record Outcome(boolean sent, Integer statusCode, long durationMs, String error, boolean hopeless) {

        public static Outcome sent(Integer statusCode, long durationMs) {
            return new Outcome(true, statusCode, durationMs, null, false);
        }

        /** Worth another attempt later (a server down, a timeout, an error answer). */
        public static Outcome failed(Integer statusCode, long durationMs, String error) {
            return new Outcome(false, statusCode, durationMs, error, false);
        }

        /** No attempt can succeed (an address that is no address): parked at once. */
        public static Outcome rejected(long durationMs, String error) {
            return new Outcome(false, null, durationMs, error, true);
        }
    }

    DeliveryChannel channel();

    Outcome send(Outgoing outgoing);
}
