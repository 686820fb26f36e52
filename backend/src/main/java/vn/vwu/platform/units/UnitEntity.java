package vn.vwu.platform.units;

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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "unit")
public class UnitEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "admin_name")
    public String adminName;
    @Column(name = "admin_code")
    public String adminCode;
    @Enumerated(EnumType.STRING)
    public UnitLevel level;
    public String kind;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public boolean demo;
    @Column(name = "search_text")
    public String searchText;
    @Version
    public long version;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean aliveOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }

    /** The text that name searches match against; see {@link VietnameseText#fold}. */
    public static String searchTextOf(String name, String adminName, String nameEn) {
        return String.join(" | ", VietnameseText.fold(name), VietnameseText.fold(adminName), VietnameseText.fold(nameEn));
    }

    @PrePersist
    @PreUpdate
    void stamp() {
        searchText = searchTextOf(name, adminName, nameEn);
        updatedAt = OffsetDateTime.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }
}
