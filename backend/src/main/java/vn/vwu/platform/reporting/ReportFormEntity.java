package vn.vwu.platform.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.vwu.platform.common.db.VersionedEntity;
import vn.vwu.platform.indicators.PeriodType;

import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "report_form")
public class ReportFormEntity extends VersionedEntity {

    @Id
    public UUID id;
    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_type")
    public PeriodType periodType;
    @Column(name = "deadline_days")
    public int deadlineDays;
    public boolean active;

    public static Optional<ReportFormEntity> byCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
