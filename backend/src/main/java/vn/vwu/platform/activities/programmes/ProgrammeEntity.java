package vn.vwu.platform.activities.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import vn.vwu.platform.common.db.VersionedEntity;
import vn.vwu.platform.common.text.VietnameseText;
import vn.vwu.platform.units.UnitLevel;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "programme")
public class ProgrammeEntity extends VersionedEntity {

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

    public static Optional<ProgrammeEntity> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Whether activities dated `date` may be linked to it: active, and running on that date. */
    public boolean runsOn(LocalDate date) {
        return active && (startDate == null || !date.isBefore(startDate)) && (endDate == null || !date.isAfter(endDate));
    }

    @PrePersist
    @PreUpdate
    void foldSearchText() {
        searchText = VietnameseText.fold(code + " " + name + " " + (nameEn == null ? "" : nameEn));
    }
}
