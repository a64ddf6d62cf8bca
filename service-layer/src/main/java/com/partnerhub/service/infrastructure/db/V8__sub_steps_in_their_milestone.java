package com.partnerhub.service.infrastructure.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import com.partnerhub.service.domain.order.SubStep;
import com.partnerhub.service.persistence.SubStepListConverter;

/**
 * Moves each milestone's sub-steps from the milestone_step table into a JSON column of its own row, written by the
 * same converter the service reads them with (PostgreSQL and H2 have no common JSON aggregate, hence Java).
 */
public class V8__sub_steps_in_their_milestone extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table order_milestone add column steps varchar(20000) default '[]' not null");
        }
        SubStepListConverter json = new SubStepListConverter();
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("select milestone_id, step_no, label, done from milestone_step order by milestone_id, step_no");
             PreparedStatement write = c.prepareStatement("update order_milestone set steps = ? where id = ?")) {
            long current = -1;
            List<SubStep> steps = new ArrayList<>();
            while (rs.next()) {
                long milestone = rs.getLong(1);
                if (milestone != current && current != -1) {
                    add(write, json.convertToDatabaseColumn(steps), current);
                    steps.clear();
                }
                current = milestone;
                steps.add(new SubStep(rs.getInt(2), rs.getString(3), rs.getBoolean(4)));
            }
            if (current != -1) {
                add(write, json.convertToDatabaseColumn(steps), current);
            }
            write.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("drop table milestone_step");
        }
    }

    private static void add(PreparedStatement write, String steps, long milestone) throws Exception {
        write.setString(1, steps);
        write.setLong(2, milestone);
        write.addBatch();
    }
}
