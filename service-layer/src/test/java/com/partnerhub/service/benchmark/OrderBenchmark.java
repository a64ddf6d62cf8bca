package com.partnerhub.service.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import com.partnerhub.service.application.account.Answer;
import com.partnerhub.service.application.account.OpenAccount;
import com.partnerhub.service.application.invoice.PaymentService;
import com.partnerhub.service.application.order.PlaceOrder;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.order.OrderRepository;
import com.partnerhub.service.domain.order.OrderStatus;
import com.partnerhub.service.infrastructure.db.ConfiguredDataSource;
import com.partnerhub.service.infrastructure.db.Migrations;
import com.partnerhub.service.infrastructure.time.AppClock;
import com.partnerhub.service.persistence.order.JpaOrderRepository;
import com.partnerhub.service.testing.PortalTokens;
import com.partnerhub.service.testing.ServiceProcess;
import com.partnerhub.service.testing.Services;
import com.partnerhub.service.testing.TestDatabase;

/**
 * {@code bin/benchmark}: an agency with a million orders on a real PostgreSQL. Prints the dashboard query's
 * plan (it must be an index range scan), how long dashboard pages take through the service, and how many
 * orders are placed and milestone transitions made per second through the real application services.
 * Sizes: -Dorders (default 1000000), -Dplace (default 2000), -Dthreads (default 2).
 */
public final class OrderBenchmark {

    public static void main(String[] args) throws Exception {
        int bulk = Integer.getInteger("orders", 1_000_000);
        int toPlace = Integer.getInteger("place", 2_000);
        int threads = Integer.getInteger("threads", 2);

        System.out.printf("Partner Hub order benchmark: %,d orders for one agency, %,d placed through the service, %d threads%n",
                bulk, toPlace, threads);
        String url = TestDatabase.POSTGRESQL.newDatabaseUrl();
        DataSource ds = ConfiguredDataSource.create(url, "postgres", "");
        Migrations.schema(ds).migrate();
        Migrations.demoData(ds).migrate();
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(ds);
        AppClock clock = new AppClock(Clock.systemUTC());
        long accountId = Services.inTx(emf, clock, s -> s.accountService.open(s.user("demo-clara"),
                new OpenAccount("Benchmark GmbH", null, null, false, null, null, null)).account().id());
        String token = Services.inTx(emf, clock, s -> s.invitationService.invite(s.user("demo-clara"), accountId,
                "anna@agentur-beispiel.example", EnumSet.of(Permission.ORDER_PRODUCTS)).token());
        Services.inTx(emf, clock, s -> s.invitationService.accept(s.user("demo-anna"), new Answer(token, null)));
        long agencyId = Services.inTx(emf, clock, s -> s.access.agencyIdsOf(s.user("demo-anna")).iterator().next());
        long websiteId = Services.inTx(emf, clock, s -> s.packages.findByCode("WEBSITE").orElseThrow().id());

        long otherAgencyId = Services.inTx(emf, clock, s -> s.access.agencyIdsOf(s.user("demo-nora")).iterator().next());
        long t0 = System.nanoTime();
        bulkLoad(ds, agencyId, accountId, bulk, 0);
        bulkLoad(ds, otherAgencyId, accountId, bulk, bulk);
        System.out.printf("bulk load: %,d orders for the agency and %,d for another one in %.1f s (generate_series, then ANALYZE)%n",
                bulk, bulk, seconds(t0));

        explain(ds, agencyId);
        dashboardTimings(emf, clock, agencyId);
        dashboardOverHttp(url, bulk, Integer.getInteger("dashboard.requests", 2_000));
        contactsTimings(ds, emf, clock, Integer.getInteger("contacts.orders", 100_000), Integer.getInteger("contacts.customers", 2_000));

        // warm-up (not measured): the JIT compiles the hot paths before the clock starts
        for (int i = 0; i < Math.min(200, toPlace / 4); i++) {
            long warm = Services.inTx(emf, clock, s -> s.orderPlacement.place(s.user("demo-anna"), new PlaceOrder(agencyId, accountId,
                    null, websiteId, "Warm-up", 300_000, "EUR", null, null, null, Map.of("business", "Bench", "style", "modern"), true))
                    .order().id());
            Invoice first = Services.inTx(emf, clock, s -> s.invoices.ofOrder(warm).get(0));
            Services.inTx(emf, clock, s -> s.payments.record("warm-" + first.number(), first.number(),
                    new PaymentService.PaymentNotice(first.number(), first.amountMinor(), "EUR", null), x -> "{}"));
            Services.inTx(emf, clock, s -> s.milestoneWorkflow.deliver(s.user("demo-petra"), warm, 1, null, null));
            Services.inTx(emf, clock, s -> s.milestoneWorkflow.accept(s.user("demo-clara"), warm, 1));
        }

        // placing orders through OrderPlacement: number, order, 3 milestones, answers, first invoice, history
        List<Long> placed = new ArrayList<>();
        t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int share = toPlace / threads;
            parts.add(pool.submit(() -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < share; i++) {
                    ids.add(Services.inTx(emf, clock, s -> s.orderPlacement.place(s.user("demo-anna"), new PlaceOrder(agencyId, accountId,
                            null, websiteId, "Benchmark", 300_000, "EUR", null, null, null,
                            Map.of("business", "Bench", "style", "modern"), true)).order().id()));
                }
                return ids;
            }));
        }
        for (Future<List<Long>> part : parts) {
            placed.addAll(part.get());
        }
        double placeSeconds = seconds(t0);
        System.out.printf("orders placed: %,d in %.1f s = %,.0f orders/s%n", placed.size(), placeSeconds, placed.size() / placeSeconds);

        // milestone transitions: payment starts work, delivery, acceptance (which bills the next milestone)
        t0 = System.nanoTime();
        List<Future<Integer>> transitionParts = new ArrayList<>();
        int perThread = placed.size() / threads;
        for (int t = 0; t < threads; t++) {
            List<Long> mine = placed.subList(t * perThread, (t + 1) * perThread);
            transitionParts.add(pool.submit(() -> {
                int transitions = 0;
                for (long id : mine) {
                    Invoice first = Services.inTx(emf, clock, s -> s.invoices.ofOrder(id).get(0));
                    Services.inTx(emf, clock, s -> s.payments.record("bench-" + first.number(), first.number(),
                            new PaymentService.PaymentNotice(first.number(), first.amountMinor(), "EUR", null), i -> "{}"));
                    Services.inTx(emf, clock, s -> s.milestoneWorkflow.deliver(s.user("demo-petra"), id, 1, null, null));
                    Services.inTx(emf, clock, s -> s.milestoneWorkflow.accept(s.user("demo-clara"), id, 1));
                    transitions += 3;
                }
                return transitions;
            }));
        }
        int transitions = 0;
        for (Future<Integer> part : transitionParts) {
            transitions += part.get();
        }
        double transitionSeconds = seconds(t0);
        pool.shutdown();
        System.out.printf("milestone transitions (paid -> in progress, delivered, accepted + next invoice): %,d in %.1f s = %,.0f transitions/s%n",
                transitions, transitionSeconds, transitions / transitionSeconds);
        emf.close();
        System.out.println("done");
        System.exit(0);
    }

    private static void bulkLoad(DataSource ds, long agencyId, long accountId, int n, int offset) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into customer_order (id, order_number, agency_id, account_id, title, price_minor, currency, "
                    + "payment_per_milestone, status, ended_early, billed_minor, placed_by, placed_at, last_progress_at, version) "
                    // the two agencies' orders interleave by id, as orders of many agencies do: odd ids this one's, even the other's
                    + "select 1000000000 + 2 * (g - " + offset + ")" + (offset == 0 ? " - 1" : "") + ", 'BM-' || g, " + agencyId + ", " + accountId + ", 'Bulk order ' || g, 300000, 'EUR', true, "
                    + "case when g % 20 = 0 then 'ACTIVE' else 'COMPLETED' end, false, 300000, "
                    + "(select id from app_user where subject = 'demo-anna'), now() - (g || ' minutes')::interval, now(), 1 "
                    + "from generate_series(" + (offset + 1) + ", " + (offset + n) + ") g");
            // every order has its 3 milestones, as the dashboard reads them (the other agency's: only the active twentieth)
            s.execute("insert into order_milestone (id, order_id, position, name, acting_party, planned_days, share_percent, "
                    + "amount_minor, included_revisions, revisions_used, status, auto_accepted, steps, started_at, due_at, agency_id) "
                    + "select (o.id - 1000000000) * 4 + p + 2000000000, o.id, p, 'Milestone ' || p, 'AGENCY', 14, "
                    + "case p when 1 then 30 when 2 then 40 else 30 end, case p when 2 then 120000 else 90000 end, 2, 0, "
                    + "case when o.status = 'COMPLETED' then 'ACCEPTED' when p = 1 then 'IN_PROGRESS' else 'PLANNED' end, false, '[{\"no\":1,\"label\":\"Draft\",\"done\":false}]', "
                    // a running first milestone is due between 20 days ago and 20 days ahead: about half of the active are late
                    + "case when o.status = 'ACTIVE' and p = 1 then now() - interval '14 days' + ((o.id % 41) - 20 || ' days')::interval end, "
                    + "case when o.status = 'ACTIVE' and p = 1 then now() + ((o.id % 41) - 20 || ' days')::interval end, o.agency_id "
                    + "from customer_order o cross join generate_series(1, 3) p "
                    + "where o.agency_id = " + agencyId + (offset == 0 ? "" : " and o.status = 'ACTIVE'"));
            s.execute("analyze customer_order");
            s.execute("analyze order_milestone");
        }
    }

    /**
     * The dashboard's first page over HTTP, as a browser asks for it: the packaged service on Payara Micro in its
     * production shape, on this database, with a portal token; sequential requests after a warm-up. Target: p95 ≤ 20 ms.
     */
    private static void dashboardOverHttp(String url, int orders, int requests) throws Exception {
        PortalTokens portal = new PortalTokens();
        try (ServiceProcess service = ServiceProcess.startProduction("dashboard", url, portal, Map.of(), null)) {
            service.awaitReady(java.time.Duration.ofMinutes(3));
            java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
            for (String query : List.of("status=ACTIVE&limit=20", "limit=20")) { // the first page as the dashboard opens, then all orders
              try {
                java.net.URI uri = java.net.URI.create(service.url() + "api/v1/orders?" + query);
                long warmUntil = System.nanoTime() + Long.getLong("dashboard.warmup", 30L) * 1_000_000_000L;
                while (System.nanoTime() < warmUntil) { // Payara's JIT first: figures of a cold server measure the compiler
                    get(http, uri, portal.as("demo-anna", "anna@agentur-beispiel.example", List.of()));
                }
                String[] anna = portal.as("demo-anna", "anna@agentur-beispiel.example", List.of());
                long[] nanos = new long[requests];
                for (int i = 0; i < requests; i++) {
                    long t = System.nanoTime();
                    get(http, uri, anna);
                    nanos[i] = System.nanoTime() - t;
                }
                java.util.Arrays.sort(nanos);
                System.out.printf("dashboard first page over HTTP (GET /api/v1/orders?%s, %,d requests, %,d orders of the agency): "
                        + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (target p95 20 ms)%n", query, requests, orders,
                        nanos[requests / 2] / 1e6, nanos[(int) (requests * 0.95)] / 1e6, nanos[(int) (requests * 0.99)] / 1e6);
              } catch (IllegalStateException e) {
                  throw new IllegalStateException(e.getMessage() + "\nservice log:\n" + service.log(), e);
              }
            }
        }
    }

    private static void get(java.net.http.HttpClient http, java.net.URI uri, String[] headers) throws Exception {
        java.net.http.HttpResponse<byte[]> r = http.send(java.net.http.HttpRequest.newBuilder(uri).headers(headers).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("dashboard answered " + r.statusCode() + ": " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static void explain(DataSource ds, long agencyId) throws SQLException {
        System.out.println();
        System.out.println("dashboard queries (active orders, all orders; first page and a page deep in the list), EXPLAIN (ANALYZE, BUFFERS):");
        // the dashboard opens on the active orders; "all orders" (no status) must not sort the agency's million either
        String allOrders = "select * from customer_order where agency_id = ? and id < ? order by id desc fetch first 21 rows only";
        for (String sql : List.of(JpaOrderRepository.DASHBOARD_SQL, allOrders)) {
            explain(ds, agencyId, sql, null);
        }
        // the overdue filter (only a running milestone has a due date): with about half of the active orders late, and
        // as of 30 days ago, when none was late yet
        System.out.println("overdue filter, about half of the active orders late:");
        explain(ds, agencyId, JpaOrderRepository.OVERDUE_SQL, Instant.now());
        System.out.println("overdue filter, none late:");
        explain(ds, agencyId, JpaOrderRepository.OVERDUE_SQL, Instant.now().minus(java.time.Duration.ofDays(30)));
        System.out.println();
    }

    private static void explain(DataSource ds, long agencyId, String sql, Instant now) throws SQLException {
        for (long before : new long[] {Long.MAX_VALUE, 1_000_500_000L}) {
            try (Connection c = ds.getConnection();
                 PreparedStatement p = c.prepareStatement("explain (analyze, buffers) " + sql)) {
                p.setLong(1, agencyId);
                p.setLong(2, before);
                if (now != null) {
                    p.setLong(3, agencyId);
                    p.setObject(4, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
                }
                String index = null;
                boolean fullScanOrSort = false;
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String line = rs.getString(1);
                        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Index (?:Only )?Scan (?:Backward )?using (\\w+)").matcher(line);
                        if (m.find() && index == null) {
                            index = m.group(1);
                        }
                        fullScanOrSort |= line.contains("Seq Scan") || line.contains("Sort ") || line.contains("Bitmap Heap Scan");
                        System.out.println("  " + line);
                    }
                }
                if (now == null) { // the overdue filter may rightly start from the few late milestones and sort those
                    System.out.println("  -> index range scan: " + (index != null && !fullScanOrSort ? "yes, " + index : "NO"));
                }
            }
        }
        System.out.println();
    }

    private static void dashboardTimings(EntityManagerFactory emf, AppClock clock, long agencyId) {
        OrderRepository.Filter active = new OrderRepository.Filter(OrderStatus.ACTIVE, null, null);
        for (int warm = 0; warm < 20; warm++) {
            Services.inTx(emf, clock, s -> s.orders.ofAgency(agencyId, active, 0, 51));
        }
        int runs = 200;
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            long before = 1_000_000_000L + 1_000_000L - (i * 4_000L);
            Services.inTx(emf, clock, s -> s.orders.ofAgency(agencyId, active, before, 51));
        }
        System.out.printf("dashboard page (50 active orders of the agency's million, through JPA): %.2f ms on average over %d pages%n",
                (System.nanoTime() - t0) / 1e6 / runs, runs);
        t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            Services.inTx(emf, clock, s -> s.orders.ofAgency(agencyId, new OrderRepository.Filter(OrderStatus.ACTIVE, null, Instant.now()), 0, 51));
        }
        System.out.printf("overdue filter page, about half of the active orders late: %.2f ms on average%n", (System.nanoTime() - t0) / 1e6 / runs);
        Instant monthAgo = Instant.now().minus(java.time.Duration.ofDays(30));
        t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            Services.inTx(emf, clock, s -> s.orders.ofAgency(agencyId, new OrderRepository.Filter(OrderStatus.ACTIVE, null, monthAgo), 0, 51));
        }
        System.out.printf("overdue filter page, none late (as of 30 days ago): %.2f ms on average%n", (System.nanoTime() - t0) / 1e6 / runs);
    }

    /**
     * The contacts view (capability 8) of an agency with {@code orders} orders for {@code customers} customer accounts:
     * every page is one statement grouping the agency's orders by account; printed per sort order and for a search.
     */
    private static void contactsTimings(DataSource ds, EntityManagerFactory emf, AppClock clock, int orders, int customers) throws SQLException {
        long agencyId = 900_000_000L;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into agency (id, name, created_at, version) values (" + agencyId + ", 'Contacts Benchmark', now(), 1)");
            s.execute("insert into customer_account (id, name, owner_email, billing_party, created_at, version) "
                    + "select 900000000 + g, 'Kunde ' || g, 'kunde' || g || '@contacts.example', 'CUSTOMER', now(), 1 "
                    + "from generate_series(1, " + customers + ") g");
            s.execute("insert into customer_order (id, order_number, agency_id, account_id, title, price_minor, currency, "
                    + "payment_per_milestone, status, ended_early, billed_minor, placed_by, placed_at, last_progress_at, version) "
                    + "select 2000000000 + g, 'CB-' || g, " + agencyId + ", 900000000 + 1 + (g % " + customers + "), 'Order ' || g, "
                    + "300000, 'EUR', true, case when g % 3 = 0 then 'ACTIVE' else 'COMPLETED' end, false, (g % 7) * 10000, "
                    + "(select id from app_user where subject = 'demo-anna'), now() - (g || ' minutes')::interval, now(), 1 "
                    + "from generate_series(1, " + orders + ") g");
            s.execute("analyze customer_order");
            s.execute("analyze customer_account");
        }
        var sorts = com.partnerhub.service.domain.order.ContactRepository.Sort.values();
        int runs = 50;
        System.out.printf("contacts page (25 of %,d customers, %,d orders, one statement per page):", customers, orders);
        for (var sort : sorts) {
            for (int warm = 0; warm < 5; warm++) {
                Services.inTx(emf, clock, s -> new com.partnerhub.service.persistence.order.JpaContactRepository(s.em)
                        .ofAgency(agencyId, null, sort, true, 0, 26));
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                int offset = (i % 10) * 25;
                boolean descending = i % 2 == 0;
                Services.inTx(emf, clock, s -> new com.partnerhub.service.persistence.order.JpaContactRepository(s.em)
                        .ofAgency(agencyId, null, sort, descending, offset, 26));
            }
            System.out.printf(" %s %.1f ms", sort, (System.nanoTime() - t0) / 1e6 / runs);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            String q = "kunde " + (1 + i % 9);
            Services.inTx(emf, clock, s -> new com.partnerhub.service.persistence.order.JpaContactRepository(s.em)
                    .ofAgency(agencyId, q, com.partnerhub.service.domain.order.ContactRepository.Sort.NAME, false, 0, 26));
        }
        System.out.printf(", search by name %.1f ms (averages over %d pages)%n", (System.nanoTime() - t0) / 1e6 / runs, runs);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private OrderBenchmark() {
    }
}
