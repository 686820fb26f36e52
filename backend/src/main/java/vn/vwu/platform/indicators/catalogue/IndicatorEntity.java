package vn.vwu.platform.indicators.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.vwu.platform.common.db.VersionedEntity;
import vn.vwu.platform.indicators.PeriodType;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "indicator")
public class IndicatorEntity extends VersionedEntity {

    @Id
    public UUID id;
    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;
    public String description;
    @Column(name = "unit_of_measure")
    public String unitOfMeasure;
    @Enumerated(EnumType.STRING)
    @Column(name = "value_type")
    public ValueType valueType;
    public short decimals;
    @Column(name = "higher_is_better")
    public boolean higherIsBetter;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "reporting_levels")
    public String[] reportingLevels;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_type")
    public PeriodType periodType;
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_aggregation")
    public UnitAggregation unitAggregation;
    @Enumerated(EnumType.STRING)
    @Column(name = "time_aggregation")
    public TimeAggregation timeAggregation;
    @Column(name = "numerator_id")
    public UUID numeratorId;
    @Column(name = "denominator_id")
    public UUID denominatorId;
    public BigDecimal factor;
    @Column(name = "count_operator")
    public String countOperator;
    @Column(name = "count_threshold")
    public BigDecimal countThreshold;
    @Column(name = "min_value")
    public BigDecimal minValue;
    @Column(name = "max_value")
    public BigDecimal maxValue;
    public String grouping;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "category_options")
    public String[] categoryOptions;
    public boolean active;
    @Enumerated(EnumType.STRING)
    @Column(name = "derived_measure")
    public DerivedMeasure derivedMeasure;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "derived_activity_types")
    public String[] derivedActivityTypes = new String[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "derived_programme_ids")
    public UUID[] derivedProgrammeIds = new UUID[0];

    public static Optional<IndicatorEntity> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Counted from activities: its figures are kept up to date by the database, never entered. */
    public boolean isDerived() {
        return derivedMeasure != null;
    }

    /** Has figures of its own per unit (reported or derived), not computed from other indicators. */
    public boolean isReported() {
        return unitAggregation == UnitAggregation.SUM;
    }
}
