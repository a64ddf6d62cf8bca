package com.partnerhub.service.infrastructure.db;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import com.partnerhub.service.application.shared.JsonSupport;

/**
 * A payment's Idempotency-Key and request hash move from a row of their own (idempotency_record) into the invoice the
 * payment paid: recording a payment writes one row fewer, and a replay is still recognised. Each stored answer names its
 * invoice ({@code number}); a Java migration because PostgreSQL and H2 share no JSON functions.
 */
public class V21__payment_keys_with_their_invoice extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table invoice add column payment_key varchar(200)");
            s.execute("alter table invoice add column payment_request_hash varchar(64)");
        }
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("select idempotency_key, request_hash, response_body from idempotency_record "
                     + "where status_code = 200 order by created_at");
             PreparedStatement write = c.prepareStatement("update invoice set payment_key = ?, payment_request_hash = ? "
                     + "where invoice_number = ? and payment_key is null")) {
            while (rs.next()) {
                String key = rs.getString(1);
                String invoice = invoiceNumber(rs.getString(3));
                if (invoice == null && key.startsWith("demo-")) {
                    invoice = key.substring("demo-".length()); // the demo's payments stored no answer, their key names the invoice
                }
                if (invoice != null) {
                    write.setString(1, key);
                    write.setString(2, rs.getString(2));
                    write.setString(3, invoice);
                    write.addBatch();
                }
            }
            write.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("create unique index invoice_payment_key_ux on invoice (payment_key)");
            s.execute("drop table idempotency_record");
        }
    }

    private static String invoiceNumber(String answer) {
        try (var reader = JsonSupport.PROVIDER.createReader(new StringReader(answer))) {
            JsonObject invoice = reader.readObject();
            return invoice.get("number") instanceof JsonString number ? number.getString() : null;
        } catch (RuntimeException e) {
            return null; // not an invoice's answer: nothing to keep
        }
    }
}
