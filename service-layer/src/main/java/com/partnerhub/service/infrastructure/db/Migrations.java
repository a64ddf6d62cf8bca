package com.partnerhub.service.infrastructure.db;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import com.partnerhub.service.infrastructure.config.Profile;

/**
 * Brings the schema up to date before anything else touches the database, on every instance (Flyway's
 * own lock makes concurrent starts safe). In the embedded default it then loads the demo data once.
 */
@Startup
@Singleton
@DependsOn("ProductionReadiness")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Config config;

    @PostConstruct
    void migrate() {
        MigrateResult schema = schema(dataSource).migrate();
        LOG.info(() -> "schema at version " + (schema.targetSchemaVersion != null ? schema.targetSchemaVersion : schema.initialSchemaVersion)
                + " (" + schema.migrationsExecuted + " applied)");
        if (Profile.current(config).isEmbedded()) {
            MigrateResult demo = demoData(dataSource).migrate();
            LOG.info(() -> "demo data: " + demo.migrationsExecuted + " script(s) applied");
        }
    }

    /** The product's schema; the same scripts run on PostgreSQL and H2 (and the steps SQL cannot say portably, in Java). */
    public static Flyway schema(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V8__sub_steps_in_their_milestone(), new V16__answers_in_their_order(),
                        new V20__due_dates_in_the_milestone(), new V21__payment_keys_with_their_invoice())
                .load();
    }

    /** Demo data with its own history table, so it is loaded exactly once and never mixes with schema versions. */
    public static Flyway demoData(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/demo")
                .table("flyway_demo_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
