-- The Union's indicator catalogue (shared vwu-indicators.md, resolution of the 13th National Women's
-- Congress 2022–2027), plus the numerator/denominator indicators its ratios are computed from.
-- Ids are derived from the code so that they are the same on every installation.
INSERT INTO indicator (id, code, name, name_en, unit_of_measure, value_type, decimals, higher_is_better,
                       reporting_levels, period_type, unit_aggregation, time_aggregation, min_value, max_value, grouping, category_options)
SELECT md5('vwu-indicator:' || v.code)::uuid, v.code, v.name, v.name_en, v.uom, v.vtype, v.decimals, v.hib,
       string_to_array(v.levels, ',')::varchar[], v.ptype, v.uagg, v.tagg, v.minv::numeric, v.maxv::numeric, v.grp,
       CASE WHEN v.options IS NULL THEN '{}'::varchar[] ELSE string_to_array(v.options, ',')::varchar[] END
FROM (VALUES
 ('VWU-MEM-TOTAL', 'Tổng số hội viên', 'Total members', 'person', 'INTEGER', 0, true, 'COMMUNE', 'MONTH', 'SUM', 'LAST', 0, NULL, 'Xây dựng tổ chức Hội', 'DTTS,KHONG_DTTS'),
 ('VWU-MEM-NEW', 'Số hội viên kết nạp mới', 'New members admitted', 'person', 'INTEGER', 0, true, 'COMMUNE', 'MONTH', 'SUM', 'SUM', 0, NULL, 'Xây dựng tổ chức Hội', NULL),
 ('VWU-MEM-OUT', 'Số hội viên giảm (chuyển đi, ra khỏi tổ chức)', 'Members removed or transferred out', 'person', 'INTEGER', 0, false, 'COMMUNE', 'MONTH', 'SUM', 'SUM', 0, NULL, 'Xây dựng tổ chức Hội', NULL),
 ('VWU-POP-WOMEN18', 'Số phụ nữ từ 18 tuổi trở lên cư trú trên địa bàn', 'Resident women aged 18+', 'person', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'LAST', 0, NULL, 'Xây dựng tổ chức Hội', NULL),
 ('VWU-MEM-HON', 'Hội viên danh dự (nam giới) kết nạp mới', 'Honorary (male) members admitted', 'person', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Xây dựng tổ chức Hội', NULL),
 ('VWU-ORG-MODELBR', 'Chi hội phụ nữ mẫu', 'Model branches', 'branch', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'LAST', 0, NULL, 'Đột phá 2: cơ sở Hội vững mạnh', NULL),
 ('VWU-ORG-ACT-REG', 'Số loại hình hoạt động thường xuyên nâng cao kiến thức, đạo đức, sức khỏe', 'Regular learning/ethics/health activity types kept', 'activity type', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'LAST', 0, NULL, 'Chỉ tiêu 1 (NQ ĐH XIII)', NULL),
 ('VWU-CAD-TRAIN', 'Cán bộ Hội, chi hội trưởng được tập huấn, bồi dưỡng', 'Union cadres and branch heads trained', 'person', 'INTEGER', 0, true, 'COMMUNE,PROVINCE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Đột phá 2: cơ sở Hội vững mạnh', NULL),
 ('VWU-DX-COMM-DIG', 'Hoạt động truyền thông thực hiện trên nền tảng số', 'Communication activities delivered digitally', 'activity', 'INTEGER', 0, true, 'COMMUNE,PROVINCE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Đột phá 1: ứng dụng CNTT', NULL),
 ('VWU-DX-COMM-ALL', 'Tổng số hoạt động truyền thông', 'Communication activities (all)', 'activity', 'INTEGER', 0, true, 'COMMUNE,PROVINCE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Đột phá 1: ứng dụng CNTT', NULL),
 ('VWU-PTY-REF', 'Hội viên ưu tú giới thiệu cho Đảng xem xét kết nạp', 'Outstanding members recommended to the Party', 'person', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Nhiệm vụ trọng tâm 2', NULL),
 ('VWU-PTY-ADM', 'Hội viên được kết nạp Đảng', 'Recommended members admitted to the Party', 'person', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Nhiệm vụ trọng tâm 2', NULL),
 ('VWU-POL-WCOMM-W', 'Số nữ tham gia cấp ủy', 'Women in party committees', 'person', 'INTEGER', 0, true, 'COMMUNE,PROVINCE', 'YEAR', 'SUM', 'LAST', 0, NULL, 'Nhiệm vụ trọng tâm 2', NULL),
 ('VWU-POL-WCOMM-ALL', 'Tổng số cấp ủy viên', 'Party committee members', 'person', 'INTEGER', 0, true, 'COMMUNE,PROVINCE', 'YEAR', 'SUM', 'LAST', 0, NULL, 'Nhiệm vụ trọng tâm 2', NULL),
 ('VWU-POL-PROPOSAL', 'Chính sách, đề án do Hội đề xuất', 'Policies and schemes proposed by the union', 'item', 'INTEGER', 0, true, 'CENTRAL,PROVINCE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Nhiệm vụ trọng tâm 2', NULL),
 ('VWU-POL-MONITOR', 'Cuộc giám sát, phản biện xã hội do Hội chủ trì', 'Social supervision and policy-critique activities led', 'activity', 'INTEGER', 0, true, 'COMMUNE,PROVINCE,CENTRAL', 'HALF_YEAR', 'SUM', 'SUM', 0, NULL, 'Nhiệm vụ trọng tâm 2', NULL),
 ('VWU-ECO-POOROUT', 'Hộ có phụ nữ thoát nghèo, thoát cận nghèo', 'Households with women out of poverty or near-poverty', 'household', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Chỉ tiêu 2 (NQ ĐH XIII)', NULL),
 ('VWU-ECO-CAPB', 'Phụ nữ chủ DN, quản lý HTX, chủ hộ kinh doanh được nâng cao năng lực', 'Women business owners, coop managers and household-business owners trained', 'person', 'INTEGER', 0, true, 'COMMUNE,PROVINCE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Chỉ tiêu 2 (NQ ĐH XIII)', NULL),
 ('VWU-ECO-COOPNEW', 'HTX có phụ nữ tham gia quản lý được hỗ trợ thành lập mới', 'New cooperatives with women managers', 'cooperative', 'INTEGER', 0, true, 'COMMUNE,PROVINCE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Chỉ tiêu 2 (NQ ĐH XIII)', NULL),
 ('VWU-ECO-START', 'Phụ nữ được hỗ trợ khởi sự kinh doanh, khởi nghiệp', 'Women supported to start a business', 'person', 'INTEGER', 0, true, 'COMMUNE,PROVINCE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Đề án 939', NULL),
 ('VWU-ECO-FINLINK', 'Vốn được kết nối cho phụ nữ khởi nghiệp', 'Finance linked for women''s start-ups', 'VND', 'MONEY', 0, true, 'COMMUNE,PROVINCE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Đề án 939', NULL),
 ('VWU-ECO-VBSP', 'Dư nợ ủy thác NHCSXH qua Hội', 'Policy-bank loans outstanding entrusted to the union', 'VND', 'MONEY', 0, true, 'COMMUNE', 'MONTH', 'SUM', 'LAST', 0, NULL, 'Chỉ tiêu 2 (NQ ĐH XIII)', NULL),
 ('VWU-ECO-VBSP-OVERDUE', 'Nợ quá hạn ủy thác NHCSXH qua Hội', 'Overdue entrusted policy-bank loans', 'VND', 'MONEY', 0, false, 'COMMUNE', 'MONTH', 'SUM', 'LAST', 0, NULL, 'Chỉ tiêu 2 (NQ ĐH XIII)', NULL),
 ('VWU-ECO-VBSPHH', 'Số hộ còn dư nợ qua Hội', 'Borrowing households via the union', 'household', 'INTEGER', 0, true, 'COMMUNE', 'QUARTER', 'SUM', 'LAST', 0, NULL, 'Chỉ tiêu 2 (NQ ĐH XIII)', NULL),
 ('VWU-ECO-HOUSE', 'Nhà "Mái ấm tình thương" được xây, sửa', '"Shelter of love" houses built or repaired', 'house', 'INTEGER', 0, true, 'COMMUNE,PROVINCE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Mái ấm tình thương', NULL),
 ('VWU-ECO-HOUSE-VND', 'Kinh phí xây, sửa nhà "Mái ấm tình thương"', 'Value of "Shelter of love" houses', 'VND', 'MONEY', 0, true, 'COMMUNE,PROVINCE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Mái ấm tình thương', NULL),
 ('VWU-FAM-5K3S-NEW', 'Hộ đạt thêm tiêu chí "5 không, 3 sạch"', 'Additional households reaching the "5 không, 3 sạch" criteria', 'household', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Chỉ tiêu 4 (NQ ĐH XIII)', NULL),
 ('VWU-FAM-5K3S-HH', 'Hộ hội viên đạt 8 tiêu chí "5 không, 3 sạch"', 'Member households meeting the 8 criteria', 'household', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'LAST', 0, NULL, 'Chỉ tiêu 4 (NQ ĐH XIII)', NULL),
 ('VWU-FAM-MEMBERHH', 'Tổng số hộ hội viên', 'Member households', 'household', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'LAST', 0, NULL, 'Chỉ tiêu 4 (NQ ĐH XIII)', NULL),
 ('VWU-FAM-WORKS', 'Công trình, phần việc tham gia xây dựng nông thôn mới, đô thị văn minh', 'Works for new-rural and civilised-urban programmes', 'item', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Chỉ tiêu 4 (NQ ĐH XIII)', NULL),
 ('VWU-SOC-GBV-VICTIMS', 'Nạn nhân BLGĐ, mua bán người (nữ) được phát hiện', 'Detected women/girl victims of domestic violence or trafficking', 'person', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Chỉ tiêu 3 (NQ ĐH XIII)', NULL),
 ('VWU-SOC-GBV-SERVED', 'Nạn nhân (nữ) tiếp cận ít nhất 1 dịch vụ trợ giúp xã hội', 'Women/girl victims reaching at least one support service', 'person', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Chỉ tiêu 3 (NQ ĐH XIII)', NULL),
 ('VWU-SOC-TRUST', 'Số "Địa chỉ tin cậy" ở cộng đồng', 'Community "trusted addresses"', 'site', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'LAST', 0, NULL, 'Dự án 8', NULL),
 ('VWU-SOC-ORPHAN', 'Trẻ mồ côi được nhận đỡ đầu (Mẹ đỡ đầu)', 'Orphans sponsored ("Godmother" programme)', 'child', 'INTEGER', 0, true, 'COMMUNE,PROVINCE', 'YEAR', 'SUM', 'LAST', 0, NULL, 'Mẹ đỡ đầu', NULL),
 ('VWU-P8-CCT', 'Tổ truyền thông cộng đồng (Dự án 8)', 'Community communication teams (Project 8)', 'team', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'LAST', 0, NULL, 'Dự án 8', NULL),
 ('VWU-P8-LEADER', 'CLB "Thủ lĩnh của sự thay đổi"', '"Leaders of change" clubs', 'club', 'INTEGER', 0, true, 'COMMUNE', 'YEAR', 'SUM', 'LAST', 0, NULL, 'Dự án 8', NULL),
 ('VWU-P8-FUND', 'Vốn Dự án 8 phân bổ', 'Project 8 funds allocated', 'VND', 'MONEY', 0, true, 'PROVINCE', 'YEAR', 'SUM', 'SUM', 0, NULL, 'Dự án 8', NULL)
) AS v(code, name, name_en, uom, vtype, decimals, hib, levels, ptype, uagg, tagg, minv, maxv, grp, options);

-- Ratios: recomputed from summed numerators and denominators, never averaged.
INSERT INTO indicator (id, code, name, name_en, unit_of_measure, value_type, decimals, higher_is_better, reporting_levels,
                       period_type, unit_aggregation, time_aggregation, numerator_id, denominator_id, factor, min_value, max_value, grouping)
SELECT md5('vwu-indicator:' || v.code)::uuid, v.code, v.name, v.name_en, 'percent', 'PERCENT', 1, v.hib, '{}'::varchar[],
       v.ptype, 'RATIO', 'LAST', md5('vwu-indicator:' || v.num)::uuid, md5('vwu-indicator:' || v.den)::uuid, 100, 0, 100, v.grp
FROM (VALUES
 ('VWU-MEM-RATE', 'Tỷ lệ tập hợp phụ nữ từ 18 tuổi trở lên vào Hội', 'Membership coverage of women aged 18+', true, 'YEAR', 'VWU-MEM-TOTAL', 'VWU-POP-WOMEN18', 'Xây dựng tổ chức Hội'),
 ('VWU-POL-WCOMM', 'Tỷ lệ nữ tham gia cấp ủy', 'Share of women in party committees', true, 'YEAR', 'VWU-POL-WCOMM-W', 'VWU-POL-WCOMM-ALL', 'Nhiệm vụ trọng tâm 2'),
 ('VWU-ECO-OVERDUE', 'Tỷ lệ nợ quá hạn trên dư nợ ủy thác', 'Overdue ratio of entrusted loans', false, 'MONTH', 'VWU-ECO-VBSP-OVERDUE', 'VWU-ECO-VBSP', 'Chỉ tiêu 2 (NQ ĐH XIII)'),
 ('VWU-FAM-5K3S-RATE', 'Tỷ lệ hộ hội viên đạt 8 tiêu chí "5 không, 3 sạch"', 'Share of member households meeting the 8 criteria', true, 'YEAR', 'VWU-FAM-5K3S-HH', 'VWU-FAM-MEMBERHH', 'Chỉ tiêu 4 (NQ ĐH XIII)'),
 ('VWU-SOC-GBVSERV', 'Tỷ lệ nạn nhân (nữ) tiếp cận ít nhất 1 dịch vụ trợ giúp xã hội', 'Share of women/girl victims reaching a support service', true, 'YEAR', 'VWU-SOC-GBV-SERVED', 'VWU-SOC-GBV-VICTIMS', 'Chỉ tiêu 3 (NQ ĐH XIII)'),
 ('VWU-DX-COMM', 'Tỷ lệ hoạt động truyền thông trên nền tảng số', 'Share of communication activities delivered digitally', true, 'YEAR', 'VWU-DX-COMM-DIG', 'VWU-DX-COMM-ALL', 'Đột phá 1: ứng dụng CNTT')
) AS v(code, name, name_en, hib, ptype, num, den, grp);

-- Counts of units meeting a condition.
INSERT INTO indicator (id, code, name, name_en, unit_of_measure, value_type, decimals, higher_is_better, reporting_levels,
                       period_type, unit_aggregation, time_aggregation, numerator_id, count_operator, count_threshold, min_value, grouping)
SELECT md5('vwu-indicator:' || v.code)::uuid, v.code, v.name, v.name_en, 'commune union', 'INTEGER', 0, v.hib, '{}'::varchar[],
       'YEAR', 'COUNT_UNITS', 'LAST', md5('vwu-indicator:' || v.base)::uuid, v.op, v.threshold, 0, v.grp
FROM (VALUES
 ('VWU-ORG-ACT1', 'Số cơ sở Hội duy trì ít nhất 1 loại hình hoạt động thường xuyên', 'Commune unions keeping at least one regular activity type', true, 'VWU-ORG-ACT-REG', '>=', 1, 'Chỉ tiêu 1 (NQ ĐH XIII)'),
 ('VWU-FAM-5K3S-5', 'Số cơ sở Hội giúp thêm ít nhất 5 hộ đạt "5 không, 3 sạch"', 'Commune unions helping at least 5 more households meet the criteria', true, 'VWU-FAM-5K3S-NEW', '>=', 5, 'Chỉ tiêu 4 (NQ ĐH XIII)')
) AS v(code, name, name_en, hib, base, op, threshold, grp);
