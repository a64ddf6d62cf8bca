package com.partnerhub.service.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import com.partnerhub.service.infrastructure.db.ConfiguredDataSource;

class ConfiguredDataSourceTest {

    @Test
    void picksTheDriverByUrl() {
        assertThat(ConfiguredDataSource.create("jdbc:postgresql://db:5432/ph", "u", "p")).isInstanceOf(PGSimpleDataSource.class);
        assertThat(ConfiguredDataSource.create("jdbc:h2:mem:x", "", "")).isInstanceOf(JdbcDataSource.class);
    }

    @Test
    void refusesOtherDatabasesClearly() {
        assertThatThrownBy(() -> ConfiguredDataSource.create("jdbc:mysql://db/ph", "u", "p"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("partnerhub.db.url");
    }

    @Test
    void theEmbeddedDefaultKeepsItsFilesInTheDataFolder() {
        assertThat(ConfiguredDataSource.h2FileUrl(Path.of("/srv/ph/data")))
                .startsWith("jdbc:h2:file:/srv/ph/data/partnerhub;MODE=PostgreSQL")
                .as("a commit is written before it is acknowledged").contains(";WRITE_DELAY=0");
    }
}
