package com.partnerhub.service.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service started as the operator starts it ({@code java -jar payara-micro.jar --deploy
 * partner-hub.war}), configured through environment variables, in its own process, so a test can kill it with
 * SIGKILL and start it again, or run two of them in one data grid.
 */
public final class ServiceProcess implements AutoCloseable {

    /** The module's target folder, found from these classes (target/test-classes), whatever the working directory. */
    private static final Path TARGET = target();

    private final Process process;
    private final int port;
    private final Path root;
    private final Path log;

    private ServiceProcess(Process process, int port, Path root, Path log) {
        this.process = process;
        this.port = port;
        this.root = root;
        this.log = log;
    }

    /** Starts an instance; {@code cluster} names the data grid to join, or null for none. */
    public static ServiceProcess start(String name, Map<String, String> env, String cluster) {
        try {
            return start(name, env, cluster, freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts an instance in production shape on a PostgreSQL database: the portal's public key installed as a PEM file
     * named by a plain path, as operators do, and the demo billing secret; {@code extra} adds or overrides settings.
     */
    public static ServiceProcess startProduction(String name, String dbUrl, PortalTokens portal, Map<String, String> extra,
                                                 String cluster) {
        try {
            Path key = Files.createTempFile("portal-token", ".pem");
            Files.writeString(key, portal.publicPem());
            Map<String, String> env = new java.util.HashMap<>(Map.of(
                    "PARTNERHUB_DB_URL", dbUrl, "PARTNERHUB_DB_USER", "postgres",
                    "MP_JWT_VERIFY_ISSUER", PortalTokens.ISSUER,
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toAbsolutePath().toString(),
                    "PARTNERHUB_BILLING_WEBHOOK_SECRET", "demo-billing-secret"));
            env.putAll(extra);
            return start(name, env, cluster);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts an instance on a given port (a restart keeps its address). */
    public static ServiceProcess start(String name, Map<String, String> env, String cluster, int port) {
        return start(name, env, cluster, port, "512m");
    }

    /** ... with a heap of the given size (a document test proves big uploads are never held in memory). */
    public static ServiceProcess start(String name, Map<String, String> env, String cluster, int port, String heap) {
        try {
            Path root = Files.createTempDirectory("partnerhub-" + name + "-");
            Path log = root.resolve("service.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                    "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl", "-Dfish.payara.deployment.transform.namespace=false",
                    "-jar", TARGET.resolve("payara-micro.jar").toString(),
                    "--deploy", TARGET.resolve("partner-hub.war").toString(),
                    "--contextroot", "/", "--port", String.valueOf(port), "--rootdir", root.resolve("payara").toString(),
                    "--name", name, "--logproperties", TARGET.resolve("../src/main/payara/logging.properties").normalize().toString()));
            if (cluster == null) {
                command.add("--nohazelcast"); // alone: the data grid is not started at all (5 s of every start)
            } else {
                command.addAll(List.of("--clustername", cluster, "--clustermode", "tcpip:127.0.0.1:6900", "--interfaces", "127.0.0.1"));
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // only what the test gives: nothing of the surrounding environment's own configuration leaks in
            builder.environment().keySet().removeIf(k -> k.startsWith("PARTNERHUB_") || k.startsWith("MP_"));
            // the demo's working day (orders in every state) is for people trying the product; scenarios start blank
            builder.environment().put("PARTNERHUB_DEMO_WORKING_DAY", "false");
            builder.environment().putAll(env);
            ServiceProcess service = new ServiceProcess(builder.start(), port, root, log);
            Runtime.getRuntime().addShutdownHook(new Thread(service.process::destroyForcibly));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where {@code bin/serve} prepares Payara's launcher, the class-data archive and the empty database, once per build. */
    public static Path servePreparation() {
        return TARGET.resolve("payara");
    }

    /**
     * {@code bin/serve} as {@code bin/run} starts the embedded default once it has built: on the given data folder
     * (kept, the caller removes it), with the build's Payara launcher, class-data archive and empty database.
     * {@code prepare} only prepares those and returns once that is done, with the process ended.
     */
    public static ServiceProcess serve(String name, Path data, Map<String, String> env, boolean prepare) {
        try {
            int port = freePort();
            Path root = Files.createTempDirectory("partnerhub-" + name + "-");
            Path log = root.resolve("service.log");
            List<String> command = new ArrayList<>(List.of("bash", TARGET.resolve("../../bin/serve").normalize().toString()));
            if (prepare) {
                command.add("--prepare");
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("PARTNERHUB_") || k.startsWith("MP_") || k.equals("JAVA_OPTS"));
            builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator
                    + System.getenv("PATH"));
            builder.environment().put("PORT", String.valueOf(port));
            builder.environment().put("PARTNERHUB_DATA_DIR", data.toString());
            builder.environment().putAll(env);
            ServiceProcess service = new ServiceProcess(builder.start(), port, root, log);
            Runtime.getRuntime().addShutdownHook(new Thread(service.process::destroyForcibly));
            if (prepare && service.awaitExit(Duration.ofMinutes(5)) == null) {
                throw new IllegalStateException("bin/serve --prepare did not end:\n" + service.tail());
            }
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the service reports ready (its database answers); fails with the log's tail if it does not. */
    public ServiceProcess awaitReady(Duration timeout) {
        // HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every poll
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(timeout);
        String last = "no answer yet";
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return this;
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("the service was not ready within " + timeout + " (last: " + last + "):\n" + tail());
    }

    /** The operating system's id of the service's process (for jcmd). */
    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill9() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The exit code, once the process has ended by itself within the timeout; null while it still runs. */
    public Integer awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    private String tail() {
        String all = log();
        return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
    }

    /** Kills the service if it still runs and removes its Payara root and log. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill9();
        }
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no failure
        }
    }

    private static Path target() {
        try {
            return Path.of(ServiceProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
