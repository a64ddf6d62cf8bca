package com.partnerhub.service.infrastructure.notification;

import java.time.Duration;

/**
 * The SMTP server mails go to ({@code partnerhub.mail.*}; environment variables such as PARTNERHUB_MAIL_HOST).
 *
 * @param startTls require STARTTLS on a plain connection (port 587)
 * @param ssl      connect with TLS from the start (port 465)
 * @param user     null when the server needs no login
 */
public record MailSettings(String host, int port, boolean startTls, boolean ssl, String user, String password, String from,
                           Duration timeout) {
}
