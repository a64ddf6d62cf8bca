package com.partnerhub.service.infrastructure.db;

import java.sql.SQLException;

/**
 * Reads why the database refused a statement from the SQLSTATE anywhere in a failure's causes (EclipseLink and
 * JTA wrap the driver's exception several times). Standard codes, so PostgreSQL and H2 read alike. Any other
 * refusal (a foreign key, a NOT NULL, a check) means our rules let something through: it stays an internal error.
 */
public enum DatabaseRefusal {
    /** A unique key (23505): with validation in front, a concurrent insert of the same key won. */
    CONSTRAINT,
    /** Serialization failure, deadlock (class 40), a lock not granted (PostgreSQL 55P03, H2's timeout HYT00). */
    CONTENTION,
    /** Data a column cannot hold (class 22). */
    DATA;

    public static DatabaseRefusal of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                DatabaseRefusal r = of(sql);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static DatabaseRefusal of(SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            String state = e.getSQLState();
            if (state == null) {
                continue;
            }
            if (state.equals("23505")) {
                return CONSTRAINT;
            }
            if (state.startsWith("40") || state.equals("55P03") || state.equals("HYT00")) {
                return CONTENTION;
            }
            if (state.startsWith("22")) {
                return DATA;
            }
        }
        return null;
    }
}
