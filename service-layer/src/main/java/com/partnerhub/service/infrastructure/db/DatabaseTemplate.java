package com.partnerhub.service.infrastructure.db;

import java.nio.file.Path;

import javax.sql.DataSource;

/**
 * Writes the embedded default's empty database (schema and demo people, no working day) into a folder, outside the
 * server: {@code bin/serve} makes it once per build and copies it into a data folder that has no database yet, so a
 * first start validates the migrations instead of running them all. Run with the WAR's classes and libraries:
 * {@code java -cp WEB-INF/classes:WEB-INF/lib/* com.partnerhub.service.infrastructure.db.DatabaseTemplate DIR}.
 */
public final class DatabaseTemplate {

    private DatabaseTemplate() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: DatabaseTemplate <folder>");
            System.exit(2);
        }
        DataSource ds = ConfiguredDataSource.create(ConfiguredDataSource.h2FileUrl(Path.of(args[0]).toAbsolutePath()), "", "");
        Migrations.schema(ds).migrate();
        Migrations.demoData(ds).migrate();
    }
}
