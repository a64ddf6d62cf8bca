package com.partnerhub.service.e2e;

import static com.partnerhub.service.e2e.DemoUsers.*;

import static com.partnerhub.service.e2e.EmbeddedDefaultIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

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
 * Accounts, collaborators, invitations, sites and transfers over HTTP on the real Payara Micro: the whole
 * story as the people in it would live it, and who may do what on every endpoint.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsAndSitesIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        return ServiceDeployment.withConfig(Map.of(
                "partnerhub.profile", "embedded",
                "partnerhub.data-dir", Files.createTempDirectory("partnerhub-it-accounts").toString()));
    }


    private Http http() {
        return new Http(base);
    }

    private DemoUsers users;

    private String[] as(String who) {
        if (users == null) {
            users = new DemoUsers(http());
        }
        return users.as(who, "en");
    }


    @Test
    void theAgencyOpensAnAccountForItsCustomerBuildsASiteAndHandsItOver() {
        long agencyId = http().get("api/v1/me", as(ANNA)).json().getJsonArray("agencies").getJsonObject(0).getJsonNumber("id").longValue();

        Http.Reply opened = http().post("api/v1/accounts", "{\"name\":\"Bäckerei Korn\",\"onBehalfOfAgencyId\":" + agencyId
                + ",\"customerEmail\":\"david@kunde-zwei.example\",\"authorisation\":{\"confirmed\":true,\"note\":\"Vollmacht vom 2.11.\"},"
                + "\"agencyPermissions\":[\"ORDER_PRODUCTS\",\"EDIT_SITE\"]}", as(ANNA));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.header("Location")).endsWith("/api/v1/accounts/" + opened.json().getJsonNumber("id"));
        JsonObject account = opened.json();
        assertThat(account.getString("myRole")).isEqualTo("COLLABORATOR");
        assertThat(account.getBoolean("takenOver")).isFalse();
        assertThat(account.getString("authorisationNote")).isEqualTo("Vollmacht vom 2.11.");
        String ownerToken = account.getJsonObject("ownerInvitation").getString("token");
        long accountId = account.getJsonNumber("id").longValue();

        Http.Reply inbox = http().get("api/v1/invitations", as(DAVID));
        assertThat(inbox.structure().asJsonArray()).extracting(i -> ((JsonObject) i).getString("accountName")).containsExactly("Bäckerei Korn");
        assertProblem(http().post("api/v1/invitations/accept", "{\"token\":\"" + ownerToken + "\"}", as(CLARA)), 403, "NOT_THE_INVITEE");
        Http.Reply accepted = http().post("api/v1/invitations/accept", "{\"token\":\"" + ownerToken + "\"}", as(DAVID));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");
        assertProblem(http().post("api/v1/invitations/accept", "{\"token\":\"" + ownerToken + "\"}", as(DAVID)), 409, "INVITATION_NOT_PENDING");
        JsonObject taken = http().get("api/v1/accounts/" + accountId, as(DAVID)).json();
        assertThat(taken.getString("myRole")).isEqualTo("OWNER");
        assertThat(taken.getBoolean("takenOver")).isTrue();

        Http.Reply site = http().post("api/v1/sites", "{\"agencyId\":" + agencyId + ",\"name\":\"Korn Online\",\"domain\":\"korn.example\"}", as(BEN));
        assertThat(site.status()).as(site.toString()).isEqualTo(201);
        long siteId = site.json().getJsonNumber("id").longValue();
        assertThat(site.json().getString("billingParty")).isEqualTo("AGENCY");
        Http.Reply warnings = http().get("api/v1/sites/" + siteId + "/plan-warnings", "Authorization", as(ANNA)[1], "Accept-Language", "de");
        assertThat(warnings.structure().asJsonArray().getJsonObject(0).getString("code")).isEqualTo("SITE_BILLED_TO_AGENCY");
        assertThat(warnings.structure().asJsonArray().getJsonObject(0).getString("message")).contains("Agentur");

        Http.Reply transfer = http().post("api/v1/sites/" + siteId + "/transfers",
                "{\"recipientEmail\":\"David@Kunde-Zwei.example\",\"stayAsCollaborator\":true}", as(ANNA));
        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(201);
        assertProblem(http().post("api/v1/sites/" + siteId + "/transfers", "{\"recipientEmail\":\"x@y.example\"}", as(BEN)), 409, "TRANSFER_PENDING");
        long transferId = transfer.json().getJsonNumber("id").longValue();
        assertThat(http().get("api/v1/transfers", as(DAVID)).structure().asJsonArray()).extracting(t -> ((JsonObject) t).getString("siteName"))
                .containsExactly("Korn Online");

        Http.Reply done = http().post("api/v1/transfers/accept", "{\"id\":" + transferId + "}", as(DAVID));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().getJsonNumber("targetAccountId").longValue()).isEqualTo(accountId);
        JsonObject moved = http().get("api/v1/sites/" + siteId, as(DAVID)).json();
        assertThat(moved.getString("billingParty")).isEqualTo("CUSTOMER");
        assertThat(moved.getJsonNumber("billedAccountId").longValue()).isEqualTo(accountId);
        assertThat(http().get("api/v1/sites/" + siteId + "/plan-warnings", as(DAVID)).structure().asJsonArray()).isEmpty();
        assertProblem(http().post("api/v1/transfers/" + transferId + "/cancel", "", as(ANNA)), 409, "TRANSFER_NOT_PENDING");

        List<String> actions = new ArrayList<>();
        http().get("api/v1/accounts/" + accountId + "/history", as(DAVID)).json().getJsonArray("items")
                .forEach(h -> actions.add(((JsonObject) h).getString("action")));
        assertThat(actions).contains("ACCOUNT_OPENED_ON_BEHALF", "ACCOUNT_TAKEN_OVER", "SITE_TRANSFERRED", "TRANSFER_ACCEPTED");
    }

    /**
     * Ben's agency across its clients over HTTP: bulk offers and invitations whose items each succeed or fail on their
     * own (a refused item changes nothing, the others go through), the overview, an approval by the owner, and the audit
     * export as CSV and JSON.
     */
    @Test
    void bulkActionsReportEachItemTheOverviewListsThemAndTheAuditIsExported() {
        long agencyId = http().get("api/v1/me", as(BEN)).json().getJsonArray("agencies").getJsonObject(0).getJsonNumber("id").longValue();
        long first = http().post("api/v1/sites", "{\"agencyId\":" + agencyId + ",\"name\":\"Bulk Eins\"}", as(BEN)).json()
                .getJsonNumber("id").longValue();
        long second = http().post("api/v1/sites", "{\"agencyId\":" + agencyId + ",\"name\":\"Bulk Zwei\"}", as(BEN)).json()
                .getJsonNumber("id").longValue();
        Http.Reply offers = http().post("api/v1/agencies/" + agencyId + "/bulk-transfers", "{\"items\":["
                + "{\"siteId\":" + first + ",\"recipientEmail\":\"kunde-eins@example.org\",\"stayAsCollaborator\":true},"
                + "{\"siteId\":" + second + ",\"recipientEmail\":\"keine-adresse\"},"
                + "{\"siteId\":999999,\"recipientEmail\":\"x@example.org\"},"
                + "{\"siteId\":" + first + ",\"recipientEmail\":\"zweimal@example.org\"}]}", as(BEN));
        assertThat(offers.status()).as(offers.toString()).isEqualTo(200);
        JsonObject result = offers.json();
        assertThat(result.getInt("succeeded")).isEqualTo(1);
        assertThat(result.getInt("failed")).isEqualTo(3);
        var items = result.getJsonArray("items");
        assertThat(items.getJsonObject(0).getString("outcome")).isEqualTo("OFFERED");
        assertThat(items.getJsonObject(1).getJsonObject("problem").getString("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(items.getJsonObject(2).getJsonObject("problem").getString("code")).isEqualTo("NOT_FOUND");
        assertThat(items.getJsonObject(3).getJsonObject("problem").getString("code")).as("the first item's offer is pending")
                .isEqualTo("TRANSFER_PENDING");
        assertThat(http().get("api/v1/sites/" + second + "/transfers", as(BEN)).structure().asJsonArray()).as("a refused item changes nothing")
                .isEmpty();

        // David's account, where Ben may manage collaborators: one plain invitation, one that waits for David, one refused
        // (another story of this class may have made David an account's owner already: an e-mail owns one account)
        long davids = http().get("api/v1/accounts", as(DAVID)).structure().asJsonArray().stream().map(a -> (JsonObject) a)
                .filter(a -> "OWNER".equals(a.getString("myRole", null))).findFirst().map(a -> a.getJsonNumber("id").longValue())
                .orElseGet(() -> ownAccount(DAVID, "Davids Bulk"));
        String token = http().post("api/v1/accounts/" + davids + "/invitations", "{\"email\":\"" + BEN
                + "\",\"permissions\":[\"MANAGE_COLLABORATORS\"]}", as(DAVID)).json().getString("token");
        assertThat(http().post("api/v1/invitations/accept", "{\"token\":\"" + token + "\"}", as(BEN)).status()).isEqualTo(200);
        Http.Reply invited = http().post("api/v1/agencies/" + agencyId + "/bulk-invitations", "{\"items\":["
                + "{\"accountId\":" + davids + ",\"email\":\"leser@example.org\",\"permissions\":[\"VIEW_INVOICES\"],"
                + "\"accessEndsAt\":\"2099-12-31\"},"
                + "{\"accountId\":" + davids + ",\"email\":\"buchhaltung@example.org\",\"permissions\":[\"MANAGE_BILLING\"]},"
                + "{\"accountId\":" + davids + ",\"email\":\"x@example.org\",\"permissions\":[\"FLY\"]},"
                + "{\"accountId\":" + davids + ",\"email\":\"y@example.org\",\"permissions\":[\"VIEW_INVOICES\"],\"accessEndsAt\":\"gestern\"}]}",
                as(BEN));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
        var outcomes = invited.json().getJsonArray("items");
        assertThat(outcomes.getJsonObject(0).getString("outcome")).isEqualTo("INVITED");
        assertThat(outcomes.getJsonObject(1).getString("outcome")).as("billing waits for the owner").isEqualTo("REQUESTED");
        assertThat(outcomes.getJsonObject(2).getJsonObject("problem").getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("permissions[0]");
        assertThat(outcomes.getJsonObject(3).getJsonObject("problem").getJsonArray("errors").getJsonObject(0).getString("code"))
                .isEqualTo("INVALID_DATE");
        List<JsonObject> invitations = http().get("api/v1/accounts/" + davids + "/invitations", as(DAVID)).structure().asJsonArray()
                .stream().map(i -> (JsonObject) i).filter(i -> i.getString("email").endsWith("@example.org")).toList();
        assertThat(invitations).as("only the plain one went out").extracting(i -> i.getString("email")).containsExactly("leser@example.org");
        assertThat(invitations.get(0).getString("accessEndsAt")).isEqualTo("2100-01-01T00:00:00Z");

        long requestId = outcomes.getJsonObject(1).getJsonNumber("id").longValue();
        assertProblem(http().post("api/v1/accounts/" + davids + "/access-requests/" + requestId + "/approve", "", as(BEN)), 403, "FORBIDDEN");
        Http.Reply approved = http().post("api/v1/accounts/" + davids + "/access-requests/" + requestId + "/approve", "", as(DAVID));
        assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
        assertProblem(http().post("api/v1/accounts/" + davids + "/access-requests/" + requestId + "/decline", "", as(DAVID)), 409,
                "ACCESS_REQUEST_DECIDED");

        JsonObject overview = http().get("api/v1/agencies/" + agencyId + "/overview", as(BEN)).json();
        List<String> kinds = overview.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("type")).distinct().toList();
        assertThat(kinds).contains("SITE", "TRANSFER", "INVITATION");
        assertThat(http().get("api/v1/agencies/" + agencyId + "/overview?type=INVITATION&accountId=" + davids, as(BEN)).json()
                .getJsonArray("items")).extracting(v -> ((JsonObject) v).getString("title"))
                .containsExactlyInAnyOrder("leser@example.org", "buchhaltung@example.org");
        assertProblem(http().get("api/v1/agencies/" + agencyId + "/overview", as(DAVID)), 404, "NOT_FOUND");
        assertProblem(http().get("api/v1/agencies/" + agencyId + "/overview?type=NOPE", as(BEN)), 400, "VALIDATION_FAILED");

        Http.Reply csv = http().get("api/v1/audit?accountId=" + davids, as(DAVID));
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("partner-hub-audit-account-" + davids + ".csv");
        assertThat(csv.body()).contains("ACCESS_REQUESTED").contains("ACCESS_APPROVED").contains("INVITATION_SENT");
        Http.Reply json = http().get("api/v1/audit?accountId=" + davids + "&format=json", as(DAVID));
        assertThat(json.structure().asJsonArray()).extracting(v -> ((JsonObject) v).getString("action")).contains("ACCESS_REQUESTED", "ACCESS_APPROVED");
        assertProblem(http().get("api/v1/audit?accountId=" + davids, as(CLARA)), 404, "NOT_FOUND");
        assertProblem(http().get("api/v1/audit?accountId=" + davids + "&from=2026-13-01", as(DAVID)), 400, "VALIDATION_FAILED");
        assertProblem(http().get("api/v1/audit", as(DAVID)), 400, "VALIDATION_FAILED");
    }

    @Test
    void unansweredInvitationsExpireThroughTheScheduler() throws Exception {
        long accountId = ownAccount(EMIL, "Emils Ecke");
        Http.Reply invited = http().post("api/v1/accounts/" + accountId + "/invitations",
                "{\"email\":\"nora@webwerk-nord.example\",\"permissions\":[\"EDIT_SITE\"]}", as(EMIL));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        long invitationId = invited.json().getJsonNumber("id").longValue();

        assertThat(http().post("api/demo/clock", "{\"advanceBy\":\"P15D\"}").status()).isEqualTo(200);
        String status = "PENDING";
        for (long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); System.nanoTime() < deadline && status.equals("PENDING"); ) {
            Thread.sleep(500);
            status = http().get("api/v1/accounts/" + accountId + "/invitations", as(EMIL)).structure().asJsonArray().stream()
                    .map(i -> (JsonObject) i).filter(i -> i.getJsonNumber("id").longValue() == invitationId)
                    .findFirst().orElseThrow().getString("status");
        }
        assertThat(status).as("the expiry job ran").isEqualTo("EXPIRED");
        assertProblem(http().post("api/v1/invitations/accept", "{\"token\":\"" + invited.json().getString("token") + "\"}", as(NORA)),
                409, "INVITATION_NOT_PENDING");
    }

    @Test
    void badInputIsAFieldErrorAndChangesNothing() {
        int before = http().get("api/v1/accounts", as(ADMIN)).structure().asJsonArray().size();
        Http.Reply unknownPermission = http().post("api/v1/accounts", "{\"name\":\"X\",\"onBehalfOfAgencyId\":1,"
                + "\"agencyPermissions\":[\"EDIT_SITE\",\"FLY\"]}", as(ANNA));
        assertProblem(unknownPermission, 400, "VALIDATION_FAILED");
        assertThat(unknownPermission.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("agencyPermissions[1]");
        assertThat(unknownPermission.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("MANAGE_COLLABORATORS");
        assertProblem(http().post("api/v1/accounts", "{\"name\":\"\"}", as(ADMIN)), 400, "VALIDATION_FAILED");
        assertProblem(http().post("api/v1/invitations/accept", "{}", as(ADMIN)), 400, "VALIDATION_FAILED");
        assertProblem(http().get("api/v1/sites?limit=0", as(ANNA)), 400, "VALIDATION_FAILED");
        assertProblem(http().get("api/v1/sites?cursor=bm9wZQ", as(ANNA)), 400, "VALIDATION_FAILED");
        assertThat(http().get("api/v1/accounts", as(ADMIN)).structure().asJsonArray()).hasSize(before);
    }

    @Test
    void sitesArePagedWithAnOpaqueCursor() {
        long agencyId = http().get("api/v1/me", as(NORA)).json().getJsonArray("agencies").getJsonObject(0).getJsonNumber("id").longValue();
        for (int i = 0; i < 5; i++) {
            assertThat(http().post("api/v1/sites", "{\"agencyId\":" + agencyId + ",\"name\":\"Nord " + i + "\"}", as(NORA)).status()).isEqualTo(201);
        }
        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = http().get("api/v1/sites?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), as(NORA)).json();
            page.getJsonArray("items").forEach(s -> names.add(((JsonObject) s).getString("name")));
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(names).containsExactly("Nord 0", "Nord 1", "Nord 2", "Nord 3", "Nord 4");
        assertThat(pages).isEqualTo(3);
    }

    /**
     * Every account and site endpoint against every kind of caller. 404 for those who may not know the
     * resource exists, 403 for those who see it but may not act, 401 without a token.
     */
    @Test
    void whoMayDoWhatOnEveryEndpoint() {
        long beispiel = agencyOf(ANNA);
        long accountId = ownAccount(CLARA, "Claras Laden");
        String emilToken = http().post("api/v1/accounts/" + accountId + "/invitations",
                "{\"email\":\"" + EMIL + "\",\"permissions\":[\"MANAGE_COLLABORATORS\"]}", as(CLARA)).json().getString("token");
        assertThat(http().post("api/v1/invitations/accept", "{\"token\":\"" + emilToken + "\"}", as(EMIL)).status()).isEqualTo(200);
        String benToken = http().post("api/v1/accounts/" + accountId + "/invitations",
                "{\"email\":\"" + BEN + "\",\"permissions\":[\"VIEW_INVOICES\"]}", as(CLARA)).json().getString("token");
        assertThat(http().post("api/v1/invitations/accept", "{\"token\":\"" + benToken + "\"}", as(BEN)).status()).isEqualTo(200);
        long benId = http().get("api/v1/me", as(BEN)).json().getJsonNumber("id").longValue();
        long siteId = http().post("api/v1/sites", "{\"agencyId\":" + beispiel + ",\"name\":\"Matrix\"}", as(ANNA)).json().getJsonNumber("id").longValue();
        long transferId = http().post("api/v1/sites/" + siteId + "/transfers", "{\"recipientEmail\":\"" + DAVID + "\"}", as(ANNA))
                .json().getJsonNumber("id").longValue();

        // roles: owner, collaborator with the permission the action needs (Emil: MANAGE_COLLABORATORS),
        // collaborator without it (Ben: VIEW_INVOICES), another agency, another customer, staff, admin, nobody
        List<String> who = List.of(CLARA, EMIL, BEN, NORA, DAVID, PETRA, ADMIN, ANONYMOUS);
        AtomicInteger n = new AtomicInteger();
        Function<String, String> freshEmail = w -> "gast" + n.incrementAndGet() + "@example.org";
        String a = "api/v1/accounts/" + accountId;
        List<String> mismatches = new ArrayList<>();

        expect(mismatches, "GET account", who, w -> http().get(a, as(w)), 200, 200, 200, 404, 404, 200, 200, 401);
        expect(mismatches, "GET members", who, w -> http().get(a + "/members", as(w)), 200, 200, 200, 404, 404, 200, 200, 401);
        expect(mismatches, "PUT permissions", who, w -> http().put(a + "/members/" + benId + "/permissions",
                "{\"permissions\":[\"VIEW_INVOICES\"]}", as(w)), 200, 200, 403, 404, 404, 403, 403, 401);
        expect(mismatches, "DELETE unknown member", who, w -> http().delete(a + "/members/999999", as(w)), 404, 404, 403, 404, 404, 403, 403, 401);
        expect(mismatches, "POST invitation", who, w -> http().post(a + "/invitations",
                "{\"email\":\"" + freshEmail.apply(w) + "\",\"permissions\":[\"EDIT_SITE\"]}", as(w)), 201, 201, 403, 404, 404, 403, 403, 401);
        expect(mismatches, "GET invitations", who, w -> http().get(a + "/invitations", as(w)), 200, 200, 403, 404, 404, 403, 403, 401);
        expect(mismatches, "DELETE invitation", who, w -> {
            long inv = http().post(a + "/invitations", "{\"email\":\"" + freshEmail.apply(w) + "\",\"permissions\":[\"EDIT_SITE\"]}", as(CLARA))
                    .json().getJsonNumber("id").longValue();
            return http().delete(a + "/invitations/" + inv, as(w));
        }, 200, 200, 403, 404, 404, 403, 403, 401);
        expect(mismatches, "PUT billing (needs MANAGE_BILLING)", who, w -> http().put(a + "/billing",
                "{\"billingParty\":\"CUSTOMER\"}", as(w)), 200, 403, 403, 404, 404, 403, 403, 401);
        expect(mismatches, "GET history", who, w -> http().get(a + "/history", as(w)), 200, 200, 403, 404, 404, 200, 200, 401);
        expect(mismatches, "GET accounts (mine)", who, w -> http().get("api/v1/accounts", as(w)), 200, 200, 200, 200, 200, 200, 200, 401);

        String s = "api/v1/sites/" + siteId;
        List<String> siteWho = List.of(ANNA, BEN, NORA, CLARA, PETRA, ADMIN, ANONYMOUS);
        expect(mismatches, "GET site", siteWho, w -> http().get(s, as(w)), 200, 200, 404, 404, 200, 200, 401);
        expect(mismatches, "GET plan warnings", siteWho, w -> http().get(s + "/plan-warnings", as(w)), 200, 200, 404, 404, 200, 200, 401);
        expect(mismatches, "POST plan", siteWho, w -> http().post(s + "/plan", "{\"plan\":\"PRO\"}", as(w)), 200, 200, 404, 404, 403, 403, 401);
        expect(mismatches, "GET transfers of site", siteWho, w -> http().get(s + "/transfers", as(w)), 200, 200, 404, 404, 200, 200, 401);
        expect(mismatches, "GET transfer preview (one pending)", siteWho, w -> http().get(s + "/transfer-preview?stayAsCollaborator=true",
                as(w)), 409, 409, 404, 404, 403, 403, 401);
        expect(mismatches, "POST transfer (one pending)", siteWho, w -> http().post(s + "/transfers", "{\"recipientEmail\":\"x@y.example\"}", as(w)),
                409, 409, 404, 404, 403, 403, 401);
        expect(mismatches, "POST site for agency", List.of(ANNA, NORA, CLARA, PETRA, ANONYMOUS),
                w -> http().post("api/v1/sites", "{\"agencyId\":" + beispiel + ",\"name\":\"Neu\"}", as(w)), 201, 404, 404, 404, 401);
        expect(mismatches, "POST account on behalf", List.of(BEN, NORA, CLARA, PETRA, ANONYMOUS),
                w -> http().post("api/v1/accounts", "{\"name\":\"X\",\"onBehalfOfAgencyId\":" + beispiel + ",\"customerEmail\":\""
                        + freshEmail.apply(w) + "\",\"authorisation\":{\"confirmed\":true,\"note\":\"ok\"}}", as(w)), 201, 404, 404, 404, 401);
        expect(mismatches, "POST cancel transfer", List.of(DAVID, NORA, CLARA, PETRA, ADMIN, ANONYMOUS),
                w -> http().post("api/v1/transfers/" + transferId + "/cancel", "", as(w)), 404, 404, 404, 403, 403, 401);
        expect(mismatches, "POST accept transfer by id", List.of(NORA, CLARA, PETRA, ANONYMOUS),
                w -> http().post("api/v1/transfers/accept", "{\"id\":" + transferId + "}", as(w)), 404, 404, 404, 401);
        expect(mismatches, "GET inboxes", List.of(CLARA, NORA, PETRA, ANONYMOUS),
                w -> http().get("api/v1/transfers", as(w)), 200, 200, 200, 401);

        assertThat(mismatches).as("endpoint × role").isEmpty();
        // the pending transfer survived all of that untouched
        assertThat(http().get("api/v1/transfers", as(DAVID)).structure().asJsonArray()).extracting(t -> ((JsonObject) t).getJsonNumber("id").longValue())
                .contains(transferId);
        assertThat(http().get(a + "/members", as(CLARA)).structure().asJsonArray()).extracting(m -> ((JsonObject) m).getJsonArray("permissions")
                .getValuesAs(JsonString::getString)).contains(List.of("VIEW_INVOICES"));
    }

    private void expect(List<String> mismatches, String what, List<String> who, Function<String, Http.Reply> call, int... statuses) {
        for (int i = 0; i < who.size(); i++) {
            Http.Reply r = call.apply(who.get(i));
            if (r.status() != statuses[i]) {
                mismatches.add(what + " as " + who.get(i) + ": expected " + statuses[i] + " got " + r);
            } else if (r.status() >= 400 && !r.header("Content-Type").startsWith("application/problem+json")) {
                mismatches.add(what + " as " + who.get(i) + ": not a problem document");
            }
        }
    }

    private long agencyOf(String email) {
        return http().get("api/v1/me", as(email)).json().getJsonArray("agencies").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long ownAccount(String email, String name) {
        Http.Reply r = http().post("api/v1/accounts", "{\"name\":\"" + name + "\"}", as(email));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().getString("myRole")).isEqualTo("OWNER");
        return r.json().getJsonNumber("id").longValue();
    }
}
