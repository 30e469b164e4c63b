-- The company list's pairs of filters as one index range (issue 17): a subsector with a size class
-- or a suitability was answered by reading the row of every company of one filter (18,000-25,000 at
-- 100,000 companies) to check the other. company_subsector (one row per company and activity) now
-- repeats the company's size class and suitability, so the companies of a subsector and a size class
-- (or a suitability) are one range of an index below, without a company row; the list then reads the
-- rows of those candidates only, by id (CompanyListQuery). Kept in step with the company row by the
-- companies part in the same transaction (CompanySubsectorRows, after every write of a company's
-- details or suitability); deleted with the company (CompanyPrivacyStore.deleteCompany).
ALTER TABLE company_subsector ADD COLUMN size_class VARCHAR(20);
ALTER TABLE company_subsector ADD COLUMN suitability VARCHAR(40);
UPDATE company_subsector
SET size_class = (SELECT c.size_class FROM company c WHERE c.id = company_subsector.company_id),
    suitability = (SELECT c.suitability FROM company c WHERE c.id = company_subsector.company_id);
-- After the rows, so that Derby keeps the new indexes' statistics.
CREATE INDEX ix_company_subsector_size ON company_subsector (subsector, size_class, company_id);
CREATE INDEX ix_company_subsector_suitability ON company_subsector (subsector, suitability, company_id);
