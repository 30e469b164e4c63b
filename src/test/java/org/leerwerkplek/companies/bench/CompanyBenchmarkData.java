package org.leerwerkplek.companies.bench;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.leerwerkplek.companies.CompanyNameParts;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.SizeClass;
import org.leerwerkplek.companies.register.Subsector;
import org.leerwerkplek.surveys.AnswerDocument;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * Fills a migrated, stopped Derby database with a seeded company register for
 * {@code bench/companies.sh}: companies with activities and a contact, and fiches (a visit with
 * its leerwerkplekfiche response, answers as one {@link AnswerDocument}), through batched JDBC.
 * The server must have started once on the database (schema and survey definitions) and be
 * stopped, since embedded Derby opens a database in one process only.
 *
 * <pre>java -cp ... org.leerwerkplek.companies.bench.CompanyBenchmarkData DATA_DIR COMPANIES FICHES ADVISORS</pre>
 *
 * Advisors are {@code adviseur-01} ... (a company has one, 5% none); 85% of a company's fiches are
 * by its own advisor; {@code adviseur-01} owns a few open support actions; {@code company_reach}
 * is filled from the assignments and visits as migration V10 does. Statistics of the filled tables are refreshed at the end, as Derby's
 * automatic statistics would do over time.
 */
public final class CompanyBenchmarkData {

    private static final String[] WORDS = {"Bouw", "Dak", "Werf", "Schrijnwerk", "Renovatie", "Beton", "Steen", "Hout",
            "Isolatie", "Tegel", "Sanitair", "Elektro", "Vloer", "Gevel", "Afbraak", "Grond", "Wegen", "Staal",
            "Construct", "Pleister", "Glas", "Verf", "Dakwerken", "Infra"};
    private static final String[] NAMES = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes",
            "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Vermeulen",
            "Hermans", "Michiels", "Aerts", "Coppens", "Desmet", "Lemmens", "Stevens", "Smets", "Verhoeven"};
    private static final String[] CITIES = {"Antwerpen", "Gent", "Brugge", "Leuven", "Hasselt", "Mechelen", "Aalst",
            "Kortrijk", "Genk", "Roeselare", "Namur", "Liège", "Charleroi", "Mons", "Wavre", "Arlon", "Brussel",
            "Turnhout", "Geel", "Lokeren", "Ieper", "Tienen", "Lommel", "Ninove"};
    private static final String[] VERDICTS = {"GESCHIKT", "GESCHIKT_MET_ONDERSTEUNING", "NOG_NIET_GESCHIKT"};
    private static final String[] FORMS = {"PROEFPERIODE", "MENTOROPLEIDING", "MENTOR_OPVOLGING", "EXTERNE_COACHING",
            "ADMINISTRATIEVE_HULP"};
    /** Open support actions of {@code adviseur-01}, due from ten days ago to fifty days ahead. */
    private static final int ACTIONS = 60;
    private static final int BATCH = 1000;

    private CompanyBenchmarkData() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        Path data = Path.of(args[0]);
        int companies = Integer.parseInt(args[1]);
        int fiches = Integer.parseInt(args[2]);
        int advisors = Integer.parseInt(args[3]);
        Instrument fiche = DefinitionParser.parse(Path.of("surveys/leerwerkplekfiche.yaml")).orThrow();
        // The folder is thrown away if the fill fails, so Derby need not wait for the disk at each commit.
        System.setProperty("derby.system.durability", "test");
        long started = System.nanoTime();
        Path files = Files.createTempDirectory("companies-bench");
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + data.resolve("derby"))) {
            db.setAutoCommit(false);
            new Filler(db, fiche, new Random(20261123L), advisors, files).fill(companies, fiches);
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception (XJ015).
            }
            try (var list = Files.list(files)) {
                for (Path file : list.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(files);
        }
        System.out.printf("filled %d companies and %d fiches in %.1f s%n", companies, fiches,
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * The rows of one table as a CSV file for Derby's import ({@code SYSCS_UTIL.SYSCS_IMPORT_DATA}):
     * texts in double quotes, null as an empty field, timestamps and dates in JDBC's escape format.
     */
    private static final class Rows implements AutoCloseable {
        private final String table;
        private final String columns;
        private final Path file;
        private final Writer out;
        private long count;

        Rows(Path folder, String table, String columns) throws IOException {
            this.table = table;
            this.columns = columns;
            this.file = folder.resolve(table + ".csv");
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        void add(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object value = values[i];
                if (value instanceof byte[] bytes) {
                    out.write(HexFormat.of().formatHex(bytes)); // Derby's import reads binary columns as hex
                } else if (value instanceof String text) {
                    out.write('"');
                    out.write(text.replace("\"", "\"\""));
                    out.write('"');
                } else if (value != null) {
                    out.write(value.toString());
                }
            }
            out.write('\n');
            count++;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        /** Imports the file into the (empty) table: Derby's bulk insert, its indexes built afterwards. */
        void load(Connection db) throws SQLException, IOException {
            close();
            long started = System.nanoTime();
            try (CallableStatement load = db.prepareCall("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, ?, ?, NULL, ?, NULL, NULL, 'UTF-8', 0)")) {
                load.setString(1, table.toUpperCase(Locale.ROOT));
                load.setString(2, columns.toUpperCase(Locale.ROOT).replace(" ", ""));
                load.setString(3, file.toString());
                load.execute();
            }
            db.commit();
            System.out.printf("  %s: %d rows in %.1f s%n", table, count, (System.nanoTime() - started) / 1e9);
        }
    }

    private static final class Filler {
        private final Connection db;
        private final Instrument fiche;
        private final Random random;
        private final int advisors;
        private final Path files;
        private final Instant now = Instant.parse("2026-11-23T08:00:00Z");

        Filler(Connection db, Instrument fiche, Random random, int advisors, Path files) {
            this.db = db;
            this.fiche = fiche;
            this.random = random;
            this.advisors = advisors;
            this.files = files;
        }

        void fill(int companies, int fiches) throws SQLException, IOException {
            long definition;
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("SELECT id FROM survey_definition WHERE instrument_id = 'leerwerkplekfiche'"
                         + " AND version = " + fiche.version() + " ORDER BY revision DESC")) {
                if (!r.next()) {
                    throw new IllegalStateException("no leerwerkplekfiche definition: start the server once first");
                }
                definition = r.getLong(1);
            }
            long companyBase = next("company");
            long visitBase = next("company_visit");
            long responseBase = next("survey_response");
            String[] advisorOf = new String[companies];
            // company_reach as migration V10 derives it: (advisor, company) -> assigned, visited
            Map<String, boolean[]> reach = new LinkedHashMap<>();
            try (Rows company = new Rows(files, "company", "id, enterprise_number, name, search_name, street, postal_code,"
                    + " city, province, subsector_codes, employees, size_class, recognised, advisor, suitability, created_at,"
                    + " updated_at, row_version");
                 Rows subsector = new Rows(files, "company_subsector", "company_id, subsector, size_class, suitability");
                 Rows parts = new Rows(files, "company_name_part", "company_id, part");
                 Rows contact = new Rows(files, "company_contact", "company_id, sort_order, name, contact_role, email,"
                         + " phone, language")) {
                for (int i = 0; i < companies; i++) {
                    long id = companyBase + i;
                    String name = WORDS[random.nextInt(WORDS.length)] + " " + NAMES[random.nextInt(NAMES.length)]
                            + " " + (i + 1);
                    int employees = (int) Math.min(400, Math.round(Math.exp(random.nextGaussian() * 1.2 + 1.8)));
                    Set<Subsector> activities = EnumSet.noneOf(Subsector.class);
                    int count = 1 + random.nextInt(2);
                    while (activities.size() < count) {
                        activities.add(Subsector.values()[random.nextInt(Subsector.values().length)]);
                    }
                    advisorOf[i] = random.nextInt(20) == 0 ? null
                            : String.format("adviseur-%02d", 1 + random.nextInt(advisors));
                    Instant updated = now.minus(random.nextInt(3 * 365), ChronoUnit.DAYS);
                    String searchName = name.toLowerCase(Locale.ROOT);
                    String street = "Kerkstraat " + (1 + random.nextInt(200));
                    String postalCode = Integer.toString(1000 + random.nextInt(9000));
                    String city = CITIES[random.nextInt(CITIES.length)];
                    String province = Province.values()[random.nextInt(Province.values().length)].name();
                    boolean recognised = random.nextBoolean();
                    String suitability = random.nextInt(4) == 0 ? null : VERDICTS[random.nextInt(VERDICTS.length)];
                    company.add(id, enterpriseNumber(i), name, searchName, street, postalCode, city, province,
                            activities.stream().map(Enum::name).sorted().collect(Collectors.joining("|")), employees,
                            SizeClass.of(employees).name(), recognised, advisorOf[i], suitability,
                            Timestamp.from(updated.minus(400, ChronoUnit.DAYS)), Timestamp.from(updated), 1);
                    for (Subsector s : activities) {
                        subsector.add(id, s.name(), SizeClass.of(employees).name(), suitability);
                    }
                    for (String part : CompanyNameParts.of(searchName)) {
                        parts.add(id, part);
                    }
                    String contactName = NAMES[random.nextInt(NAMES.length)];
                    String phone = "+32 3 " + (1000000 + random.nextInt(8999999));
                    contact.add(id, 0, contactName, "zaakvoerder", "info" + i + "@example.be", phone,
                            random.nextInt(4) == 0 ? "fr" : "nl");
                    if (advisorOf[i] != null) {
                        reach.put(advisorOf[i] + " " + id, new boolean[] {true, false});
                    }
                }
                company.load(db);
                subsector.load(db);
                parts.load(db);
                contact.load(db);
            }
            int[] companyOfVisit = new int[Math.min(ACTIONS, fiches)];
            try (Rows response = new Rows(files, "survey_response", "id, definition_id, instrument_id, version,"
                    + " token_hash, status, channel, language, current_section, entered_by, created_at, updated_at,"
                    + " submitted_at, row_version, answers");
                 Rows visit = new Rows(files, "company_visit", "id, company_id, visit_date, interviewee, advisor,"
                         + " response_id, incomplete_sections, completed, suitability, rules_version, created_at,"
                         + " updated_at, updated_by, row_version")) {
                String firstSection = fiche.sections().get(0).id();
                for (int i = 0; i < fiches; i++) {
                    int index = random.nextInt(companies);
                    if (i < companyOfVisit.length) {
                        companyOfVisit[i] = index;
                    }
                    String advisor = advisorOf[index] != null && random.nextInt(100) < 85 ? advisorOf[index]
                            : String.format("adviseur-%02d", 1 + random.nextInt(advisors));
                    LocalDate date = LocalDate.of(2026, 11, 23).minusDays(random.nextInt(4 * 365));
                    Instant at = date.atTime(10, 0).atZone(ZoneOffset.UTC).toInstant();
                    boolean completed = random.nextInt(10) < 8;
                    String verdict = VERDICTS[random.nextInt(VERDICTS.length)];
                    response.add(responseBase + i, definition, "leerwerkplekfiche", fiche.version(),
                            String.format("%064x", responseBase + i), completed ? "SUBMITTED" : "PARTIAL", "INTERVIEW",
                            "nl", firstSection, advisor, Timestamp.from(at), Timestamp.from(at),
                            completed ? Timestamp.from(at) : null, 1,
                            AnswerDocument.encode(answers(date, advisor)).getBytes(StandardCharsets.UTF_8)); // V39: bytes
                    visit.add(visitBase + i, companyBase + index, java.sql.Date.valueOf(date),
                            NAMES[random.nextInt(NAMES.length)], advisor, responseBase + i, completed ? "" : "bedrijf",
                            completed, verdict, 1, Timestamp.from(at), Timestamp.from(at), advisor, 1);
                    reach.computeIfAbsent(advisor + " " + (companyBase + index), k -> new boolean[] {false, false})[1] = true;
                }
                response.load(db);
                visit.load(db);
            }
            try (Rows rows = new Rows(files, "company_reach", "advisor, company_id, assigned, visited")) {
                for (Map.Entry<String, boolean[]> e : reach.entrySet()) {
                    String[] key = e.getKey().split(" ");
                    rows.add(key[0], Long.parseLong(key[1]), e.getValue()[0], e.getValue()[1]);
                }
                rows.load(db);
            }
            try (PreparedStatement action = db.prepareStatement("INSERT INTO support_action (company_id, visit_id,"
                    + " support_form, description, owner, due_date, status, decided_by, decided_at, row_version)"
                    + " VALUES (?, ?, ?, ?, 'adviseur-01', ?, 'OPEN', 'adviseur-01', ?, 1)")) {
                for (int i = 0; i < companyOfVisit.length; i++) {
                    action.setLong(1, companyBase + companyOfVisit[i]);
                    action.setLong(2, visitBase + i);
                    action.setString(3, FORMS[i % FORMS.length]);
                    action.setString(4, "Opvolgen met de zaakvoerder");
                    action.setDate(5, java.sql.Date.valueOf(LocalDate.of(2026, 11, 23).plusDays(i - 10)));
                    action.setTimestamp(6, Timestamp.from(now));
                    action.addBatch();
                }
                action.executeBatch();
                db.commit();
            }
            try (Statement s = db.createStatement()) {
                s.execute("ALTER TABLE company ALTER COLUMN id RESTART WITH " + (companyBase + companies));
                s.execute("ALTER TABLE company_visit ALTER COLUMN id RESTART WITH " + (visitBase + fiches));
                s.execute("ALTER TABLE survey_response ALTER COLUMN id RESTART WITH " + (responseBase + fiches));
                db.commit();
                for (String table : List.of("COMPANY", "COMPANY_SUBSECTOR", "COMPANY_NAME_PART", "COMPANY_CONTACT",
                        "COMPANY_VISIT", "COMPANY_REACH", "SURVEY_RESPONSE")) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(CURRENT SCHEMA, '" + table + "', NULL)");
                }
                db.commit();
            }
        }

        /** A fiche with a plausible answer to every plain question of the first sections. */
        private Map<String, AnswerValue> answers(LocalDate date, String advisor) {
            Map<String, AnswerValue> answers = new LinkedHashMap<>();
            for (Question q : fiche.questions()) {
                AnswerValue value = switch (q.type().key()) {
                    case "single", "yesno" -> pick(q.choices().options()).map(o -> (AnswerValue) AnswerValue.Single.of(o.code()))
                            .orElse(null);
                    case "multiple" -> pick(q.choices().options()).map(o -> (AnswerValue) AnswerValue.Multiple.of(o.code()))
                            .orElse(null);
                    case "likert" -> q.scale().map(s -> (AnswerValue) new AnswerValue.Likert(
                            s.points().get(random.nextInt(s.points().size())).code())).orElse(null);
                    case "number" -> new AnswerValue.Numeric(BigDecimal.valueOf(1 + random.nextInt(40)));
                    case "date" -> new AnswerValue.Date(date);
                    case "text" -> new AnswerValue.Text(q.code().equals("F0_ADVISEUR") ? advisor
                            : NAMES[random.nextInt(NAMES.length)]);
                    case "longtext" -> new AnswerValue.Text("Afspraak: " + WORDS[random.nextInt(WORDS.length)].toLowerCase()
                            + " opvolgen na het volgende gesprek.");
                    default -> null;
                };
                if (value != null) {
                    answers.put(q.code(), value);
                }
            }
            return answers;
        }

        private Optional<Option> pick(List<Option> options) {
            return options.isEmpty() ? Optional.empty()
                    : Optional.of(options.get(random.nextInt(options.size())));
        }

        private long next(String table) throws SQLException {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(id) FROM " + table)) {
                r.next();
                return r.getLong(1) + 1000;
            }
        }
    }

    /** The {@code i}-th of a run of valid enterprise numbers: eight digits and their check (97 - n mod 97). */
    static String enterpriseNumber(int i) {
        long base = 2_000_000L + 13L * i;
        return String.format("%08d%02d", base, 97 - base % 97);
    }
}
