package vn.vwu.platform.access.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.access.RoleArrays;
import vn.vwu.platform.common.db.VersionedEntity;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "app_user")
public class UserEntity extends VersionedEntity {

    @Id
    public UUID id;
    public String username;
    @Column(name = "full_name")
    public String fullName;
    public String email;
    public String phone;
    @Column(name = "unit_id")
    public UUID unitId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] roles;
    public boolean active;
    @Column(name = "password_hash")
    public String passwordHash;
    /** The single sign-on provider's subject (`sub`) of the person or system this account is. */
    @Column(name = "sso_subject")
    public String ssoSubject;
    @Column(name = "must_change_password")
    public boolean mustChangePassword;
    // Sign-in bookkeeping, written by LoginService's own statements (not audited as account changes).
    @Column(name = "last_login_at", insertable = false, updatable = false)
    public OffsetDateTime lastLoginAt;
    public boolean demo;

    public static Optional<UserEntity> byUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }

    public static Optional<UserEntity> bySsoSubject(String subject) {
        return find("ssoSubject", subject).firstResultOptional();
    }

    public Set<Role> roleSet() {
        return RoleArrays.parse(roles);
    }
}
