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
 */
public record CompanyImport(int rows, List<Line> companies, List<ImportProblem> problems, int moreProblems) {

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
}
