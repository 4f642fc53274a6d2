-- 005_web_users.sql — local users of the web host, their roles and the sign-in journal.
-- A user name is stored lower-case and is the key; a BranchManager role carries the branch it manages.
-- security_stamp changes on every password reset, disable or role change so old sign-in cookies stop working.

CREATE TABLE app_user (
    user_name       VARCHAR PRIMARY KEY,
    display_name    VARCHAR NOT NULL,
    password_hash   VARCHAR NOT NULL,
    enabled         BOOLEAN NOT NULL DEFAULT true,
    failed_count    INTEGER NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP,
    security_stamp  VARCHAR NOT NULL,
    created_at      TIMESTAMP NOT NULL DEFAULT current_timestamp,
    created_by      VARCHAR,
    last_sign_in_at TIMESTAMP
);

CREATE TABLE app_user_role (
    user_name   VARCHAR NOT NULL,
    role        VARCHAR NOT NULL CHECK (role IN ('Admin', 'Designer', 'Auditor', 'Executive', 'BranchManager')),
    branch_code VARCHAR,
    PRIMARY KEY (user_name, role),
    CHECK (role <> 'BranchManager' OR branch_code IS NOT NULL)
);

-- Every sign-in attempt, kept for the security review (who, when, from where, and why it failed).
CREATE SEQUENCE sign_in_event_seq START 1;
CREATE TABLE sign_in_event (
    id        BIGINT PRIMARY KEY DEFAULT nextval('sign_in_event_seq'),
    user_name VARCHAR NOT NULL,
    attempted_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    succeeded BOOLEAN NOT NULL,
    reason    VARCHAR,
    remote_ip VARCHAR
);
