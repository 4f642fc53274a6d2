-- Appeal deadlines from the Standard (issue 14): a register may lack the registration time — it is kept NULL and
-- reported as «нет времени регистрации», never replaced by the receipt time; an answerphone appeal records what the
-- client left for the reply (002 §8.1.3: 5 working days for a phone, 20 for an address); the reply channel the
-- client chose and the one the reply went by (001 §2.4.5, 002 §9.8).
ALTER TABLE appeal ALTER COLUMN registered_at DROP NOT NULL;
ALTER TABLE appeal ADD COLUMN contact_left VARCHAR;
ALTER TABLE appeal ADD COLUMN reply_channel VARCHAR;
ALTER TABLE appeal ADD COLUMN replied_via VARCHAR;
