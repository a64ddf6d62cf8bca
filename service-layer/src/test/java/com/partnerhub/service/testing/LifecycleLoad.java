package com.partnerhub.service.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import com.partnerhub.service.infrastructure.billing.WebhookSignature;

/**
 * Website orders driven through their lifecycle over HTTP by several client threads: placed by the agency,
 * each invoice paid through the signed billing callback, each milestone delivered by provider staff and
 * accepted by the customer (or left to the automatic acceptance). Every answer the service acknowledged
 * (2xx) goes into a ledger; {@link #verify} later checks that all of it is there, once.
 * Requests go round-robin over the instances; one that refuses connections (killed) is skipped.
 */
public final class LifecycleLoad {

    /** Request headers that authenticate as the agency member, provider staff and the customer. */
    public record Callers(String[] agency, String[] provider, String[] customer) {
    }

    private final List<URI> instances;
    // HTTP/1.1 as browsers and load balancers speak to the service; the JDK would otherwise upgrade to h2c and
    // multiplex every client over one connection
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicInteger next = new AtomicInteger();
    private volatile Callers callers;
    private final long accountId;
    private final long packageId;
    private final boolean acceptLastByHand;

    public final Map<Long, String> placed = new ConcurrentHashMap<>();
    final Map<Long, Long> prices = new ConcurrentHashMap<>();
    public final Set<String> paid = ConcurrentHashMap.newKeySet();
    final Set<String> delivered = ConcurrentHashMap.newKeySet();
    final Set<String> accepted = ConcurrentHashMap.newKeySet();
    public final AtomicLong acknowledged = new AtomicLong();
    public final AtomicLong conflicts = new AtomicLong();
    public final AtomicLong unanswered = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Map<String, java.util.Queue<Long>> latencies;
    private volatile Map<Integer, AtomicLong> statuses;
    private volatile boolean reads;
    /** Why requests got no answer, by exception. */
    public final Map<String, AtomicLong> unansweredBy = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
    private final List<Thread> workers = new ArrayList<>();

    public LifecycleLoad(List<URI> instances, Callers callers, long accountId, long packageId, boolean acceptLastByHand) {
        this.instances = instances;
        this.callers = callers;
        this.accountId = accountId;
        this.packageId = packageId;
        this.acceptLastByHand = acceptLastByHand;
    }

    /** Clara's account with Anna's agency in it, and the website package: what the orders are placed for. */
    public static long[] prepare(URI instance, Callers callers) throws Exception {
        LifecycleLoad setup = new LifecycleLoad(List.of(instance), callers, 0, 0, true);
        long account = setup.call("POST", "api/v1/accounts", "{\"name\":\"Claras Laden " + System.nanoTime() + "\"}",
                callers.customer()).json().getJsonNumber("id").longValue();
        Reply invited = setup.call("POST", "api/v1/accounts/" + account + "/invitations",
                "{\"email\":\"anna@agentur-beispiel.example\",\"permissions\":[\"ORDER_PRODUCTS\"]}", callers.customer());
        Reply joined = setup.call("POST", "api/v1/invitations/accept", "{\"token\":\"" + invited.json().getString("token") + "\"}",
                callers.agency());
        assertThat(joined.status).as(joined.body).isEqualTo(200);
        long website = setup.call("GET", "api/v1/packages", null, callers.agency()).array().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("code").equals("WEBSITE")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        return new long[] {account, website};
    }

    /** From now on, time every request (by operation) and count every status; for a load benchmark. */
    public void measure() {
        latencies = new ConcurrentHashMap<>();
        statuses = new ConcurrentHashMap<>();
    }

    /** Also read after each step, as people do: the order page, the dashboard's first page, the order's invoices. */
    public void withReads() {
        reads = true;
    }

    /** Microseconds of each request, by operation ({@code POST orders/{id}/milestones/{n}/delivery}). */
    public Map<String, java.util.Queue<Long>> latencies() {
        return latencies;
    }

    public Map<Integer, AtomicLong> statuses() {
        return statuses;
    }

    public void callers(Callers callers) {
        this.callers = callers;
    }

    public void start(int threads) {
        running.set(true);
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::work, "lifecycle-" + i);
            t.start();
            workers.add(t);
        }
    }

    /** Stops the clients; an answer no client expected (anything but 2xx and 409) fails the test here. */
    public void stop() throws InterruptedException {
        running.set(false);
        for (Thread t : workers) {
            t.join(60_000);
        }
        workers.clear();
        if (failure.get() != null) {
            throw new AssertionError("a client got an unexpected answer", failure.get());
        }
    }

    private void work() {
        while (running.get()) {
            try {
                lifecycle();
            } catch (IOException e) {
                unanswered.incrementAndGet(); // no answer: the outcome is unknown, so nothing is recorded
                if (statuses != null) {
                    statuses.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet();
                    unansweredBy.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(), k -> new AtomicLong()).incrementAndGet();
                }
                ServiceProcess.sleep(200);
            } catch (RuntimeException | AssertionError e) {
                if (running.get()) {
                    failure.compareAndSet(null, e);
                    running.set(false);
                }
            }
        }
    }

    /** One whole lifecycle on the calling thread, telling {@code step} before each step (place, pay, deliver, accept). */
    public void lifecycleOnce(java.util.function.Consumer<String> step) throws IOException {
        running.set(true);
        lifecycle(step);
    }

    private void lifecycle() throws IOException {
        lifecycle(step -> { });
    }

    private void lifecycle(java.util.function.Consumer<String> step) throws IOException {
        step.accept("place");
        Reply order = call("POST", "api/v1/orders", "{\"accountId\":" + accountId + ",\"packageId\":" + packageId
                + ",\"title\":\"Website\",\"priceMinor\":300000,\"currency\":\"EUR\",\"answers\":{\"business\":\"Blumen\",\"style\":\"modern\"}}",
                callers.agency());
        if (!ok(order)) {
            return;
        }
        long id = order.json().getJsonNumber("id").longValue();
        placed.put(id, order.json().getString("number"));
        prices.put(id, order.json().getJsonNumber("priceMinor").longValue());
        read(id);
        JsonObject current = order.json();
        for (int n = 1; n <= 3 && running.get(); n++) {
            JsonObject invoice = openInvoice(current);
            if (invoice == null) {
                return;
            }
            step.accept("pay");
            Reply payment = billingCallback(invoice);
            if (!ok(payment)) {
                return;
            }
            paid.add(invoice.getString("number"));
            step.accept("deliver");
            Reply delivery = call("POST", "api/v1/orders/" + id + "/milestones/" + n + "/delivery", null, callers.provider());
            if (!ok(delivery)) {
                return;
            }
            delivered.add(id + "/" + n);
            read(id);
            if (n == 3 && !acceptLastByHand) {
                return; // the scheduler accepts it when the review window has passed
            }
            step.accept("accept");
            Reply acceptance = call("POST", "api/v1/orders/" + id + "/milestones/" + n + "/acceptance", null, callers.customer());
            if (!ok(acceptance)) {
                return;
            }
            accepted.add(id + "/" + n);
            current = acceptance.json();
            read(id);
        }
    }

    private void read(long orderId) throws IOException {
        if (!reads) {
            return;
        }
        ok(call("GET", "api/v1/orders/" + orderId, null, callers.customer()));
        ok(call("GET", "api/v1/orders?limit=50", null, callers.agency()));
        ok(call("GET", "api/v1/invoices?order=" + orderId, null, callers.agency()));
    }

    private static JsonObject openInvoice(JsonObject order) {
        JsonArray invoices = order.getJsonArray("invoices");
        if (invoices == null) {
            return null;
        }
        return invoices.stream().map(JsonValue::asJsonObject).filter(i -> i.getString("status").equals("ISSUED"))
                .findFirst().orElse(null);
    }

    private Reply billingCallback(JsonObject invoice) throws IOException {
        String body = "{\"invoiceNumber\":\"" + invoice.getString("number") + "\",\"amountMinor\":"
                + invoice.getJsonNumber("amountMinor") + ",\"currency\":\"EUR\",\"reference\":\"bank-" + invoice.getString("number") + "\"}";
        long now = Instant.now().getEpochSecond();
        return call("POST", "api/v1/billing/payments", body, new String[] {
                "X-Partnerhub-Timestamp", String.valueOf(now),
                "X-Partnerhub-Signature", WebhookSignature.header(WebhookSignature.DEMO_SECRET, now, body.getBytes(StandardCharsets.UTF_8)),
                "Idempotency-Key", "pay-" + invoice.getString("number")});
    }

    private boolean ok(Reply r) {
        if (r.status >= 200 && r.status < 300) {
            acknowledged.incrementAndGet();
            return true;
        }
        if (r.status == 409) {
            conflicts.incrementAndGet();
            return false;
        }
        throw new AssertionError("unexpected answer " + r.status + " " + r.body);
    }

    public record Reply(int status, String body) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }
    }

    /** One request, to the next live instance in turn; a refused connection moves on to the next one. */
    public Reply call(String method, String path, String body, String[] headers) throws IOException {
        IOException last = null;
        for (int tried = 0; tried < instances.size(); tried++) {
            URI base = instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            try {
                long started = System.nanoTime();
                HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
                if (latencies != null) {
                    latencies.computeIfAbsent(method + " " + path.replaceAll("\\?.*", "").replaceAll("/[0-9]+", "/{id}")
                            .replaceFirst("^api/v1/", ""), k -> new java.util.concurrent.ConcurrentLinkedQueue<>())
                            .add((System.nanoTime() - started) / 1_000);
                    statuses.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                }
                return new Reply(r.statusCode(), r.body());
            } catch (ConnectException e) {
                last = e; // that instance is down: the request never reached it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw last;
    }

    /** What the service holds now, checked against every acknowledged answer. */
    public String verify() throws IOException {
        Set<String> numbers = new HashSet<>();
        int invoices = 0;
        for (Map.Entry<Long, String> o : placed.entrySet()) {
            Reply order = call("GET", "api/v1/orders/" + o.getKey(), null, callers.agency());
            assertThat(order.status).as("acknowledged order %s", o.getValue()).isEqualTo(200);
            assertThat(order.json().getString("number")).isEqualTo(o.getValue());
            assertThat(numbers.add(o.getValue())).as("order number %s once", o.getValue()).isTrue();
            Map<Integer, String> status = new HashMap<>();
            order.json().getJsonArray("milestones").forEach(m -> status.put(m.asJsonObject().getInt("position"),
                    m.asJsonObject().getString("status")));
            for (int n = 1; n <= 3; n++) {
                if (accepted.contains(o.getKey() + "/" + n)) {
                    assertThat(status.get(n)).as("accepted %s/%d", o.getValue(), n).isEqualTo("ACCEPTED");
                } else if (delivered.contains(o.getKey() + "/" + n)) {
                    assertThat(status.get(n)).as("delivered %s/%d", o.getValue(), n).isIn("DELIVERED", "ACCEPTED");
                }
            }
            Reply billed = call("GET", "api/v1/invoices?order=" + o.getKey(), null, callers.agency());
            Set<Long> milestones = new HashSet<>();
            long sum = 0;
            for (JsonValue v : billed.array()) {
                JsonObject invoice = v.asJsonObject();
                invoices++;
                assertThat(milestones.add(invoice.getJsonNumber("milestoneId").longValue()))
                        .as("one invoice per milestone of %s", o.getValue()).isTrue();
                sum += invoice.getJsonNumber("amountMinor").longValue();
                if (paid.contains(invoice.getString("number"))) {
                    assertThat(invoice.getString("status")).as("paid %s", invoice.getString("number")).isEqualTo("PAID");
                }
            }
            assertThat(sum).as("billed for %s", o.getValue()).isLessThanOrEqualTo(prices.get(o.getKey()));
        }
        return placed.size() + " orders, " + paid.size() + " payments, " + delivered.size() + " deliveries, " + accepted.size()
                + " acceptances acknowledged (" + acknowledged.get() + " answers, " + conflicts.get() + " conflicts, "
                + unanswered.get() + " unanswered); " + invoices + " invoices, all present once";
    }
}
