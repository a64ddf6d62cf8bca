package com.partnerhub.service.web.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import jakarta.json.stream.JsonGenerator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.partnerhub.service.application.audit.AuditTrail;
import com.partnerhub.service.application.shared.Actors;
import com.partnerhub.service.application.shared.JsonSupport;
import com.partnerhub.service.domain.history.HistoryEntry;

/**
 * Writes an audit trail as CSV or JSON while reading it page by page: each page is written (and flushed) before the
 * next is read, so nothing but one page is ever held.
 */
public final class AuditWriter {

    public enum Format {
        CSV, JSON
    }

    static final String[] COLUMNS = {"id", "occurredAt", "actorId", "actorName", "subjectType", "subjectId", "accountId", "action",
        "before", "after"};

    private AuditWriter() {
    }

    /** Writes every page {@code pages} gives (the previous page's last entry in, the next page out) until an empty one. */
    public static long write(Format format, Function<HistoryEntry, AuditTrail.Page> pages, OutputStream out) throws IOException {
        return format == Format.CSV ? csv(pages, out) : json(pages, out);
    }

    private static long csv(Function<HistoryEntry, AuditTrail.Page> pages, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // a BOM so spreadsheet programs read the umlauts as UTF-8
        writer.write('\ufeff');
        long rows = 0;
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
            HistoryEntry last = null;
            for (AuditTrail.Page page = pages.apply(null); !page.entries().isEmpty(); page = pages.apply(last)) {
                for (HistoryEntry e : page.entries()) {
                    Actors.Actor actor = Actors.lookup(page.actors(), e.actorId());
                    csv.printRecord(e.id(), e.occurredAt(), e.actorId(), cell(actor.name()), cell(e.subjectType()), e.subjectId(),
                            e.accountId(), cell(e.action()), cell(e.beforeState()), cell(e.afterState()));
                    last = e;
                    rows++;
                }
                csv.flush();
            }
        }
        return rows;
    }

    /**
     * Text a spreadsheet would take for a formula (a name starting with "=", say) is written as text: a leading
     * apostrophe, as OWASP recommends for CSV exports.
     */
    static String cell(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static long json(Function<HistoryEntry, AuditTrail.Page> pages, OutputStream out) {
        long rows = 0;
        try (JsonGenerator json = JsonSupport.PROVIDER.createGenerator(out)) {
            json.writeStartArray();
            HistoryEntry last = null;
            for (AuditTrail.Page page = pages.apply(null); !page.entries().isEmpty(); page = pages.apply(last)) {
                for (HistoryEntry e : page.entries()) {
                    Actors.Actor actor = Actors.lookup(page.actors(), e.actorId());
                    json.writeStartObject().write("id", e.id()).write("occurredAt", e.occurredAt().toString());
                    nullable(json, "actorId", e.actorId());
                    nullable(json, "actorName", actor.name());
                    json.write("subjectType", e.subjectType()).write("subjectId", e.subjectId());
                    nullable(json, "accountId", e.accountId());
                    json.write("action", e.action());
                    // the states are JSON objects already: embedded as such, not as strings
                    state(json, "before", e.beforeState());
                    state(json, "after", e.afterState());
                    json.writeEnd();
                    last = e;
                    rows++;
                }
                json.flush();
            }
            json.writeEnd();
        }
        return rows;
    }

    private static void nullable(JsonGenerator json, String key, Object value) {
        if (value == null) {
            json.writeNull(key);
        } else if (value instanceof Long n) {
            json.write(key, n);
        } else {
            json.write(key, value.toString());
        }
    }

    private static void state(JsonGenerator json, String key, String state) {
        if (state == null) {
            json.writeNull(key);
        } else {
            json.write(key, JsonSupport.parse(state));
        }
    }
}
