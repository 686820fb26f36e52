package vn.vwu.platform.activities;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vwu.platform.common.text.VietnameseText;
import vn.vwu.platform.units.UnitLevel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "programme")
public class ProgrammeEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    public ProgrammeKind kind;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_level")
    public UnitLevel ownerLevel;
    public boolean active;
    @Column(name = "search_text")
    public String searchText;
    @Version
    public long version;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Optional<ProgrammeEntity> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Whether activities dated `date` may be linked to it: active, and running on that date. */
    public boolean runsOn(LocalDate date) {
        return active && (startDate == null || !date.isBefore(startDate)) && (endDate == null || !date.isAfter(endDate));
    }

    @PrePersist
    @PreUpdate
    void stamp() {
        updatedAt = OffsetDateTime.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
        searchText = VietnameseText.fold(code + " " + name + " " + (nameEn == null ? "" : nameEn));
    }
}
