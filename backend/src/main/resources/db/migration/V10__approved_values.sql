-- Values covered by an APPROVED report of their unit (roll-ups with approvedOnly=true read these).
CREATE VIEW approved_value AS
SELECT d.*
FROM data_value d
WHERE EXISTS (SELECT 1 FROM report r JOIN report_form_indicator fi ON fi.form_id = r.form_id AND fi.indicator_id = d.indicator_id
              WHERE r.unit_id = d.unit_id AND r.status = 'APPROVED' AND r.period_start <= d.period_start AND r.period_end >= d.period_end);
