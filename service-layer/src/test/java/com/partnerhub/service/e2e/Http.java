package com.partnerhub.service.e2e;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A small HTTP client for end-to-end tests: real requests against the deployed service, JSON answers parsed. */
final class Http {

    // HTTP/1.1, as browsers and load balancers talk to the service (the JDK would try an h2c upgrade)
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    Http(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    Reply get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** A payment callback as the billing system sends it: signed now with the demo secret, under an idempotency key. */
    Reply billingCallback(String json, String idempotencyKey) {
        return billingCallback(json, idempotencyKey, java.time.Instant.now().getEpochSecond());
    }

    Reply billingCallback(String json, String idempotencyKey, long signedAt) {
        String signature = com.partnerhub.service.infrastructure.billing.WebhookSignature.header(
                com.partnerhub.service.infrastructure.billing.WebhookSignature.DEMO_SECRET, signedAt,
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return post("api/v1/billing/payments", json, "X-Partnerhub-Timestamp", String.valueOf(signedAt),
                "X-Partnerhub-Signature", signature, "Idempotency-Key", idempotencyKey);
    }

    java.net.http.HttpResponse<byte[]> getBytes(String path, String... headers) {
        try {
            return client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** For the server's own endpoints (/health, /openapi, /metrics), which sit beside the application's context root. */
    Reply getFromServerRoot(String absolutePath, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(absolutePath)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.GET());
    }

    Reply put(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    Reply post(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply post(String path, HttpRequest.BodyPublisher body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json").POST(body));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonObject json() {
            return (JsonObject) structure();
        }

        JsonStructure structure() {
            return Json.createReader(new StringReader(response.body())).read();
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
