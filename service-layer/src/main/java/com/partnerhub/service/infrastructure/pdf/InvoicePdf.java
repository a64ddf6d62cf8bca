package com.partnerhub.service.infrastructure.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.order.Milestone;
import com.partnerhub.service.domain.order.Order;

/** Renders an invoice as a one-page PDF in German or English (OpenPDF). */
@ApplicationScoped
public class InvoicePdf {

    public byte[] render(Invoice invoice, Order order, Milestone milestone, Locale locale) {
        boolean de = Locale.GERMAN.getLanguage().equals(locale.getLanguage());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(doc, out);
        doc.addTitle((de ? "Rechnung " : "Invoice ") + invoice.number());
        doc.addCreator("Partner Hub");
        doc.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
        Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, new Color(0x4d, 0x59, 0x68));
        Font text = FontFactory.getFont(FontFactory.HELVETICA, 11);

        doc.add(new Paragraph((de ? "Rechnung " : "Invoice ") + invoice.number(), title));
        doc.add(new Paragraph(" "));
        PdfPTable facts = new PdfPTable(new float[] {1, 2});
        facts.setWidthPercentage(100);
        row(facts, de ? "Rechnung an" : "Bill to", invoice.billTo().name(), label, text);
        row(facts, de ? "Auftrag" : "Order", order.number() + " – " + order.title(), label, text);
        row(facts, de ? "Meilenstein" : "Milestone", milestone.position() + ". " + milestone.name(), label, text);
        row(facts, de ? "Rechnungsdatum" : "Issued", date.format(invoice.issuedAt()), label, text);
        row(facts, de ? "Fällig am" : "Due", date.format(invoice.dueAt()), label, text);
        row(facts, de ? "Status" : "Status", status(invoice, de), label, text);
        if (invoice.paidAt() != null) {
            row(facts, de ? "Bezahlt am" : "Paid", date.format(invoice.paidAt()), label, text);
        }
        doc.add(facts);
        doc.add(new Paragraph(" "));
        Paragraph amount = new Paragraph((de ? "Betrag: " : "Amount: ")
                + Money.format(invoice.amountMinor(), invoice.currency(), locale), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14));
        amount.setAlignment(Element.ALIGN_RIGHT);
        doc.add(amount);
        doc.close();
        return out.toByteArray();
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
}
