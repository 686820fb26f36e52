package vn.vwu.platform.activities.types;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.common.text.Blank;

import java.util.List;

/** The rules of the activity-type catalogue: codes are unique and never change; types are deactivated, never deleted. */
@ApplicationScoped
class ActivityTypeService {

    @Transactional
    ActivityTypeEntity create(ActivityType in) {
        if (ActivityTypeEntity.findById(in.code()) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "An activity type with code " + in.code() + " already exists",
                    List.of(new FieldError("code", "already in use")));
        }
        ActivityTypeEntity e = new ActivityTypeEntity();
        e.code = in.code();
        apply(e, in);
        e.persist();
        return e;
    }

    /** `merged`: the type as it should become (a merge patch applied to {@link ActivityType#of}), code unchanged. */
    @Transactional
    ActivityTypeEntity update(String code, ActivityType merged, Long expectedVersion) {
        ActivityTypeEntity e = existing(code);
        ProblemException.requireVersion("activity type", expectedVersion, e.version);
        apply(e, merged);
        ActivityTypeEntity.getEntityManager().flush(); // so the ETag carries the new version
        return e;
    }

    static ActivityTypeEntity existing(String code) {
        ActivityTypeEntity e = ActivityTypeEntity.findById(code);
        if (e == null) {
            throw ProblemException.notFound("Activity type", code);
        }
        return e;
    }

    private static void apply(ActivityTypeEntity e, ActivityType in) {
        e.name = in.name().trim();
        e.nameEn = Blank.toNull(in.nameEn());
        e.sortOrder = in.sortOrder() == null ? 500 : in.sortOrder();
        e.active = in.active() == null || in.active();
    }
}
