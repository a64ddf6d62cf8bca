package com.partnerhub.service.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.partnerhub.service.testing.ServiceProcess;

/**
 * The start a newcomer gets from {@code bin/run} once it has built: {@code bin/serve} prepares the build once (Payara's
 * launcher, the class-data archive, the empty database of the build's migrations), and a new data folder starts from a
 * copy of that database, with the demo working day made on its first start.
 */
class ServeScriptIT {

    @Test
    void aNewDataFolderStartsFromTheBuildsEmptyDatabaseAndShowsTheDemoWorkingDay() throws Exception {
        Path data = Files.createTempDirectory("partnerhub-serve-");
        try (ServiceProcess prepare = ServiceProcess.serve("serve-prepare", data, Map.of(), true)) {
            Path prepared = ServiceProcess.servePreparation();
            assertThat(prepared.resolve("partner-hub.jsa")).as(prepare.log()).exists();
            assertThat(prepared.resolve("database/partnerhub.mv.db")).as(prepare.log()).exists();
            assertThat(data).as("preparing touches no data folder").isEmptyDirectory();
        }
        try (ServiceProcess service = ServiceProcess.serve("serve", data, Map.of(), false)) {
            service.awaitReady(Duration.ofMinutes(3));
            assertThat(data.resolve("partnerhub.mv.db")).exists();
            assertThat(service.log()).as("the schema came with the copy").containsPattern("schema at version \\d+ \\(0 applied\\)")
                    .contains("demo working day created");
            Http http = new Http(service.url());
            Http.Reply token = http.post("api/demo/tokens", "{\"email\":\"anna@agentur-beispiel.example\"}");
            assertThat(token.status()).as(token.toString()).isEqualTo(200);
            Http.Reply orders = http.get("api/v1/orders?limit=5", "Authorization", "Bearer " + token.json().getString("token"));
            assertThat(orders.status()).as(orders.toString()).isEqualTo(200);
            assertThat(orders.json().getJsonArray("items")).as("the demo's orders").hasSize(5);
        }
    }
}
