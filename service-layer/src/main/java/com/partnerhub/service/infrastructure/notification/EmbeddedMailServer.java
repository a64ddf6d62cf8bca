package com.partnerhub.service.infrastructure.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.Config;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import com.partnerhub.service.infrastructure.config.Profile;

/**
 * The embedded default's own SMTP server (GreenMail, in this process), so a newcomer sees every notification mail on
 * the demo mailbox page without setting anything up. Started only in the embedded profile and only when no SMTP
 * server is configured ({@code partnerhub.mail.host}).
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmbeddedMailServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedMailServer.class.getName());

    @Inject
    Config config;

    private volatile GreenMail greenMail;

    @jakarta.annotation.PostConstruct
    void start() {
        if (!Profile.current(config).isEmbedded() || config.getOptionalValue(MailSettingsProducer.HOST, String.class)
                .filter(h -> !h.isBlank()).isPresent()) {
            return;
        }
        int port = config.getOptionalValue("partnerhub.mail.embedded-port", Integer.class).orElse(0);
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
        greenMail = server;
        LOG.info(() -> "embedded SMTP server (GreenMail) listening on 127.0.0.1:" + server.getSmtp().getPort()
                + "; mails are shown on the demo mailbox page");
    }

    @PreDestroy
    void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** The port of the embedded server, when it runs. */
    public Optional<Integer> port() {
        GreenMail server = greenMail;
        return server == null ? Optional.empty() : Optional.of(server.getSmtp().getPort());
    }

    public boolean running() {
        return greenMail != null;
    }

    /** Mails received for an address, oldest first. */
    public List<MimeMessage> mailsTo(String address) {
        GreenMail server = greenMail;
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            Address[] to = m.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
