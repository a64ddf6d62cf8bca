package com.partnerhub.service.infrastructure.config;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start a production service that could not work: without a token verification key and issuer
 * every request would be refused, without a database nothing stored, without the billing secret no payment
 * recorded. It runs before anything else uses the database: the data source asks it first, and the
 * migrations depend on it.
 * Payara Micro keeps running when a deployment fails, so the process ends itself, with every missing setting
 * named in one log line.
 */
@Startup
@Singleton
public class ProductionReadiness {

    private static final Logger LOG = Logger.getLogger(ProductionReadiness.class.getName());
    /** EX_CONFIG of sysexits.h: the configuration is wrong. */
    static final int EXIT_CODE = 78;

    @PostConstruct
    void check() {
        enforce(ConfigProvider.getConfig(ProductionReadiness.class.getClassLoader()));
    }

    /**
     * Ends the process when production settings are missing. Also called by the data source before its first
     * connection, because the persistence unit connects while the application deploys, before any bean starts.
     */
    public static void enforce(Config config) {
        if (Profile.current(config).isEmbedded()) {
            return;
        }
        List<String> missing = missing(config);
        if (missing.isEmpty()) {
            return;
        }
        String message = "Partner Hub cannot start in production: " + String.join("; ", missing)
                + ". Set them (environment variables) and start again; see README, Running in production.";
        LOG.log(Level.SEVERE, message);
        // exiting on the deployment thread would deadlock with Payara's shutdown hook
        new Thread(() -> System.exit(EXIT_CODE), "partner-hub-refuses-to-start").start();
        throw new IllegalStateException(message);
    }

    /** What a production service lacks, each as the variable to set and why. */
    public static List<String> missing(Config config) {
        List<String> missing = new ArrayList<>();
        if (blank(config, "partnerhub.db.url")) {
            missing.add("PARTNERHUB_DB_URL (the PostgreSQL JDBC URL) is not set");
        }
        if (blank(config, "mp.jwt.verify.issuer")) {
            missing.add("MP_JWT_VERIFY_ISSUER (the portal's token issuer) is not set");
        }
        if (blank(config, "mp.jwt.verify.publickey") && blank(config, KeyLocationConfigSource.LOCATION)) {
            missing.add("MP_JWT_VERIFY_PUBLICKEY_LOCATION (or MP_JWT_VERIFY_PUBLICKEY), the portal's token verification key, is not set");
        }
        config.getOptionalValue(KeyLocationConfigSource.LOCATION, String.class).filter(l -> l.startsWith("file:"))
                .map(java.net.URI::create).map(java.nio.file.Path::of).filter(path -> !java.nio.file.Files.isReadable(path))
                .ifPresent(path -> missing.add("MP_JWT_VERIFY_PUBLICKEY_LOCATION names " + path + ", which cannot be read"));
        if (blank(config, "partnerhub.billing.webhook-secret")) {
            missing.add("PARTNERHUB_BILLING_WEBHOOK_SECRET (the secret the billing system signs payments with) is not set");
        }
        return missing;
    }

    private static boolean blank(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::isBlank).orElse(true);
    }
}
