-- Which companies an advisor reaches: those assigned to it and those it visited, one row per
-- advisor and company. The company list of an advisor joins this table on its primary key
-- instead of "assigned to me OR EXISTS a visit by me", which no index can answer and which made
-- every advisor's page walk the whole register. Kept by CompanyService (register, import,
-- reassign) and VisitService (plan) in the same transaction as the change itself.
CREATE TABLE company_reach (
    advisor     VARCHAR(64) NOT NULL,
    company_id  BIGINT      NOT NULL,
    assigned    BOOLEAN     NOT NULL,
    visited     BOOLEAN     NOT NULL,
    CONSTRAINT pk_company_reach PRIMARY KEY (advisor, company_id),
    CONSTRAINT fk_company_reach_company FOREIGN KEY (company_id) REFERENCES company (id)
);
CREATE INDEX ix_company_reach_company ON company_reach (company_id);

INSERT INTO company_reach (advisor, company_id, assigned, visited)
SELECT advisor, id, TRUE, FALSE FROM company WHERE advisor IS NOT NULL;
UPDATE company_reach SET visited = TRUE
WHERE EXISTS (SELECT 1 FROM company_visit v WHERE v.advisor = company_reach.advisor AND v.company_id = company_reach.company_id);
INSERT INTO company_reach (advisor, company_id, assigned, visited)
SELECT DISTINCT v.advisor, v.company_id, FALSE, TRUE FROM company_visit v
WHERE NOT EXISTS (SELECT 1 FROM company_reach r WHERE r.advisor = v.advisor AND r.company_id = v.company_id);

-- The list is sorted by a column and then by id (a stable order for paging). With id in the
-- filter indexes, a filtered page is read in index order and stops after the page, instead of
-- fetching and sorting every matching row.
DROP INDEX ix_company_province;
CREATE INDEX ix_company_province ON company (province, search_name, id);
DROP INDEX ix_company_advisor;
CREATE INDEX ix_company_advisor ON company (advisor, search_name, id);
DROP INDEX ix_company_size;
CREATE INDEX ix_company_size ON company (size_class, search_name, id);
DROP INDEX ix_company_suitability;
CREATE INDEX ix_company_suitability ON company (suitability, search_name, id);
