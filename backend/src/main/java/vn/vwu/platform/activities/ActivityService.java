package vn.vwu.platform.activities;

import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.CurrentCaller;
import vn.vwu.platform.access.Principal;
import vn.vwu.platform.activities.programmes.ProgrammeEntity;
import vn.vwu.platform.activities.types.ActivityTypeEntity;
import vn.vwu.platform.common.Metrics;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.common.text.Blank;
import vn.vwu.platform.common.text.VietnameseText;
import vn.vwu.platform.common.web.Params;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recording activities: every rule is checked before anything is written, and the derived indicators of
 * the (unit, month) pairs an activity leaves and enters are recomputed in the same transaction.
 */
@ApplicationScoped
public class ActivityService {

    private final EntityManager em;
    private final Metrics metrics;

    private final CurrentCaller caller;
    private final AccessControl access;

    public ActivityService(EntityManager em, Metrics metrics, CurrentCaller caller, AccessControl access) {
        this.caller = caller;
        this.access = access;
        this.em = em;
        this.metrics = metrics;
    }

    private record UnitSpan(UUID id, String name, LocalDate validFrom, LocalDate validTo) {
        boolean aliveOn(LocalDate d) {
            return !validFrom.isAfter(d) && (validTo == null || validTo.isAfter(d));
        }
    }

    @Transactional
    public ActivityEntity create(ActivityInput in) {
        ActivityEntity a = new ActivityEntity();
        a.id = UUID.randomUUID();
        apply(a, in);
        a.createdBy = caller.principal().map(Principal::username).orElse(null);
        a.updatedBy = a.createdBy;
        a.persist();
        refreshDerived(List.of(key(a)));
        metrics.activityRecorded(a.typeCode);
        return a;
    }

    @Transactional
    public ActivityEntity update(UUID id, ActivityInput in, Long expectedVersion) {
        ActivityEntity a = existing(id);
        checkVersion(a, expectedVersion);
        String before = key(a);
        apply(a, in);
        a.updatedBy = caller.principal().map(Principal::username).orElse(null);
        em.flush();
        refreshDerived(List.of(before, key(a)));
        return a;
    }

    @Transactional
    public void delete(UUID id, Long expectedVersion) {
        ActivityEntity a = existing(id);
        checkVersion(a, expectedVersion);
        String before = key(a);
        // Attachments first, while their activity still exists: their audit rows then name its unit.
        em.createNativeQuery("DELETE FROM activity_attachment WHERE activity_id = :id").setParameter("id", a.id).executeUpdate();
        a.delete();
        em.flush();
        refreshDerived(List.of(before));
    }

    /** An activity of the caller's scope; any other answers 404 exactly like one that does not exist. */
    public ActivityEntity visible(UUID id) {
        ActivityEntity a = existing(id);
        access.requireHolderInScope(a.unitId, "Activity", id);
        return a;
    }

    public static ActivityEntity existing(UUID id) {
        ActivityEntity a = ActivityEntity.findById(id);
        if (a == null) {
            throw ProblemException.notFound("Activity", id);
        }
        return a;
    }

    private static void checkVersion(ActivityEntity a, Long expectedVersion) {
        ProblemException.requireVersion("activity", expectedVersion, a.version);
    }

    /** The creation form of an activity, the base that merge patches apply to. */
    public static ActivityInput asInput(ActivityEntity a) {
        Participants p = a.participants == null && a.participantsWomen == null && a.participantsMen == null
                && a.participantsChildren == null && a.participantsEthnicMinority == null ? null
                : new Participants(a.participants, a.participantsWomen, a.participantsMen, a.participantsChildren, a.participantsEthnicMinority);
        Beneficiaries b = a.beneficiaryPeople == null && a.beneficiaryHouseholds == null ? null
                : new Beneficiaries(a.beneficiaryPeople, a.beneficiaryHouseholds);
        return new ActivityInput(a.unitId, a.title, a.typeCode, a.programmes.stream().map(x -> x.code).sorted().toList(),
                vietnamTime(a.startsAt), vietnamTime(a.endsAt), a.placeUnitId, a.placeText, List.of(a.partnerUnitIds),
                List.of(a.partnerAgencies), p, b, a.cost, a.funds, a.description, a.results, a.status);
    }

    public static OffsetDateTime vietnamTime(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Params.VIETNAM).toOffsetDateTime();
    }

    private void apply(ActivityEntity a, ActivityInput in) {
        List<FieldError> invalid = new ArrayList<>();
        List<FieldError> broken = new ArrayList<>();
        OffsetDateTime ends = in.endsAt() == null ? in.startsAt() : in.endsAt();
        if (ends.isBefore(in.startsAt())) {
            invalid.add(new FieldError("endsAt", "must not be before startsAt"));
        }
        LocalDate date = in.startsAt().atZoneSameInstant(Params.VIETNAM).toLocalDate();
        checkParticipants(in.participants(), invalid);

        ActivityTypeEntity type = ActivityTypeEntity.findById(in.type().trim());
        if (type == null) {
            invalid.add(new FieldError("type", "no activity type with code " + in.type()));
        } else if (!type.active) {
            broken.add(new FieldError("type", type.code + " is deactivated and takes no new activities"));
        }

        Set<ProgrammeEntity> programmes = new java.util.HashSet<>();
        List<String> codes = in.programmeCodes() == null ? List.of() : in.programmeCodes().stream().map(String::trim).distinct().toList();
        Map<String, ProgrammeEntity> known = codes.isEmpty() ? Map.of() : ProgrammeEntity.<ProgrammeEntity>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(p -> p.code, p -> p));
        for (int i = 0; i < codes.size(); i++) {
            ProgrammeEntity p = known.get(codes.get(i));
            if (p == null) {
                invalid.add(new FieldError("programmeCodes[" + i + "]", "no programme with code " + codes.get(i)));
            } else if (!p.runsOn(date)) {
                broken.add(new FieldError("programmeCodes[" + i + "]", p.code + (p.active ? " does not run on " + date : " is deactivated")));
            } else {
                programmes.add(p);
            }
        }

        List<UUID> partners = in.partnerUnitIds() == null ? List.of() : in.partnerUnitIds().stream().distinct().toList();
        Map<UUID, UnitSpan> units = units(Stream.concat(Stream.of(in.unitId(), in.placeUnitId()), partners.stream())
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        checkUnit(units, in.unitId(), "unitId", date, invalid, broken);
        if (in.placeUnitId() != null) {
            checkUnit(units, in.placeUnitId(), "placeUnitId", date, invalid, broken);
        }
        for (int i = 0; i < partners.size(); i++) {
            checkUnit(units, partners.get(i), "partnerUnitIds[" + i + "]", date, invalid, broken);
        }
        ActivityStatus status = in.status() != null ? in.status()
                : in.startsAt().isAfter(OffsetDateTime.now()) ? ActivityStatus.PLANNED : ActivityStatus.DONE;
        if (status == ActivityStatus.DONE && in.startsAt().isAfter(OffsetDateTime.now())) {
            broken.add(new FieldError("status", "an activity that has not started yet cannot be DONE"));
        }
        ProblemException.throwIfInvalid(invalid, "fields");
        if (!broken.isEmpty()) {
            throw new ProblemException(ProblemType.DOMAIN_RULE, broken.size() == 1 ? broken.get(0).message()
                    : broken.size() + " rules are broken; nothing was written", broken);
        }

        a.unitId = in.unitId();
        a.title = in.title().trim();
        a.typeCode = type.code;
        a.programmes.clear();
        a.programmes.addAll(programmes);
        a.startsAt = in.startsAt();
        a.endsAt = ends;
        a.activityDate = date;
        a.placeUnitId = in.placeUnitId();
        a.placeText = Blank.toNull(in.placeText());
        a.partnerUnitIds = partners.toArray(UUID[]::new);
        a.partnerAgencies = in.partnerAgencies() == null ? new String[0]
                : in.partnerAgencies().stream().map(String::trim).distinct().toArray(String[]::new);
        Participants p = in.participants();
        a.participants = p == null ? null : p.total();
        a.participantsWomen = p == null ? null : p.women();
        a.participantsMen = p == null ? null : p.men();
        a.participantsChildren = p == null ? null : p.children();
        a.participantsEthnicMinority = p == null ? null : p.ethnicMinority();
        a.beneficiaryPeople = in.beneficiaries() == null ? null : in.beneficiaries().people();
        a.beneficiaryHouseholds = in.beneficiaries() == null ? null : in.beneficiaries().households();
        a.cost = in.cost();
        a.funds = in.funds();
        a.description = Blank.toNull(in.description());
        a.results = Blank.toNull(in.results());
        a.status = status;
        a.searchText = VietnameseText.fold(String.join(" ", Stream.concat(Stream.of(a.title, a.description, a.results, a.placeText),
                Arrays.stream(a.partnerAgencies)).filter(Objects::nonNull).toList()));
    }

    private static void checkParticipants(Participants p, List<FieldError> errors) {
        if (p == null) {
            return;
        }
        Integer total = p.total();
        boolean parts = p.women() != null || p.men() != null || p.children() != null || p.ethnicMinority() != null;
        if (total == null) {
            if (parts) {
                errors.add(new FieldError("participants.total", "is required when a breakdown is given"));
            }
            return;
        }
        part(errors, "women", p.women(), total);
        part(errors, "men", p.men(), total);
        part(errors, "children", p.children(), total);
        part(errors, "ethnicMinority", p.ethnicMinority(), total);
        if (p.women() != null && p.men() != null && (long) p.women() + p.men() > total) {
            errors.add(new FieldError("participants.men", "women (" + p.women() + ") and men (" + p.men() + ") exceed the total (" + total + ")"));
        }
    }

    private static void part(List<FieldError> errors, String name, Integer value, int total) {
        if (value != null && value > total) {
            errors.add(new FieldError("participants." + name, "(" + value + ") cannot exceed the total (" + total + ")"));
        }
    }

    private static void checkUnit(Map<UUID, UnitSpan> units, UUID id, String field, LocalDate date, List<FieldError> invalid,
                                  List<FieldError> broken) {
        UnitSpan u = units.get(id);
        if (u == null) {
            invalid.add(new FieldError(field, "no unit with id " + id));
        } else if (!u.aliveOn(date)) {
            broken.add(new FieldError(field, u.name() + " exists from " + u.validFrom() + (u.validTo() == null ? "" : " until " + u.validTo().minusDays(1))
                    + " and cannot take part in an activity on " + date));
        }
    }

    private Map<UUID, UnitSpan> units(Set<UUID> ids) {
        Map<UUID, UnitSpan> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<Tuple> rows = em.createNativeQuery("SELECT id, name, valid_from, valid_to FROM unit WHERE id IN (:ids)", Tuple.class)
                .setParameter("ids", ids).getResultList();
        for (Tuple t : rows) {
            UUID id = t.get(0, UUID.class);
            found.put(id, new UnitSpan(id, t.get(1, String.class), t.get(2, LocalDate.class), t.get(3, LocalDate.class)));
        }
        return found;
    }

    private static String key(ActivityEntity a) {
        return a.unitId + "|" + a.activityDate.withDayOfMonth(1);
    }

    /** Recomputes derived indicators for the given "unit|month" pairs, after the activity changes are flushed. */
    private void refreshDerived(List<String> keys) {
        em.flush();
        Set<String> distinct = new LinkedHashSet<>(keys);
        String unitsCsv = distinct.stream().map(k -> k.split("\\|")[0]).collect(Collectors.joining(","));
        String monthsCsv = distinct.stream().map(k -> k.split("\\|")[1]).collect(Collectors.joining(","));
        em.createNativeQuery("SELECT refresh_derived_values(NULL, CAST(string_to_array(:u, ',') AS uuid[]), CAST(string_to_array(:m, ',') AS date[]))")
                .setParameter("u", unitsCsv).setParameter("m", monthsCsv).getSingleResult();
    }
}
