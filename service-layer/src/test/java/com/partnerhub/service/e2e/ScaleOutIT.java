package com.partnerhub.service.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.partnerhub.service.infrastructure.db.ConfiguredDataSource;
import com.partnerhub.service.infrastructure.db.Migrations;
import com.partnerhub.service.testing.ServiceProcess;
import com.partnerhub.service.testing.LifecycleLoad;
import com.partnerhub.service.testing.PortalTokens;
import com.partnerhub.service.testing.TestDatabase;

/**
 * The production set-up as the README documents it, as separate processes: a service that lacks its settings
 * refuses to start and says which; two instances in one Payara data grid on one PostgreSQL share the load, and
 * when one is killed with SIGKILL mid-load the other keeps serving, runs every due job exactly once, and no
 * acknowledged write is lost.
 */
class ScaleOutIT {

    private static final Duration START = Duration.ofSeconds(180);

    @Test
    void aProductionServiceWithoutItsSettingsRefusesToStartAndSaysWhichAreMissing() {
        try (ServiceProcess service = ServiceProcess.start("unconfigured", Map.of("PARTNERHUB_PROFILE", "production"), null)) {
            Integer exit = service.awaitExit(START);
            assertThat(exit).as("exit code; log:%n%s", service.log()).isEqualTo(78);
            assertThat(service.log()).contains("Partner Hub cannot start in production")
                    .contains("PARTNERHUB_DB_URL").contains("MP_JWT_VERIFY_ISSUER").contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                    .contains("PARTNERHUB_BILLING_WEBHOOK_SECRET");
        }
    }

    @Test
    void twoInstancesInOneDataGridSurviveTheLossOfOneUnderLoad() throws Exception {
        String url = TestDatabase.POSTGRESQL.newDatabaseUrl();
        DataSource db = ConfiguredDataSource.create(url, "postgres", "");
        Migrations.schema(db).migrate();
        Migrations.demoData(db).migrate(); // the people and agencies the portal's tokens name

        PortalTokens portal = new PortalTokens();
        Map<String, String> reviewInSeconds = Map.of("PARTNERHUB_REVIEW_WINDOW", "PT3S");
        String grid = "partner-hub-it-" + ProcessHandle.current().pid();
        try (ServiceProcess a = ServiceProcess.startProduction("a", url, portal, reviewInSeconds, grid);
             ServiceProcess b = ServiceProcess.startProduction("b", url, portal, reviewInSeconds, grid)) {
            a.awaitReady(START);
            b.awaitReady(START);
            awaitLog(b, "DG Size: 2", Duration.ofSeconds(60));

            LifecycleLoad.Callers callers = portal.demoCast();
            List<URI> instances = List.of(URI.create(a.url().toString()), URI.create(b.url().toString()));
            long[] setup = LifecycleLoad.prepare(instances.get(0), callers);
            LifecycleLoad load = new LifecycleLoad(instances, callers, setup[0], setup[1], false);
            Instant started = Instant.now();
            load.start(4);
            ServiceProcess.sleep(8_000);
            a.kill9();
            Instant killed = Instant.now();
            long before = load.acknowledged.get();
            ServiceProcess.sleep(8_000);
            load.stop();
            long after = load.acknowledged.get() - before;
            assertThat(after).as("answers from the survivor after the kill").isGreaterThan(10);

            // every delivered last milestone is accepted by the survivor's scheduler once its review window passed
            Instant until = Instant.now().plusSeconds(60);
            while (dueReviews(db) > 0 && Instant.now().isBefore(until)) {
                ServiceProcess.sleep(1_000);
            }
            assertThat(dueReviews(db)).as("deliveries past their review window left").isZero();
            String verified = load.verify();
            Map<String, Long> checks = checks(db);
            assertThat(checks.get("auto-acceptances twice")).isZero();
            assertThat(checks.get("invoices twice")).isZero();
            assertThat(checks.get("auto-acceptances")).as("delivered last milestones accepted automatically").isGreaterThan(0);
            System.out.printf("scale-out: %s; %d answers in %d s before the kill, %d in the 8 s after; %s%n", verified, before,
                    Duration.between(started, killed).toSeconds(), after, checks);
            assertThat(b.awaitReady(Duration.ofSeconds(10))).isNotNull();
        }
    }


    private static void awaitLog(ServiceProcess service, String text, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (!service.log().contains(text) && Instant.now().isBefore(until)) {
            ServiceProcess.sleep(500);
        }
        assertThat(service.log()).as("the instances formed one data grid").contains(text);
    }

    private static long dueReviews(DataSource db) throws Exception {
        return count(db, "select count(*) from order_milestone m join customer_order o on o.id = m.order_id "
                + "where o.status = 'ACTIVE' and m.status = 'DELIVERED' and m.review_due_at <= current_timestamp");
    }

    private static Map<String, Long> checks(DataSource db) throws Exception {
        return Map.of(
                "auto-acceptances", count(db, "select count(*) from history_entry where action = 'MILESTONE_AUTO_ACCEPTED'"),
                "auto-acceptances twice", count(db, "select count(*) from (select subject_id, after_state from history_entry "
                        + "where action = 'MILESTONE_AUTO_ACCEPTED' group by subject_id, after_state having count(*) > 1) t"),
                "invoices twice", count(db, "select count(*) from (select milestone_id from invoice group by milestone_id "
                        + "having count(*) > 1) t"));
    }

    private static long count(DataSource db, String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
