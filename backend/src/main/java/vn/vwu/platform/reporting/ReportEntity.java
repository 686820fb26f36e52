package vn.vwu.platform.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.vwu.platform.common.db.VersionedEntity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "report")
public class ReportEntity extends VersionedEntity {

    @Id
    public UUID id;
    @Column(name = "form_id")
    public UUID formId;
    @Column(name = "unit_id")
    public UUID unitId;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    @Enumerated(EnumType.STRING)
    public ReportStatus status;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    public String reason;
}
