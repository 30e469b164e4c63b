package org.leerwerkplek.companies.register;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a company CSV. It may be stored only when {@linkplain #isValid() valid}:
 * an import is all or nothing.
 *
 * @param rows the data records read (header and blank records not counted)
 * @param companies each correct record with its line; complete only when the file is valid
 * @param problems every problem in file order, at most {@link CompanyCsvReader#MAX_PROBLEMS}
 * @param moreProblems how many further problems were found but not kept
 * @param numberColumn the 1-based column of {@code enterprise_number}; 0 when the header has none
 */
public record CompanyImport(int rows, List<Line> companies, List<ImportProblem> problems, int moreProblems,
                            int numberColumn) {

    /** A correct record and the line it starts on. */
    public record Line(int line, CompanyDetails details) {
        public Line {
            Objects.requireNonNull(details, "details");
        }
    }

    public CompanyImport {
        companies = List.copyOf(companies);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The problem of a line whose enterprise number is in the register already, in the number's cell. */
    public ImportProblem alreadyRegistered(Line line) {
        return new ImportProblem(line.line(), numberColumn, "enterprise_number", "company.number.duplicate",
                line.details().number().formatted());
    }
}
