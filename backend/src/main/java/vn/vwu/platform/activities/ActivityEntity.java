package vn.vwu.platform.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.vwu.platform.activities.programmes.ProgrammeEntity;
import vn.vwu.platform.common.db.VersionedEntity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "activity")
public class ActivityEntity extends VersionedEntity {

    @Id
    public UUID id;
    @Column(name = "unit_id")
    public UUID unitId;
    public String title;
    @Column(name = "type_code")
    public String typeCode;
    @ManyToMany
    @JoinTable(name = "activity_programme", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "programme_id"))
    public Set<ProgrammeEntity> programmes = new HashSet<>();
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    @Column(name = "activity_date")
    public LocalDate activityDate;
    @Column(name = "place_unit_id")
    public UUID placeUnitId;
    @Column(name = "place_text")
    public String placeText;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partner_unit_ids")
    public UUID[] partnerUnitIds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partner_agencies")
    public String[] partnerAgencies;
    public Integer participants;
    @Column(name = "participants_women")
    public Integer participantsWomen;
    @Column(name = "participants_men")
    public Integer participantsMen;
    @Column(name = "participants_children")
    public Integer participantsChildren;
    @Column(name = "participants_ethnic_minority")
    public Integer participantsEthnicMinority;
    @Column(name = "beneficiary_people")
    public Integer beneficiaryPeople;
    @Column(name = "beneficiary_households")
    public Integer beneficiaryHouseholds;
    public Long cost;
    public Long funds;
    public String description;
    public String results;
    @Enumerated(EnumType.STRING)
    public ActivityStatus status;
    public boolean demo;
    @Column(name = "search_text")
    public String searchText;
    @Column(name = "created_by", updatable = false)
    public String createdBy;
    @Column(name = "updated_by")
    public String updatedBy;
}
