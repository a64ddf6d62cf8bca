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
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.order.Milestone;
import com.partnerhub.service.domain.order.Order;

/**
 * Renders an invoice as a one-page PDF in German or English (OpenPDF): the issuer with address and VAT id, the
 * bill-to party, the order and milestone in the reader's words, and the amount with the tax it contains. Dates and
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
        boolean de = Locale.GERMAN.getLanguage().equals(locale.getLanguage());
        Locale style = de ? Locale.GERMANY : Locale.UK;
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(style).withZone(ZONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(doc, out);
        doc.addTitle((de ? "Rechnung " : "Invoice ") + invoice.number());
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
        doc.add(new Paragraph((de ? "Rechnung " : "Invoice ") + invoice.number(), title));
        doc.add(new Paragraph(" "));
        PdfPTable facts = new PdfPTable(new float[] {1, 2});
        facts.setWidthPercentage(100);
        BillTo billTo = invoice.billTo();
        row(facts, de ? "Rechnung an" : "Bill to", billTo.name() + " (" + (billTo.type() == BillTo.Type.AGENCY
                ? (de ? "Agentur" : "agency") : (de ? "Kundenkonto" : "customer account")) + ")", label, text);
        row(facts, de ? "Auftrag" : "Order", order.number() + " – " + order.title(), label, text);
        row(facts, de ? "Meilenstein" : "Milestone", milestone.position() + ". " + milestone.name(de), label, text);
        row(facts, de ? "Rechnungsdatum" : "Issued", date.format(invoice.issuedAt()), label, text);
        row(facts, de ? "Fällig am" : "Due", date.format(invoice.dueAt()), label, text);
        row(facts, de ? "Status" : "Status", status(invoice, de), label, text);
        if (invoice.paidAt() != null) {
            row(facts, de ? "Bezahlt am" : "Paid", date.format(invoice.paidAt()), label, text);
        }
        doc.add(facts);
        doc.add(new Paragraph(" "));

        PdfPTable sums = new PdfPTable(new float[] {3, 1});
        sums.setWidthPercentage(100);
        long gross = invoice.amountMinor();
        long vat = issuer.vatIn(gross);
        if (issuer.vatPercent() > 0) {
            sum(sums, de ? "Nettobetrag" : "Net amount", Money.format(gross - vat, invoice.currency(), style), text);
            sum(sums, (de ? "zzgl. Umsatzsteuer " : "plus VAT ") + issuer.vatPercent() + " %",
                    Money.format(vat, invoice.currency(), style), text);
        }
        sum(sums, de ? "Gesamtbetrag" : "Total", Money.format(gross, invoice.currency(), style),
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14));
        doc.add(sums);
        String note = de ? issuer.taxNoteDe() : issuer.taxNoteEn();
        if (note != null) {
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph(note, small));
        }
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
