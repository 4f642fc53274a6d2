-- ScopeOffices.sql — fills the temp tables every report query filters by: the offices (and call centres) of a
-- scope. $scope = '' means the whole store, including office codes that appear in data but not in org_unit.
-- Otherwise the scope unit and everything below it in org_unit.
CREATE OR REPLACE TEMP TABLE scope_office AS
WITH RECURSIVE tree(code) AS (
    SELECT code FROM org_unit WHERE code = $scope
    UNION
    SELECT o.code FROM org_unit o JOIN tree t ON o.parent_code = t.code
)
SELECT code FROM tree WHERE $scope <> ''
UNION
SELECT code FROM org_unit WHERE $scope = ''
UNION
SELECT DISTINCT office_code FROM appeal WHERE $scope = ''
UNION
SELECT DISTINCT office_code FROM queue_visit WHERE $scope = ''
UNION
SELECT DISTINCT office_code FROM submission WHERE $scope = '' AND office_code IS NOT NULL;

CREATE OR REPLACE TEMP TABLE scope_center AS
SELECT DISTINCT center_code AS code FROM (SELECT center_code FROM call_interval UNION ALL SELECT center_code FROM call_record)
WHERE $scope = '' OR center_code IN (SELECT code FROM scope_office);

CREATE OR REPLACE TEMP TABLE scope_info AS SELECT ($scope = '') AS all_units;
