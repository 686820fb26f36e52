package vn.vwu.platform.units;

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

import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "unit")
public class UnitEntity extends VersionedEntity {

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

    public UnitRef ref() {
        return new UnitRef(id, code, name, level);
    }

    public boolean aliveOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }

    /** The text that name searches match against; see {@link VietnameseText#fold}. */
    public static String searchTextOf(String name, String adminName, String nameEn) {
        return String.join(" | ", VietnameseText.fold(name), VietnameseText.fold(adminName), VietnameseText.fold(nameEn));
    }

    @PrePersist
    @PreUpdate
    void foldSearchText() {
        searchText = searchTextOf(name, adminName, nameEn);
    }
}
