package com.partnerhub.service.infrastructure.db;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import com.partnerhub.service.infrastructure.config.ProductionReadiness;
import com.partnerhub.service.infrastructure.config.Profile;

/**
 * The physical data source behind the container's pool ({@code java:app/jdbc/partnerhub}). Payara resolves
 * {@code ${MPCONFIG=…}} in {@code @DataSourceDefinition} before the application's own config sources exist,
 * so this class reads {@code partnerhub.db.url|user|password} from MicroProfile Config itself and hands the
 * work to the real PostgreSQL or H2 driver. Payara pools the connections.
 */
public class ConfiguredDataSource implements DataSource {

    public static final String URL = "partnerhub.db.url";
    public static final String USER = "partnerhub.db.user";
    public static final String PASSWORD = "partnerhub.db.password";
    public static final String DATA_DIR = "partnerhub.data-dir";

    private volatile DataSource delegate;
    private int loginTimeout;
    private PrintWriter logWriter;

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate().getConnection(username, password);
    }

    private DataSource delegate() {
        DataSource ds = delegate;
        if (ds == null) {
            synchronized (this) {
                if (delegate == null) {
                    Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
                    ProductionReadiness.enforce(config);
                    delegate = create(config);
                }
                ds = delegate;
            }
        }
        return ds;
    }

    /** Builds the driver's data source for the configured URL; public so tests and tools get the same one. */
    public static DataSource create(Config config) {
        String url = config.getOptionalValue(URL, String.class).orElseGet(() -> defaultUrl(config));
        String user = config.getOptionalValue(USER, String.class).orElse("");
        String password = config.getOptionalValue(PASSWORD, String.class).orElse("");
        return create(url, user, password);
    }

    public static DataSource create(String url, String user, String password) {
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            pg.setReWriteBatchedInserts(true);
            return pg;
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user.isEmpty() ? "sa" : user);
            h2.setPassword(password);
            return h2;
        }
        throw new IllegalStateException(URL + " must be a PostgreSQL or H2 JDBC URL, got: " + url);
    }

    /** Only the embedded default has a default database: H2 files in the data folder, kept between runs. */
    static String defaultUrl(Config config) {
        if (!Profile.current(config).isEmbedded()) {
            throw new IllegalStateException(URL + " is not set (environment variable PARTNERHUB_DB_URL); "
                    + "production needs a PostgreSQL JDBC URL");
        }
        Path dir = Path.of(config.getOptionalValue(DATA_DIR, String.class).orElse("data")).toAbsolutePath();
        return h2FileUrl(dir);
    }

    /**
     * H2 delays writing a commit by half a second unless told otherwise, so a killed process lost acknowledged
     * writes: WRITE_DELAY=0 hands each commit to the operating system before it is acknowledged (it survives
     * {@code kill -9}; a power loss is the file system's business). Conflicting row locks wait up to 10 s instead
     * of H2's 1 s, closer to PostgreSQL, whose locks wait as long as it takes.
     */
    public static String h2FileUrl(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("partnerhub") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
