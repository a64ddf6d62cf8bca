package com.partnerhub.service.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.partnerhub.service.testing.ServiceProcess;
import com.partnerhub.service.testing.LifecycleLoad;
import com.partnerhub.service.testing.TestDatabase;

/**
 * {@code kill -9} of a loaded service: clients place, pay, deliver and accept orders; the service is killed at
 * a random moment, started again on the same data, and every acknowledged write is there, once — on the
 * embedded default's H2 files and on PostgreSQL.
 */
class CrashIT {

    private static final Duration START = Duration.ofSeconds(180);

    @Test
    void theEmbeddedDefaultKeepsEveryAcknowledgedWriteThroughKill9() throws Exception {
        String dataDir = Files.createTempDirectory("partnerhub-crash-h2").toString();
        crashAndRecover("h2", Map.of("PARTNERHUB_PROFILE", "embedded", "PARTNERHUB_DATA_DIR", dataDir));
    }

    @Test
    void postgresqlKeepsEveryAcknowledgedWriteThroughKill9() throws Exception {
        crashAndRecover("pg", Map.of("PARTNERHUB_PROFILE", "embedded",
                "PARTNERHUB_DB_URL", TestDatabase.POSTGRESQL.newDatabaseUrl(), "PARTNERHUB_DB_USER", "postgres"));
    }

    private void crashAndRecover(String name, Map<String, String> env) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int port = ServiceProcess.freePort();
        ServiceProcess service = ServiceProcess.start(name, env, null, port);
        try {
            service.awaitReady(START);
            URI uri = URI.create(service.url().toString());
            long[] setup = LifecycleLoad.prepare(uri, demoCallers(service));
            LifecycleLoad load = new LifecycleLoad(List.of(uri), demoCallers(service), setup[0], setup[1], true);
            for (int round = 1; round <= 2; round++) {
                load.start(4);
                long killAfter = 3_000 + random.nextInt(4_000);
                ServiceProcess.sleep(killAfter);
                service.kill9();
                load.stop();
                service.close();
                service = ServiceProcess.start(name + "-" + round, env, null, port);
                service.awaitReady(START);
                load.callers(demoCallers(service)); // the demo issuer's key is new after a restart
                String verified = load.verify();
                System.out.printf("crash %s round %d (seed %d, killed after %d ms): %s%n", name, round, seed, killAfter, verified);
            }
            assertThat(load.placed).as("orders acknowledged before the kills").hasSizeGreaterThan(5);
            assertThat(load.paid).as("payments acknowledged before the kills").isNotEmpty();
            load.start(2);
            ServiceProcess.sleep(2_000);
            load.stop();
            load.verify();
        } finally {
            service.close();
        }
    }

    static LifecycleLoad.Callers demoCallers(ServiceProcess service) {
        DemoUsers users = new DemoUsers(new Http(service.url()));
        return new LifecycleLoad.Callers(users.as(DemoUsers.ANNA, "en"), users.as(DemoUsers.PETRA, "en"),
                users.as(DemoUsers.CLARA, "en"));
    }
}
