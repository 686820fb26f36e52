package vn.vwu.platform.activities.types;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "activity_type")
public class ActivityTypeEntity extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "sort_order")
    public int sortOrder;
    public boolean active;
    @Version
    public long version;
}
