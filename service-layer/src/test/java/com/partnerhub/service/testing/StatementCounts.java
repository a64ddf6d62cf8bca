package com.partnerhub.service.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * SQL statements a database executed, by statement text, from PostgreSQL's {@code pg_stat_statements} (the server
 * must preload it): what a step of the order lifecycle costs, counted by the database itself rather than by the code
 * under test. Transaction control (BEGIN, COMMIT) and the counting queries themselves are not counted.
 */
public final class StatementCounts implements AutoCloseable {

    private final Connection connection;

    /** Counts statements in the database this connection is open on. */
    public StatementCounts(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement s = connection.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
        }
    }

    /** Calls so far, by statement text. */
    public Map<String, Long> byStatement() {
        Map<String, Long> calls = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select query, calls from pg_stat_statements "
                + "where dbid = (select oid from pg_database where datname = current_database()) and query not like '%pg_stat%' "
                + "and query not in ('BEGIN', 'COMMIT', 'ROLLBACK')")) {
            while (rs.next()) {
                calls.merge(rs.getString(1), rs.getLong(2), Long::sum);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return calls;
    }

    public long total() {
        return byStatement().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Statements per step of one run of {@code work}, which names each step before it begins. */
    public Map<String, Map<String, Long>> perStep(ThrowingConsumer<Consumer<String>> work) throws Exception {
        Map<String, Map<String, Long>> steps = new LinkedHashMap<>();
        String[] current = {null};
        Map<String, Long>[] mark = new Map[] {byStatement()};
        Consumer<String> step = name -> {
            Map<String, Long> now = byStatement();
            if (current[0] != null) {
                steps.merge(current[0], delta(mark[0], now), StatementCounts::sum);
            }
            current[0] = name;
            mark[0] = byStatement();
        };
        work.accept(step);
        if (current[0] != null) {
            steps.merge(current[0], delta(mark[0], byStatement()), StatementCounts::sum);
        }
        return steps;
    }

    /** Rows inserted, updated or deleted, and transactions that wrote, so far in this database. */
    public record Activity(long rows, long transactions) {
    }

    /**
     * Exact, unlike the cumulative statistics views (which arrive late and may be dropped on a busy machine): the rows
     * the INSERT, UPDATE and DELETE statements affected, as {@code pg_stat_statements} counts them when they end, and
     * the transaction ids handed out so far (PostgreSQL gives one to each transaction that writes; reading the
     * snapshot takes none).
     */
    public Activity activity() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select "
                + "(select coalesce(sum(rows), 0) from pg_stat_statements where dbid = (select oid from pg_database "
                + "where datname = current_database()) and query ~* '^\\s*(insert|update|delete)\\s'), "
                + "pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
            rs.next();
            return new Activity(rs.getLong(1), rs.getLong(2));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(Map<String, Long> statements) {
        return statements.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The statements, most frequent first, one per line: what to look at when a budget is exceeded. */
    public static String describe(Map<String, Long> statements) {
        StringBuilder b = new StringBuilder();
        statements.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> b.append(String.format("%n  %3d × %s", e.getValue(), e.getKey().replaceAll("\\s+", " "))));
        return b.toString();
    }

    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> d = new HashMap<>();
        after.forEach((q, n) -> {
            long diff = n - before.getOrDefault(q, 0L);
            if (diff > 0) {
                d.put(q, diff);
            }
        });
        return d;
    }

    private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> s = new HashMap<>(a);
        b.forEach((q, n) -> s.merge(q, n, Long::sum));
        return s;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    @FunctionalInterface
    public interface ThrowingConsumer<T> {
        void accept(T t) throws Exception;
    }
}
