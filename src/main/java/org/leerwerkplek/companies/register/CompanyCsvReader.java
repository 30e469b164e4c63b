package org.leerwerkplek.companies.register;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.leerwerkplek.platform.tables.StrictUtf8Reader;
import org.leerwerkplek.surveys.csv.CsvRecord;
import org.leerwerkplek.surveys.csv.CsvRecordReader;

/**
 * Reads the company register from CSV with the rules of the response import: UTF-8, {@code ,} or
 * {@code ;} (taken from the header), RFC 4180 quoting; the header names the columns in any order
 * (case and surrounding spaces ignored); blank records are skipped. Every problem is reported with
 * line and column, and the file may be stored only when there is none (all or nothing).
 *
 * <p>Columns: {@code enterprise_number}, {@code name} and {@code province} are required; {@code
 * street}, {@code postal_code}, {@code city}, {@code subsectors} and {@code systems} (codes
 * separated by {@code |}), {@code employees}, {@code recognised} ({@code ja}/{@code nee},
 * {@code oui}/{@code non}, {@code yes}/{@code no}, {@code 1}/{@code 0}), {@code advisor} and up to
 * {@value #MAX_CONTACTS} contacts may be present. Contact N has the columns {@code contactN_name},
 * {@code contactN_role}, {@code contactN_email}, {@code contactN_phone} and {@code contactN_language}
 * (N from 1); {@code contact_name} ... {@code contact_language} are another name for contact 1, so
 * files with one contact keep working (a file gives contact 1 one way, not both). A contact whose
 * cells are all empty (the language aside) is left out; any other needs its name. An enterprise
 * number given twice in the file is refused on its second line; numbers already in the register
 * are checked by the caller.
 */
public final class CompanyCsvReader {

    public static final int MAX_PROBLEMS = 1000;
    public static final String LIST_SEPARATOR = "|";

    /** How many contacts a line may give. */
    public static final int MAX_CONTACTS = 5;

    static final List<String> REQUIRED = List.of("enterprise_number", "name", "province");
    static final List<String> COMPANY_COLUMNS = List.of("enterprise_number", "name", "street", "postal_code", "city",
            "province", "subsectors", "employees", "recognised", "systems", "advisor");
    static final List<String> CONTACT_FIELDS = List.of("name", "role", "email", "phone", "language");
    static final List<String> COLUMNS = columns();
    private static final String ALIAS_PREFIX = "contact_";
    private static final Map<String, String> FIELD_COLUMNS = Map.of("name", "name", "street", "street",
            "postalCode", "postal_code", "city", "city", "province", "province", "employees", "employees",
            "systems", "systems", "advisor", "advisor");
    private static final Set<String> YES = Set.of("ja", "oui", "yes", "1", "true", "j", "y");
    private static final Set<String> NO = Set.of("nee", "non", "no", "0", "false", "n", "");

    /** Reads the whole file; {@code in} is not closed. */
    public CompanyImport read(Reader in) throws IOException {
        return new Run(CsvRecordReader.detecting(in)).read();
    }

    private static final class Run {
        private final CsvRecordReader records;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<CompanyImport.Line> companies = new ArrayList<>();
        private final Map<String, Integer> position = new HashMap<>();
        private final Map<String, String> written = new HashMap<>();
        private final Map<String, Integer> firstLineOfNumber = new HashMap<>();
        private int width;
        private int rows;
        private int moreProblems;

        Run(CsvRecordReader records) {
            this.records = records;
        }

        CompanyImport read() throws IOException {
            try {
                Optional<CsvRecord> header = records.next();
                if (header.isEmpty()) {
                    problem(1, 0, "", "company.import.empty");
                } else if (header(header.get())) {
                    for (Optional<CsvRecord> next = records.next(); next.isPresent(); next = records.next()) {
                        if (!next.get().isBlank()) {
                            rows++;
                            row(next.get());
                        }
                    }
                }
            } catch (StrictUtf8Reader.NotUtf8Exception e) {
                problems.clear();
                moreProblems = 0;
                problem(e.line(), 0, "", "company.import.notUtf8", String.valueOf(e.line()));
            }
            return new CompanyImport(rows, problems.isEmpty() ? companies : List.of(), problems, moreProblems,
                    position.getOrDefault("enterprise_number", -1) + 1);
        }

        private boolean header(CsvRecord header) {
            width = header.fields().size();
            for (int i = 0; i < width; i++) {
                String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT);
                String column = name.startsWith(ALIAS_PREFIX) ? "contact1_" + name.substring(ALIAS_PREFIX.length()) : name;
                if (!COLUMNS.contains(column)) {
                    problem(1, i + 1, name, "company.import.unknownColumn", name, documentedColumns());
                } else if (position.putIfAbsent(column, i) != null) {
                    problem(1, i + 1, name, "company.import.repeatedColumn", name);
                } else {
                    written.put(column, name);
                }
            }
            for (String required : REQUIRED) {
                if (!position.containsKey(required)) {
                    problem(1, 0, required, "company.import.missingColumn", required);
                }
            }
            return problems.isEmpty();
        }

        private void row(CsvRecord record) {
            int line = record.line();
            int before = problems.size() + moreProblems;
            record.problems().forEach(p -> problem(line, p.field(), "", "company.import.syntax", p.message()));
            if (record.fields().size() != width) {
                problem(line, 0, "", "company.import.fieldCount", width, record.fields().size());
                return;
            }
            Cells cells = new Cells(record, line);
            Optional<EnterpriseNumber> number = cells.value("enterprise_number", text -> {
                Optional<EnterpriseNumber.Problem> problem = EnterpriseNumber.problem(text);
                return problem.<Result<EnterpriseNumber>>map(p -> Result.wrong(p.messageKey(), text))
                        .orElseGet(() -> Result.of(EnterpriseNumber.parse(text)));
            });
            Optional<Province> province = cells.value("province", text -> text.isBlank()
                    ? Result.wrong("company.province.required")
                    : Province.fromCode(text).map(Result::of).orElseGet(() -> Result.wrong("company.province.unknown", text)));
            Set<Subsector> subsectors = cells.codes("subsectors", Subsector::fromCode, "company.subsector.unknown",
                    EnumSet.noneOf(Subsector.class));
            Set<LearningSystem> systems = cells.codes("systems", LearningSystem::fromCode, "company.system.unknown",
                    EnumSet.noneOf(LearningSystem.class));
            Optional<Optional<Integer>> employees = cells.value("employees", text -> {
                if (text.isBlank()) {
                    return Result.of(Optional.empty());
                }
                try {
                    return Result.of(Optional.of(Integer.parseInt(text.trim())));
                } catch (NumberFormatException e) {
                    return Result.wrong("company.employees.notANumber", text);
                }
            });
            Optional<Boolean> recognised = cells.value("recognised", text -> {
                String word = text.trim().toLowerCase(Locale.ROOT);
                return YES.contains(word) ? Result.of(true) : NO.contains(word) ? Result.of(false)
                        : Result.wrong("company.import.yesNo", text);
            });
            if (problems.size() + moreProblems > before) {
                return;
            }
            List<Contact> contacts = new ArrayList<>();
            List<Integer> contactNumbers = new ArrayList<>();
            for (int n = 1; n <= MAX_CONTACTS; n++) {
                String prefix = "contact" + n + "_";
                boolean given = CONTACT_FIELDS.stream().filter(f -> !f.equals("language"))
                        .anyMatch(f -> !cells.text(prefix + f).isBlank());
                if (given) {
                    contacts.add(new Contact(cells.text(prefix + "name"), cells.text(prefix + "role"),
                            cells.text(prefix + "email"), cells.text(prefix + "phone"), cells.text(prefix + "language")));
                    contactNumbers.add(n);
                }
            }
            String advisor = cells.text("advisor");
            CompanyDetails details = new CompanyDetails(number.orElseThrow(), cells.text("name"), cells.text("street"),
                    cells.text("postal_code"), cells.text("city"), province.orElseThrow(), subsectors,
                    employees.orElse(Optional.empty()), recognised.orElse(false), systems,
                    Optional.of(advisor), contacts);
            for (FieldProblem problem : details.problems()) {
                String column = column(problem.field(), contactNumbers);
                problem(line, position.getOrDefault(column, -1) + 1, written.getOrDefault(column, column),
                        problem.messageKey(), problem.arguments());
            }
            Integer first = firstLineOfNumber.putIfAbsent(details.number().digits(), line);
            if (first != null) {
                String column = "enterprise_number";
                problem(line, position.get(column) + 1, column, "company.number.duplicateInFile",
                        details.number().formatted(), first);
            }
            if (problems.isEmpty()) {
                companies.add(new CompanyImport.Line(line, details));
            }
        }

        /** The column of a field of the details; {@code contacts[i].email} is that of the i-th contact given. */
        private static String column(String field, List<Integer> contactNumbers) {
            if (field.startsWith("contacts[")) {
                int index = Integer.parseInt(field.substring("contacts[".length(), field.indexOf(']')));
                return "contact" + contactNumbers.get(index) + "_" + field.substring(field.indexOf('.') + 1);
            }
            return FIELD_COLUMNS.getOrDefault(field, field);
        }

        private void problem(int line, int column, String columnName, String key, Object... arguments) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(new ImportProblem(line, column, columnName, key, arguments));
            } else {
                moreProblems++;
            }
        }

        /** The cells of one record, read by column name. */
        private final class Cells {
            private final CsvRecord record;
            private final int line;

            Cells(CsvRecord record, int line) {
                this.record = record;
                this.line = line;
            }

            String text(String column) {
                Integer index = position.get(column);
                return index == null ? "" : record.fields().get(index).trim();
            }

            <T> Optional<T> value(String column, Function<String, Result<T>> read) {
                Result<T> result = read.apply(text(column));
                if (result.messageKey != null) {
                    problem(line, position.getOrDefault(column, -1) + 1, written.getOrDefault(column, column),
                            result.messageKey, result.arguments);
                    return Optional.empty();
                }
                return Optional.of(result.value);
            }

            <E extends Enum<E>> Set<E> codes(String column, Function<String, Optional<E>> byCode, String unknownKey,
                                            Set<E> into) {
                for (String code : text(column).split("\\|")) {
                    if (code.isBlank()) {
                        continue;
                    }
                    Optional<E> known = byCode.apply(code);
                    if (known.isPresent()) {
                        into.add(known.get());
                    } else {
                        problem(line, position.get(column) + 1, column, unknownKey, code.trim());
                    }
                }
                return into;
            }
        }
    }

    /** A cell read: its value, or the message key and arguments of what is wrong. */
    private static final class Result<T> {
        private final T value;
        private final String messageKey;
        private final Object[] arguments;

        private Result(T value, String messageKey, Object[] arguments) {
            this.value = value;
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        static <T> Result<T> of(T value) {
            return new Result<>(value, null, new Object[0]);
        }

        static <T> Result<T> wrong(String messageKey, Object... arguments) {
            return new Result<>(null, messageKey, arguments);
        }
    }

    /** The header of a file with every column, in the documented order (for a template or an export). */
    public static String header() {
        return String.join(",", COLUMNS);
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(COMPANY_COLUMNS);
        for (int n = 1; n <= MAX_CONTACTS; n++) {
            for (String field : CONTACT_FIELDS) {
                columns.add("contact" + n + "_" + field);
            }
        }
        return List.copyOf(columns);
    }

    /** The columns as a message names them: the company's, then the contact pattern. */
    static String documentedColumns() {
        return String.join(", ", COMPANY_COLUMNS) + ", contactN_name, contactN_role, contactN_email, contactN_phone,"
                + " contactN_language (N = 1-" + MAX_CONTACTS + "; contact_name ... = contact 1)";
    }
}
