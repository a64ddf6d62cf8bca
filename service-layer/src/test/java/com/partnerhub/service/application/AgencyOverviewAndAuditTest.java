package com.partnerhub.service.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.json.JsonArray;
import jakarta.persistence.EntityManagerFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.partnerhub.service.application.account.Answer;
import com.partnerhub.service.application.agency.ClientOverview;
import com.partnerhub.service.application.audit.AuditTrail;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.JsonSupport;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.infrastructure.time.AppClock;
import com.partnerhub.service.testing.OrderFixtures;
import com.partnerhub.service.testing.Services;
import com.partnerhub.service.testing.TestDatabase;
import com.partnerhub.service.web.audit.AuditWriter;

/** The agency's one view across its client accounts, and the audit export streamed from 100,000 history entries. */
class AgencyOverviewAndAuditTest {

    private static final int ENTRIES = 100_000;

    private final AppClock clock = new AppClock(Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC));
    private EntityManagerFactory emf;
    private DataSource ds;

    private void start(TestDatabase db) {
        ds = db.migrated(true);
        emf = TestDatabase.entityManagerFactory(ds);
    }

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private <T> T tx(Function<Services, T> work) {
        return Services.inTx(emf, clock, work);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theAgencySeesItsSitesOpenTransfersPendingInvitationsAndUnpaidInvoicesAcrossItsClientsAndNoOneElseDoes(TestDatabase db) {
        start(db);
        long account = OrderFixtures.claraWithAnna(emf, clock);
        long agency = tx(s -> s.access.agencyIdsOf(s.user("demo-anna")).iterator().next());
        long own = tx(s -> s.siteService.create(s.user("demo-anna"), agency, "Eigene Seite", null).site().id());
        long offered = tx(s -> s.siteService.create(s.user("demo-anna"), agency, "Angeboten", null).site().id());
        tx(s -> s.transferService.start(s.user("demo-ben"), offered, "neu@example.org", false));
        long moved = tx(s -> s.siteService.create(s.user("demo-anna"), agency, "Claras Seite", null).site().id());
        String token = tx(s -> s.transferService.start(s.user("demo-anna"), moved, "clara@kunde-eins.example", true).token());
        tx(s -> s.transferService.accept(s.user("demo-clara"), new Answer(token, null)));
        tx(s -> s.accountService.setPermissions(s.user("demo-clara"), account, s.user("demo-anna").id(),
                EnumSet.of(Permission.MANAGE_COLLABORATORS, Permission.ORDER_PRODUCTS)));
        tx(s -> s.invitationService.invite(s.user("demo-anna"), account, "kollegin@kunde-eins.example", EnumSet.of(Permission.VIEW_INVOICES)));
        tx(s -> s.invitationService.invite(s.user("demo-clara"), account, "privat@kunde-eins.example", EnumSet.of(Permission.VIEW_INVOICES)));
        long order = tx(s -> s.orderPlacement.place(s.user("demo-anna"), new com.partnerhub.service.application.order.PlaceOrder(null,
                account, null, s.packages.findByCode("WEBSITE").orElseThrow().id(), "Website", 300_000, "EUR", null, null, null,
                java.util.Map.of("business", "Blumen", "style", "modern"), true)).order().id());

        ClientOverview.Overview o = tx(s -> s.clientOverview.of(s.user("demo-ben"), agency));
        assertThat(o.accounts()).extracting(a -> a.id()).containsExactly(account);
        assertThat(o.sites()).extracting(s -> s.id()).contains(own, offered, moved);
        assertThat(o.transfers()).extracting(t -> t.siteId()).containsExactly(offered);
        assertThat(o.invitations()).as("the ones the agency's people sent, not the owner's private ones")
                .extracting(i -> i.email()).containsExactly("kollegin@kunde-eins.example");
        assertThat(o.unpaidInvoices()).singleElement().satisfies(u -> {
            assertThat(u.accountId()).isEqualTo(account);
            assertThat(u.invoice().orderId()).isEqualTo(order);
        });
        assertThat(o.truncated()).isFalse();

        assertThatThrownBy(() -> tx(s -> s.clientOverview.of(s.user("demo-clara"), agency))).isInstanceOf(ResourceNotFound.class);
        assertThatThrownBy(() -> tx(s -> s.clientOverview.of(s.user("demo-nora"), agency))).isInstanceOf(ResourceNotFound.class);
        assertThat(tx(s -> s.clientOverview.of(s.user("demo-petra"), agency)).sites()).as("provider staff").isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAccountsAuditTrailOf100000EntriesIsStreamedPageByPageAsCsvAndJson(TestDatabase db) throws Exception {
        start(db);
        long account = OrderFixtures.claraWithAnna(emf, clock);
        long anna = tx(s -> s.user("demo-anna").id());
        Instant first = Instant.parse("2026-10-01T00:00:00Z");
        try (Connection c = ds.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into history_entry (id, occurred_at, actor_id, subject_type, "
                     + "subject_id, account_id, action, before_state, after_state) values (?, ?, ?, 'ACCOUNT', ?, ?, ?, null, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < ENTRIES; i++) {
                insert.setLong(1, 10_000_000L + i);
                // a second apart, with some sharing a second, so keyset paging must order by time and id
                insert.setTimestamp(2, Timestamp.from(first.plusSeconds(i - i % 3)));
                insert.setLong(3, anna);
                insert.setLong(4, account);
                insert.setLong(5, account);
                insert.setString(6, "STEP_" + (i % 7));
                insert.setString(7, "{\"n\":" + i + ",\"note\":\"Grüße, \\\"zitiert\\\"\"}");
                insert.addBatch();
                if (i % 5000 == 4999) {
                    insert.executeBatch();
                }
            }
            c.commit();
        }

        AuditTrail.Scope scope = tx(s -> s.audit.allow(s.user("demo-clara"), account, null, LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-31")));
        List<Long> writtenAtEachPage = new ArrayList<>();
        ByteArrayOutputStream csvBytes = new ByteArrayOutputStream();
        long rows = AuditWriter.write(AuditWriter.Format.CSV, after -> {
            writtenAtEachPage.add((long) csvBytes.size());
            return tx(s -> s.audit.page(scope, after));
        }, csvBytes);

        assertThat(rows).isEqualTo(ENTRIES);
        assertThat(writtenAtEachPage).as("read in pages of at most %d", AuditTrail.PAGE).hasSizeGreaterThanOrEqualTo(ENTRIES / AuditTrail.PAGE);
        assertThat(writtenAtEachPage.get(50)).as("streamed: half the export was written before its second half was read")
                .isGreaterThan(csvBytes.size() / 3);
        String csv = csvBytes.toString(StandardCharsets.UTF_8).substring(1); // the BOM
        try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(csv))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(ENTRIES);
            assertThat(records.get(0).get("actorName")).isEqualTo("Anna Agentur");
            assertThat(records.get(12345).get("after")).isEqualTo("{\"n\":12345,\"note\":\"Grüße, \\\"zitiert\\\"\"}");
            for (int i = 1; i < records.size(); i++) {
                long previous = Long.parseLong(records.get(i - 1).get("id"));
                assertThat(Long.parseLong(records.get(i).get("id"))).isEqualTo(previous + 1);
            }
        }

        ByteArrayOutputStream jsonBytes = new ByteArrayOutputStream();
        assertThat(AuditWriter.write(AuditWriter.Format.JSON, after -> tx(s -> s.audit.page(scope, after)), jsonBytes)).isEqualTo(ENTRIES);
        JsonArray json;
        try (var reader = JsonSupport.PROVIDER.createReader(new InputStreamReader(new ByteArrayInputStream(jsonBytes.toByteArray()),
                StandardCharsets.UTF_8))) {
            json = reader.readArray();
        }
        assertThat(json).hasSize(ENTRIES);
        assertThat(json.getJsonObject(99_999).getJsonObject("after").getInt("n")).isEqualTo(99_999);

        AuditTrail.Scope october1 = tx(s -> s.audit.allow(s.user("demo-clara"), account, null, LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-01")));
        long oneDay = AuditWriter.write(AuditWriter.Format.CSV, after -> tx(s -> s.audit.page(october1, after)), OutputStream.nullOutputStream());
        assertThat(oneDay).as("one whole UTC day, an entry a second").isEqualTo(86_400);
        AuditTrail.Scope october2 = tx(s -> s.audit.allow(s.user("demo-clara"), account, null, LocalDate.parse("2026-10-02"),
                LocalDate.parse("2026-10-02")));
        long rest = AuditWriter.write(AuditWriter.Format.JSON, after -> tx(s -> s.audit.page(october2, after)), OutputStream.nullOutputStream());
        assertThat(rest).as("the rest, on the next day").isEqualTo(ENTRIES - 86_400);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyThoseWhoManageTheAccountOrThePersonThemselvesExport(TestDatabase db) throws Exception {
        start(db);
        long account = OrderFixtures.claraWithAnna(emf, clock);
        long clara = tx(s -> s.user("demo-clara").id());
        assertThatThrownBy(() -> tx(s -> s.audit.allow(s.user("demo-anna"), account, null, null, null)))
                .as("Anna works in the account but does not manage its collaborators").isInstanceOf(ActionForbidden.class);
        assertThatThrownBy(() -> tx(s -> s.audit.allow(s.user("demo-david"), account, null, null, null))).isInstanceOf(ResourceNotFound.class);
        assertThatThrownBy(() -> tx(s -> s.audit.allow(s.user("demo-anna"), null, clara, null, null))).isInstanceOf(ActionForbidden.class);
        assertThatThrownBy(() -> tx(s -> s.audit.allow(s.user("demo-clara"), account, clara, null, null))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> tx(s -> s.audit.allow(s.user("demo-clara"), account, null, LocalDate.parse("2026-10-02"),
                LocalDate.parse("2026-10-01")))).isInstanceOf(ValidationException.class);

        AuditTrail.Scope own = tx(s -> s.audit.allow(s.user("demo-clara"), null, clara, null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditWriter.write(AuditWriter.Format.JSON, after -> tx(s -> s.audit.page(own, after)), out);
        JsonArray mine;
        try (var reader = JsonSupport.PROVIDER.createReader(new java.io.StringReader(out.toString(StandardCharsets.UTF_8)))) {
            mine = reader.readArray();
        }
        assertThat(mine).as("Clara opened her account and invited Anna in the last 30 days").isNotEmpty()
                .allSatisfy(v -> assertThat(v.asJsonObject().getJsonNumber("actorId").longValue()).isEqualTo(clara));
        AuditTrail.Scope staff = tx(s -> s.audit.allow(s.user("demo-petra"), null, clara, null, null));
        List<HistoryEntry> seen = tx(s -> s.audit.page(staff, null)).entries();
        assertThat(seen).hasSize(mine.size());
    }
}
