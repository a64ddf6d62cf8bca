package com.partnerhub.service.benchmark;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import com.partnerhub.service.infrastructure.db.ConfiguredDataSource;
import com.partnerhub.service.infrastructure.db.Migrations;
import com.partnerhub.service.testing.LifecycleLoad;
import com.partnerhub.service.testing.PortalTokens;
import com.partnerhub.service.testing.ServiceProcess;

/**
 * {@code bin/benchmark}'s load test: the packaged service on Payara Micro in production shape (PostgreSQL with
 * {@code synchronous_commit=on}, portal tokens), and many concurrent clients, each running website orders
 * through their lifecycle (place, pay, deliver, accept) and reading the order page, the dashboard and the
 * invoices after every step. Prints per operation p50/p95/p99 and the answers by status; every client works
 * on its own orders, so there is no true conflict and any 409 would be a false one.
 * Sizes: -Dload.clients (default 200), -Dload.seconds (default 30).
 */
public final class HttpLoadBenchmark {

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("load.clients", 200);
        int seconds = Integer.getInteger("load.seconds", 30);
        System.out.printf("%nPartner Hub HTTP load: %d concurrent clients for %d s on PostgreSQL (synchronous_commit=on)%n",
                clients, seconds);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "300").start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            DataSource db = ConfiguredDataSource.create(url, "postgres", "");
            Migrations.schema(db).migrate();
            Migrations.demoData(db).migrate();
            PortalTokens portal = new PortalTokens();
            try (ServiceProcess service = ServiceProcess.startProduction("load", url, portal, Map.of(), null)) {
                service.awaitReady(Duration.ofMinutes(3));
                try {
                    LifecycleLoad.Callers callers = portal.demoCast();
                    URI uri = URI.create(service.url().toString());
                    long[] setup = LifecycleLoad.prepare(uri, callers);
                    LifecycleLoad warmUp = new LifecycleLoad(List.of(uri), callers, setup[0], setup[1], true);
                    warmUp.withReads();
                    warmUp.start(Math.min(clients, 20));
                    ServiceProcess.sleep(10_000);
                    warmUp.stop();

                    LifecycleLoad load = new LifecycleLoad(List.of(uri), callers, setup[0], setup[1], true);
                    load.withReads();
                    load.measure();
                    long started = System.nanoTime();
                    load.start(clients);
                    ServiceProcess.sleep(seconds * 1_000L);
                    load.stop();
                    double elapsed = (System.nanoTime() - started) / 1e9;
                    print(load, elapsed);
                    System.out.println("  " + load.verify());
                } catch (RuntimeException | AssertionError e) {
                    // the service's side of an unexpected answer (the quoted request id is in its log)
                    java.nio.file.Path kept = java.nio.file.Path.of("target", "load-service.log").toAbsolutePath();
                    java.nio.file.Files.createDirectories(kept.getParent());
                    java.nio.file.Files.writeString(kept, service.log());
                    System.out.println("  the service's log: " + kept);
                    throw e;
                }
            }
        }
    }

    private static void print(LifecycleLoad load, double elapsed) {
        long total = load.statuses().values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("  %-52s %8s %8s %8s %8s%n", "operation", "count", "p50 ms", "p95 ms", "p99 ms");
        List<Long> all = new ArrayList<>();
        new TreeMap<>(load.latencies()).forEach((operation, times) -> {
            List<Long> sorted = sorted(times);
            all.addAll(sorted);
            System.out.printf("  %-52s %8d %8.1f %8.1f %8.1f%n", operation, sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
        });
        all.sort(null);
        System.out.printf("  %-52s %8d %8.1f %8.1f %8.1f%n", "all requests", all.size(), pct(all, 50), pct(all, 95), pct(all, 99));
        System.out.printf("  %.0f requests/s; answers by status %s (-1: no answer); errors (5xx or none) %.2f%%; 409 %d%n",
                total / elapsed, new TreeMap<>(load.statuses()),
                100.0 * load.statuses().entrySet().stream().filter(e -> e.getKey() < 0 || e.getKey() >= 500)
                        .mapToLong(e -> e.getValue().get()).sum() / Math.max(1, total),
                load.statuses().getOrDefault(409, new AtomicLong()).get());
        if (!load.unansweredBy.isEmpty()) {
            System.out.printf("  no answer: %s%n", load.unansweredBy);
        }
    }

    private static List<Long> sorted(Queue<Long> times) {
        List<Long> list = new ArrayList<>(times);
        list.sort(null);
        return list;
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

}
