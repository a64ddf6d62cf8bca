package com.partnerhub.service.infrastructure.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import com.partnerhub.service.persistence.AnswersConverter;

/**
 * Moves each order's answers from the order_answer table into a JSON column of the order's own row, written by the same
 * converter the service reads them with (as V8 did for sub-steps: PostgreSQL and H2 share no JSON aggregate).
 */
public class V16__answers_in_their_order extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            // up to a few dozen answers of 4,000 characters each, with room for JSON's escapes
            s.execute("alter table customer_order add column answers varchar(400000) default '{}' not null");
        }
        AnswersConverter json = new AnswersConverter();
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("select order_id, question_key, answer from order_answer order by order_id");
             PreparedStatement write = c.prepareStatement("update customer_order set answers = ? where id = ?")) {
            long current = -1;
            Map<String, String> answers = new HashMap<>();
            while (rs.next()) {
                long order = rs.getLong(1);
                if (order != current && current != -1) {
                    add(write, json.convertToDatabaseColumn(answers), current);
                    answers.clear();
                }
                current = order;
                answers.put(rs.getString(2), rs.getString(3));
            }
            if (current != -1) {
                add(write, json.convertToDatabaseColumn(answers), current);
            }
            write.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("drop table order_answer");
        }
    }

    private static void add(PreparedStatement write, String answers, long order) throws Exception {
        write.setString(1, answers);
        write.setLong(2, order);
        write.addBatch();
    }
}
