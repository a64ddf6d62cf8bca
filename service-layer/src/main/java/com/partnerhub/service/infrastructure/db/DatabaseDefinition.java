package com.partnerhub.service.infrastructure.db;

import jakarta.annotation.sql.DataSourceDefinition;

/** Declares the pooled, transactional data source the persistence unit and the migrations use. */
@DataSourceDefinition(
        name = DatabaseDefinition.JNDI_NAME,
        className = "com.partnerhub.service.infrastructure.db.ConfiguredDataSource",
        transactional = true,
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300)
public final class DatabaseDefinition {

    public static final String JNDI_NAME = "java:app/jdbc/partnerhub";

    private DatabaseDefinition() {
    }
}
