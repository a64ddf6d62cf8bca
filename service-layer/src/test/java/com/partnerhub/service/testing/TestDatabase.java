package com.partnerhub.service.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import com.partnerhub.service.infrastructure.db.ConfiguredDataSource;
import com.partnerhub.service.infrastructure.db.Migrations;

/**
 * A fresh, migrated database for one test: a new database on the one embedded PostgreSQL server of this
 * JVM, or a new in-memory H2 in the embedded default's mode. Both go through {@link ConfiguredDataSource},
 * the class production uses.
 */
public enum TestDatabase {
    POSTGRESQL,
    H2;

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    /** The one embedded PostgreSQL server of this JVM, started on first use and stopped at exit. */
    public static synchronized EmbeddedPostgres postgresServer() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }

    /** A JDBC URL of a new, empty database. */
    public String newDatabaseUrl() {
        String name = "ph_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        if (this == H2) {
            return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        EmbeddedPostgres server = postgresServer();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    public DataSource newDataSource() {
        return ConfiguredDataSource.create(newDatabaseUrl(), this == POSTGRESQL ? "postgres" : "sa", "");
    }

    /** A new database with the schema migrated (and, when asked, the demo data loaded). */
    public DataSource migrated(boolean withDemoData) {
        DataSource ds = newDataSource();
        Migrations.schema(ds).migrate();
        if (withDemoData) {
            Migrations.demoData(ds).migrate();
        }
        return ds;
    }

    /** The service's own persistence unit and mappings, outside the container, on the given data source. */
    public static EntityManagerFactory entityManagerFactory(DataSource ds) {
        return Persistence.createEntityManagerFactory("partnerhub", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", ds,
                "eclipselink.logging.level", "WARNING"));
    }
}
