package org.leerwerkplek.companies.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
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

    public static void main(String[] args) throws SQLException {
        Path data = Path.of(args[0]);
        int companies = Integer.parseInt(args[1]);
        int fiches = Integer.parseInt(args[2]);
        int advisors = Integer.parseInt(args[3]);
        Instrument fiche = DefinitionParser.parse(Path.of("surveys/leerwerkplekfiche.yaml")).orThrow();
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + data.resolve("derby"))) {
            db.setAutoCommit(false);
            new Filler(db, fiche, new Random(20261123L), advisors).fill(companies, fiches);
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception (XJ015).
            }
        }
        System.out.printf("filled %d companies and %d fiches in %.1f s%n", companies, fiches,
                (System.nanoTime() - started) / 1e9);
    }

    private static final class Filler {
        private final Connection db;
        private final Instrument fiche;
        private final Random random;
        private final int advisors;
        private final Instant now = Instant.parse("2026-11-23T08:00:00Z");

        Filler(Connection db, Instrument fiche, Random random, int advisors) {
            this.db = db;
            this.fiche = fiche;
            this.random = random;
            this.advisors = advisors;
        }

        void fill(int companies, int fiches) throws SQLException {
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
            try (PreparedStatement company = db.prepareStatement("INSERT INTO company (id, enterprise_number, name,"
                    + " search_name, street, postal_code, city, province, subsector_codes, employees, size_class, recognised,"
                    + " advisor, suitability, created_at, updated_at, row_version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
                 PreparedStatement subsector = db.prepareStatement(
                         "INSERT INTO company_subsector (company_id, subsector) VALUES (?, ?)");
                 PreparedStatement contact = db.prepareStatement("INSERT INTO company_contact (company_id, sort_order,"
                         + " name, contact_role, email, phone, language) VALUES (?, 0, ?, 'zaakvoerder', ?, ?, ?)")) {
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
                    company.setLong(1, id);
                    company.setString(2, enterpriseNumber(i));
                    company.setString(3, name);
                    company.setString(4, name.toLowerCase(Locale.ROOT));
                    company.setString(5, "Kerkstraat " + (1 + random.nextInt(200)));
                    company.setString(6, Integer.toString(1000 + random.nextInt(9000)));
                    company.setString(7, CITIES[random.nextInt(CITIES.length)]);
                    company.setString(8, Province.values()[random.nextInt(Province.values().length)].name());
                    company.setString(9, activities.stream().map(Enum::name).sorted().collect(Collectors.joining("|")));
                    company.setInt(10, employees);
                    company.setString(11, SizeClass.of(employees).name());
                    company.setBoolean(12, random.nextBoolean());
                    company.setString(13, advisorOf[i]);
                    company.setString(14, random.nextInt(4) == 0 ? null : VERDICTS[random.nextInt(VERDICTS.length)]);
                    company.setTimestamp(15, Timestamp.from(updated.minus(400, ChronoUnit.DAYS)));
                    company.setTimestamp(16, Timestamp.from(updated));
                    company.addBatch();
                    for (Subsector s : activities) {
                        subsector.setLong(1, id);
                        subsector.setString(2, s.name());
                        subsector.addBatch();
                    }
                    contact.setLong(1, id);
                    contact.setString(2, NAMES[random.nextInt(NAMES.length)]);
                    contact.setString(3, "info" + i + "@example.be");
                    contact.setString(4, "+32 3 " + (1000000 + random.nextInt(8999999)));
                    contact.setString(5, random.nextInt(4) == 0 ? "fr" : "nl");
                    contact.addBatch();
                    if ((i + 1) % BATCH == 0 || i + 1 == companies) {
                        company.executeBatch();
                        subsector.executeBatch();
                        contact.executeBatch();
                        db.commit();
                    }
                }
            }
            int[] companyOfVisit = new int[Math.min(ACTIONS, fiches)];
            try (PreparedStatement response = db.prepareStatement("INSERT INTO survey_response (id, definition_id,"
                    + " instrument_id, version, token_hash, status, channel, language, current_section, entered_by,"
                    + " created_at, updated_at, submitted_at, row_version, answers)"
                    + " VALUES (?, ?, 'leerwerkplekfiche', ?, ?, ?, 'INTERVIEW', 'nl', ?, ?, ?, ?, ?, 1, ?)");
                 PreparedStatement visit = db.prepareStatement("INSERT INTO company_visit (id, company_id, visit_date,"
                         + " interviewee, advisor, response_id, incomplete_sections, completed, suitability, rules_version,"
                         + " created_at, updated_at, updated_by, row_version)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 1)")) {
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
                    response.setLong(1, responseBase + i);
                    response.setLong(2, definition);
                    response.setInt(3, fiche.version());
                    response.setString(4, String.format("%064x", responseBase + i));
                    response.setString(5, completed ? "SUBMITTED" : "PARTIAL");
                    response.setString(6, firstSection);
                    response.setString(7, advisor);
                    response.setTimestamp(8, Timestamp.from(at));
                    response.setTimestamp(9, Timestamp.from(at));
                    response.setTimestamp(10, completed ? Timestamp.from(at) : null);
                    response.setBytes(11, AnswerDocument.encode(answers(date, advisor)).getBytes(StandardCharsets.UTF_8)); // V39
                    response.addBatch();
                    visit.setLong(1, visitBase + i);
                    visit.setLong(2, companyBase + index);
                    visit.setDate(3, java.sql.Date.valueOf(date));
                    visit.setString(4, NAMES[random.nextInt(NAMES.length)]);
                    visit.setString(5, advisor);
                    visit.setLong(6, responseBase + i);
                    visit.setString(7, completed ? "" : "bedrijf");
                    visit.setBoolean(8, completed);
                    visit.setString(9, verdict);
                    visit.setTimestamp(10, Timestamp.from(at));
                    visit.setTimestamp(11, Timestamp.from(at));
                    visit.setString(12, advisor);
                    visit.addBatch();
                    if ((i + 1) % BATCH == 0 || i + 1 == fiches) {
                        response.executeBatch();
                        visit.executeBatch();
                        db.commit();
                    }
                }
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
                s.executeUpdate("INSERT INTO company_reach (advisor, company_id, assigned, visited)"
                        + " SELECT advisor, id, TRUE, FALSE FROM company WHERE advisor IS NOT NULL");
                s.executeUpdate("UPDATE company_reach SET visited = TRUE WHERE EXISTS (SELECT 1 FROM company_visit v"
                        + " WHERE v.advisor = company_reach.advisor AND v.company_id = company_reach.company_id)");
                s.executeUpdate("INSERT INTO company_reach (advisor, company_id, assigned, visited)"
                        + " SELECT DISTINCT v.advisor, v.company_id, FALSE, TRUE FROM company_visit v WHERE NOT EXISTS"
                        + " (SELECT 1 FROM company_reach r WHERE r.advisor = v.advisor AND r.company_id = v.company_id)");
                db.commit();
                s.execute("ALTER TABLE company ALTER COLUMN id RESTART WITH " + (companyBase + companies));
                s.execute("ALTER TABLE company_visit ALTER COLUMN id RESTART WITH " + (visitBase + fiches));
                s.execute("ALTER TABLE survey_response ALTER COLUMN id RESTART WITH " + (responseBase + fiches));
                db.commit();
                for (String table : List.of("COMPANY", "COMPANY_SUBSECTOR", "COMPANY_CONTACT", "COMPANY_VISIT",
                        "COMPANY_REACH", "SURVEY_RESPONSE")) {
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
