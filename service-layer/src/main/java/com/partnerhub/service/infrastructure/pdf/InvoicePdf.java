package com.partnerhub.service.infrastructure.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import com.partnerhub.service.domain.invoice.BillTo;
import com.partnerhub.service.domain.invoice.CreditNote;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.order.Milestone;
import com.partnerhub.service.domain.order.Order;

/**
 * Renders an invoice or a credit note as a one-page PDF in German or English (OpenPDF): the issuer with address and
 * VAT id, the bill-to party, the order and milestone in the reader's words, and the amount with the tax it contains. Dates and
 * amounts are written the way the pages write them ("2 Dec 2026", "€900.00"; "02.12.2026", "900,00 €").
 */
@ApplicationScoped
public class InvoicePdf {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private InvoiceIssuer issuer;

    protected InvoicePdf() {
    }

    @Inject
    public InvoicePdf(InvoiceIssuer issuer) {
        this.issuer = issuer;
    }

    public byte[] render(Invoice invoice, Order order, Milestone milestone, Locale locale) {
        boolean de = isGerman(locale);
        DateTimeFormatter date = dates(de);
        BillTo billTo = invoice.billTo();
        java.util.List<String[]> facts = new java.util.ArrayList<>();
        facts.add(new String[] {de ? "Rechnung an" : "Bill to", party(billTo, de)});
        facts.add(new String[] {de ? "Auftrag" : "Order", order.number() + " – " + order.title()});
        facts.add(new String[] {de ? "Meilenstein" : "Milestone", milestone.position() + ". " + milestone.name(de)});
        facts.add(new String[] {de ? "Rechnungsdatum" : "Issued", date.format(invoice.issuedAt())});
        facts.add(new String[] {de ? "Fällig am" : "Due", date.format(invoice.dueAt())});
        facts.add(new String[] {"Status", status(invoice, de)});
        if (invoice.paidAt() != null) {
            facts.add(new String[] {de ? "Bezahlt am" : "Paid", date.format(invoice.paidAt())});
        }
        return sheet((de ? "Rechnung " : "Invoice ") + invoice.number(), facts, null, invoice.amountMinor(), invoice.currency(), de);
    }

    /**
     * A credit note: to the party the invoice was addressed to, naming the invoice it corrects and the cancelled
     * milestone, with the amount given back as a negative one (and the tax it contains).
     */
    public byte[] render(CreditNote note, Invoice invoice, Order order, Milestone milestone, Locale locale) {
        boolean de = isGerman(locale);
        DateTimeFormatter date = dates(de);
        java.util.List<String[]> facts = new java.util.ArrayList<>();
        facts.add(new String[] {de ? "Gutschrift an" : "Credit to", party(invoice.billTo(), de)});
        facts.add(new String[] {de ? "Zur Rechnung" : "For invoice", invoice.number() + " (" + date.format(invoice.issuedAt()) + ")"});
        facts.add(new String[] {de ? "Auftrag" : "Order", order.number() + " – " + order.title()});
        facts.add(new String[] {de ? "Meilenstein" : "Milestone", milestone.position() + ". " + milestone.name(de)
                + (de ? " (storniert)" : " (cancelled)")});
        facts.add(new String[] {de ? "Datum der Gutschrift" : "Issued", date.format(note.issuedAt())});
        String reason = de ? "Der Auftrag wurde vorzeitig beendet; der bezahlte Meilenstein wird nicht mehr ausgeführt und der "
                + "Betrag wird erstattet." : "The order was ended early; the paid milestone will not be carried out and the amount "
                + "is refunded.";
        return sheet((de ? "Gutschrift " : "Credit note ") + note.number(), facts, reason, note.amountMinor(), note.currency(), de);
    }

    private byte[] sheet(String heading, java.util.List<String[]> facts, String reason, long gross, String currency, boolean de) {
        Locale style = de ? Locale.GERMANY : Locale.UK;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(heading);
        doc.addAuthor(issuer.name());
        doc.addCreator("Partner Hub");
        doc.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
        Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, new Color(0x4d, 0x59, 0x68));
        Font text = FontFactory.getFont(FontFactory.HELVETICA, 11);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 9, new Color(0x4d, 0x59, 0x68));

        Paragraph from = new Paragraph(issuer.name(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11));
        issuer.address().forEach(line -> from.add(new Paragraph(line, small)));
        if (issuer.vatId() != null) {
            from.add(new Paragraph((de ? "USt-IdNr.: " : "VAT ID: ") + issuer.vatId(), small));
        }
        from.setAlignment(Element.ALIGN_RIGHT);
        doc.add(from);
        doc.add(new Paragraph(" "));
        doc.add(new Paragraph(heading, title));
        doc.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(new float[] {1, 2});
        table.setWidthPercentage(100);
        facts.forEach(f -> row(table, f[0], f[1], label, text));
        doc.add(table);
        if (reason != null) {
            doc.add(new Paragraph(reason, text));
        }
        doc.add(new Paragraph(" "));

        PdfPTable sums = new PdfPTable(new float[] {3, 1});
        sums.setWidthPercentage(100);
        long vat = gross < 0 ? -issuer.vatIn(-gross) : issuer.vatIn(gross);
        if (issuer.vatPercent() > 0) {
            sum(sums, de ? "Nettobetrag" : "Net amount", Money.format(gross - vat, currency, style), text);
            sum(sums, (de ? "zzgl. Umsatzsteuer " : "plus VAT ") + issuer.vatPercent() + " %", Money.format(vat, currency, style), text);
        }
        sum(sums, de ? "Gesamtbetrag" : "Total", Money.format(gross, currency, style), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14));
        doc.add(sums);
        String note = de ? issuer.taxNoteDe() : issuer.taxNoteEn();
        if (note != null) {
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph(note, small));
        }
        doc.close();
        return out.toByteArray();
    }

    private static boolean isGerman(Locale locale) {
        return Locale.GERMAN.getLanguage().equals(locale.getLanguage());
    }

    private static DateTimeFormatter dates(boolean de) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(de ? Locale.GERMANY : Locale.UK).withZone(ZONE);
    }

    private static String party(BillTo billTo, boolean de) {
        return billTo.name() + " (" + (billTo.type() == BillTo.Type.AGENCY ? (de ? "Agentur" : "agency")
                : (de ? "Kundenkonto" : "customer account")) + ")";
    }

    private static String status(Invoice invoice, boolean de) {
        return switch (invoice.status()) {
            case ISSUED -> de ? "offen" : "open";
            case PAID -> de ? "bezahlt" : "paid";
            case VOID -> de ? "storniert" : "void";
        };
    }

    private static void row(PdfPTable table, String name, String value, Font label, Font text) {
        PdfPCell l = new PdfPCell(new Paragraph(name, label));
        PdfPCell v = new PdfPCell(new Paragraph(value, text));
        l.setBorder(0);
        v.setBorder(0);
        l.setPaddingBottom(6);
        v.setPaddingBottom(6);
        table.addCell(l);
        table.addCell(v);
    }

    private static void sum(PdfPTable table, String name, String value, Font font) {
        PdfPCell l = new PdfPCell(new Paragraph(name, font));
        PdfPCell v = new PdfPCell(new Paragraph(value, font));
        l.setBorder(0);
        v.setBorder(0);
        l.setHorizontalAlignment(Element.ALIGN_RIGHT);
        v.setHorizontalAlignment(Element.ALIGN_RIGHT);
        l.setPaddingBottom(4);
        v.setPaddingBottom(4);
        table.addCell(l);
        table.addCell(v);
    }
}
