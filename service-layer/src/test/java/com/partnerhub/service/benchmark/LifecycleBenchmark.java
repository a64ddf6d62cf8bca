package com.partnerhub.service.benchmark;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import com.partnerhub.service.application.account.Answer;
import com.partnerhub.service.application.account.OpenAccount;
import com.partnerhub.service.application.invoice.PaymentService;
import com.partnerhub.service.application.order.PlaceOrder;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.invoice.InvoiceStatus;
import com.partnerhub.service.infrastructure.db.ConfiguredDataSource;
import com.partnerhub.service.infrastructure.db.Migrations;
import com.partnerhub.service.infrastructure.time.AppClock;
import com.partnerhub.service.testing.LifecycleLoad;
import com.partnerhub.service.testing.PortalTokens;
import com.partnerhub.service.testing.ServiceProcess;
import com.partnerhub.service.testing.StatementCounts;
import com.partnerhub.service.testing.Services;
import com.partnerhub.service.testing.TestDatabase;

/**
 * {@code bin/benchmark lifecycle}: the order lifecycle "place an order with 3 milestones, then for each milestone
 * pay → deliver → accept" (10 state changes) on PostgreSQL with {@code synchronous_commit=on}, three ways in one
 * run: plain JDBC with optimistic version checks (the floor), Partner Hub's application services in-process, and
 * Partner Hub over HTTP with portal tokens. For each: lifecycles per second on 1 and 4 threads (warm-up, then 3
 * rounds, median), rows written and transactions per lifecycle (PostgreSQL's own counters), SQL statements per step
 * ({@code pg_stat_statements}), and the ratios to the floor. Round length: -Dlifecycle.seconds (default 10).
 */
public final class LifecycleBenchmark {

    private static final int ROUNDS = 3;
    private static final ThreadLocal<Connection> CONNECTIONS = new ThreadLocal<>();
    /** {@code -Dlifecycle.variants=http} measures only the floor and HTTP (quicker when working on one of them). */
    private static final String VARIANTS = System.getProperty("lifecycle.variants", "services,http");
    private static final String[] STEPS = {"place", "pay", "deliver", "accept"};

    private interface Lifecycle {
        /** One whole lifecycle; {@code step} is told before each step begins (for statement counting). */
        void run(java.util.function.Consumer<String> step) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("lifecycle.seconds", 10);
        System.out.printf("%nPartner Hub order lifecycle (place + 3 × pay/deliver/accept) on PostgreSQL with synchronous_commit=on, "
                + "%d s rounds%n", seconds);
        if (Boolean.parseBoolean(System.getProperty("lifecycle.coldstart", "true"))) {
            coldStartAndIdleHeap();
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements").setServerConfig("max_connections", "300").start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            DataSource db = ConfiguredDataSource.create(url, "postgres", "");
            Migrations.schema(db).migrate();
            Migrations.demoData(db).migrate();
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("create extension pg_stat_statements");
            }

            EntityManagerFactory emf = TestDatabase.entityManagerFactory(db);
            AppClock clock = new AppClock(Clock.systemUTC());
            long accountId = Services.inTx(emf, clock, s -> s.accountService.open(s.user("demo-clara"),
                    new OpenAccount("Lifecycle GmbH", null, null, false, null, null, null)).account().id());
            String invitation = Services.inTx(emf, clock, s -> s.invitationService.invite(s.user("demo-clara"), accountId,
                    "anna@agentur-beispiel.example", EnumSet.of(Permission.ORDER_PRODUCTS)).token());
            Services.inTx(emf, clock, s -> s.invitationService.accept(s.user("demo-anna"), new Answer(invitation, null)));
            long agencyId = Services.inTx(emf, clock, s -> s.access.agencyIdsOf(s.user("demo-anna")).iterator().next());
            long websiteId = Services.inTx(emf, clock, s -> s.packages.findByCode("WEBSITE").orElseThrow().id());
            long annaId = Services.inTx(emf, clock, s -> s.user("demo-anna").id());

            Map<String, Result> results = new LinkedHashMap<>();
            results.put("plain JDBC (the floor)", measure(db, seconds, step -> jdbcLifecycle(db, agencyId, accountId, annaId, step)));
            if (VARIANTS.contains("services")) {
                results.put("Partner Hub, application services in-process", measure(db, seconds,
                        step -> serviceLifecycle(emf, clock, agencyId, accountId, websiteId, step)));
            }
            emf.close();
            if (!VARIANTS.contains("http")) {
                print(results);
                return;
            }

            PortalTokens portal = new PortalTokens();
            // as StatementBudgetIT: the notification dispatcher fans out on its own schedule and would add its rows and
            // statements to whichever step runs meanwhile; its cost is bin/benchmark notifications
            try (ServiceProcess service = ServiceProcess.startProduction("lifecycle", url, portal,
                    Map.of("PARTNERHUB_NOTIFICATIONS_ENABLED", "false"), null)) {
                service.awaitReady(Duration.ofMinutes(3));
                LifecycleLoad http = new LifecycleLoad(List.of(URI.create(service.url().toString())), portal.demoCast(),
                        accountId, websiteId, true);
                results.put("Partner Hub over HTTP", measure(db, seconds, step -> http.lifecycleOnce(step)));
            }
            print(results);
        }
    }

    /**
     * The embedded default as {@code bin/run} starts it after its build ({@code bin/serve}, demo working day included):
     * the one-time preparation after a build (Payara's launcher, the class-data archive, the empty database), then
     * seconds from process start to the first 200 of {@code /health/ready} on a new data folder (its database made from
     * the empty one, demo working day created) and again as a restart, and the heap in use once it idles after a full
     * GC (jcmd). Targets: 12 s, 128 MB.
     */
    private static void coldStartAndIdleHeap() throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory("partnerhub-coldstart-");
        Map<String, String> asBinRun = Map.of("PARTNERHUB_DEMO_WORKING_DAY", "true");
        java.nio.file.Path prepared = ServiceProcess.servePreparation();
        delete(prepared); // as after a new build
        long started = System.nanoTime();
        try (ServiceProcess prepare = ServiceProcess.serve("prepare", data, asBinRun, true)) {
            if (!java.nio.file.Files.exists(prepared.resolve("partner-hub.jsa"))
                    || !java.nio.file.Files.exists(prepared.resolve("database/partnerhub.mv.db"))) {
                throw new IllegalStateException("bin/serve --prepare made no class-data archive or empty database:\n" + prepare.log());
            }
        }
        double preparation = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        String usedMb;
        double first;
        try (ServiceProcess service = ServiceProcess.serve("coldstart", data, asBinRun, false)) {
            service.awaitReady(Duration.ofMinutes(3));
            first = (System.nanoTime() - started) / 1e9;
            Thread.sleep(5_000); // idle: start-up work and the first job polls are done
            jcmd(service.pid(), "GC.run");
            String heap = jcmd(service.pid(), "GC.heap_info");
            java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(heap);
            usedMb = used.find() ? String.format("%.0f MB", Long.parseLong(used.group(1)) / 1024.0) : "unknown (" + heap.trim() + ")";
        }
        List<Double> restarts = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            started = System.nanoTime();
            try (ServiceProcess service = ServiceProcess.serve("restart", data, asBinRun, false)) {
                service.awaitReady(Duration.ofMinutes(3));
                restarts.add((System.nanoTime() - started) / 1e9);
            }
        }
        System.out.printf("%n  preparing fast starts after a build (once): %.1f s%n"
                + "  cold start of the embedded default (process start → /health/ready 200), a new data folder: %.1f s, "
                + "restart on it: %.1f s (median of %d; target 12 s)%n  heap in use when idle, after a full GC: %s (target 128 MB)%n",
                preparation, first, median(restarts), ROUNDS, usedMb);
        delete(data);
    }

    private static void delete(java.nio.file.Path folder) throws java.io.IOException {
        if (!java.nio.file.Files.exists(folder)) {
            return;
        }
        try (var files = java.nio.file.Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** Lifecycles per second (median of the rounds) on 1 and 4 threads, and the per-lifecycle costs on 1 thread. */
    record Result(double oneThread, double fourThreads, double rows, double transactions, Map<String, Double> statements) {
    }

    private static Result measure(DataSource db, int seconds, Lifecycle lifecycle) throws Exception {
        int warmup = Integer.getInteger("lifecycle.warmup", Math.max(3, seconds / 2));
        run(lifecycle, 1, warmup); // warm-up: the JIT compiles the hot paths first
        Map<String, Double> statements = statementsPerStep(db, lifecycle, 20);
        StatementCounts.Activity before = activity(db);
        List<Double> one = new ArrayList<>();
        int done = 0;
        for (int r = 0; r < ROUNDS; r++) {
            Run run = run(lifecycle, 1, seconds);
            one.add(run.perSecond());
            done += run.lifecycles;
        }
        StatementCounts.Activity after = activity(db);
        List<Double> four = new ArrayList<>();
        // each configuration is measured warm: code that only concurrent requests reach (lock and pool contention,
        // the JIT's deoptimisations when other types come by) is compiled before the 4-thread rounds count
        run(lifecycle, 4, warmup);
        for (int r = 0; r < ROUNDS; r++) {
            four.add(run(lifecycle, 4, seconds).perSecond());
        }
        return new Result(median(one), median(four), (after.rows() - before.rows()) / (double) done,
                (after.transactions() - before.transactions()) / (double) done, statements);
    }

    private record Run(int lifecycles, double seconds) {
        double perSecond() {
            return lifecycles / seconds;
        }
    }

    private static Run run(Lifecycle lifecycle, int threads, int seconds) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> counts = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                int n = 0;
                while (running.get()) {
                    lifecycle.run(step -> { });
                    n++;
                }
                return n;
            }));
        }
        Thread.sleep(seconds * 1_000L);
        running.set(false);
        int total = 0;
        for (Future<Integer> c : counts) {
            total += c.get();
        }
        pool.shutdown();
        return new Run(total, (System.nanoTime() - started) / 1e9);
    }

    /** Average statements per step over some lifecycles on one thread, counted by pg_stat_statements. */
    private static Map<String, Double> statementsPerStep(DataSource db, Lifecycle lifecycle, int lifecycles) throws Exception {
        Map<String, Long> calls = new LinkedHashMap<>();
        try (StatementCounts counts = new StatementCounts(db.getConnection())) {
            for (int i = 0; i < lifecycles; i++) {
                counts.perStep(lifecycle::run).forEach((step, statements) -> calls.merge(step, StatementCounts.count(statements), Long::sum));
            }
        }
        // a lifecycle places once and pays, delivers and accepts three times
        Map<String, Double> perStep = new LinkedHashMap<>();
        for (String step : STEPS) {
            perStep.put(step, calls.getOrDefault(step, 0L) / (double) (lifecycles * (step.equals("place") ? 1 : 3)));
        }
        return perStep;
    }

    /** Rows written and transactions committed so far, from PostgreSQL's statistics. */
    private static StatementCounts.Activity activity(DataSource db) throws Exception {
        try (StatementCounts counts = new StatementCounts(db.getConnection())) {
            return counts.activity();
        }
    }

    // ---- the three implementations of one lifecycle

    static void serviceLifecycle(EntityManagerFactory emf, AppClock clock, long agencyId, long accountId, long websiteId,
                                         java.util.function.Consumer<String> step) {
        step.accept("place");
        long id = Services.inTx(emf, clock, s -> s.orderPlacement.place(s.user("demo-anna"), new PlaceOrder(agencyId, accountId, null,
                websiteId, "Lifecycle", 300_000, "EUR", null, null, null, Map.of("business", "Bench", "style", "modern"), true))
                .order().id());
        for (int n = 1; n <= 3; n++) {
            int position = n;
            Invoice open = Services.inTx(emf, clock, s -> s.invoices.ofOrder(id).stream()
                    .filter(i -> i.status() == InvoiceStatus.ISSUED).findFirst().orElseThrow());
            step.accept("pay");
            Services.inTx(emf, clock, s -> s.payments.record("pay-" + open.number(), open.number(),
                    new PaymentService.PaymentNotice(open.number(), open.amountMinor(), "EUR", null), i -> "{}"));
            step.accept("deliver");
            Services.inTx(emf, clock, s -> s.milestoneWorkflow.deliver(s.user("demo-petra"), id, position, null, null));
            step.accept("accept");
            Services.inTx(emf, clock, s -> s.milestoneWorkflow.accept(s.user("demo-clara"), id, position));
        }
    }

    /** The same ten state changes with the same rules, written by hand: ten transactions, version checks, 13 rows. */
    private static void jdbcLifecycle(DataSource db, long agencyId, long accountId, long placedBy,
                                      java.util.function.Consumer<String> step) throws SQLException {
        // one connection per thread, kept: the services get theirs from a pool, and PostgreSQL forks a process per connection
        Connection c = CONNECTIONS.get();
        if (c == null || c.isClosed()) {
            c = db.getConnection();
            c.setAutoCommit(false);
            CONNECTIONS.set(c);
        }
        {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            step.accept("place");
            long orderId = next(c, "customer_order_seq");
            long[] milestones = new long[3];
            long firstMilestone = next(c, "order_milestone_seq");
            long[] amounts = {90_000, 120_000, 90_000};
            try (PreparedStatement p = c.prepareStatement("insert into customer_order (id, order_number, agency_id, account_id, title, "
                    + "price_minor, currency, payment_per_milestone, status, billed_minor, ended_early, placed_by, placed_at, "
                    + "last_progress_at, version) values (?, ?, ?, ?, 'Lifecycle', 300000, 'EUR', true, 'ACTIVE', 90000, false, ?, ?, ?, 1)")) {
                p.setLong(1, orderId);
                p.setString(2, "JD-" + orderId);
                p.setLong(3, agencyId);
                p.setLong(4, accountId);
                p.setLong(5, placedBy);
                p.setObject(6, now);
                p.setObject(7, now);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("insert into order_milestone (id, order_id, position, name, acting_party, "
                    + "planned_days, share_percent, amount_minor, included_revisions, revisions_used, status, auto_accepted, agency_id) "
                    + "values (?, ?, ?, 'Milestone', 'PROVIDER', 14, ?, ?, 2, 0, ?, false, ?)")) {
                for (int i = 0; i < 3; i++) {
                    milestones[i] = firstMilestone + i;
                    p.setLong(1, milestones[i]);
                    p.setLong(2, orderId);
                    p.setInt(3, i + 1);
                    p.setInt(4, i == 1 ? 40 : 30);
                    p.setLong(5, amounts[i]);
                    p.setString(6, i == 0 ? "AWAITING_PAYMENT" : "PLANNED");
                    p.setLong(7, agencyId);
                    p.addBatch();
                }
                p.executeBatch();
            }
            long invoice = invoice(c, orderId, milestones[0], amounts[0], now);
            c.commit();
            for (int n = 0; n < 3; n++) {
                step.accept("pay");
                update(c, "update invoice set status = 'PAID', paid_at = ?, version = version + 1 where id = ? and version = 1 "
                        + "and status = 'ISSUED'", now, invoice);
                update(c, "update order_milestone set status = 'IN_PROGRESS', started_at = ? where id = ? and status = 'AWAITING_PAYMENT'",
                        now, milestones[n]);
                c.commit();
                step.accept("deliver");
                update(c, "update order_milestone set status = 'DELIVERED', delivered_at = ? where id = ? and status = 'IN_PROGRESS'",
                        now, milestones[n]);
                c.commit();
                step.accept("accept");
                update(c, "update order_milestone set status = 'ACCEPTED', accepted_at = ? where id = ? and status = 'DELIVERED'",
                        now, milestones[n]);
                if (n < 2) {
                    invoice = invoice(c, orderId, milestones[n + 1], amounts[n + 1], now);
                    update(c, "update order_milestone set status = 'AWAITING_PAYMENT' where id = ? and status = 'PLANNED'",
                            null, milestones[n + 1]);
                }
                try (PreparedStatement p = c.prepareStatement("update customer_order set billed_minor = billed_minor + ?, status = ?, "
                        + "version = version + 1 where id = ? and version = ?")) {
                    p.setLong(1, n < 2 ? amounts[n + 1] : 0);
                    p.setString(2, n < 2 ? "ACTIVE" : "COMPLETED");
                    p.setLong(3, orderId);
                    p.setLong(4, n + 1);
                    if (p.executeUpdate() != 1) {
                        throw new IllegalStateException("changed in the meantime");
                    }
                }
                c.commit();
            }
        }
    }

    /** The first id of a block of 50, as EclipseLink reads these sequences (nextval is the block's end). */
    private static long next(Connection c, String sequence) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select nextval('" + sequence + "')")) {
            rs.next();
            return rs.getLong(1) - 49;
        }
    }

    private static long invoice(Connection c, long orderId, long milestoneId, long amount, OffsetDateTime now) throws SQLException {
        long id = next(c, "invoice_seq");
        try (PreparedStatement p = c.prepareStatement("insert into invoice (id, invoice_number, order_id, milestone_id, bill_to_type, "
                + "bill_to_agency_id, bill_to_name, amount_minor, currency, status, issued_at, due_at, version) "
                + "select ?, 'JD-INV-' || ?, ?, ?, 'AGENCY', agency_id, 'Agency', ?, 'EUR', 'ISSUED', ?, ?, 1 from customer_order where id = ?")) {
            p.setLong(1, id);
            p.setLong(2, id);
            p.setLong(3, orderId);
            p.setLong(4, milestoneId);
            p.setLong(5, amount);
            p.setObject(6, now);
            p.setObject(7, now.plusDays(14));
            p.setLong(8, orderId);
            p.executeUpdate();
        }
        return id;
    }

    private static void update(Connection c, String sql, OffsetDateTime at, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            if (at != null) {
                p.setObject(i++, at);
            }
            p.setLong(i, id);
            if (p.executeUpdate() != 1) {
                throw new IllegalStateException("changed in the meantime: " + sql);
            }
        }
    }

    private static void print(Map<String, Result> results) {
        Result floor = results.values().iterator().next();
        System.out.printf("%n  %-48s %12s %12s %10s %10s   %s%n", "variant", "1 thread/s", "4 threads/s", "rows", "transactions",
                "statements per step (place, pay, deliver, accept)");
        results.forEach((name, r) -> System.out.printf("  %-48s %12.1f %12.1f %10.1f %10.1f   %s%n", name, r.oneThread, r.fourThreads,
                r.rows, r.transactions, r.statements.values().stream().map(v -> String.format("%.1f", v)).toList()));
        results.forEach((name, r) -> {
            if (r != floor) {
                System.out.printf("  %-48s %5.1f %% of the floor on 1 thread, %5.1f %% on 4 threads%n", name,
                        100 * r.oneThread / floor.oneThread, 100 * r.fourThreads / floor.fourThreads);
            }
        });
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private LifecycleBenchmark() {
    }
}
