package com.partnerhub.service.e2e;

import static com.partnerhub.service.e2e.DemoUsers.ANNA;
import static com.partnerhub.service.e2e.DemoUsers.CLARA;
import static com.partnerhub.service.e2e.DemoUsers.NORA;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import com.partnerhub.service.testing.ServiceProcess;

/**
 * Customer documents over HTTP on a real Payara Micro with a small heap: a 500 MB video streams through and back
 * with its checksum; refusals (size, type) come before anything is kept; a cut-off upload leaves nothing; file
 * names lose their folders; an acknowledged upload survives {@code kill -9}.
 */
class DocumentsIT {

    private static final Duration START = Duration.ofSeconds(180);
    private static final long VIDEO = 500L * 1024 * 1024;

    @Test
    void documentsStreamThroughASmallHeapAreRefusedByContentAndSurviveKill9() throws Exception {
        Path data = Files.createTempDirectory("partnerhub-documents-it");
        Map<String, String> env = Map.of("PARTNERHUB_PROFILE", "embedded", "PARTNERHUB_DATA_DIR", data.toString(),
                "PARTNERHUB_DOCUMENTS_MAX_BYTES", String.valueOf(600L * 1024 * 1024));
        int port = ServiceProcess.freePort();
        // 200 MB of heap for the whole service: a 500 MB document held in memory anywhere would not fit
        ServiceProcess service = ServiceProcess.start("documents", env, null, port, "200m").awaitReady(START);
        try {
            Http http = new Http(service.url());
            DemoUsers users = new DemoUsers(http);
            long order = placeOrder(http, users);
            String docs = "api/v1/orders/" + order + "/documents";
            URI uri = service.url().toURI();

            // a video of 500 MB, made up as it is sent, hashed on both sides
            MessageDigest sent = MessageDigest.getInstance("SHA-256");
            HttpResponse<String> uploaded = upload(uri, docs + "?name=" + URLEncoder.encode("Shop-Film.mp4", StandardCharsets.UTF_8),
                    users.as(CLARA, "de"), () -> new VideoStream(VIDEO, sent), VIDEO);
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            JsonObject video = json(uploaded.body());
            assertThat(video.getString("mediaType")).isEqualTo("video/mp4");
            assertThat(video.getJsonNumber("sizeBytes").longValue()).isEqualTo(VIDEO);
            assertThat(video.getString("sha256")).isEqualTo(HexFormat.of().formatHex(sent.digest()));
            assertThat(download(uri, docs + "/" + video.getJsonNumber("id"), users.as(ANNA, "de")))
                    .as("the same bytes come back").isEqualTo(video.getString("sha256"));

            long files = files(data);
            // refused before anything is kept: too large by its length, a program that calls itself a PDF
            assertThat(rawPost(port, "/" + docs + "?name=gross.mp4", users.as(CLARA, "de")[1], 700L * 1024 * 1024))
                    .as("413 at once, from the announced length").startsWith("HTTP/1.1 413").contains("DOCUMENT_TOO_LARGE");
            byte[] exe = new byte[8192];
            exe[0] = 'M';
            exe[1] = 'Z';
            HttpResponse<String> program = upload(uri, docs + "?name=Rechnung.pdf", users.as(CLARA, "en"),
                    () -> new java.io.ByteArrayInputStream(exe), exe.length);
            assertThat(program.statusCode()).isEqualTo(415);
            assertThat(program.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(program.body()).getString("code")).isEqualTo("DOCUMENT_TYPE_NOT_ALLOWED");
            // a cut-off upload: announced 20 MB, sent 2 MB, connection closed
            cutOff(port, "/" + docs + "?name=abgebrochen.txt", users.as(CLARA, "de")[1]);
            ServiceProcess.sleep(1_500);
            assertThat(files(data)).as("neither refusal nor the cut-off upload left a file").isEqualTo(files);
            assertThat(http.get(docs, users.as(ANNA, "de")).json().getJsonArray("items")).as("nor a row").hasSize(1);

            // a path in the name is dropped; unknown documents and strangers get 404
            HttpResponse<String> text = upload(uri, docs + "?name=" + URLEncoder.encode("../../etc/Über uns.txt", StandardCharsets.UTF_8),
                    users.as(CLARA, "de"), () -> new java.io.ByteArrayInputStream("Seit 1990".getBytes(StandardCharsets.UTF_8)), 9);
            assertThat(text.statusCode()).as(text.body()).isEqualTo(201);
            JsonObject kept = json(text.body());
            assertThat(kept.getString("fileName")).isEqualTo("Über uns.txt");
            assertThat(http.get(docs + "/999999", users.as(ANNA, "de")).status()).isEqualTo(404);
            assertThat(http.get(docs + "/abc", users.as(ANNA, "de")).status()).isEqualTo(404);
            assertThat(http.get(docs + "/" + kept.getJsonNumber("id"), users.as(NORA, "de")).status()).isEqualTo(404);

            // acknowledged, then killed: it is there after the restart, byte for byte
            service.kill9();
            service.close();
            service = ServiceProcess.start("documents-again", env, null, port, "200m").awaitReady(START);
            DemoUsers again = new DemoUsers(new Http(service.url()));
            assertThat(download(uri, docs + "/" + kept.getJsonNumber("id"), again.as(CLARA, "de")))
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("Seit 1990".getBytes(StandardCharsets.UTF_8))));
        } finally {
            service.close();
        }
    }

    private static long placeOrder(Http http, DemoUsers users) {
        long account = http.post("api/v1/accounts", "{\"name\":\"Filmstudio Kundin\"}", users.as(CLARA, "de")).json().getJsonNumber("id").longValue();
        String token = http.post("api/v1/accounts/" + account + "/invitations",
                "{\"email\":\"" + ANNA + "\",\"permissions\":[\"ORDER_PRODUCTS\",\"CHANGE_SPECS\"]}", users.as(CLARA, "de")).json().getString("token");
        assertThat(http.post("api/v1/invitations/accept", "{\"token\":\"" + token + "\"}", users.as(ANNA, "de")).status()).isEqualTo(200);
        Http.Reply placed = http.post("api/v1/orders", "{\"accountId\":" + account + ",\"title\":\"Imagefilm\",\"priceMinor\":100000,"
                + "\"currency\":\"EUR\",\"milestones\":[{\"name\":\"Dreh\",\"days\":5,\"sharePercent\":50},"
                + "{\"name\":\"Schnitt\",\"days\":5,\"sharePercent\":50}]}", users.as(ANNA, "de"));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.json().getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> upload(URI base, String path, String[] auth, Supplier<InputStream> body, long length)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5))
                .header(auth[0], auth[1]).header("Accept-Language", "de").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body), length)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Downloads and hashes as the bytes arrive; the hex SHA-256. */
    private static String download(URI base, String path, String[] auth) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5)).header(auth[0], auth[1]).GET().build();
        HttpResponse<InputStream> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = r.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Announces {@code length} bytes, sends a few and reads what the service answers. */
    private static String rawPost(int port, String path, String bearer, long length) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + bearer
                    + "\r\nContent-Type: video/mp4\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
            out.flush();
            // the answer comes while the announced body is still unsent: read what arrives until it is complete
            StringBuilder answer = new StringBuilder();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; !answer.toString().contains("}") && (n = in.read(buffer)) >= 0; ) {
                    answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (java.net.SocketTimeoutException e) {
                // what arrived is the answer
            }
            return answer.toString();
        }
    }

    private static void cutOff(int port, String path, String bearer) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + bearer
                    + "\r\nContent-Type: text/plain\r\nContent-Length: " + (20 << 20) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 16];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 32; i++) {
                out.write(chunk);
            }
            out.flush();
        }
    }

    private static long files(Path data) throws IOException {
        Path documents = data.resolve("documents");
        if (!Files.isDirectory(documents)) {
            return 0;
        }
        try (var walk = Files.walk(documents)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** An MP4's first bytes (an ftyp box), then made-up content, hashed as it is read. */
    private static final class VideoStream extends InputStream {
        private static final byte[] HEADER = HexFormat.of().parseHex("000000206674797069736f6d0000020069736f6d69736f32617663316d703431");
        private final long length;
        private final MessageDigest sha;
        private long position;

        VideoStream(long length, MessageDigest sha) {
            this.length = length;
            this.sha = sha;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            for (int i = 0; i < n; i++) {
                long p = position + i;
                b[off + i] = p < HEADER.length ? HEADER[(int) p] : (byte) (p * 31 + (p >>> 13));
            }
            sha.update(b, off, n);
            position += n;
            return n;
        }
    }
}
