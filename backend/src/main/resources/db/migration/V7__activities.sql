-- Programmes, activities and the indicators derived from them.

-- Movements, campaigns, projects, schemes and programmes the union runs. Dates are inclusive calendar
-- dates; a NULL start means "since before the platform's records" (the campaign's launch date is unknown).
CREATE TABLE programme (
    id          uuid PRIMARY KEY,
    code        varchar(64)  NOT NULL UNIQUE,
    name        varchar(500) NOT NULL,
    name_en     varchar(500),
    kind        varchar(16)  NOT NULL CHECK (kind IN ('MOVEMENT','CAMPAIGN','PROJECT','SCHEME','PROGRAMME')),
    start_date  date,
    end_date    date,
    description text,
    owner_level varchar(16)  NOT NULL CHECK (owner_level IN ('CENTRAL','PROVINCE','DISTRICT','COMMUNE','BRANCH','GROUP')),
    active      boolean      NOT NULL DEFAULT true,
    search_text text         NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT programme_dates_ck CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE activity_type (
    code       varchar(32)  PRIMARY KEY,
    name       varchar(255) NOT NULL,
    name_en    varchar(255),
    sort_order integer      NOT NULL DEFAULT 0,
    active     boolean      NOT NULL DEFAULT true,
    version    bigint       NOT NULL DEFAULT 0
);

-- An activity is recorded once, at the unit that organised it, and counted in every subtree it belongs
-- to at its date. Times are instants; activity_date is the local (Asia/Ho_Chi_Minh) calendar date of the
-- start, the date that decides where the activity sits in the hierarchy and which month it counts in.
CREATE TABLE activity (
    id                           uuid PRIMARY KEY,
    unit_id                      uuid         NOT NULL REFERENCES unit (id),
    title                        varchar(500) NOT NULL,
    type_code                    varchar(32)  NOT NULL REFERENCES activity_type (code),
    starts_at                    timestamptz  NOT NULL,
    ends_at                      timestamptz  NOT NULL,
    activity_date                date         NOT NULL,
    place_unit_id                uuid REFERENCES unit (id),
    place_text                   varchar(500),
    partner_unit_ids             uuid[]       NOT NULL DEFAULT '{}',
    partner_agencies             varchar(255)[] NOT NULL DEFAULT '{}',
    participants                 integer CHECK (participants >= 0),
    participants_women           integer CHECK (participants_women >= 0),
    participants_men             integer CHECK (participants_men >= 0),
    participants_children        integer CHECK (participants_children >= 0),
    participants_ethnic_minority integer CHECK (participants_ethnic_minority >= 0),
    beneficiary_people           integer CHECK (beneficiary_people >= 0),
    beneficiary_households       integer CHECK (beneficiary_households >= 0),
    cost                         bigint CHECK (cost >= 0),           -- VND
    funds                        bigint CHECK (funds >= 0),          -- VND mobilised
    description                  text,
    results                      text,
    status                       varchar(16)  NOT NULL CHECK (status IN ('PLANNED','DONE','CANCELLED')),
    demo                         boolean      NOT NULL DEFAULT false,
    -- lower-case, diacritics-free title/description/results/place/partners (VietnameseText.fold)
    search_text                  text         NOT NULL,
    version                      bigint       NOT NULL DEFAULT 0,
    created_by                   varchar(128),
    created_at                   timestamptz  NOT NULL DEFAULT now(),
    updated_by                   varchar(128),
    updated_at                   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT activity_interval_ck CHECK (ends_at >= starts_at)
);
-- Subtree searches probe each unit of the subtree by date range.
CREATE INDEX activity_unit_date_idx ON activity (unit_id, activity_date);
CREATE INDEX activity_date_idx ON activity (activity_date);
CREATE INDEX activity_search_trgm_idx ON activity USING gin (search_text gin_trgm_ops);

CREATE TABLE activity_programme (
    activity_id  uuid NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    programme_id uuid NOT NULL REFERENCES programme (id),
    PRIMARY KEY (activity_id, programme_id)
);
CREATE INDEX activity_programme_programme_idx ON activity_programme (programme_id, activity_id);

-- Photos and documents, in the database so that backups and transactions cover them.
CREATE TABLE activity_attachment (
    id           uuid PRIMARY KEY,
    activity_id  uuid         NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    file_name    varchar(255) NOT NULL,
    content_type varchar(128) NOT NULL,
    size_bytes   bigint       NOT NULL,
    sha256       char(64)     NOT NULL,
    content      bytea        NOT NULL,
    thumbnail    bytea,
    created_by   varchar(128),
    created_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX activity_attachment_activity_idx ON activity_attachment (activity_id, created_at);

-- Indicators belong to programmes too.
CREATE TABLE indicator_programme (
    indicator_id uuid NOT NULL REFERENCES indicator (id),
    programme_id uuid NOT NULL REFERENCES programme (id),
    PRIMARY KEY (indicator_id, programme_id)
);

-- Indicators derived from activities: a measure over the DONE activities matching the filters
-- (empty filter = any). Their figures are kept in data_value (source DERIVED, per month of the activity
-- date, at the organising unit), recomputed in the transaction that changes an activity, so roll-ups in
-- both structure modes, yearly sums and achievement treat them exactly like reported figures.
ALTER TABLE indicator
    ADD COLUMN derived_measure varchar(32) CHECK (derived_measure IN ('ACTIVITIES','PARTICIPANTS','PARTICIPANTS_WOMEN',
        'PARTICIPANTS_ETHNIC_MINORITY','BENEFICIARY_PEOPLE','BENEFICIARY_HOUSEHOLDS','COST','FUNDS')),
    ADD COLUMN derived_activity_types varchar(32)[] NOT NULL DEFAULT '{}',
    ADD COLUMN derived_programme_ids uuid[] NOT NULL DEFAULT '{}',
    ADD CONSTRAINT indicator_derived_ck CHECK (derived_measure IS NULL
        OR (unit_aggregation = 'SUM' AND time_aggregation = 'SUM' AND period_type = 'MONTH'));

-- Recomputes derived figures: of the given indicators (NULL = every derived indicator), for the given
-- (unit, month) pairs (NULL = all). Serialised per pair with advisory locks, so two transactions changing
-- activities of the same unit and month cannot both write from stale snapshots.
CREATE FUNCTION refresh_derived_values(only_indicators uuid[], key_units uuid[], key_months date[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    n integer;
BEGIN
    IF key_units IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(hashtextextended('derived:' || k.u || ':' || k.m, 0))
        FROM (SELECT DISTINCT u, m FROM unnest(key_units, key_months) AS t (u, m) ORDER BY u, m) k;
    END IF;
    DELETE FROM data_value d USING indicator i
    WHERE i.id = d.indicator_id AND i.derived_measure IS NOT NULL
      AND (only_indicators IS NULL OR d.indicator_id = ANY (only_indicators))
      AND (key_units IS NULL OR (d.unit_id, d.period_start) IN (SELECT * FROM unnest(key_units, key_months)));
    INSERT INTO data_value (indicator_id, unit_id, period_start, period_end, category_option, value, source, updated_at)
    SELECT i.id, a.unit_id, date_trunc('month', a.activity_date)::date,
           (date_trunc('month', a.activity_date) + interval '1 month')::date, '',
           sum(CASE i.derived_measure
                   WHEN 'ACTIVITIES' THEN 1
                   WHEN 'PARTICIPANTS' THEN coalesce(a.participants, 0)
                   WHEN 'PARTICIPANTS_WOMEN' THEN coalesce(a.participants_women, 0)
                   WHEN 'PARTICIPANTS_ETHNIC_MINORITY' THEN coalesce(a.participants_ethnic_minority, 0)
                   WHEN 'BENEFICIARY_PEOPLE' THEN coalesce(a.beneficiary_people, 0)
                   WHEN 'BENEFICIARY_HOUSEHOLDS' THEN coalesce(a.beneficiary_households, 0)
                   WHEN 'COST' THEN coalesce(a.cost, 0)
                   ELSE coalesce(a.funds, 0) END),
           'DERIVED', now()
    FROM indicator i
    JOIN activity a ON a.status = 'DONE'
         AND (cardinality(i.derived_activity_types) = 0 OR a.type_code = ANY (i.derived_activity_types))
         AND (cardinality(i.derived_programme_ids) = 0 OR EXISTS (
               SELECT 1 FROM activity_programme ap WHERE ap.activity_id = a.id AND ap.programme_id = ANY (i.derived_programme_ids)))
    WHERE i.derived_measure IS NOT NULL
      AND (only_indicators IS NULL OR i.id = ANY (only_indicators))
      AND (key_units IS NULL OR (a.unit_id, date_trunc('month', a.activity_date)::date) IN (SELECT * FROM unnest(key_units, key_months)))
    GROUP BY i.id, a.unit_id, date_trunc('month', a.activity_date);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END;
$$;

-- ---- Seeds -------------------------------------------------------------------------------------
-- Activity types (a managed catalogue: more can be added through the API).
INSERT INTO activity_type (code, name, name_en, sort_order) VALUES
 ('COMMUNICATION', 'Buổi truyền thông, tuyên truyền', 'Communication / awareness session', 10),
 ('TRAINING', 'Tập huấn, bồi dưỡng', 'Training', 20),
 ('CONTEST', 'Hội thi', 'Contest', 30),
 ('WORKSHOP', 'Hội thảo, tọa đàm', 'Workshop / round-table', 40),
 ('VISIT_GIFTS', 'Thăm hỏi, tặng quà', 'Visit with gifts', 50),
 ('CHARITY_HOUSE', 'Xây dựng, sửa chữa nhà "Mái ấm tình thương"', 'Charity house', 60),
 ('CHILD_SPONSORSHIP', 'Nhận đỡ đầu trẻ em', 'Child sponsorship', 70),
 ('CLUB_MODEL', 'Thành lập câu lạc bộ, mô hình', 'Club / model founded', 80),
 ('CREDIT_SUPPORT', 'Hỗ trợ vay vốn, tín dụng', 'Credit / loan support', 90),
 ('MEDIATION', 'Hòa giải', 'Mediation case', 100),
 ('INSPECTION', 'Kiểm tra, giám sát', 'Inspection', 110),
 ('MEETING', 'Đại hội, hội nghị', 'Congress / meeting', 120),
 ('OTHER', 'Hoạt động khác', 'Other', 999);

-- The union's programmes (shared vwu-indicators.md §3). Ids derive from the code, as for indicators.
INSERT INTO programme (id, code, name, name_en, kind, start_date, end_date, owner_level, description, search_text)
SELECT md5('vwu-programme:' || v.code)::uuid, v.code, v.name, v.name_en, v.kind, v.s::date, v.e::date, 'CENTRAL', v.descr,
       lower(v.code || ' ' || v.search)
FROM (VALUES
 ('PT-PNTDM', 'Phong trào thi đua "Xây dựng người Phụ nữ Việt Nam thời đại mới"', 'Emulation movement "Building the Vietnamese woman of the new era"', 'MOVEMENT', '2022-01-01', '2027-12-31',
  'Phong trào thi đua nhiệm kỳ 2022–2027, 4 tiêu chí: tri thức, đạo đức, sức khỏe, trách nhiệm.', 'phong trao thi dua xay dung nguoi phu nu viet nam thoi dai moi'),
 ('CVD-5K3S', 'Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch"', 'Campaign "5 no, 3 clean families"', 'CAMPAIGN', '2010-01-01', NULL,
  'Từ năm 2010; 8 tiêu chí (sửa đổi năm 2014); lồng ghép vào Chương trình xây dựng nông thôn mới từ năm 2016.', 'cuoc van dong xay dung gia dinh 5 khong 3 sach'),
 ('CVD-5C3S', 'Gia đình "5 có, 3 sạch"', '"5 have, 3 clean" families', 'CAMPAIGN', '2023-01-01', NULL,
  'Thí điểm từ năm 2023 ở xã nông thôn mới nâng cao, kiểu mẫu.', 'gia dinh 5 co 3 sach'),
 ('DA8', 'Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em"', 'Project 8: gender equality and urgent issues of women and children', 'PROJECT', '2021-01-01', '2030-12-31',
  'Dự án 8 thuộc Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi 2021–2030; Tổ truyền thông cộng đồng, Địa chỉ tin cậy, CLB Thủ lĩnh của sự thay đổi.', 'du an 8 thuc hien binh dang gioi va giai quyet nhung van de cap thiet doi voi phu nu va tre em'),
 ('DA939', 'Đề án 939 "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017–2025"', 'Scheme 939: supporting women''s start-ups 2017–2025', 'SCHEME', '2017-06-30', '2025-11-30',
  'QĐ 939/QĐ-TTg ngày 30/6/2017; tổng kết ngày 30/11/2025.', 'de an 939 ho tro phu nu khoi nghiep giai doan 2017-2025'),
 ('DA2415', 'Đề án 2415 hỗ trợ phụ nữ khởi nghiệp giai đoạn 2026–2035', 'Scheme 2415: supporting women''s start-ups 2026–2035', 'SCHEME', '2025-11-30', '2035-12-31',
  'Đề án tiếp nối Đề án 939, khởi động ngày 30/11/2025.', 'de an 2415 ho tro phu nu khoi nghiep giai doan 2026-2035'),
 ('DA938', 'Đề án 938 "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ"', 'Scheme 938: educating and supporting women on social issues', 'SCHEME', '2017-06-30', '2027-12-31',
  'QĐ 938/QĐ-TTg ngày 30/6/2017, giai đoạn II đến năm 2027.', 'de an 938 tuyen truyen giao duc van dong ho tro phu nu tham gia giai quyet mot so van de xa hoi lien quan den phu nu'),
 ('DA01', 'Đề án 01 "Hỗ trợ hợp tác xã do phụ nữ tham gia quản lý, tạo việc làm cho lao động nữ đến năm 2030"', 'Scheme 01: women-managed cooperatives and jobs for women to 2030', 'SCHEME', '2023-01-03', '2030-12-31',
  'Phê duyệt ngày 3/1/2023; mốc 2025: 750 HTX, 5.000 tổ hợp tác.', 'de an 01 ho tro hop tac xa do phu nu tham gia quan ly tao viec lam cho lao dong nu den nam 2030'),
 ('CT-MDD', 'Chương trình "Mẹ đỡ đầu"', '"Godmother" programme', 'PROGRAMME', '2021-10-01', NULL,
  'Phát động tháng 10/2021, nhận đỡ đầu trẻ mồ côi (do COVID-19 và các nguyên nhân khác).', 'chuong trinh me do dau'),
 ('CVD-MATT', 'Cuộc vận động "Mái ấm tình thương"', 'Campaign "Homes of love"', 'CAMPAIGN', NULL, NULL,
  'Xây dựng, sửa chữa nhà cho hội viên nghèo; ngày phát động không có trong nguồn dữ liệu.', 'cuoc van dong mai am tinh thuong'),
 ('CVD-TPQ', 'Chương trình "Triệu phần quà san sẻ yêu thương"', '"A million gifts of shared love"', 'CAMPAIGN', NULL, NULL,
  'Vận động quà tặng cho phụ nữ, trẻ em có hoàn cảnh khó khăn; ngày phát động không có trong nguồn dữ liệu.', 'chuong trinh trieu phan qua san se yeu thuong'),
 ('CT-CDS', 'Chương trình CNTT và chuyển đổi số của Hội giai đoạn 2023–2027, định hướng đến năm 2030', 'IT and digital transformation programme 2023–2027', 'PROGRAMME', '2023-01-01', '2027-12-31',
  'Chương trình trung ương của Đột phá 1.', 'chuong trinh cntt va chuyen doi so cua hoi giai doan 2023-2027 dinh huong den nam 2030'),
 ('CT-DTCB', 'Chương trình đào tạo, bồi dưỡng cán bộ Hội và chi hội trưởng giai đoạn 2019–2025', 'Training programme for union cadres and branch heads 2019–2025', 'PROGRAMME', '2019-01-01', '2025-12-31',
  'Chương trình trung ương của Đột phá 2.', 'chuong trinh dao tao boi duong can bo hoi va chi hoi truong giai doan 2019-2025')
) AS v (code, name, name_en, kind, s, e, descr, search);

-- Indicators of the catalogue linked to their programmes.
INSERT INTO indicator_programme (indicator_id, programme_id)
SELECT i.id, p.id FROM indicator i JOIN programme p ON
    (i.code IN ('VWU-ECO-START', 'VWU-ECO-FINLINK', 'VWU-ECO-BUDGET939') AND p.code = 'DA939')
 OR (i.code LIKE 'VWU-P8-%' AND p.code = 'DA8')
 OR (i.code LIKE 'VWU-FAM-5K3S%' AND p.code = 'CVD-5K3S')
 OR (i.code = 'VWU-SOC-ORPHAN' AND p.code = 'CT-MDD')
 OR (i.code IN ('VWU-ECO-HOUSE', 'VWU-ECO-HOUSE-VND') AND p.code = 'CVD-MATT')
 OR (i.code LIKE 'VWU-SOC-938%' AND p.code = 'DA938')
 OR (i.code LIKE 'VWU-ECO-COOP%' AND p.code = 'DA01');

-- Derived indicators: counted from activities, never entered.
INSERT INTO indicator (id, code, name, name_en, unit_of_measure, value_type, decimals, higher_is_better, reporting_levels,
                       period_type, unit_aggregation, time_aggregation, min_value, grouping, derived_measure,
                       derived_activity_types, derived_programme_ids)
SELECT md5('vwu-indicator:' || v.code)::uuid, v.code, v.name, v.name_en, v.uom, v.vtype, 0, true, '{}', 'MONTH', 'SUM', 'SUM', 0,
       'Hoạt động (tính từ hoạt động đã ghi nhận)', v.measure,
       CASE WHEN v.types IS NULL THEN '{}'::varchar[] ELSE string_to_array(v.types, ',')::varchar[] END,
       CASE WHEN v.programme IS NULL THEN '{}'::uuid[] ELSE ARRAY[md5('vwu-programme:' || v.programme)::uuid] END
FROM (VALUES
 ('VWU-ACT-ALL', 'Số hoạt động đã tổ chức', 'Activities held', 'activity', 'INTEGER', 'ACTIVITIES', NULL, NULL),
 ('VWU-ACT-COMM', 'Số buổi truyền thông, tuyên truyền', 'Communication sessions held', 'session', 'INTEGER', 'ACTIVITIES', 'COMMUNICATION', NULL),
 ('VWU-ACT-PART', 'Số lượt người tham gia hoạt động', 'Activity participants', 'person', 'INTEGER', 'PARTICIPANTS', NULL, NULL),
 ('VWU-ACT-P8-PART', 'Số lượt người tham gia hoạt động Dự án 8', 'Participants in Project 8 activities', 'person', 'INTEGER', 'PARTICIPANTS', NULL, 'DA8'),
 ('VWU-ACT-HOUSE', 'Số nhà "Mái ấm tình thương" được xây dựng, sửa chữa', 'Charity houses built or repaired', 'house', 'INTEGER', 'ACTIVITIES', 'CHARITY_HOUSE', NULL),
 ('VWU-ACT-FUNDS', 'Kinh phí vận động được qua các hoạt động', 'Funds mobilised through activities', 'VND', 'MONEY', 'FUNDS', NULL, NULL)
) AS v (code, name, name_en, uom, vtype, measure, types, programme);
