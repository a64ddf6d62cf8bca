package com.partnerhub.service.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.partnerhub.service.infrastructure.db.Migrations;
import com.partnerhub.service.testing.TestDatabase;

/** The same migrations build the same schema on PostgreSQL (production) and H2 (embedded default). */
class MigrationsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void schemaAndDemoDataMigrateOnceOnEachDatabase(TestDatabase db) throws SQLException {
        DataSource ds = db.newDataSource();

        MigrateResult first = Migrations.schema(ds).migrate();
        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(1);
        assertThat(Migrations.schema(ds).migrate().migrationsExecuted).as("a second start applies nothing").isZero();

        assertThat(Migrations.demoData(ds).migrate().migrationsExecuted).isEqualTo(2);
        assertThat(Migrations.demoData(ds).migrate().migrationsExecuted).as("demo data is loaded once").isZero();

        assertThat(strings(ds, "select email from app_user order by email")).containsExactly(
                "admin@hoster.example", "anna@agentur-beispiel.example", "ben@agentur-beispiel.example",
                "clara@kunde-eins.example", "david@kunde-zwei.example", "emil@kunde-eins.example",
                "nora@webwerk-nord.example", "petra@hoster.example");
        assertThat(strings(ds, "select u.email from agency_member m join app_user u on u.id = m.user_id "
                + "join agency a on a.id = m.agency_id where a.name = 'Agentur Beispiel' order by u.email"))
                .containsExactly("anna@agentur-beispiel.example", "ben@agentur-beispiel.example");
        assertThat(strings(ds, "select role from app_user_role order by role")).containsExactly("ADMIN", "PROVIDER_STAFF");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void subStepsAnswersDueDatesAndPaymentKeysOfExistingOrdersMoveIntoTheirRows(TestDatabase db) throws SQLException {
        DataSource ds = db.newDataSource();
        org.flywaydb.core.Flyway.configure(Migrations.class.getClassLoader()).dataSource(ds).locations("classpath:db/migration")
                .target("7").load().migrate();
        Migrations.demoData(ds).migrate();
        execute(ds, "insert into customer_account (id, name, owner_email, billing_party, created_at, version) "
                + "values (900, 'Alt GmbH', 'alt@example.org', 'CUSTOMER', current_timestamp, 1)");
        execute(ds, "insert into customer_order (id, order_number, agency_id, account_id, title, price_minor, currency, "
                + "payment_per_milestone, status, billed_minor, ended_early, placed_by, placed_at, last_progress_at, version) "
                + "select 900, 'ORD-ALT', min(a.id), 900, 'Alt', 100, 'EUR', true, 'ACTIVE', 0, false, min(u.id), "
                + "current_timestamp, current_timestamp, 1 from agency a, app_user u");
        for (int m = 1; m <= 2; m++) {
            execute(ds, "insert into order_milestone (id, order_id, position, name, acting_party, planned_days, share_percent, "
                    + "amount_minor, included_revisions, revisions_used, status, auto_accepted) values (90" + m + ", 900, " + m
                    + ", 'M" + m + "', 'AGENCY', 5, 50, 50, 1, 0, 'PLANNED', false)");
        }
        execute(ds, "update order_milestone set status = 'IN_PROGRESS', started_at = timestamp with time zone '2026-01-01 00:00:00+00' "
                + "where id = 901");
        execute(ds, "insert into milestone_step (milestone_id, step_no, label, done) values "
                + "(901, 2, 'Texte \"prüfen\"', false), (901, 1, 'Entwurf', true)");

        execute(ds, "insert into invoice (id, invoice_number, order_id, milestone_id, bill_to_type, bill_to_account_id, bill_to_name, "
                + "amount_minor, currency, status, issued_at, due_at, paid_at, version) values (900, 'INV-ALT', 900, 901, 'ACCOUNT', 900, "
                + "'Alt GmbH', 50, 'EUR', 'PAID', current_timestamp, current_timestamp, current_timestamp, 1)");
        execute(ds, "insert into idempotency_record (idempotency_key, request_hash, status_code, response_body, created_at) values "
                + "('pay-alt', 'hash-alt', 200, '{\"number\":\"INV-ALT\",\"status\":\"PAID\"}', current_timestamp)");
        // the demo's payments stored no answer: their key names the invoice
        execute(ds, "insert into invoice (id, invoice_number, order_id, milestone_id, bill_to_type, bill_to_account_id, bill_to_name, "
                + "amount_minor, currency, status, issued_at, due_at, paid_at, version) values (901, 'INV-ALT2', 900, 902, 'ACCOUNT', 900, "
                + "'Alt GmbH', 50, 'EUR', 'PAID', current_timestamp, current_timestamp, current_timestamp, 1)");
        execute(ds, "insert into idempotency_record (idempotency_key, request_hash, status_code, response_body, created_at) values "
                + "('demo-INV-ALT2', 'demo-INV-ALT2', 200, '{}', current_timestamp)");
        execute(ds, "insert into order_answer (order_id, question_key, answer) values (900, 'style', 'modern'), "
                + "(900, 'business', 'Blumen \"Rosa\" & Co')");

        assertThat(Migrations.schema(ds).migrate().migrationsExecuted).as("V8 to V23").isEqualTo(16);

        // V23: a milestone names its order's agency
        assertThat(strings(ds, "select count(*) from order_milestone m join customer_order o on o.id = m.order_id "
                + "where m.agency_id = o.agency_id")).containsExactly("2");

        // V21: a payment's Idempotency-Key is kept with the invoice it paid, so its replay is still recognised
        assertThat(strings(ds, "select payment_key || ' ' || payment_request_hash from invoice order by id"))
                .containsExactly("pay-alt hash-alt", "demo-INV-ALT2 demo-INV-ALT2");
        assertThatThrownBy(() -> strings(ds, "select count(*) from idempotency_record")).isInstanceOf(SQLException.class);

        // V20: the running milestone carries its due date (started + 5 planned days); the waiting one has none
        assertThat(strings(ds, "select id from order_milestone where due_at = timestamp with time zone '2026-01-06 00:00:00+00'"))
                .containsExactly("901");
        assertThat(strings(ds, "select id from order_milestone where due_at is null")).containsExactly("902");
        assertThatThrownBy(() -> strings(ds, "select next_due_at from customer_order")).isInstanceOf(SQLException.class);

        assertThat(strings(ds, "select answers from customer_order where id = 900"))
                .containsExactly("{\"business\":\"Blumen \\\"Rosa\\\" & Co\",\"style\":\"modern\"}");
        assertThatThrownBy(() -> strings(ds, "select count(*) from order_answer")).isInstanceOf(SQLException.class);

        assertThat(strings(ds, "select steps from order_milestone order by id")).containsExactly(
                "[{\"no\":1,\"label\":\"Entwurf\",\"done\":true},{\"no\":2,\"label\":\"Texte \\\"prüfen\\\"\",\"done\":false}]",
                "[]");
        assertThatThrownBy(() -> strings(ds, "select count(*) from milestone_step")).isInstanceOf(SQLException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void constraintsHoldOnEachDatabase(TestDatabase db) {
        DataSource ds = db.migrated(true);
        assertThatThrownBy(() -> execute(ds, "insert into app_user (id, subject, email, display_name, created_at, updated_at, version) "
                + "values (999999, 'other', 'anna@agentur-beispiel.example', 'X', current_timestamp, current_timestamp, 1)"))
                .as("one e-mail, one user").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute(ds, "insert into app_user_role (user_id, role) select id, 'GOD' from app_user where subject = 'demo-anna'"))
                .as("only known platform roles").isInstanceOf(SQLException.class);
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> strings(DataSource ds, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
