-- The company list can be sorted on eight columns, each way, then by id (or, for province,
-- advisor and suitability, by name and id; the enterprise number is unique). A page is cheap
-- only when an index gives that order: the database then reads the first rows of the index and
-- stops after the page, instead of reading and sorting every matching company (100,000 without a
-- filter). Derby reads an index in one direction only, so a descending order needs an index of
-- its own. The descending indexes of province, advisor, suitability and size class also serve a
-- filter on that column with the list sorted by name, newest first (equality on the first column).
CREATE INDEX ix_company_name_desc ON company (search_name DESC, id DESC);
CREATE INDEX ix_company_number_desc ON company (enterprise_number DESC);
CREATE INDEX ix_company_city ON company (city, id);
CREATE INDEX ix_company_city_desc ON company (city DESC, id DESC);
CREATE INDEX ix_company_employees ON company (employees, id);
CREATE INDEX ix_company_employees_desc ON company (employees DESC, id DESC);
CREATE INDEX ix_company_updated ON company (updated_at, id);
CREATE INDEX ix_company_updated_desc ON company (updated_at DESC, id DESC);
CREATE INDEX ix_company_province_desc ON company (province DESC, search_name DESC, id DESC);
CREATE INDEX ix_company_advisor_desc ON company (advisor DESC, search_name DESC, id DESC);
CREATE INDEX ix_company_suitability_desc ON company (suitability DESC, search_name DESC, id DESC);
CREATE INDEX ix_company_size_desc ON company (size_class DESC, search_name DESC, id DESC);
