package org.leerwerkplek.surveys.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MigratedDatabase;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;
import org.leerwerkplek.surveys.InstrumentVersion;
import org.leerwerkplek.surveys.ResponseChannel;
import org.leerwerkplek.surveys.ResponseExport;
import org.leerwerkplek.surveys.ResponseImport;
import org.leerwerkplek.surveys.ResponseStore;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * The exports of 800 seeded responses to the employer questionnaire (awkward texts included),
 * stored and read back through the database, are the same bytes as the exports made before issue
 * 17 changed how answers are stored, read and written: the SHA-256 of each form below was taken
 * from the code at commit {@code fffaba4} (CSV: the whole file; XLSX: every cell of both sheets
 * with its type and whether it is marked as text, since the file itself carries a time stamp).
 */
class ExportBytesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private static final int RESPONSES = 800;

    private static MigratedDatabase database;
    private static ResponseExport export;
    private static InstrumentVersion version;

    @BeforeAll
    static void store() throws SQLException {
        database = new MigratedDatabase("export_bytes");
        Instrument instrument = Instruments.werkgeversbevraging();
        version = new InstrumentVersion(snapshot(instrument), instrument);
        ResponseStore store = new ResponseStore(database.dataSource());
        MutableClock clock = new MutableClock(NOW);
        ValidAnswers answers = new ValidAnswers(instrument, 20261205L);
        Iterator<Map<String, AnswerValue>> responses = answers.generate(RESPONSES).iterator();
        new ResponseImport(store, clock).store(version, responses, ResponseChannel.IMPORT, "bench");
        export = new ResponseExport(store, new RecordingAuditLog(clock));
    }

    @AfterAll
    static void drop() throws SQLException {
        database.close();
    }

    @Test
    void theCsvOfCodesIsTheSameAsBefore() throws IOException {
        assertEquals("4624bd40e2e5b14769d6bde23e91bb4dba69296a639b61d28309729aa6e1e49f",
                csv(false, Language.NL, CsvDialect.STANDARD, false));
    }

    @Test
    void theCsvOfFrenchLabelsWithSemicolonsIsTheSameAsBefore() throws IOException {
        assertEquals("a97f60f0999fa6ee63648f67d9acff1ef01485177d0bdbc7010693ab5343c942",
                csv(true, Language.FR, CsvDialect.EXCEL_SEMICOLON, false));
    }

    @Test
    void theRawCsvIsTheSameAsBefore() throws IOException {
        assertEquals("196563f3c8d3e14291d00da19c9bcd3a68e1f2ff8059a72e23390eb68b3f9a73",
                csv(false, Language.NL, CsvDialect.STANDARD, true));
    }

    @Test
    void theWorkbookHoldsTheSameCellsAsBefore() throws IOException {
        assertEquals("61f7573ee9485dec729f71bc15172829f17758f126dbc1f339581a0d46320ea2",
                xlsx(false, false));
    }

    @Test
    void theRawWorkbookOfLabelsHoldsTheSameCellsAsBefore() throws IOException {
        assertEquals("849988fc5525341d3ae6fc5ce9f355aaa1393593f2b09d21fb926eb9fa0c5419",
                xlsx(true, true));
    }

    private static String csv(boolean labels, Language language, CsvDialect dialect, boolean raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        assertEquals(RESPONSES, export.export(version, labels, language, dialect, raw, out));
        out.flush();
        return sha256(bytes.toByteArray());
    }

    private static String xlsx(boolean labels, boolean raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(RESPONSES, export.exportXlsx(version, labels, Language.NL, raw, bytes));
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (Sheet sheet : workbook) {
                cells.append("sheet ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.append(cell.getAddress()).append('\t').append(cell.getCellType()).append('\t')
                                .append(cell.getCellStyle().getQuotePrefixed()).append('\t')
                                .append(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).append('\t')
                                .append(switch (cell.getCellType()) {
                                    case NUMERIC -> Double.toString(cell.getNumericCellValue());
                                    case STRING -> cell.getStringCellValue();
                                    default -> cell.toString();
                                }).append('\n');
                    }
                }
            }
        }
        return sha256(cells.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long snapshot(Instrument instrument) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO survey_definition (instrument_id, version,"
                     + " revision, content_hash, file_name, source, loaded_at) VALUES (?, ?, 1, 'h', 'w.yaml', '', ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, instrument.id());
            insert.setInt(2, instrument.version());
            insert.setTimestamp(3, Timestamp.from(NOW));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
