-- Indicator catalogue, reported values and targets.
CREATE TABLE indicator (
    id                uuid PRIMARY KEY,
    code              varchar(64)  NOT NULL UNIQUE,
    name              varchar(500) NOT NULL,
    name_en           varchar(500),
    description       text,
    unit_of_measure   varchar(64)  NOT NULL,              -- person, household, VND, percent...
    value_type        varchar(16)  NOT NULL CHECK (value_type IN ('INTEGER','DECIMAL','MONEY','PERCENT')),
    decimals          smallint     NOT NULL DEFAULT 0 CHECK (decimals BETWEEN 0 AND 6),
    higher_is_better  boolean      NOT NULL DEFAULT true,
    reporting_levels  varchar(16)[] NOT NULL,
    period_type       varchar(16)  NOT NULL CHECK (period_type IN ('MONTH','QUARTER','HALF_YEAR','YEAR','TERM')),
    unit_aggregation  varchar(16)  NOT NULL CHECK (unit_aggregation IN ('SUM','RATIO','COUNT_UNITS')),
    time_aggregation  varchar(16)  NOT NULL CHECK (time_aggregation IN ('SUM','LAST','AVERAGE')),
    numerator_id      uuid REFERENCES indicator (id),     -- RATIO: numerator; COUNT_UNITS: the indicator tested
    denominator_id    uuid REFERENCES indicator (id),     -- RATIO: denominator
    factor            numeric(12, 4),                     -- RATIO: multiplier (100 for a percentage)
    count_operator    varchar(2) CHECK (count_operator IN ('>','>=','<','<=','=')),
    count_threshold   numeric,
    min_value         numeric,
    max_value         numeric,
    grouping          varchar(255),                       -- programme / breakthrough / key task
    category_options  varchar(64)[] NOT NULL DEFAULT '{}', -- disaggregation: values are reported per option
    active            boolean      NOT NULL DEFAULT true,
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT indicator_ratio_ck CHECK (unit_aggregation <> 'RATIO' OR (numerator_id IS NOT NULL AND denominator_id IS NOT NULL)),
    CONSTRAINT indicator_count_ck CHECK (unit_aggregation <> 'COUNT_UNITS'
        OR (numerator_id IS NOT NULL AND count_operator IS NOT NULL AND count_threshold IS NOT NULL))
);

-- A reported value is a unit's own figure (never including its subtree) for one period of the
-- indicator's period type. Roll-ups add own figures over a subtree, so no level is counted twice.
CREATE TABLE data_value (
    indicator_id    uuid        NOT NULL REFERENCES indicator (id),
    unit_id         uuid        NOT NULL REFERENCES unit (id),
    period_start    date        NOT NULL,
    period_end      date        NOT NULL,   -- exclusive
    category_option varchar(64) NOT NULL DEFAULT '',
    value           numeric     NOT NULL,
    comment         text,
    source          varchar(16) NOT NULL CHECK (source IN ('ENTERED','IMPORTED','DERIVED')),
    version         bigint      NOT NULL DEFAULT 0,
    updated_by      varchar(128),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (indicator_id, unit_id, period_start, category_option)
);
-- Roll-ups scan one indicator over a period range and join units: covering index.
CREATE INDEX data_value_rollup_idx ON data_value (indicator_id, period_start) INCLUDE (unit_id, period_end, value);

CREATE TABLE target (
    indicator_id    uuid        NOT NULL REFERENCES indicator (id),
    unit_id         uuid        NOT NULL REFERENCES unit (id),
    period_type     varchar(16) NOT NULL,
    period_start    date        NOT NULL,
    period_end      date        NOT NULL,
    value           numeric     NOT NULL,
    comment         text,
    version         bigint      NOT NULL DEFAULT 0,
    updated_by      varchar(128),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (indicator_id, unit_id, period_type, period_start)
);
