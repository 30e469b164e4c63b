package org.leerwerkplek.surveys.xlsform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.leerwerkplek.platform.tables.XlsxReader;
import org.leerwerkplek.surveys.csv.CsvRecord;
import org.leerwerkplek.surveys.csv.CsvRecordReader;

/**
 * Reads an uploaded XLSForm into {@link XlsFormSheets}, in memory. Two forms are accepted:
 * <ul>
 * <li>a workbook ({@code .xlsx}) with the sheets {@code survey}, {@code choices} and {@code settings}
 * (sheet names in any case; other sheets are ignored);</li>
 * <li>pyxform's one-file CSV layout: a line whose first cell holds a sheet name ({@code survey},
 * {@code choices}, {@code settings}) starts that sheet, its next line holds the headers from the
 * second cell on, and the following lines, first cell empty, are its rows. Separator {@code ,} or
 * {@code ;}, UTF-8.</li>
 * </ul>
 * Bounded: at most {@value #MAX_ROWS} rows and {@value #MAX_COLUMNS} columns per sheet.
 */
public final class XlsFormReader {

    public static final int MAX_ROWS = 5000;
    public static final int MAX_COLUMNS = 200;
    static final List<String> SHEETS = List.of("survey", "choices", "settings");
    private static final Logger LOG = Logger.getLogger(XlsFormReader.class.getName());

    private XlsFormReader() {
    }

    /** Reads {@code bytes} as a workbook if it starts like a zip file, otherwise as pyxform's CSV. */
    public static XlsFormSheets read(byte[] bytes) throws XlsFormFileException {
        if (bytes.length == 0) {
            throw new XlsFormFileException("xlsform.file.empty");
        }
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        boolean oldExcel = bytes.length > 3 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF;
        if (oldExcel) {
            throw new XlsFormFileException("xlsform.file.xls");
        }
        return zip ? workbook(bytes) : csv(bytes);
    }

    static XlsFormSheets workbook(byte[] bytes) throws XlsFormFileException {
        try (XlsxReader book = new XlsxReader(bytes)) {
            Map<String, String> chosen = new LinkedHashMap<>(); // the workbook's sheet name -> the XLSForm sheet
            for (String sheetName : book.sheetNames()) {
                String name = XlsFormSheets.normalise(sheetName);
                if (SHEETS.contains(name) && !chosen.containsValue(name)) {
                    chosen.put(sheetName, name);
                }
            }
            Map<String, SheetBuilder> built = new LinkedHashMap<>();
            chosen.values().forEach(name -> built.put(name, new SheetBuilder(name)));
            book.rows(chosen.keySet(), (sheetName, number, cells) -> built.get(chosen.get(sheetName)).row(number, cells));
            Map<String, XlsFormSheets.Sheet> sheets = new LinkedHashMap<>();
            built.forEach((name, builder) -> sheets.put(name, builder.sheet()));
            return checked(sheets);
        } catch (XlsxReader.XlsxException | RuntimeException e) {
            // a broken, encrypted or non-OOXML zip, or one the reader's limits stop
            LOG.fine(() -> "XLSForm workbook not read: " + e);
            throw new XlsFormFileException("xlsform.file.unreadable");
        }
    }

    /** One XLSForm sheet of a workbook, row by row: the first row with a text holds the headers. */
    private static final class SheetBuilder {

        private final String name;
        private final List<String> headers = new ArrayList<>();
        private final List<XlsFormSheets.Row> rows = new ArrayList<>();
        private boolean headerSeen;
        private int headerRow = 1;

        SheetBuilder(String name) {
            this.name = name;
        }

        void row(int number, List<String> cells) throws XlsFormFileException {
            if (number >= MAX_ROWS + 2) {
                throw new XlsFormFileException("xlsform.file.tooManyRows", name, MAX_ROWS);
            }
            if (cells.size() > MAX_COLUMNS) {
                throw new XlsFormFileException("xlsform.file.tooManyColumns", name, MAX_COLUMNS);
            }
            if (!headerSeen) {
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    cells.forEach(c -> headers.add(XlsFormSheets.normalise(c)));
                    headerSeen = true;
                    headerRow = number;
                }
                return;
            }
            toRow(headers, cells, number).ifPresent(rows::add);
        }

        XlsFormSheets.Sheet sheet() {
            return new XlsFormSheets.Sheet(name, headerRow, headers, rows);
        }
    }

    static XlsFormSheets csv(byte[] bytes) throws XlsFormFileException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new XlsFormFileException("xlsform.file.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, XlsFormSheets.Sheet> sheets = new LinkedHashMap<>();
        try (Reader reader = new java.io.StringReader(text)) {
            CsvRecordReader records = CsvRecordReader.detecting(reader);
            String current = null;
            List<String> headers = null;
            int headerLine = 0;
            List<XlsFormSheets.Row> rows = new ArrayList<>();
            Optional<CsvRecord> next;
            while ((next = records.next()).isPresent()) {
                CsvRecord record = next.get();
                if (!record.problems().isEmpty()) {
                    throw new XlsFormFileException("xlsform.file.csvSyntax", record.line(),
                            record.problems().get(0).message());
                }
                if (record.isBlank()) {
                    continue;
                }
                List<String> fields = record.fields();
                if (fields.size() > MAX_COLUMNS + 1) {
                    throw new XlsFormFileException("xlsform.file.tooManyColumns", current == null ? "?" : current,
                            MAX_COLUMNS);
                }
                String first = fields.get(0).trim();
                if (!first.isEmpty()) {
                    if (current != null) {
                        store(sheets, current, headerLine, headers, rows);
                    }
                    current = XlsFormSheets.normalise(first);
                    headers = null;
                    rows = new ArrayList<>();
                    continue;
                }
                if (current == null) {
                    throw new XlsFormFileException("xlsform.file.csvLayout", record.line());
                }
                List<String> cells = fields.subList(1, fields.size());
                if (headers == null) {
                    headers = cells.stream().map(XlsFormSheets::normalise).toList();
                    headerLine = record.line();
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new XlsFormFileException("xlsform.file.tooManyRows", current, MAX_ROWS);
                }
                toRow(headers, cells, record.line()).ifPresent(rows::add);
            }
            if (current != null) {
                store(sheets, current, headerLine, headers, rows);
            }
        } catch (IOException e) {
            throw new XlsFormFileException("xlsform.file.unreadable");
        }
        return checked(sheets);
    }

    private static void store(Map<String, XlsFormSheets.Sheet> sheets, String name, int headerLine, List<String> headers,
            List<XlsFormSheets.Row> rows) {
        if (SHEETS.contains(name) && !sheets.containsKey(name)) {
            sheets.put(name, new XlsFormSheets.Sheet(name, headerLine, headers == null ? List.of() : headers, rows));
        }
    }

    private static Optional<XlsFormSheets.Row> toRow(List<String> headers, List<String> cells, int number) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < cells.size() && i < headers.size(); i++) {
            String value = cells.get(i);
            if (value != null && !value.isBlank() && !headers.get(i).isEmpty()) {
                values.putIfAbsent(headers.get(i), value.strip());
            }
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(new XlsFormSheets.Row(number, values));
    }

    private static XlsFormSheets checked(Map<String, XlsFormSheets.Sheet> sheets) throws XlsFormFileException {
        XlsFormSheets.Sheet survey = sheets.get("survey");
        if (survey == null) {
            throw new XlsFormFileException("xlsform.file.noSurvey");
        }
        if (!survey.headers().contains("type") || !survey.headers().contains("name")) {
            throw new XlsFormFileException("xlsform.file.surveyColumns");
        }
        return new XlsFormSheets(sheets);
    }
}
