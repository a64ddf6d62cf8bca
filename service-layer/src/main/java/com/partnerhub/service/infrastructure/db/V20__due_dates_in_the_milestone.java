package com.partnerhub.service.infrastructure.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The running milestone's due date and each milestone's last progress move into the milestone's row, and milestones get
 * a version of their own: a payment or a delivery then writes only its milestone, not the order's row as well. The
 * order's next due date and expected delivery are no longer stored (they are computed from its milestones when read).
 * A Java migration so the due dates are computed the same way on PostgreSQL and H2 (their date arithmetic differs).
 */
public class V20__due_dates_in_the_milestone extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table order_milestone add column due_at timestamp with time zone");
            s.execute("alter table order_milestone add column progress_at timestamp with time zone");
            s.execute("alter table order_milestone add column version bigint default 0 not null");
        }
        // as the service computes it: running, the planned end (held time included); delivered, the end of the review;
        // nothing while the order is held or done
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("select m.id, m.status, m.started_at, m.planned_days, m.held_seconds, m.review_due_at "
                     + "from order_milestone m join customer_order o on o.id = m.order_id "
                     + "where o.status = 'ACTIVE' and o.on_hold_since is null and m.status in ('IN_PROGRESS', 'DELIVERED')");
             PreparedStatement write = c.prepareStatement("update order_milestone set due_at = ? where id = ?")) {
            while (rs.next()) {
                Timestamp due = "DELIVERED".equals(rs.getString(2)) ? rs.getTimestamp(6)
                        : rs.getTimestamp(3) == null ? null : Timestamp.from(rs.getTimestamp(3).toInstant()
                                .plus(Duration.ofDays(rs.getInt(4))).plusSeconds(rs.getLong(5)));
                write.setTimestamp(1, due);
                write.setLong(2, rs.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("create index order_milestone_due_ix on order_milestone (due_at)");
            s.execute("drop index customer_order_agency_due_ix");
            s.execute("alter table customer_order drop column next_due_at");
            s.execute("alter table customer_order drop column expected_delivery_at");
        }
    }
}
