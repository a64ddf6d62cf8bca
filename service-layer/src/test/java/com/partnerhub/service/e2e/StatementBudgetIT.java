package com.partnerhub.service.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.partnerhub.service.infrastructure.db.ConfiguredDataSource;
import com.partnerhub.service.infrastructure.db.Migrations;
import com.partnerhub.service.testing.LifecycleLoad;
import com.partnerhub.service.testing.PortalTokens;
import com.partnerhub.service.testing.ServiceProcess;
import com.partnerhub.service.testing.StatementCounts;
import com.partnerhub.service.testing.TestDatabase;

/**
 * What one order lifecycle (place, then 3 × pay/deliver/accept) costs the database over HTTP, counted by PostgreSQL
 * itself: SQL statements per step, writing transactions and rows per lifecycle. A change that makes a step read the same
 * thing twice fails here, naming the statements.
 * <p>The limits are a ratchet: the targets of the performance work (README, "Performance": place 15, pay 8,
 * deliver 8, accept 10, 35 rows, 12 transactions) where they are reached, and the figures reached so far where not;
 * they only ever go down.
 */
class StatementBudgetIT {

    private static final Map<String, Integer> BUDGET = Map.of("place", 15, "pay", 8, "deliver", 8, "accept", 10);
    // counted exactly (StatementCounts.activity): 35 rows, the target (a payment or a delivery writes only its milestone,
    // a payment's key is kept on its invoice, a step writes one history entry); 10 writing transactions, as many as
    // state changes (the design before wrote 65 rows in 211 transactions)
    private static final int ROWS = 35;
    private static final int TRANSACTIONS = 12;
    private static final Map<String, Integer> TIMES = Map.of("place", 1, "pay", 3, "deliver", 3, "accept", 3);

    private static String url;
    private static ServiceProcess service;
    private static LifecycleLoad lifecycle;

    @BeforeAll
    static void start() throws Exception {
        url = TestDatabase.POSTGRESQL.newDatabaseUrl();
        // the demo cast (an agency, its customer, provider staff) in a database the service runs on in production shape
        javax.sql.DataSource db = ConfiguredDataSource.create(url, "postgres", "");
        Migrations.schema(db).migrate();
        Migrations.demoData(db).migrate();
        PortalTokens portal = new PortalTokens();
        // counted here is what a step's own transaction costs; the notification dispatcher polls on its own schedule and
        // would add its queries to whichever step runs meanwhile (its cost: bin/benchmark notifications)
        service = ServiceProcess.startProduction("budget", url, portal, Map.of("PARTNERHUB_NOTIFICATIONS_ENABLED", "false"), null);
        service.awaitReady(Duration.ofMinutes(3));
        URI uri = URI.create(service.url().toString());
        long[] setup = LifecycleLoad.prepare(uri, portal.demoCast());
        lifecycle = new LifecycleLoad(List.of(uri), portal.demoCast(), setup[0], setup[1], true);
        try {
            for (int i = 0; i < 3; i++) {
                lifecycle.lifecycleOnce(step -> { }); // first calls load classes, caches and prepared statements
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(e.getMessage() + "\nservice log:\n" + service.log().lines().filter(l -> !l.startsWith("\tat org.")
                    && !l.startsWith("\tat java.") && !l.startsWith("\tat jdk.")).reduce("", (a, b) -> a + "\n" + b), e);
        }
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void eachStepStaysWithinItsStatementBudget() throws Exception {
        Map<String, Map<String, Long>> fewest = new HashMap<>();
        try (StatementCounts counts = new StatementCounts(DriverManager.getConnection(url, "postgres", ""))) {
            // the fewest of a few runs: the job scheduler's poll every 5 s may fall into any one step
            for (int run = 0; run < 4; run++) {
                counts.perStep(step -> lifecycle.lifecycleOnce(step)).forEach((step, statements) -> fewest.merge(step, statements,
                        (a, b) -> StatementCounts.count(a) <= StatementCounts.count(b) ? a : b));
            }
        }
        StringBuilder report = new StringBuilder();
        fewest.forEach((step, statements) -> report.append(String.format("%n%s: %.1f statements per call%s", step,
                StatementCounts.count(statements) / (double) TIMES.get(step), StatementCounts.describe(statements))));
        System.out.println("statements per step of the order lifecycle over HTTP:" + report);
        assertThat(fewest).containsOnlyKeys(BUDGET.keySet());
        fewest.forEach((step, statements) -> assertThat(StatementCounts.count(statements) / (double) TIMES.get(step))
                .as("statements per %s (budget %d):%s", step, BUDGET.get(step), report).isLessThanOrEqualTo(BUDGET.get(step)));
    }

    @Test
    void aLifecycleWritesFewRowsInFewTransactions() throws Exception {
        long rows = Long.MAX_VALUE;
        long transactions = Long.MAX_VALUE;
        try (StatementCounts counts = new StatementCounts(DriverManager.getConnection(url, "postgres", ""))) {
            // the fewest of a few lifecycles: the job scheduler's poll (a transaction every 5 s) may fall into any one
            for (int run = 0; run < 4; run++) {
                StatementCounts.Activity before = counts.activity();
                lifecycle.lifecycleOnce(step -> { });
                StatementCounts.Activity after = counts.activity();
                rows = Math.min(rows, after.rows() - before.rows());
                transactions = Math.min(transactions, after.transactions() - before.transactions());
            }
        }
        System.out.printf("a lifecycle over HTTP: %d rows written, %d transactions%n", rows, transactions);
        // at least the 13 rows and 10 writing transactions the ten state changes need: the counting works
        assertThat(rows).as("rows written per lifecycle (history and jobs included)").isBetween(13L, (long) ROWS);
        assertThat(transactions).as("transactions per lifecycle (10 state changes)").isBetween(10L, (long) TRANSACTIONS);
    }
}
