-- The company list's name search as an index lookup (issue 17): a search for a piece of a name,
-- '%peeters%', is answered by no index on search_name and read the whole register (100,000 names)
-- for its count. company_name_part holds, for every position of a company's search_name that has at
-- least three characters left, the next twelve (fewer at the end), trailing blanks cut: every piece
-- of three or more characters found in a name begins one of its parts (its first twelve
-- characters do), so the candidates of a search are one range of ix_company_name_part
-- (part LIKE 'peeters%'), checked on the name itself (CompanyListQuery). Kept with the name by
-- Company (an element collection, written in the same transaction as the company), deleted with
-- the company by its erasure (CompanyPrivacyStore.deleteCompany). The PostgreSQL databases use the
-- C collation, under which a btree index answers a LIKE prefix.
CREATE TABLE company_name_part (
    company_id  BIGINT      NOT NULL,
    part        VARCHAR(12) NOT NULL,
    CONSTRAINT pk_company_name_part PRIMARY KEY (company_id, part),
    CONSTRAINT fk_company_name_part_company FOREIGN KEY (company_id) REFERENCES company (id)
);
INSERT INTO company_name_part (company_id, part)
SELECT DISTINCT c.id, RTRIM(CASE WHEN LENGTH(c.search_name) - n.i + 1 > 12 THEN SUBSTR(c.search_name, n.i, 12)
                                 ELSE SUBSTR(c.search_name, n.i) END)
FROM company c,
     (SELECT a.d + 10 * b.d + 100 * h.d + 1 AS i
      FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS a (d),
           (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS b (d),
           (VALUES (0), (1)) AS h (d)) n
WHERE n.i <= LENGTH(c.search_name) - 2;
-- After the rows, so that Derby keeps the new index's statistics (the search's plan reads them).
CREATE INDEX ix_company_name_part ON company_name_part (part, company_id);
