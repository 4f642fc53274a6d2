-- QueueAtNorm.sql — the one definition of queue waiting and reception (issue 14; 001 §2.1.5): one row per ticket
-- issued in [$queue_from, $queue_to) with its wait (issued → called), reception (called → finished) and total
-- (issued → finished) in seconds, and whether each is within the methodology's norm ($wait_s, $reception_s,
-- $total_s). NULL where the ticket was never called or never finished: such a ticket is in no mean and no share.
-- The seed gives averages: the mean is judged; the per-visit flags are extra detail. Bounds and norms are inlined
-- literals (QueueAtNorm.cs) so DuckDB can prune by them.
SELECT q.office_code, q.ticket, q.issued_at, q.called_at, q.finished_at,
       epoch(q.called_at - q.issued_at) AS wait_seconds,
       epoch(q.finished_at - q.called_at) AS reception_seconds,
       epoch(q.finished_at - q.issued_at) AS total_seconds,
       epoch(q.called_at - q.issued_at) <= $wait_s AS wait_in_norm,
       epoch(q.finished_at - q.called_at) <= $reception_s AS reception_in_norm,
       epoch(q.finished_at - q.issued_at) <= $total_s AS total_in_norm
FROM queue_visit q
WHERE q.issued_at >= $queue_from AND q.issued_at < $queue_to
