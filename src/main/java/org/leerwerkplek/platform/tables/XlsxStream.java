package org.leerwerkplek.platform.tables;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An XLSX workbook written straight to a stream as its records come, one sheet after the other:
 * the sheet's XML goes into the ZIP as it is made, with inline strings (no shared-strings table)
 * and nothing spooled to a temporary file, so an export of 100,000 responses costs one pass and
 * flat memory. It writes what Apache POI's SXSSF writes, cell for cell (XlsxStreamTest checks it
 * against POI, which is a test dependency only, kept out of the WAR so that the server starts faster):
 * each sheet's first record is a bold, frozen header; text cells are typed as text, so nothing in
 * them runs as a formula, and unless raw, a text that looks like a formula is also marked "quote
 * prefixed"; texts are cut at Excel's 32,767 characters and characters XML cannot hold become
 * {@code ?}, as POI does; numbers are written as the double POI would have stored.
 *
 * <p>Use: {@link #sheet} for each sheet in order (it ends the one before), then {@link #finish},
 * which writes the workbook's other parts and ends the ZIP (the stream itself is not closed).
 * A workbook left unfinished after a failure is not a valid file, which is what a failed download
 * should be.
 */
public final class XlsxStream {

    /** Excel's limit on the length of a cell's text. */
    private static final int MAX_CELL_TEXT = 32_767;
    /** The longest sheet name Excel takes. */
    private static final int MAX_SHEET_NAME = 31;
    /** Written to the ZIP when a row buffer holds this many characters. */
    private static final int FLUSH_AT = 1 << 15;
    /** Style 1: the header's bold font; style 2: "quote prefixed" text (see {@link #STYLES}). */
    private static final String HEADER_STYLE = " s=\"1\"";
    private static final String TEXT_STYLE = " s=\"2\"";

    private static final String XML_HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** The styles POI's workbook holds: its default font and a bold one; plain, bold-header and quote-prefixed cells. */
    private static final String STYLES = XML_HEADER + "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"0\"/>"
            + "<fonts count=\"2\"><font><sz val=\"11.0\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/>"
            + "<scheme val=\"minor\"/></font><font><name val=\"Calibri\"/><sz val=\"11.0\"/><b val=\"true\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"darkGray\"/>"
            + "</fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"true\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"true\"/></cellXfs>"
            + "</styleSheet>";

    private final OutputStream buffered;
    private final ZipOutputStream zip;
    private final Writer text;
    private final boolean raw;
    private final List<String> sheetNames = new ArrayList<>();
    /** Column letters by index (A, B, ..., AA, ...), made as far as needed. */
    private final List<String> columnNames = new ArrayList<>();
    private Sheet current;
    private boolean finished;

    /**
     * @param out where the workbook goes (not closed)
     * @param raw true to leave texts that look like formulas unmarked (they are typed text all the same)
     */
    public XlsxStream(OutputStream out, boolean raw) {
        this.buffered = new BufferedOutputStream(Objects.requireNonNull(out, "out"), 1 << 16);
        this.zip = new ZipOutputStream(buffered, StandardCharsets.UTF_8);
        // the sheet XML repeats itself so much that the fastest level packs it nearly as small
        zip.setLevel(Deflater.BEST_SPEED);
        this.text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        this.raw = raw;
    }

    /** Ends the sheet before, if any, and starts one named {@code name} (cut at 31 characters, as Excel allows). */
    public RecordSink sheet(String name) throws IOException {
        if (finished) {
            throw new IllegalStateException("the workbook is finished");
        }
        endSheet();
        sheetNames.add(name.length() > MAX_SHEET_NAME ? name.substring(0, MAX_SHEET_NAME) : name);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheetNames.size() + ".xml"));
        current = new Sheet(sheetNames.size() == 1);
        return current;
    }

    /** Ends the last sheet, writes the workbook, its styles and the package's parts, and ends the ZIP. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        endSheet();
        finished = true;
        part("xl/workbook.xml", workbook());
        part("xl/styles.xml", STYLES);
        part("xl/_rels/workbook.xml.rels", workbookRelationships());
        part("_rels/.rels", XML_HEADER + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\""
                + " Target=\"xl/workbook.xml\" Type=\"" + RELATIONSHIPS + "/officeDocument\"/></Relationships>");
        part("[Content_Types].xml", contentTypes());
        zip.finish();
        buffered.flush();
    }

    private void endSheet() throws IOException {
        if (current != null) {
            current.end();
            current = null;
            text.flush();
            zip.closeEntry();
        }
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        text.write(content);
        text.flush();
        zip.closeEntry();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder(XML_HEADER).append("<workbook xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"").append(RELATIONSHIPS).append("\"><workbookPr date1904=\"false\"/>")
                .append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheetNames.size(); i++) {
            xml.append("<sheet name=\"");
            escape(xml, sheetNames.get(i));
            xml.append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private String workbookRelationships() {
        StringBuilder xml = new StringBuilder(XML_HEADER).append("<Relationships xmlns=\"").append(PACKAGE_RELATIONSHIPS)
                .append("\">");
        for (int i = 0; i < sheetNames.size(); i++) {
            xml.append("<Relationship Id=\"rId").append(i + 1).append("\" Target=\"worksheets/sheet").append(i + 1)
                    .append(".xml\" Type=\"").append(RELATIONSHIPS).append("/worksheet\"/>");
        }
        return xml.append("<Relationship Id=\"rId").append(sheetNames.size() + 1).append("\" Target=\"styles.xml\" Type=\"")
                .append(RELATIONSHIPS).append("/styles\"/></Relationships>").toString();
    }

    private String contentTypes() {
        String office = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        StringBuilder xml = new StringBuilder(XML_HEADER)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"").append(office).append("sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"").append(office).append("styles+xml\"/>");
        for (int i = 0; i < sheetNames.size(); i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i + 1).append(".xml\" ContentType=\"")
                    .append(office).append("worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private String columnName(int index) {
        while (columnNames.size() <= index) {
            int n = columnNames.size() + 1;
            StringBuilder name = new StringBuilder(3);
            while (n > 0) {
                name.insert(0, (char) ('A' + (n - 1) % 26));
                n = (n - 1) / 26;
            }
            columnNames.add(name.toString());
        }
        return columnNames.get(index);
    }

    private final class Sheet implements RecordSink {

        private StringBuilder rows = new StringBuilder(FLUSH_AT + 4096);
        /** 1-based, as in the sheet's XML. */
        private int rowNumber = 1;
        private int column;
        private boolean rowOpen;

        Sheet(boolean selected) {
            rows.append(XML_HEADER).append("<worksheet xmlns=\"").append(MAIN).append("\"><sheetViews><sheetView")
                    .append(selected ? " tabSelected=\"true\"" : "").append(" workbookViewId=\"0\">")
                    .append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                    .append("<selection pane=\"bottomLeft\"/></sheetView></sheetViews>")
                    .append("<sheetFormatPr defaultRowHeight=\"15\"/><sheetData>");
        }

        @Override
        public RecordSink field(String value) {
            if (!value.isEmpty()) {
                String cut = value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT) : value;
                cellStart();
                if (rowNumber == 1) {
                    rows.append(HEADER_STYLE);
                } else if (!raw && Formulas.mayRunAsFormula(value)) {
                    rows.append(TEXT_STYLE);
                }
                rows.append(" t=\"inlineStr\"><is><t");
                if (Character.isWhitespace(cut.charAt(0)) || Character.isWhitespace(cut.charAt(cut.length() - 1))) {
                    rows.append(" xml:space=\"preserve\"");
                }
                rows.append('>');
                escape(rows, cut);
                rows.append("</t></is></c>");
            }
            column++;
            return this;
        }

        @Override
        public RecordSink number(String text) {
            if (!text.isEmpty()) {
                cellStart();
                if (rowNumber == 1) {
                    rows.append(HEADER_STYLE);
                }
                rows.append("><v>"); // a cell without a type holds a number
                if (isSmallWhole(text)) {
                    rows.append(text);
                } else {
                    rows.append(Double.toString(new BigDecimal(text).doubleValue()));
                }
                rows.append("</v></c>");
            }
            column++;
            return this;
        }

        @Override
        public void endRecord() throws IOException {
            if (rowOpen) {
                rows.append("</row>");
                rowOpen = false;
            }
            rowNumber++;
            column = 0;
            if (rows.length() >= FLUSH_AT) {
                flush();
            }
        }

        private void cellStart() {
            if (!rowOpen) {
                rows.append("<row r=\"").append(rowNumber).append("\">");
                rowOpen = true;
            }
            rows.append("<c r=\"").append(columnName(column)).append(rowNumber).append('"');
        }

        void end() throws IOException {
            if (rowOpen) {
                rows.append("</row>");
                rowOpen = false;
            }
            rows.append("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\""
                    + " footer=\"0.3\"/></worksheet>");
            flush();
        }

        private void flush() throws IOException {
            text.append(rows);
            // a new buffer: one that held a character beyond Latin-1 stays two bytes a character, slower to fill and encode
            rows = new StringBuilder(FLUSH_AT + 4096);
        }
    }

    /** Digits only, few enough that the double holds them exactly: written as they are. */
    private static boolean isSmallWhole(String text) {
        if (text.length() > 15) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends {@code value} escaped for XML text and attributes as POI's SXSSF writes it: markup
     * characters, line ends, tabs and the no-break space as entities, other control characters
     * and U+FFFE/U+FFFF (which XML cannot hold) as {@code ?}.
     */
    static void escape(StringBuilder out, String value) {
        int length = value.length();
        int plain = 0;
        while (plain < length && isPlain(value.charAt(plain))) {
            plain++;
        }
        if (plain == length) {
            out.append(value);
            return;
        }
        out.append(value, 0, plain);
        for (int i = plain; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#xa;");
                case '\r' -> out.append("&#xd;");
                case '\t' -> out.append("&#x9;");
                case '\u00a0' -> out.append("&#xa0;");
                default -> out.append(c < ' ' || c >= '\ufffe' ? '?' : c);
            }
        }
    }

    private static boolean isPlain(char c) {
        return c >= ' ' && c != '<' && c != '>' && c != '&' && c != '"' && c != '\u00a0' && c < '\ufffe';
    }
}
