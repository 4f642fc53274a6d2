-- 022_erasure.sql — retention and erasure of consumers' personal data (#21.6, ADR 0021).
-- erasure_tombstone: one row per identifier of an erased consumer (account, phone or e-mail), kept as a keyed hash of
-- its normalised form (ConsumerIdentity), never the value. A restore applies the list, so a consumer erased after a
-- backup was taken does not come back with it. privacy_salt is the store's secret for those hashes and for the stable
-- pseudonyms the retention job and the erasure put in place of account numbers (so repeat complaints still match).
CREATE TABLE erasure_tombstone (
    hash      VARCHAR PRIMARY KEY,
    kind      VARCHAR NOT NULL CHECK (kind IN ('key', 'phone', 'email')),
    erased_at TIMESTAMP NOT NULL
);
CREATE TABLE privacy_salt (salt VARCHAR NOT NULL);
INSERT INTO privacy_salt SELECT sha256(CAST(gen_random_uuid() AS VARCHAR) || CAST(gen_random_uuid() AS VARCHAR));
