-- Periodic reporting (báo cáo định kỳ): report forms, and one report per (form, unit, period) moving
-- DRAFT → SUBMITTED → APPROVED, or RETURNED (with a reason) back to editable; an approved report can be
-- reopened (with a reason). Values of a submitted or approved report are locked.

CREATE TABLE report_form (
    id            uuid PRIMARY KEY,
    code          varchar(32)  NOT NULL UNIQUE,
    name          varchar(255) NOT NULL,
    name_en       varchar(255),
    period_type   varchar(16)  NOT NULL CHECK (period_type IN ('MONTH','QUARTER','HALF_YEAR','YEAR')),
    deadline_days integer      NOT NULL CHECK (deadline_days BETWEEN 0 AND 366),  -- due this many days after the period's last day
    active        boolean      NOT NULL DEFAULT true,
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE report_form_indicator (
    form_id      uuid    NOT NULL REFERENCES report_form (id) ON DELETE CASCADE,
    indicator_id uuid    NOT NULL REFERENCES indicator (id),
    mandatory    boolean NOT NULL DEFAULT false,
    position     integer NOT NULL DEFAULT 0,
    PRIMARY KEY (form_id, indicator_id)
);
CREATE INDEX report_form_indicator_indicator_idx ON report_form_indicator (indicator_id);

CREATE TABLE report (
    id            uuid PRIMARY KEY,
    form_id       uuid        NOT NULL REFERENCES report_form (id),
    unit_id       uuid        NOT NULL REFERENCES unit (id),
    period_start  date        NOT NULL,
    period_end    date        NOT NULL,          -- exclusive
    status        varchar(16) NOT NULL CHECK (status IN ('DRAFT','SUBMITTED','APPROVED','RETURNED')),
    submitted_at  timestamptz,
    submitted_by  varchar(128),
    decided_at    timestamptz,
    decided_by    varchar(128),
    reason        text,                          -- of the last return or reopening
    version       bigint      NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (form_id, unit_id, period_start)
);
-- Locks are looked up by unit and period for every value written.
CREATE INDEX report_unit_period_idx ON report (unit_id, period_start) INCLUDE (period_end, status, form_id);

SELECT audit_table('report_form', 'REPORT_FORM', 'r.id::text', 'NULL::uuid');
SELECT audit_table('report', 'REPORT', 'r.id::text', 'r.unit_id');

-- The Union's usual forms. Each holds the indicators reported at commune level whose period is not
-- coarser than the form's; membership figures are mandatory.
INSERT INTO report_form (id, code, name, name_en, period_type, deadline_days)
VALUES (md5('vwu-form:BC-THANG')::uuid, 'BC-THANG', 'Báo cáo tháng', 'Monthly report', 'MONTH', 5),
       (md5('vwu-form:BC-QUY')::uuid, 'BC-QUY', 'Báo cáo quý', 'Quarterly report', 'QUARTER', 10),
       (md5('vwu-form:BC-6THANG')::uuid, 'BC-6THANG', 'Báo cáo 6 tháng', 'Half-year report', 'HALF_YEAR', 15),
       (md5('vwu-form:BC-NAM')::uuid, 'BC-NAM', 'Báo cáo năm', 'Annual report', 'YEAR', 20);

INSERT INTO report_form_indicator (form_id, indicator_id, mandatory, position)
SELECT f.id, i.id, i.code IN ('VWU-MEM-TOTAL', 'VWU-MEM-NEW'), row_number() OVER (PARTITION BY f.id ORDER BY i.code)
FROM report_form f
JOIN indicator i ON 'COMMUNE' = ANY (i.reporting_levels) AND i.unit_aggregation = 'SUM' AND i.derived_measure IS NULL
 AND array_position(ARRAY['MONTH','QUARTER','HALF_YEAR','YEAR'], i.period_type::text)
     <= array_position(ARRAY['MONTH','QUARTER','HALF_YEAR','YEAR'], f.period_type::text);
