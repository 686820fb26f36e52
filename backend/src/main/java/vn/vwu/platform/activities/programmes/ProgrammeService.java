package vn.vwu.platform.activities.programmes;

import vn.vwu.platform.common.text.Blank;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.units.UnitLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The programme catalogue: creation, corrections, deactivation (programmes are never deleted: activities cite them). */
@ApplicationScoped
class ProgrammeService {

    @Transactional
    public ProgrammeEntity create(ProgrammeCreate in) {
        if (ProgrammeEntity.byCode(in.code()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "A programme with code " + in.code() + " already exists",
                    List.of(new FieldError("code", "already in use")));
        }
        ProgrammeEntity e = new ProgrammeEntity();
        e.id = UUID.randomUUID();
        e.code = in.code();
        apply(e, in);
        e.persist();
        return e;
    }

    @Transactional
    public ProgrammeEntity update(UUID id, ProgrammeCreate in, Long expectedVersion) {
        ProgrammeEntity e = existing(id);
        ProblemException.requireVersion("programme", expectedVersion, e.version);
        apply(e, in);
        return e;
    }

    public static ProgrammeEntity existing(UUID id) {
        ProgrammeEntity e = ProgrammeEntity.findById(id);
        if (e == null) {
            throw ProblemException.notFound("Programme", id);
        }
        return e;
    }

    /** The creation form of a programme, the base that merge patches apply to. */
    public static ProgrammeCreate asInput(ProgrammeEntity e) {
        return new ProgrammeCreate(e.code, e.name, e.nameEn, e.kind, e.startDate, e.endDate, e.description, e.ownerLevel, e.active);
    }

    private static void apply(ProgrammeEntity e, ProgrammeCreate in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.startDate() != null && in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            errors.add(new FieldError("endDate", "must not be before startDate"));
        }
        ProblemException.throwIfInvalid(errors, "fields");
        e.name = in.name().trim();
        e.nameEn = Blank.toNull(in.nameEn());
        e.kind = in.kind();
        e.startDate = in.startDate();
        e.endDate = in.endDate();
        e.description = Blank.toNull(in.description());
        e.ownerLevel = in.ownerLevel() == null ? UnitLevel.CENTRAL : in.ownerLevel();
        e.active = in.active() == null || in.active();
    }

}
