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
                // pg_stat_statements: tests count the statements a step costs (StatementBudgetIT)
                postgres = EmbeddedPostgres.builder().setServerConfig("shared_preload_libraries", "pg_stat_statements").start();
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

    /**
     * The service's own persistence unit and mappings, outside the container, on the given database. The
     * connections come from EclipseLink's own pool, as they come from Payara's in the container: opening a
     * physical connection per transaction would measure the network handshake, not the service.
     */
    public static EntityManagerFactory entityManagerFactory(DataSource ds) {
        String url;
        String user;
        String driver;
        if (ds instanceof org.postgresql.ds.PGSimpleDataSource pg) {
            url = pg.getURL();
            user = pg.getUser();
            driver = "org.postgresql.Driver";
        } else if (ds instanceof org.h2.jdbcx.JdbcDataSource h2) {
            url = h2.getURL();
            user = h2.getUser();
            driver = "org.h2.Driver";
        } else {
            throw new IllegalArgumentException("not a test database: " + ds);
        }
        Map<String, Object> props = new java.util.HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("jakarta.persistence.jdbc.user", user);
        props.put("jakarta.persistence.jdbc.password", "");
        props.put("jakarta.persistence.jdbc.driver", driver);
        props.put("eclipselink.connection-pool.default.max", "16");
        props.put("eclipselink.logging.level", "WARNING");
        return Persistence.createEntityManagerFactory("partnerhub", props);
    }
}
