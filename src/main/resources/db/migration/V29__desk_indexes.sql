-- The advisor's desk (start page) reads an advisor's visits this week and next by (advisor,
-- visit_date) and its fiches not completed by (advisor, completed, visit_date), each a range of
-- one index instead of every visit of the advisor. Its actions due use ix_support_action_owner,
-- its companies without contact ix_company_advisor and ix_company_visit_company.
CREATE INDEX ix_company_visit_advisor_date ON company_visit (advisor, visit_date);
CREATE INDEX ix_company_visit_open ON company_visit (advisor, completed, visit_date);
