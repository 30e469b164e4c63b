-- The company list's pairs of a suitability with a province, a size class or an advisor as one index
-- range (issue 17). A suitability matches a quarter of the register or more, a province or a size class
-- a tenth to a fifth, an advisor a fortieth; yet Derby answered all three pairs from the suitability's
-- index (its statistics) and read the company row of each of its ~25,000 entries to check the other
-- column, for the count and again for the page: median 60-140 ms at 100,000 companies, the slowest
-- pairs of the list (BENCHMARKS.md, round 13). With both columns first, the count reads the pair's
-- companies (500-6,000) from the index alone and the page reads only their rows; sorted by name, the
-- page is the index's first entries. The other pairs of equality filters already cost 15-45 ms.
CREATE INDEX ix_company_province_suitability ON company (province, suitability, search_name, id);
CREATE INDEX ix_company_size_suitability ON company (size_class, suitability, search_name, id);
CREATE INDEX ix_company_advisor_suitability ON company (advisor, suitability, search_name, id);
