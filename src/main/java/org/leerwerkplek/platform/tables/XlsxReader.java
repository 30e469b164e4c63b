package org.leerwerkplek.platform.tables;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small, strict reader of the cell values of an XLSX workbook held in memory (an upload), made of
 * {@code java.util.zip} and the JDK's StAX parser, so that reading an upload needs no spreadsheet
 * library in the WAR. It reads what a spreadsheet shows as text: shared and inline strings, numbers
 * (as Excel's General format shows them, at most 15 significant digits, whole numbers without
 * decimals), booleans ({@code TRUE}/{@code FALSE}), errors and the cached result of a formula; not
 * styles, so a date is its serial number. Cells missing from a row are empty strings; rows missing
 * from a sheet are not reported (the row number says where a row is).
 *
 * <p>Safe on any input: no DTD and no external entity is read; every part is inflated through a
 * counter that stops at {@value #MAX_PART} bytes a part and {@value #MAX_TOTAL} bytes for the
 * opening and for each {@link #rows} call (a ZIP bomb stops there, whatever sizes the ZIP declares);
 * sheets are read as a stream, one row in memory at a time, and a cell reference beyond
 * Excel's 16,384 columns or 1,048,576 rows, rows or cells out of order, a shared-string index that
 * does not exist or a duplicated ZIP entry make the file unreadable ({@link XlsxException}), never a
 * runtime exception.
 */
public final class XlsxReader implements AutoCloseable {

    /** The most bytes inflated by the opening, or by one {@link #rows} call, all parts together. */
    public static final long MAX_TOTAL = 64L * 1024 * 1024;
    /** The most bytes one part inflates to (a text in it is held whole by the XML parser, so this bounds memory too). */
    public static final int MAX_PART = 16 * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;
    private static final int MAX_COLUMNS = 16_384;
    private static final int MAX_ROWS = 1_048_576;
    private static final MathContext GENERAL = new MathContext(15);

    private static final XMLInputFactory XML = xmlFactory();

    private final ZipFile zip;
    /** Every entry by its lower-case name. */
    private final Map<String, ZipEntry> entries = new HashMap<>();
    /** Sheet names in the workbook's order, with the ZIP entry of each. */
    private final Map<String, String> sheets = new LinkedHashMap<>();
    private final List<String> sharedStrings = new ArrayList<>();

    /** Receives a sheet's rows in order. */
    @FunctionalInterface
    public interface Rows<E extends Exception> {
        /**
         * @param number the row's number as Excel shows it (1 for the first)
         * @param cells the row's cells from column A on, an empty string where a cell is empty or missing
         */
        void row(int number, List<String> cells) throws E;
    }

    /** The file is not a workbook this reader can read; the message says why (for logs, not for users). */
    public static final class XlsxException extends Exception {

        private static final long serialVersionUID = 1L;

        public XlsxException(String message) {
            super(message);
        }

        XlsxException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Opens the workbook: reads its list of sheets and its shared strings. The bytes are written to a
     * temporary file that only this reader can reach (deleted as it is opened), so that the ZIP is read
     * by its central directory, as spreadsheet programs read it; {@link #close} lets it go.
     */
    public XlsxReader(byte[] bytes) throws XlsxException {
        ZipFile opened = null;
        try {
            Path file = Files.createTempFile("lwp-xlsx-", ".zip");
            try {
                Files.write(file, bytes);
                opened = new ZipFile(file.toFile(), ZipFile.OPEN_READ | ZipFile.OPEN_DELETE);
            } finally {
                Files.deleteIfExists(file);
            }
            this.zip = opened;
            indexEntries();
            Counter counter = new Counter();
            String workbook = target(counter, "_rels/.rels", "", "/officeDocument").stream().findFirst()
                    .orElseThrow(() -> new XlsxException("no workbook in the package"));
            String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
            String workbookRels = folder + "_rels/" + workbook.substring(folder.length()) + ".rels";
            Map<String, String> targets = relationshipTargets(counter, workbookRels, folder);
            readSheetList(counter, workbook, targets);
            List<String> shared = target(counter, workbookRels, folder, "/sharedStrings");
            if (!shared.isEmpty() && entries.containsKey(shared.get(0))) {
                readSharedStrings(counter, shared.get(0));
            }
        } catch (XlsxException e) {
            closeQuietly(opened);
            throw e;
        } catch (XMLStreamException | IOException | RuntimeException e) {
            closeQuietly(opened);
            throw new XlsxException("not a readable workbook: " + e, e);
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                // nothing was written; the file is already deleted
            }
        }
    }

    /** The workbook's sheet names, in its order. */
    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    /**
     * Reads the rows of the sheets named {@code wanted}, in the workbook's order, handing each to
     * {@code rows} with its sheet's name.
     */
    public <E extends Exception> void rows(Set<String> wanted, SheetRows<E> rows) throws XlsxException, E {
        Counter counter = new Counter();
        for (Map.Entry<String, String> sheet : sheets.entrySet()) {
            if (!wanted.contains(sheet.getKey())) {
                continue;
            }
            try (InputStream in = open(counter, sheet.getValue(), MAX_PART)) {
                readSheet(in, (number, cells) -> rows.row(sheet.getKey(), number, cells));
            } catch (XMLStreamException | IOException | RuntimeException e) {
                throw new XlsxException("not a readable sheet: " + e, e);
            }
        }
    }

    /** Receives the rows of several sheets, each with its sheet's name. */
    @FunctionalInterface
    public interface SheetRows<E extends Exception> {
        void row(String sheet, int number, List<String> cells) throws E;
    }

    // ---- the package

    /** Every entry by its name without case; a name twice, or too many entries, is refused. */
    private void indexEntries() throws XlsxException {
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName().replace('\\', '/');
            while (name.startsWith("/")) {
                name = name.substring(1);
            }
            name = name.toLowerCase(Locale.ROOT); // part names are compared without case
            if (entries.put(name, entry) != null) {
                throw new XlsxException("the entry " + name + " is in the ZIP twice");
            }
            if (entries.size() > MAX_ENTRIES) {
                throw new XlsxException("more than " + MAX_ENTRIES + " entries");
            }
        }
    }

    /** The part {@code name}, inflated at most to {@code limit} bytes (and all parts together to {@link #MAX_TOTAL}). */
    private InputStream open(Counter counter, String name, long limit) throws IOException, XlsxException {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new XlsxException("the part " + name + " is missing");
        }
        return counter.part(zip.getInputStream(entry), limit);
    }

    private XMLStreamReader xml(Counter counter, String name) throws IOException, XlsxException, XMLStreamException {
        return XML.createXMLStreamReader(open(counter, name, MAX_PART));
    }

    /** The targets of {@code rels}' relationships whose type ends in {@code type}, resolved from {@code folder}. */
    private List<String> target(Counter counter, String rels, String folder, String type)
            throws XMLStreamException, XlsxException, IOException {
        List<String> found = new ArrayList<>();
        if (!entries.containsKey(rels)) {
            return found;
        }
        XMLStreamReader reader = xml(counter, rels);
        try {
            while (reader.hasNext()) {
                if (next(reader) == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Relationship")
                        && !"External".equals(reader.getAttributeValue(null, "TargetMode"))) {
                    String relType = reader.getAttributeValue(null, "Type");
                    String target = reader.getAttributeValue(null, "Target");
                    if (relType != null && target != null && relType.endsWith(type)) {
                        found.add(resolve(folder, target));
                    }
                }
            }
        } finally {
            reader.close();
        }
        return found;
    }

    /** Relationship id to resolved target, for the workbook's relationships. */
    private Map<String, String> relationshipTargets(Counter counter, String rels, String folder)
            throws XMLStreamException, XlsxException, IOException {
        if (!entries.containsKey(rels)) {
            throw new XlsxException("the workbook has no relationships");
        }
        Map<String, String> targets = new HashMap<>();
        XMLStreamReader reader = xml(counter, rels);
        try {
            while (reader.hasNext()) {
                if (next(reader) == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Relationship")
                        && !"External".equals(reader.getAttributeValue(null, "TargetMode"))) {
                    String id = reader.getAttributeValue(null, "Id");
                    String target = reader.getAttributeValue(null, "Target");
                    if (id != null && target != null) {
                        targets.put(id, resolve(folder, target));
                    }
                }
            }
        } finally {
            reader.close();
        }
        return targets;
    }

    /** A relationship's target as a ZIP entry name: relative to {@code folder} unless it starts with a slash. */
    static String resolve(String folder, String target) throws XlsxException {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    throw new XlsxException("a target outside the package: " + target);
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments).toLowerCase(Locale.ROOT);
    }

    private void readSheetList(Counter counter, String workbook, Map<String, String> targets)
            throws XMLStreamException, XlsxException, IOException {
        XMLStreamReader reader = xml(counter, workbook);
        try {
            while (reader.hasNext()) {
                if (next(reader) == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("sheet")) {
                    String name = reader.getAttributeValue(null, "name");
                    String id = null;
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        String namespace = reader.getAttributeNamespace(i);
                        if (reader.getAttributeLocalName(i).equals("id") && namespace != null && !namespace.isEmpty()) {
                            id = reader.getAttributeValue(i);
                        }
                    }
                    String target = id == null ? null : targets.get(id);
                    if (name == null || target == null || sheets.containsKey(name)) {
                        throw new XlsxException("a sheet without a name or a part, or a name twice: " + name);
                    }
                    sheets.put(name, target);
                }
            }
        } finally {
            reader.close();
        }
    }

    private void readSharedStrings(Counter counter, String name) throws XMLStreamException, XlsxException, IOException {
        XMLStreamReader reader = xml(counter, name);
        try {
            while (reader.hasNext()) {
                if (next(reader) == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("si")) {
                    sharedStrings.add(richText(reader));
                }
            }
        } finally {
            reader.close();
        }
    }

    // ---- a sheet

    private <E extends Exception> void readSheet(InputStream part, Rows<E> rows) throws XMLStreamException, XlsxException, E {
        XMLStreamReader reader = XML.createXMLStreamReader(part);
        try {
            int lastRow = 0;
            while (reader.hasNext()) {
                if (next(reader) == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("row")) {
                    String r = reader.getAttributeValue(null, "r");
                    int number = r == null ? lastRow + 1 : parseNumber(r, "row number");
                    if (number <= lastRow || number > MAX_ROWS) {
                        throw new XlsxException("row " + number + " after row " + lastRow);
                    }
                    lastRow = number;
                    rows.row(number, row(reader, number));
                }
            }
        } finally {
            reader.close();
        }
    }

    /** The cells of the row whose start the reader is at, up to its end. */
    private List<String> row(XMLStreamReader reader, int number) throws XMLStreamException, XlsxException {
        List<String> cells = new ArrayList<>();
        while (true) {
            int event = next(reader);
            if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("row")) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("c")) {
                String ref = reader.getAttributeValue(null, "r");
                int column = ref == null ? cells.size() : column(ref, number);
                if (column < cells.size()) {
                    throw new XlsxException("cell " + ref + " out of order");
                }
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(cell(reader, reader.getAttributeValue(null, "t")));
            }
        }
    }

    /** The 0-based column of a reference such as {@code AB12}, whose row must be {@code row}. */
    static int column(String ref, int row) throws XlsxException {
        int i = 0;
        int column = 0;
        while (i < ref.length() && i < 4 && Character.isLetter(ref.charAt(i))) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                throw new XlsxException("a cell reference that is not one: " + ref);
            }
            column = column * 26 + (c - 'A' + 1);
            i++;
        }
        if (i == 0 || column > MAX_COLUMNS || parseNumber(ref.substring(i), "cell reference") != row) {
            throw new XlsxException("a cell reference that is not one of its row: " + ref);
        }
        return column - 1;
    }

    private static int parseNumber(String text, String what) throws XlsxException {
        if (text.isEmpty() || text.length() > 7 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new XlsxException("a " + what + " that is not one: " + text);
        }
        return Integer.parseInt(text);
    }

    /** The value of the cell whose start the reader is at, as text, up to the cell's end. */
    private String cell(XMLStreamReader reader, String type) throws XMLStreamException, XlsxException {
        String value = null;
        String inline = null;
        while (true) {
            int event = next(reader);
            if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "v" -> value = reader.getElementText();
                    case "is" -> inline = richText(reader);
                    case "f" -> reader.getElementText(); // the formula itself: its cached value is what is read
                    default -> skipElement(reader);
                }
            }
        }
        String t = type == null ? "n" : type;
        switch (t) {
            case "inlineStr":
                return inline == null ? "" : inline;
            case "s":
                if (value == null) {
                    return "";
                }
                int index = parseNumber(value.strip(), "shared-string index");
                if (index >= sharedStrings.size()) {
                    throw new XlsxException("shared string " + index + " does not exist");
                }
                return sharedStrings.get(index);
            case "b":
                if (value == null) {
                    return "";
                }
                return switch (value.strip()) {
                    case "1", "true" -> "TRUE";
                    case "0", "false" -> "FALSE";
                    default -> throw new XlsxException("a boolean that is not one: " + value);
                };
            case "str", "e", "d":
                return value == null ? "" : value;
            case "n":
                return value == null || value.isBlank() ? "" : number(value.strip());
            default:
                throw new XlsxException("a cell of an unknown type: " + t);
        }
    }

    /** A number as Excel's General format shows it: at most 15 significant digits, no trailing zeros. */
    static String number(String text) throws XlsxException {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new XlsxException("a number that is not one: " + text);
        }
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal shown = value.round(GENERAL).stripTrailingZeros();
        int magnitude = shown.precision() - shown.scale(); // digits before the point
        return magnitude > 15 || magnitude < -8 ? shown.toString() : shown.toPlainString();
    }

    /** The text of a shared or inline string whose start the reader is at ({@code t} and runs' {@code t}, not phonetic runs). */
    private static String richText(XMLStreamReader reader) throws XMLStreamException {
        String element = reader.getLocalName();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next(reader);
            if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals(element)) {
                return decodeEscapes(text.toString());
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "t" -> text.append(reader.getElementText());
                    case "r" -> { } // a run: its t comes next
                    default -> skipElement(reader); // phonetic runs, run properties
                }
            }
        }
    }

    /** Excel writes characters XML cannot hold as {@code _xHHHH_}; a literal {@code _x} is written {@code _x005F_x}. */
    static String decodeEscapes(String text) {
        if (!text.contains("_x")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 7 <= text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x' && text.charAt(i + 6) == '_'
                    && isHex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = next(reader);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    // ---- XML and inflation, bounded

    private static int next(XMLStreamReader reader) throws XMLStreamException {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XMLStreamException("a DTD or an entity reference in a workbook part");
        }
        return event;
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's own, not one a library brings
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** Counts what is inflated: each part up to its own limit, all parts of one read together up to {@link #MAX_TOTAL}. */
    private static final class Counter {

        private long total;

        InputStream part(InputStream in, long limit) {
            return new FilterInputStream(in) {
                private long left = limit;

                private void count(long n) throws IOException {
                    total += n;
                    left -= n;
                    if (left < 0 || total > MAX_TOTAL) {
                        throw new IOException("a part inflates beyond the limit (a ZIP bomb?)");
                    }
                }

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                @Override
                public long skip(long n) throws IOException {
                    byte[] buffer = new byte[8192];
                    return Math.max(0, read(buffer, 0, (int) Math.min(n, buffer.length)));
                }
            };
        }
    }
}
