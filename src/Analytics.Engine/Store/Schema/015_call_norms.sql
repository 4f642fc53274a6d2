-- Calls re-timed to the methodology's norms (#14.4, #14.6).
-- wait_distribution: the export's cumulative answered-within counts, "seconds:answered" pairs separated by spaces,
-- ';' or '|' (e.g. "20:150 40:180 60:190"), so a file measured at another threshold can be recomputed at the norm.
ALTER TABLE call_interval ADD COLUMN wait_distribution VARCHAR;
-- 001 §2.2.4: client-data search (45 s) and post-processing (5 min) where per-call exports carry them.
ALTER TABLE call_record ADD COLUMN search_seconds DOUBLE;
ALTER TABLE call_record ADD COLUMN after_call_seconds DOUBLE;
