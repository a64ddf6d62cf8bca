package com.partnerhub.service.e2e;

import static com.partnerhub.service.e2e.DemoUsers.*;

import static com.partnerhub.service.e2e.EmbeddedDefaultIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;


/** Orders over HTTP on the real Payara Micro, paid through the signed billing callback. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrdersIT {


    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        return ServiceDeployment.withConfig(Map.of(
                "partnerhub.profile", "embedded",
                "partnerhub.data-dir", Files.createTempDirectory("partnerhub-it-orders").toString()));
    }

    private static Long claraAccount;
    private static int keys;

    private Http http() {
        return new Http(base);
    }

    private DemoUsers users;

    private String[] as(String who) {
        if (users == null) {
            users = new DemoUsers(http());
        }
        return users.as(who, "de");
    }

    /** Clara's account with Anna (agency) working in it and Emil (colleague) who may only edit the site. */
    private synchronized long claraAccount() {
        if (claraAccount == null) {
            claraAccount = http().post("api/v1/accounts", "{\"name\":\"Claras Blumenladen\"}", as(CLARA)).json().getJsonNumber("id").longValue();
            for (String[] invitee : new String[][] {{ANNA, "[\"ORDER_PRODUCTS\",\"CHANGE_SPECS\"]"}, {EMIL, "[\"EDIT_SITE\"]"}}) {
                String token = http().post("api/v1/accounts/" + claraAccount + "/invitations",
                        "{\"email\":\"" + invitee[0] + "\",\"permissions\":" + invitee[1] + "}", as(CLARA)).json().getString("token");
                assertThat(http().post("api/v1/invitations/accept", "{\"token\":\"" + token + "\"}", as(invitee[0])).status()).isEqualTo(200);
            }
        }
        return claraAccount;
    }

    private JsonObject placeWebsite() {
        long website = ((JsonObject) http().get("api/v1/packages", as(ANNA)).structure().asJsonArray().stream()
                .filter(p -> ((JsonObject) p).getString("code").equals("WEBSITE")).findFirst().orElseThrow()).getJsonNumber("id").longValue();
        Http.Reply placed = http().post("api/v1/orders", "{\"accountId\":" + claraAccount() + ",\"packageId\":" + website
                + ",\"title\":\"Website Blumenladen\",\"priceMinor\":300000,\"currency\":\"EUR\",\"internalReference\":\"AB-1\","
                + "\"answers\":{\"business\":\"Blumen\",\"style\":\"modern\"}}", as(ANNA));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.json();
    }

    private Http.Reply pay(JsonObject invoice, String key) {
        String body = "{\"invoiceNumber\":\"" + invoice.getString("number") + "\",\"amountMinor\":" + invoice.getJsonNumber("amountMinor")
                + ",\"currency\":\"EUR\",\"reference\":\"bank-" + key + "\"}";
        return http().billingCallback(body, key);
    }

    private JsonObject order(long id) {
        return http().get("api/v1/orders/" + id, as(CLARA)).json();
    }

    private JsonObject lastInvoice(long id) {
        var invoices = http().get("api/v1/invoices?order=" + id, as(CLARA)).structure().asJsonArray();
        return invoices.getJsonObject(invoices.size() - 1);
    }

    private void ok(Http.Reply r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    @Test
    void theWebsiteOrderFromPlacementToCompletionOverHttp() throws Exception {
        JsonObject placed = placeWebsite();
        long id = placed.getJsonNumber("id").longValue();
        assertThat(placed.getString("number")).matches("PH-\\d{6}");
        assertThat(placed.getJsonArray("milestones").getJsonObject(0).getString("name")).isEqualTo("Basisversion");
        assertThat(placed.getJsonArray("milestones").getJsonObject(0).getString("status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(placed.getString("expectedDeliveryAt")).isNotBlank();
        // placed from a German page, the package's milestones read in each viewer's language
        JsonObject inEnglish = http().get("api/v1/orders/" + id, users.as(CLARA, "en")).json();
        assertThat(inEnglish.getJsonArray("milestones").getJsonObject(0).getString("name")).isEqualTo("Base version");
        assertThat(inEnglish.getJsonArray("milestones").getJsonObject(0).getJsonArray("steps").getJsonObject(0).getString("label"))
                .isNotEqualTo(placed.getJsonArray("milestones").getJsonObject(0).getJsonArray("steps").getJsonObject(0).getString("label"));
        assertThat(http().get("api/v1/orders?customer=" + claraAccount(), users.as(ANNA, "en")).json().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElseThrow()
                .getJsonObject("nextStep").getString("name")).isEqualTo("Base version");
        JsonObject first = placed.getJsonArray("invoices").getJsonObject(0);
        assertThat(first.getJsonNumber("amountMinor").longValue()).isEqualTo(90_000);
        assertThat(first.getString("billToName")).isEqualTo("Claras Blumenladen");

        String body = "{\"invoiceNumber\":\"" + first.getString("number") + "\",\"amountMinor\":90000,\"currency\":\"EUR\"}";
        assertProblem(http().post("api/v1/billing/payments", body, "X-Partnerhub-Timestamp",
                String.valueOf(java.time.Instant.now().getEpochSecond()), "X-Partnerhub-Signature", "sha256=00", "Idempotency-Key", "k"),
                401, "INVALID_SIGNATURE");
        // a correctly signed callback captured ten minutes ago is not accepted again
        assertProblem(http().billingCallback(body, "k", java.time.Instant.now().getEpochSecond() - 600), 401, "STALE_SIGNATURE");
        Http.Reply paid = pay(first, "pay-1");
        ok(paid);
        assertThat(paid.json().getString("status")).isEqualTo("PAID");
        Http.Reply replay = pay(first, "pay-1");
        ok(replay);
        assertThat(replay.header("Idempotent-Replay")).isEqualTo("true");
        assertThat(replay.body()).isEqualTo(paid.body());
        assertProblem(pay(first, "pay-2"), 409, "INVOICE_ALREADY_PAID");

        ok(http().post("api/v1/orders/" + id + "/milestones/1/delivery", "{\"note\":\"Basisversion steht\",\"link\":\"https://vorschau.example/b\"}", as(PETRA)));
        assertProblem(http().post("api/v1/orders/" + id + "/milestones/1/revision-request", "", as(CLARA)), 400, "VALIDATION_FAILED");
        Http.Reply revision = http().post("api/v1/orders/" + id + "/milestones/1/revision-request", "{\"reason\":\"Logo größer\"}", as(CLARA));
        ok(revision);
        assertThat(http().get("api/v1/orders/" + id + "/history?limit=200", as(ANNA)).body()).contains("Logo größer").contains("Basisversion steht")
                .contains("\"actorName\":\"Clara Kundin\"").contains("\"actorRole\":\"CUSTOMER\"").contains("\"actorRole\":\"SYSTEM\"");
        assertThat(revision.json().getJsonArray("milestones").getJsonObject(0).getInt("revisionsUsed")).isEqualTo(1);
        ok(http().post("api/v1/orders/" + id + "/milestones/1/delivery", "", as(PETRA)));
        assertProblem(http().post("api/v1/orders/" + id + "/milestones/2/acceptance", "", as(CLARA)), 409, "MILESTONE_NOT_CURRENT");
        ok(http().post("api/v1/orders/" + id + "/milestones/1/acceptance", "", as(CLARA)));

        for (int n = 2; n <= 3; n++) {
            JsonObject invoice = lastInvoice(id);
            ok(pay(invoice, "pay-m" + n));
            ok(http().post("api/v1/orders/" + id + "/milestones/" + n + "/delivery", "", as(PETRA)));
            ok(http().post("api/v1/orders/" + id + "/milestones/" + n + "/acceptance", "", as(CLARA)));
        }
        JsonObject done = order(id);
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getJsonNumber("billedMinor").longValue()).isEqualTo(300_000);
        assertThat(done.getJsonArray("invoices")).extracting(i -> ((JsonObject) i).getString("status")).containsOnly("PAID");

        var pdf = http().getBytes("api/v1/invoices/" + first.getJsonNumber("id") + "/pdf", as(CLARA));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        List<String> actions = new ArrayList<>();
        http().get("api/v1/orders/" + id + "/history?limit=200", as(ANNA)).json().getJsonArray("items")
                .forEach(h -> actions.add(((JsonObject) h).getString("action")));
        assertThat(actions).startsWith("ORDER_PLACED", "PAYMENT_RECEIVED").endsWith("MILESTONE_ACCEPTED");
        assertThat(actions.stream().filter("PAYMENT_RECEIVED"::equals)).hasSize(3);
    }

    @Test
    void anUnansweredDeliveryIsAcceptedByTheSchedulerAndTheCustomerCanEndEarly() throws Exception {
        long id = placeWebsite().getJsonNumber("id").longValue();
        ok(pay(order(id).getJsonArray("invoices").getJsonObject(0), "auto-" + id));
        ok(http().post("api/v1/orders/" + id + "/milestones/1/delivery", "", as(PETRA)));
        ok(http().post("api/demo/clock", "{\"advanceBy\":\"P9D\"}"));
        String status = "DELIVERED";
        for (long until = System.nanoTime() + Duration.ofSeconds(30).toNanos(); System.nanoTime() < until && status.equals("DELIVERED"); ) {
            Thread.sleep(500);
            status = order(id).getJsonArray("milestones").getJsonObject(0).getString("status");
        }
        assertThat(status).isEqualTo("ACCEPTED");
        assertThat(order(id).getJsonArray("milestones").getJsonObject(0).getBoolean("autoAccepted")).isTrue();
        assertThat(lastInvoice(id).getString("status")).isEqualTo("ISSUED");

        JsonObject ended = http().post("api/v1/orders/" + id + "/end", "", as(CLARA)).json();
        assertThat(ended.getString("status")).isEqualTo("COMPLETED");
        assertThat(ended.getBoolean("endedEarly")).isTrue();
        assertThat(ended.getJsonArray("invoices")).extracting(i -> ((JsonObject) i).getString("status")).containsExactly("PAID", "VOID");
    }

    @Test
    void theDashboardListsFiltersAndPages() {
        for (int i = 0; i < 3; i++) {
            placeWebsite();
        }
        JsonObject page = http().get("api/v1/orders?status=ACTIVE&limit=2", as(ANNA)).json();
        assertThat(page.getJsonArray("items")).hasSize(2);
        JsonObject row = page.getJsonArray("items").getJsonObject(0);
        assertThat(row.getString("accountName")).isEqualTo("Claras Blumenladen");
        assertThat(row.getJsonObject("nextStep").getString("status")).isEqualTo("AWAITING_PAYMENT");
        JsonObject next = http().get("api/v1/orders?status=ACTIVE&limit=2&cursor=" + page.getString("nextCursor"), as(ANNA)).json();
        assertThat(next.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
                .isLessThan(page.getJsonArray("items").getJsonObject(1).getJsonNumber("id").longValue());
        assertThat(http().get("api/v1/orders?customer=" + claraAccount(), as(CLARA)).json().getJsonArray("items")).isNotEmpty();
        assertThat(http().get("api/v1/orders", as(NORA)).json().getJsonArray("items")).isEmpty();
        assertProblem(http().get("api/v1/orders?status=LOST", as(ANNA)), 400, "VALIDATION_FAILED");

        Http.Reply bad = http().post("api/v1/orders", "{\"accountId\":" + claraAccount() + ",\"title\":\"X\",\"priceMinor\":100,"
                + "\"currency\":\"EUR\",\"milestones\":[{\"name\":\"A\",\"days\":40,\"sharePercent\":60},{\"name\":\"B\",\"days\":5,\"sharePercent\":30}]}", as(ANNA));
        assertProblem(bad, 400, "VALIDATION_FAILED");
        assertThat(bad.json().getJsonArray("errors")).extracting(e -> ((JsonObject) e).getString("field"))
                .contains("milestones[0].days", "milestones");
        assertThat(bad.json().getJsonArray("errors").getJsonObject(1).getString("message")).contains("100");
    }

    @Test
    void sixtyMessagesPostedAtOnceToOneThreadAreAllKept() throws Exception {
        long conversation = placeWebsite().getJsonNumber("conversationId").longValue();
        String[] anna = as(ANNA);
        String[] clara = as(CLARA);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Future<Integer>> posts = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String[] who = i % 2 == 0 ? anna : clara;
                String body = "{\"body\":\"Nachricht " + i + "\"}";
                posts.add(pool.submit(() -> http().post("api/v1/conversations/" + conversation + "/messages", body, who).status()));
            }
            for (java.util.concurrent.Future<Integer> post : posts) {
                assertThat(post.get()).as("a message post never conflicts with another").isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        Http.Reply thread = http().get("api/v1/conversations/" + conversation + "/messages?limit=200", anna);
        assertThat(thread.json().getJsonArray("items")).hasSize(60);
    }

    @Test
    void whoMayDoWhatWithAnOrder() {
        JsonObject placed = placeWebsite();
        long id = placed.getJsonNumber("id").longValue();
        long invoiceId = placed.getJsonArray("invoices").getJsonObject(0).getJsonNumber("id").longValue();
        List<String> who = List.of(ANNA, BEN, NORA, CLARA, EMIL, PETRA, ADMIN, ANONYMOUS);
        String o = "api/v1/orders/" + id;
        List<String> mismatches = new ArrayList<>();
        expect(mismatches, "GET order", who, w -> http().get(o, as(w)), 200, 200, 404, 200, 200, 200, 200, 401);
        expect(mismatches, "GET history", who, w -> http().get(o + "/history", as(w)), 200, 200, 404, 200, 200, 200, 200, 401);
        expect(mismatches, "GET invoices", who, w -> http().get("api/v1/invoices?order=" + id, as(w)), 200, 200, 404, 200, 403, 200, 200, 401);
        expect(mismatches, "GET invoice pdf", who, w -> http().get("api/v1/invoices/" + invoiceId + "/pdf", as(w)), 200, 200, 404, 200, 403, 200, 200, 401);
        expect(mismatches, "POST delivery (unpaid)", who, w -> http().post(o + "/milestones/1/delivery", "", as(w)), 403, 403, 404, 403, 403, 409, 403, 401);
        expect(mismatches, "POST acceptance (not delivered)", who, w -> http().post(o + "/milestones/1/acceptance", "", as(w)), 403, 403, 404, 409, 403, 403, 403, 401);
        expect(mismatches, "POST revision (not delivered)", who, w -> http().post(o + "/milestones/1/revision-request",
                "{\"reason\":\"Farben\"}", as(w)), 403, 403, 404, 409, 403, 403, 403, 401);
        expect(mismatches, "GET brief", who, w -> http().get(o + "/brief", as(w)), 200, 200, 404, 200, 200, 200, 200, 401);
        expect(mismatches, "PUT brief", who, w -> http().put(o + "/brief", "{\"answers\":{\"business\":\"Blumen\",\"style\":\"modern\"}}",
                as(w)), 200, 403, 404, 200, 403, 403, 403, 401);
        expect(mismatches, "GET notes", who, w -> http().get(o + "/notes", as(w)), 200, 200, 404, 403, 403, 403, 403, 401);
        expect(mismatches, "POST note", who, w -> http().post(o + "/notes", "{\"body\":\"intern\"}", as(w)), 201, 201, 404, 403, 403, 403, 403, 401);
        expect(mismatches, "GET documents", who, w -> http().get(o + "/documents", as(w)), 200, 200, 404, 200, 200, 200, 200, 401);
        expect(mismatches, "POST document", who, w -> http().post(o + "/documents?name=Text.txt", "Unsere Öffnungszeiten", as(w)),
                201, 201, 404, 201, 403, 201, 403, 401);
        expect(mismatches, "POST hold", List.of(BEN, NORA, CLARA, EMIL, PETRA, ADMIN, ANONYMOUS), w -> http().post(o + "/hold", "", as(w)),
                200, 404, 403, 403, 403, 403, 401);
        expect(mismatches, "POST resume", who, w -> http().post(o + "/resume", "", as(w)), 200, 409, 404, 403, 403, 403, 403, 401);
        expect(mismatches, "POST end (nothing accepted)", who, w -> http().post(o + "/end", "", as(w)), 403, 403, 404, 409, 403, 403, 403, 401);
        expect(mismatches, "POST progress", who, w -> http().post(o + "/milestones/1/progress", "{\"note\":\"Entwurf läuft\"}", as(w)), 200, 200, 404, 403, 403, 200, 403, 401);
        expect(mismatches, "PUT step", who, w -> http().put(o + "/milestones/1/steps/1", "{\"done\":true}", as(w)), 200, 200, 404, 403, 403, 200, 403, 401);
        long conversation = placed.getJsonNumber("conversationId").longValue();
        expect(mismatches, "GET order thread", who, w -> http().get("api/v1/conversations/" + conversation + "/messages", as(w)),
                200, 200, 404, 200, 200, 200, 200, 401);
        expect(mismatches, "POST to order thread", who, w -> http().post("api/v1/conversations/" + conversation + "/messages",
                "{\"body\":\"Hallo\"}", as(w)), 201, 201, 404, 201, 201, 201, 201, 401);
        expect(mismatches, "POST order for Clara", List.of(ANNA, BEN, NORA, CLARA, PETRA, ANONYMOUS), w -> http().post("api/v1/orders",
                "{\"accountId\":" + claraAccount() + ",\"title\":\"T\",\"priceMinor\":100,\"currency\":\"EUR\",\"milestones\":"
                        + "[{\"name\":\"A\",\"days\":5,\"sharePercent\":50},{\"name\":\"B\",\"days\":5,\"sharePercent\":50}]}", as(w)),
                201, 404, 404, 403, 403, 401);
        expect(mismatches, "POST package (admin only)", List.of(ANNA, ADMIN, ANONYMOUS), w -> http().post("api/v1/packages",
                "{\"code\":\"SEO_" + (++keys) + "\",\"nameDe\":\"SEO\",\"nameEn\":\"SEO\",\"milestones\":["
                        + "{\"nameDe\":\"Analyse\",\"nameEn\":\"Analysis\",\"actingParty\":\"AGENCY\",\"plannedDays\":7,\"sharePercent\":50},"
                        + "{\"nameDe\":\"Umsetzung\",\"nameEn\":\"Work\",\"actingParty\":\"AGENCY\",\"plannedDays\":14,\"sharePercent\":50}]}", as(w)),
                403, 201, 401);
        assertThat(mismatches).as("endpoint × role").isEmpty();
        assertThat(order(id).getJsonArray("milestones").getJsonObject(0).getJsonArray("steps").getJsonObject(0).getBoolean("done")).isTrue();
    }

    private void expect(List<String> mismatches, String what, List<String> who, Function<String, Http.Reply> call, int... statuses) {
        for (int i = 0; i < who.size(); i++) {
            Http.Reply r = call.apply(who.get(i));
            if (r.status() != statuses[i]) {
                mismatches.add(what + " as " + who.get(i) + ": expected " + statuses[i] + " got " + r.status() + " "
                        + r.body().substring(0, Math.min(200, r.body().length())));
            }
        }
    }
}
