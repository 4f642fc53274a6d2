-- 002_imports.sql — what the importer records beside the counts of each run: the table the rows went to
-- (calls go to call_interval or call_record), the detected format, and the warnings or the failure message.
ALTER TABLE import_run ADD COLUMN target_table VARCHAR;
ALTER TABLE import_run ADD COLUMN format VARCHAR;
ALTER TABLE import_run ADD COLUMN message VARCHAR;
