-- Accounts, sessions, personal API tokens, and the append-only audit trail.

CREATE TABLE app_user (
    id                  uuid PRIMARY KEY,
    username            varchar(64)  NOT NULL,
    full_name           varchar(255) NOT NULL,
    email               varchar(255),
    phone               varchar(32),
    unit_id             uuid         NOT NULL REFERENCES unit (id),
    roles               varchar(16)[] NOT NULL CHECK (cardinality(roles) > 0),
    active              boolean      NOT NULL DEFAULT true,
    password_hash       varchar(128),                 -- bcrypt; NULL: signs in only through single sign-on
    must_change_password boolean     NOT NULL DEFAULT false,
    failed_logins       integer      NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    last_login_at       timestamptz,
    demo                boolean      NOT NULL DEFAULT false,
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now()
);
-- Usernames are case-insensitive: "Lan.Nguyen" and "lan.nguyen" are one account.
CREATE UNIQUE INDEX app_user_username_idx ON app_user (lower(username));
CREATE INDEX app_user_unit_idx ON app_user (unit_id);

-- Browser sessions. The cookie carries a random secret; only its SHA-256 is stored, so a copy of the
-- database does not let anyone sign in.
CREATE TABLE user_session (
    id           uuid PRIMARY KEY,
    secret_hash  bytea        NOT NULL UNIQUE,
    user_id      uuid         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    last_seen_at timestamptz  NOT NULL DEFAULT now(),
    expires_at   timestamptz  NOT NULL,
    ip           varchar(64),
    user_agent   varchar(512)
);
CREATE INDEX user_session_user_idx ON user_session (user_id);

-- Personal API tokens for third-party systems: a subset of their owner's rights (roles, and optionally a
-- unit within the owner's subtree), shown once, stored hashed, with expiry and revocation.
CREATE TABLE api_token (
    id           uuid PRIMARY KEY,
    user_id      uuid         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name         varchar(128) NOT NULL,
    prefix       varchar(16)  NOT NULL,               -- first characters, to recognise a token in a list
    secret_hash  bytea        NOT NULL UNIQUE,
    roles        varchar(16)[] NOT NULL CHECK (cardinality(roles) > 0),
    unit_id      uuid         NOT NULL REFERENCES unit (id),
    expires_at   timestamptz  NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    created_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX api_token_user_idx ON api_token (user_id);

-- The audit trail: one row per changed row, written by triggers in the transaction of the change, so no
-- change exists without its audit row. Who did it comes from the transaction's `vwu.actor` setting (set by
-- the application for each connection it hands out); changes made with no actor are the system's.
CREATE TABLE audit_event (
    id          bigserial PRIMARY KEY,
    at          timestamptz  NOT NULL DEFAULT now(),
    actor_id    uuid,
    actor_name  varchar(128) NOT NULL,
    via         varchar(16)  NOT NULL,                -- SESSION, TOKEN, OIDC, SYSTEM, ANONYMOUS
    ip          varchar(64),
    user_agent  varchar(512),
    request_id  varchar(64),
    action      varchar(32)  NOT NULL,                -- CREATE, UPDATE, DELETE, SIGN_IN, SIGN_IN_FAILED, SUBMIT...
    entity      varchar(32)  NOT NULL,
    entity_id   text,
    unit_id     uuid,                                 -- the unit the change belongs to, for subtree filters
    before      jsonb,
    after       jsonb,
    detail      text
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity, entity_id, id);
CREATE INDEX audit_event_unit_idx ON audit_event (unit_id, id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, id);
CREATE INDEX audit_event_at_idx ON audit_event (at);

CREATE FUNCTION audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_immutable();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_immutable();

-- The acting user of the current transaction, as JSON {id, name, via, ip, ua, rid}.
CREATE FUNCTION audit_actor() RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT COALESCE(NULLIF(current_setting('vwu.actor', true), '')::jsonb, '{"name": "system", "via": "SYSTEM"}'::jsonb)
$$;

-- Generic statement-level audit trigger. Arguments: entity name; SQL expression of the row's id over the
-- alias r; SQL expression of its unit over r (or NULL); columns never copied (hashes, file contents).
-- Updates pair old and new rows by id and record only rows that really changed. Bulk loads of reference
-- and demo data set vwu.audit = 'off' and record one event for the whole load instead.
CREATE FUNCTION audit_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    entity   text   := TG_ARGV[0];
    id_expr  text   := TG_ARGV[1];
    unit_exp text   := TG_ARGV[2];
    hidden   text[] := TG_ARGV[3]::text[];
    cols     text   := 'actor_id, actor_name, via, ip, user_agent, request_id, action, entity, entity_id, unit_id, before, after';
    who      text   := '($1->>''id'')::uuid, $1->>''name'', $1->>''via'', $1->>''ip'', $1->>''ua'', $1->>''rid''';
BEGIN
    IF current_setting('vwu.audit', true) = 'off' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        EXECUTE format('INSERT INTO audit_event (%s) SELECT %s, ''CREATE'', $2, %s, %s, NULL, to_jsonb(r) - $3 FROM new_rows r',
                       cols, who, id_expr, unit_exp) USING audit_actor(), entity, hidden;
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE format('INSERT INTO audit_event (%s) SELECT %s, ''DELETE'', $2, %s, %s, to_jsonb(r) - $3, NULL FROM old_rows r',
                       cols, who, id_expr, unit_exp) USING audit_actor(), entity, hidden;
    ELSE
        EXECUTE format('INSERT INTO audit_event (%s) SELECT %s, ''UPDATE'', $2, n.k, n.u, o.j, n.j '
                       || 'FROM (SELECT %s AS k, %s AS u, to_jsonb(r) - $3 AS j FROM new_rows r) n '
                       || 'JOIN (SELECT %s AS k, to_jsonb(r) - $3 AS j FROM old_rows r) o ON o.k = n.k '
                       || 'WHERE o.j IS DISTINCT FROM n.j',
                       cols, who, id_expr, unit_exp, id_expr) USING audit_actor(), entity, hidden;
    END IF;
    RETURN NULL;
END;
$$;

-- Attaches the three statement triggers (insert, update, delete) of audit_rows() to a table.
CREATE FUNCTION audit_table(tbl regclass, entity text, id_expr text, unit_expr text, hidden text[] DEFAULT '{}')
    RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    args text := format('%L, %L, %L, %L', entity, id_expr, unit_expr, hidden::text);
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
                   || 'FOR EACH STATEMENT EXECUTE FUNCTION audit_rows(%s)', tbl::text || '_audit_insert', tbl, args);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                   || 'FOR EACH STATEMENT EXECUTE FUNCTION audit_rows(%s)', tbl::text || '_audit_update', tbl, args);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows '
                   || 'FOR EACH STATEMENT EXECUTE FUNCTION audit_rows(%s)', tbl::text || '_audit_delete', tbl, args);
END;
$$;

-- The id of a reported value or target: indicator/unit/period start[/category option].
SELECT audit_table('unit', 'UNIT', 'r.id::text', 'r.id', '{search_text}');
SELECT audit_table('unit_parent', 'UNIT_PARENT', 'r.unit_id::text || ''/'' || r.valid_from', 'r.unit_id');
SELECT audit_table('reorganization', 'REORGANIZATION', 'r.id::text', 'NULL::uuid');
SELECT audit_table('lineage', 'LINEAGE', 'r.predecessor_id::text || ''>'' || r.successor_id', 'r.successor_id');
SELECT audit_table('indicator', 'INDICATOR', 'r.id::text', 'NULL::uuid');
SELECT audit_table('data_value', 'VALUE',
    'r.indicator_id::text || ''/'' || r.unit_id || ''/'' || r.period_start || CASE WHEN r.category_option = '''' THEN '''' ELSE ''/'' || r.category_option END',
    'r.unit_id');
SELECT audit_table('target', 'TARGET',
    'r.indicator_id::text || ''/'' || r.unit_id || ''/'' || r.period_type || ''/'' || r.period_start', 'r.unit_id');
SELECT audit_table('programme', 'PROGRAMME', 'r.id::text', 'NULL::uuid');
SELECT audit_table('activity_type', 'ACTIVITY_TYPE', 'r.code', 'NULL::uuid');
SELECT audit_table('activity', 'ACTIVITY', 'r.id::text', 'r.unit_id', '{search_text}');
SELECT audit_table('activity_attachment', 'ATTACHMENT', 'r.id::text',
    '(SELECT a.unit_id FROM activity a WHERE a.id = r.activity_id)', '{content,thumbnail}');
-- Sign-in bookkeeping (failure counters, last sign-in, token last use) is not a change of the account: the
-- sign-ins themselves are recorded as SIGN_IN / SIGN_IN_FAILED events.
SELECT audit_table('app_user', 'USER', 'r.id::text', 'r.unit_id', '{password_hash,failed_logins,locked_until,last_login_at}');
SELECT audit_table('api_token', 'API_TOKEN', 'r.id::text', 'r.unit_id', '{secret_hash,last_used_at}');

-- Who last wrote a figure: the acting user, filled by the database for every writer (bulk upserts included).
ALTER TABLE data_value ALTER COLUMN updated_by SET DEFAULT (audit_actor()->>'name');
ALTER TABLE target ALTER COLUMN updated_by SET DEFAULT (audit_actor()->>'name');
ALTER TABLE activity_attachment ALTER COLUMN created_by SET DEFAULT (audit_actor()->>'name');
