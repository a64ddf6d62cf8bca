package com.partnerhub.service.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import com.partnerhub.service.testing.ServiceProcess;

/**
 * Each mail once, even when its instance stops between handing it to the SMTP server and recording that: the service
 * (real Payara Micro, embedded H2 files) is stopped by fault injection right after a send, started again on the same
 * data, and GreenMail's mailbox holds that mail exactly once; the delivery shows UNCONFIRMED for the admin, and mail of
 * later events flows again. Nothing the business transaction committed was lost.
 */
class NotificationCrashIT {

    private static final Duration START = Duration.ofSeconds(180);
    private GreenMail smtp;

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aMailSentJustBeforeTheInstanceStoppedArrivesOnceAndIsMarkedUnconfirmed() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        int port = ServiceProcess.freePort();
        Map<String, String> env = new HashMap<>(Map.of(
                "PARTNERHUB_PROFILE", "embedded",
                "PARTNERHUB_DATA_DIR", Files.createTempDirectory("partnerhub-crash-mail").toString(),
                "PARTNERHUB_MAIL_HOST", "127.0.0.1",
                "PARTNERHUB_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "PARTNERHUB_NOTIFICATIONS_LEASE", "PT2S",
                "PARTNERHUB_NOTIFICATIONS_POLL_INTERVAL", "PT0.2S"));
        Map<String, String> faulty = new HashMap<>(env);
        faulty.put("PARTNERHUB_NOTIFICATIONS_FAULT_HALT_AFTER_SEND", "true");

        ServiceProcess service = ServiceProcess.start("mail-crash", faulty, null, port).awaitReady(START);
        try {
            Http http = new Http(service.url());
            DemoUsers users = new DemoUsers(http);
            long account = http.post("api/v1/accounts", "{\"name\":\"Claras Laden\"}", users.as(DemoUsers.CLARA, "en"))
                    .json().getJsonNumber("id").longValue();
            assertThat(http.post("api/v1/accounts/" + account + "/invitations",
                    "{\"email\":\"neu@kunde-eins.example\",\"permissions\":[\"VIEW_INVOICES\"]}", users.as(DemoUsers.CLARA, "en"))
                    .status()).as("acknowledged").isEqualTo(201);

            assertThat(service.awaitExit(Duration.ofSeconds(60))).as("halted right after the send").isEqualTo(137);
            assertThat(mailsTo("neu@kunde-eins.example")).hasSize(1);
            service.close();

            service = ServiceProcess.start("mail-crash-again", env, null, port).awaitReady(START);
            http = new Http(service.url());
            users = new DemoUsers(http);
            String[] admin = users.as(DemoUsers.ADMIN, "en");
            JsonObject delivery = await(http, admin, "UNCONFIRMED");
            assertThat(delivery.getString("recipient")).isEqualTo("neu@kunde-eins.example");
            assertThat(delivery.getString("lastError")).contains("stopped");

            // later events flow again, and the invitation that was acknowledged before the stop is there
            assertThat(http.get("api/v1/accounts/" + account + "/invitations", users.as(DemoUsers.CLARA, "en")).structure()
                    .asJsonArray()).hasSize(1);
            http.post("api/v1/accounts/" + account + "/invitations",
                    "{\"email\":\"zweite@kunde-eins.example\",\"permissions\":[\"VIEW_INVOICES\"]}", users.as(DemoUsers.CLARA, "en"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (mailsTo("zweite@kunde-eins.example").isEmpty() && System.nanoTime() < deadline) {
                ServiceProcess.sleep(200);
            }
            assertThat(mailsTo("zweite@kunde-eins.example")).hasSize(1);
            ServiceProcess.sleep(3_000); // longer than the lease: nothing is sent a second time by itself
            assertThat(mailsTo("neu@kunde-eins.example")).as("the mail in doubt arrived once").hasSize(1);
            assertThat(mailsTo("zweite@kunde-eins.example")).hasSize(1);

            // the admin decides: a retry sends it again
            long id = delivery.getJsonNumber("id").longValue();
            assertThat(http.post("api/v1/admin/deliveries/" + id + "/retry", "", admin).status()).isEqualTo(200);
            deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (mailsTo("neu@kunde-eins.example").size() < 2 && System.nanoTime() < deadline) {
                ServiceProcess.sleep(200);
            }
            assertThat(mailsTo("neu@kunde-eins.example")).hasSize(2);
        } finally {
            service.close();
        }
    }

    private JsonObject await(Http http, String[] admin, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var items = http.get("api/v1/admin/deliveries?status=" + status, admin).json().getJsonArray("items");
            if (!items.isEmpty()) {
                return items.getJsonObject(0);
            }
            ServiceProcess.sleep(200);
        }
        throw new AssertionError("no " + status + " delivery");
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }
}
