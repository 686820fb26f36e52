-- Failed sign-ins counted per name and client address, for names that exist and names that do not alike: a guesser
-- is slowed down where they guess from, the person signing in from elsewhere is not, and the answer never tells
-- whether an account exists. Rows a day past their last failure are purged on a schedule.
CREATE TABLE sign_in_failure (
    username        varchar(64)  NOT NULL,  -- as typed, lower-cased
    address         varchar(64)  NOT NULL,
    failures        integer      NOT NULL,
    blocked_until   timestamptz,
    last_failure_at timestamptz  NOT NULL,
    PRIMARY KEY (username, address)
);
CREATE INDEX sign_in_failure_last_idx ON sign_in_failure (last_failure_at);
