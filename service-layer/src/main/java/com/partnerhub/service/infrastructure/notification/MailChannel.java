package com.partnerhub.service.infrastructure.notification;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.partnerhub.service.application.notification.OutboundChannel;
import com.partnerhub.service.domain.notification.DeliveryChannel;

/**
 * E-mail through Jakarta Mail to the configured SMTP server (see {@link MailSettings}): multipart text and HTML,
 * a Message-ID made from the delivery so a mail client can tell a resent copy, timeouts so a slow server only delays
 * its own deliveries.
 */
@ApplicationScoped
public class MailChannel implements OutboundChannel {

    private MailSettings settings;
    // one SMTP connection serves a round of deliveries (the dispatcher sends on one thread and disconnects after it)
    private Transport transport;
    private Session session;

    protected MailChannel() {
    }

    @Inject
    public MailChannel(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public synchronized Outcome send(Outgoing outgoing) {
        long started = System.nanoTime();
        InternetAddress[] to;
        try {
            to = InternetAddress.parse(outgoing.recipient(), true);
        } catch (jakarta.mail.internet.AddressException e) {
            return Outcome.rejected(millisSince(started), "not a deliverable address: " + e.getMessage());
        }
        try {
            Session session = connected();
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<delivery-" + outgoing.deliveryId() + "." + outgoing.eventId() + "@partner-hub>");
                }
            };
            message.setFrom(new InternetAddress(settings.from(), true));
            message.setRecipients(Message.RecipientType.TO, to);
            message.setSubject(outgoing.subject(), StandardCharsets.UTF_8.name());
            message.setHeader("Content-Language", outgoing.language());
            message.setSentDate(new Date());
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(outgoing.body(), StandardCharsets.UTF_8.name());
            alternative.addBodyPart(text);
            if (outgoing.html() != null) {
                MimeBodyPart html = new MimeBodyPart();
                html.setContent(outgoing.html(), "text/html; charset=UTF-8");
                alternative.addBodyPart(html);
            }
            message.setContent(alternative);
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
            return Outcome.sent(null, millisSince(started));
        } catch (jakarta.mail.SendFailedException e) {
            // the server refused the recipient itself (e.g. 550 no such mailbox): trying again will not help
            disconnect();
            return e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0
                    ? Outcome.rejected(millisSince(started), "the server refused the address: " + e.getMessage())
                    : Outcome.failed(null, millisSince(started), "SendFailedException: " + e.getMessage());
        } catch (MessagingException | RuntimeException e) {
            disconnect();
            return Outcome.failed(null, millisSince(started), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Closes the connection a round of deliveries used; the next send opens a new one. */
    public synchronized void disconnect() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the server went away already: nothing to close
            }
            transport = null;
        }
    }

    private Session connected() throws MessagingException {
        if (transport != null && transport.isConnected()) {
            return session;
        }
        session = session();
        transport = session.getTransport("smtp");
        if (settings.user() != null) {
            transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
        } else {
            transport.connect();
        }
        return session;
    }

    private Session session() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.connectiontimeout", Long.toString(settings.timeout().toMillis()));
        p.put("mail.smtp.timeout", Long.toString(settings.timeout().toMillis()));
        p.put("mail.smtp.writetimeout", Long.toString(settings.timeout().toMillis()));
        p.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        p.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        p.put("mail.smtp.ssl.enable", Boolean.toString(settings.ssl()));
        // the name this service greets the server with; without it Jakarta Mail looks the host's name up per connection
        p.put("mail.smtp.localhost", "partner-hub");
        if (settings.user() != null) {
            p.put("mail.smtp.auth", "true");
            return Session.getInstance(p, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.user(), settings.password());
                }
            });
        }
        return Session.getInstance(p);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
