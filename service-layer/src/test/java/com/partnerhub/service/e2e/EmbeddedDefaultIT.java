package com.partnerhub.service.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The embedded default on the real Payara Micro: H2 files in a data folder, migrations and demo data at
 * start-up, the demo issuer, the demo clock, and the error, health, OpenAPI and metrics behaviour every
 * client relies on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmbeddedDefaultIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        Path dataDir = Files.createTempDirectory("partnerhub-it-data");
        return ServiceDeployment.withConfig(Map.of(
                "partnerhub.profile", "embedded",
                "partnerhub.demo.working-day", "true",
                "partnerhub.data-dir", dataDir.toString()));
    }

    private Http http() {
        return new Http(base);
    }

    private String tokenFor(String email) {
        Http.Reply r = http().post("api/demo/tokens", "{\"email\":\"" + email + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getString("tokenType")).isEqualTo("Bearer");
        assertThat(r.json().getJsonNumber("expiresIn").longValue()).isPositive();
        return r.json().getString("token");
    }

    @Test
    void aDemoTokenOpensTheApiAndMeSaysWhoAndWhat() {
        Http.Reply users = http().get("api/demo/users");
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.structure().asJsonArray()).extracting(u -> ((JsonObject) u).getString("email")).contains(
                "anna@agentur-beispiel.example", "ben@agentur-beispiel.example", "clara@kunde-eins.example",
                "david@kunde-zwei.example", "petra@hoster.example", "admin@hoster.example");

        Http.Reply anna = http().get("api/v1/me", "Authorization", "Bearer " + tokenFor("Anna@Agentur-Beispiel.example"));
        assertThat(anna.status()).as(anna.toString()).isEqualTo(200);
        assertThat(anna.json().getString("email")).isEqualTo("anna@agentur-beispiel.example");
        assertThat(anna.json().getJsonArray("roles").getValuesAs(JsonString::getString)).containsExactly("AGENCY_MEMBER");
        JsonObject agency = anna.json().getJsonArray("agencies").getJsonObject(0);
        assertThat(agency.getString("name")).isEqualTo("Agentur Beispiel");
        assertThat(agency.getString("memberRole")).isEqualTo("OWNER");

        Http.Reply petra = http().get("api/v1/me", "Authorization", "Bearer " + tokenFor("petra@hoster.example"));
        assertThat(petra.json().getJsonArray("roles").getValuesAs(JsonString::getString)).containsExactly("PROVIDER_STAFF");
        assertThat(petra.json().getJsonArray("agencies")).isEmpty();

        Http.Reply admin = http().get("api/v1/me", "Authorization", "Bearer " + tokenFor("admin@hoster.example"));
        assertThat(admin.json().getJsonArray("roles").getValuesAs(JsonString::getString)).containsExactly("ADMIN");
    }

    @Test
    void withoutAValidTokenTheApiAnswers401ProblemsInTheCallersLanguage() {
        Http.Reply none = http().get("api/v1/me");
        assertProblem(none, 401, "UNAUTHENTICATED");
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");

        String token = tokenFor("clara@kunde-eins.example");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        Http.Reply bad = http().get("api/v1/me", "Authorization", "Bearer " + tampered, "Accept-Language", "de-DE,de;q=0.9,en;q=0.5");
        assertProblem(bad, 401, "UNAUTHENTICATED");
        assertThat(bad.json().getString("title")).isEqualTo("Anmeldung erforderlich");
        assertThat(bad.header("X-Content-Type-Options")).as("hardening headers on the container's own refusals too")
                .isEqualTo("nosniff");

        assertProblem(http().get("api/demo/../v1/me", "Authorization", "Basic YTpi"), 401, "UNAUTHENTICATED");
    }

    @Test
    void badInputGetsAClearProblemAndNever500() {
        assertProblem(http().post("api/demo/tokens", "{\"email\": "), 400, "MALFORMED_JSON");
        assertProblem(http().post("api/demo/tokens", "{\"email\":\"anna@agentur-beispiel.example\",\"admin\":true}"), 400, "INVALID_REQUEST_BODY");
        Http.Reply nested = http().post("api/demo/tokens", "{\"email\":{\"nested\":1}}");
        assertProblem(nested, 400, "VALIDATION_FAILED");
        assertThat(nested.json().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("NOT_A_STRING");

        Http.Reply missing = http().post("api/demo/tokens", "{}");
        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("email");
        assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("REQUIRED");

        assertProblem(http().post("api/demo/tokens", "{\"email\":\"nobody@nowhere.example\"}"), 404, "UNKNOWN_DEMO_USER");

        String huge = "{\"email\":\"" + "a".repeat(1_200_000) + "\"}";
        assertProblem(http().post("api/demo/tokens", huge), 413, "PAYLOAD_TOO_LARGE");
        // no Content-Length: the limit is enforced while reading
        assertProblem(http().post("api/demo/tokens", HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(huge.getBytes()))), 413, "PAYLOAD_TOO_LARGE");

        assertProblem(http().get("api/v1/no-such-thing", "Authorization", "Bearer " + tokenFor("ben@agentur-beispiel.example")), 404, "NOT_FOUND");
        assertProblem(http().get("not-an-api-path"), 404, "NOT_FOUND");
        assertProblem(http().delete("api/demo/clock"), 405, "METHOD_NOT_ALLOWED");
    }

    /** What the demo cast sees over the API, as a list of order titles by the milestone state they wait in. */
    private java.util.List<JsonObject> orders(String token, String status) {
        Http.Reply r = http().get("api/v1/orders?limit=100&status=" + status, "Authorization", "Bearer " + token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void aNewcomerMeetsAWorkingDayOrdersInEveryStateForBothAgencies() {
        String anna = tokenFor("anna@agentur-beispiel.example");
        java.util.List<JsonObject> active = orders(anna, "ACTIVE");
        assertThat(active).extracting(o -> o.getString("title")).contains("Frühjahrsaktion Landingpage", "Blumenladen Website",
                "Trauerfloristik Seiten").doesNotContain("Kunde Zwei relaunch");
        // waiting for payment and in progress; the delivery waits for review unless the demo clock already ran past it
        assertThat(active).extracting(o -> o.getJsonObject("nextStep").getString("status")).contains("AWAITING_PAYMENT", "IN_PROGRESS");
        JsonObject revised = active.stream().filter(o -> o.getString("title").equals("Trauerfloristik Seiten")).findFirst().orElseThrow();
        JsonObject revisedPage = http().get("api/v1/orders/" + revised.getJsonNumber("id"), "Authorization", "Bearer " + anna).json();
        assertThat(revisedPage.getJsonArray("milestones").getJsonObject(0).getInt("revisionsUsed")).isEqualTo(1);

        java.util.List<JsonObject> completed = orders(anna, "COMPLETED");
        assertThat(completed).extracting(o -> o.getString("title")).contains("Visitenkarten-Website", "Blog-Relaunch");
        JsonObject ended = completed.stream().filter(o -> o.getString("title").equals("Blog-Relaunch")).findFirst().orElseThrow();
        JsonObject endedPage = http().get("api/v1/orders/" + ended.getJsonNumber("id"), "Authorization", "Bearer " + anna).json();
        assertThat(endedPage.getBoolean("endedEarly")).isTrue();
        // its second milestone was paid before the order ended: that invoice is credited, and the sums say so
        JsonObject credited = endedPage.getJsonArray("invoices").getJsonObject(1);
        assertThat(credited.getString("status")).isEqualTo("PAID");
        JsonObject creditNote = credited.getJsonObject("creditNote");
        assertThat(creditNote.getString("number")).matches("CN-\\d{6}");
        assertThat(creditNote.getJsonNumber("amountMinor").longValue()).isEqualTo(-credited.getJsonNumber("amountMinor").longValue());
        assertThat(endedPage.getJsonNumber("creditedMinor").longValue()).isEqualTo(creditNote.getJsonNumber("amountMinor").longValue());
        assertThat(endedPage.getJsonNumber("billedMinor").longValue() + endedPage.getJsonNumber("creditedMinor").longValue())
                .isLessThanOrEqualTo(endedPage.getJsonNumber("priceMinor").longValue());
        var creditPdf = http().getBytes("api/v1/invoices/" + credited.getJsonNumber("id") + "/credit-note/pdf",
                "Authorization", "Bearer " + anna, "Accept-Language", "de");
        assertThat(creditPdf.statusCode()).isEqualTo(200);
        assertThat(new String(creditPdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(http().getBytes("api/v1/invoices/" + endedPage.getJsonArray("invoices").getJsonObject(0).getJsonNumber("id")
                + "/credit-note/pdf", "Authorization", "Bearer " + anna).statusCode()).as("an invoice without one").isEqualTo(404);

        // the customer sees the same orders with the step that is hers; the other agency's customer sees its own
        String clara = tokenFor("clara@kunde-eins.example");
        JsonObject waiting = orders(clara, "ACTIVE").stream().filter(o -> o.getString("title").equals("Frühjahrsaktion Landingpage"))
                .findFirst().orElseThrow();
        assertThat(waiting.getJsonObject("nextStep").getString("status")).isEqualTo("AWAITING_PAYMENT");
        String david = tokenFor("david@kunde-zwei.example");
        assertThat(orders(david, "ACTIVE")).extracting(o -> o.getString("title"))
                .containsExactlyInAnyOrder("Kunde Zwei relaunch", "Kunde Zwei online shop");

        // an invitation waits in Emil's inbox, a site transfer in David's
        assertThat(http().get("api/v1/invitations", "Authorization", "Bearer " + tokenFor("emil@kunde-eins.example")).body())
                .contains("Blumenladen Kundin");
        assertThat(http().get("api/v1/transfers", "Authorization", "Bearer " + david).body()).contains("Kunde Zwei Landingpage");
        assertThat(http().get("api/v1/sites", "Authorization", "Bearer " + anna).body())
                .contains("Blumenladen Hochzeiten").contains("Blumenladen Kundin");

        // the handed-over site can still go back, with its domain registered to Clara; the wedding site waits for the
        // final tranche of an order that hands it over by itself, its domain Clara's while the agency pays
        // (another story of this class may have moved the demo clock past the undo window: the transfer says its end)
        JsonObject clarasSite = http().get("api/v1/sites?limit=100", "Authorization", "Bearer " + clara).json().getJsonArray("items")
                .stream().map(v -> (JsonObject) v).filter(v -> v.getString("name").equals("Blumenladen Kundin")).findFirst().orElseThrow();
        JsonObject accepted = http().get("api/v1/sites/" + clarasSite.getJsonNumber("id") + "/transfers", "Authorization", "Bearer " + anna)
                .structure().asJsonArray().getJsonObject(0);
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("undoUntil")).isNotBlank();
        JsonObject moved = http().get("api/v1/sites/" + clarasSite.getJsonNumber("id") + "/domains", "Authorization", "Bearer " + clara)
                .structure().asJsonArray().getJsonObject(0);
        assertThat(moved.getString("payer")).isEqualTo("CUSTOMER");
        assertThat(moved.getJsonObject("billing").getString("email")).isEqualTo("clara@kunde-eins.example");
        JsonObject weddings = http().get("api/v1/sites?limit=100", "Authorization", "Bearer " + anna).json().getJsonArray("items").stream()
                .map(v -> (JsonObject) v).filter(v -> v.getString("name").equals("Blumenladen Hochzeiten")).findFirst().orElseThrow();
        JsonObject domain = http().get("api/v1/sites/" + weddings.getJsonNumber("id") + "/domains", "Authorization", "Bearer " + anna)
                .structure().asJsonArray().getJsonObject(0);
        assertThat(domain.getJsonObject("owner").getString("email")).isEqualTo("clara@kunde-eins.example");
        assertThat(domain.getString("payer")).isEqualTo("AGENCY");
        JsonObject handover = active.stream().filter(o -> o.getString("title").equals("Hochzeiten Website mit Übergabe")).findFirst()
                .orElseThrow();
        JsonObject handoverPage = http().get("api/v1/orders/" + handover.getJsonNumber("id"), "Authorization", "Bearer " + anna).json();
        assertThat(handoverPage.getBoolean("automaticHandover")).isTrue();
        assertThat(handoverPage.getJsonArray("milestones").getJsonObject(2).getString("status")).isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    void theDemoClockMovesTheServiceForward() {
        Instant before = Instant.parse(http().get("api/demo/clock").json().getString("now"));
        Http.Reply moved = http().post("api/demo/clock", "{\"advanceBy\":\"P8D\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        Instant after = Instant.parse(moved.json().getString("now"));
        assertThat(Duration.between(before, after)).isBetween(Duration.ofDays(8), Duration.ofDays(8).plusMinutes(5));

        Http.Reply nonsense = http().post("api/demo/clock", "{\"advanceBy\":\"eight days\"}");
        assertProblem(nonsense, 400, "VALIDATION_FAILED");
        assertThat(nonsense.json().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("INVALID_DURATION");
        assertProblem(http().post("api/demo/clock", "{\"advanceBy\":\"-P1D\"}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void healthOpenApiMetricsAndRequestIds() {
        Http.Reply ready = http().getFromServerRoot("/health/ready");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("H2");
        assertThat(http().getFromServerRoot("/health/live").status()).isEqualTo(200);

        Http.Reply openapi = http().getFromServerRoot("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/me").contains("/api/demo/tokens").contains("/api/demo/clock").contains("bearer");

        Http.Reply echoed = http().get("api/demo/clock", "X-Request-Id", "trace-42");
        assertThat(echoed.header("X-Request-Id")).isEqualTo("trace-42");
        Http.Reply replaced = http().get("api/demo/clock", "X-Request-Id", "<script>");
        assertThat(replaced.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        Http.Reply problem = http().post("api/demo/tokens", "{", "X-Request-Id", "trace-43");
        assertThat(problem.json().getString("requestId")).isEqualTo("trace-43");

        Http.Reply start = http().get("");
        assertThat(start.status()).isEqualTo(200);
        // hardening: no inline script but the import map (by its hash), no sniffing, no foreign framing
        String csp = start.header("Content-Security-Policy");
        assertThat(csp).contains("object-src 'none'").contains("frame-ancestors 'self'");
        assertThat(java.util.Arrays.stream(csp.split(";")).map(String::trim).filter(d -> d.startsWith("script-src")).findFirst())
                .hasValueSatisfying(scripts -> assertThat(scripts).startsWith("script-src 'self' 'sha256-").doesNotContain("unsafe-inline"));
        assertThat(start.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(start.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(start.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(http().get("api/v1/me").header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(start.body()).contains("<ph-app>").contains("theme/base.css").contains("\"lit\": \"./webjars/lit/");
        Http.Reply theme = http().get("theme/tokens.css");
        assertThat(theme.status()).isEqualTo(200);
        assertThat(theme.header("Content-Type")).startsWith("text/css");
        assertThat(theme.body()).contains("--ph-color-primary");

        Http.Reply metrics = http().getFromServerRoot("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("partnerhub_requests_total");
    }

    static void assertProblem(Http.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonObject p = reply.json();
        assertThat(p.getString("code")).isEqualTo(code);
        assertThat(p.getInt("status")).isEqualTo(status);
        assertThat(p.getString("title")).isNotBlank();
        assertThat(p.getString("detail")).isNotBlank();
    }
}
