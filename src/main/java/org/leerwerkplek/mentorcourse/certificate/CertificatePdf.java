package org.leerwerkplek.mentorcourse.certificate;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The completion certificate as a one-page PDF (OpenPDF): the mentor's name, the period of the
 * cycle year, the modules completed, the verification code and where to check it. Texts come
 * from {@code texts} (message key and arguments to text), so the certificate is in the mentor's
 * language.
 */
public final class CertificatePdf {

    /** What the certificate states. */
    public record Content(String name, String courseTitle, LocalDate from, LocalDate to,
                          java.util.List<String> moduleTitles, String code, String verifyUrl, Locale locale) {
    }

    private static final Color ACCENT = new Color(0x1f, 0x6f, 0x8b);

    private CertificatePdf() {
    }

    public static void write(Content content, BiFunction<String, Object[], String> texts, OutputStream out) {
        Document document = new Document(PageSize.A4, 60, 60, 70, 60);
        PdfWriter.getInstance(document, out);
        document.addTitle(texts.apply("course.certificate.title", new Object[0]));
        document.open();
        DateTimeFormatter days = DateTimeFormatter.ofPattern("d MMMM yyyy", content.locale());
        Font title = new Font(Font.HELVETICA, 24, Font.BOLD, ACCENT);
        Font big = new Font(Font.HELVETICA, 18, Font.BOLD);
        Font normal = new Font(Font.HELVETICA, 11);
        Font small = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY);
        document.add(centred(texts.apply("course.certificate.title", new Object[0]), title, 30));
        document.add(centred(texts.apply("course.certificate.states", new Object[0]), normal, 16));
        document.add(centred(content.name(), big, 16));
        document.add(centred(texts.apply("course.certificate.completed",
                new Object[] {content.courseTitle(), days.format(content.from()), days.format(content.to())}), normal, 24));
        Paragraph heading = new Paragraph(texts.apply("course.certificate.modules", new Object[0]),
                new Font(Font.HELVETICA, 12, Font.BOLD));
        heading.setSpacingAfter(6);
        document.add(heading);
        List modules = new List(List.UNORDERED);
        content.moduleTitles().forEach(m -> modules.add(new ListItem(m, normal)));
        document.add(modules);
        Paragraph code = new Paragraph(texts.apply("course.certificate.code", new Object[] {content.code()}),
                new Font(Font.COURIER, 12, Font.BOLD));
        code.setSpacingBefore(36);
        document.add(code);
        document.add(new Paragraph(texts.apply("course.certificate.verifyAt", new Object[] {content.verifyUrl()}), small));
        document.close();
    }

    private static Paragraph centred(String text, Font font, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }
}
