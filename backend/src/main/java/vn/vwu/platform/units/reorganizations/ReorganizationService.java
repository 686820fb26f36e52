package vn.vwu.platform.units.reorganizations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.units.reorganizations.ReorganizationCreate.Move;
import vn.vwu.platform.units.reorganizations.ReorganizationCreate.NewUnit;
import vn.vwu.platform.units.reorganizations.ReorganizationCreate.Predecessor;
import vn.vwu.platform.units.reorganizations.ReorganizationCreate.Successor;
import vn.vwu.platform.units.Hierarchy;
import vn.vwu.platform.units.UnitEntity;
import vn.vwu.platform.units.UnitLevel;
import vn.vwu.platform.units.UnitRef;
import vn.vwu.platform.units.UnitService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies a reorganisation in one transaction: moves, closures, new units, lineage, closure refresh.
 * Any violated rule throws before commit, so a failed event leaves the database unchanged.
 */
@ApplicationScoped
class ReorganizationService {

    private static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.000010");

    private final EntityManager em;
    private final Hierarchy hierarchy;
    private final UnitService units;

    public ReorganizationService(EntityManager em, Hierarchy hierarchy, UnitService units) {
        this.em = em;
        this.hierarchy = hierarchy;
        this.units = units;
    }

    @Transactional
    public UUID apply(ReorganizationCreate in) {
        checkShape(in);
        LocalDate date = in.effectiveDate();
        UUID eventId = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO reorganization (id, type, effective_date, legal_basis, note) VALUES (:id, :t, :d, :l, :n)")
                .setParameter("id", eventId).setParameter("t", in.type().name()).setParameter("d", date)
                .setParameter("l", in.legalBasis().trim()).setParameter("n", in.note())
                .executeUpdate();

        List<UnitEntity> preds = new ArrayList<>();
        for (int i = 0; i < in.predecessorsOrEmpty().size(); i++) {
            String field = "predecessors[" + i + "].unitId";
            UnitEntity u = hierarchy.lockExisting(in.predecessorsOrEmpty().get(i).unitId(), field);
            requireAlive(u, date, field);
            preds.add(u);
        }
        // Defaults for new units come from the first predecessor, as it stood the day before the event.
        UnitEntity first = preds.isEmpty() ? null : preds.get(0);
        UUID defaultParent = first == null ? null : hierarchy.parentOn(first.id, date.minusDays(1)).orElse(null);

        Set<UUID> touched = new LinkedHashSet<>();
        applyMoves(eventId, in.movesOrEmpty(), date, touched);

        for (int i = 0; i < preds.size(); i++) {
            if (closes(in, in.predecessorsOrEmpty().get(i))) {
                close(eventId, preds.get(i), date, "predecessors[" + i + "].unitId");
                touched.add(preds.get(i).id);
            }
        }

        List<UnitEntity> successors = new ArrayList<>();
        for (int i = 0; i < in.successorsOrEmpty().size(); i++) {
            Successor s = in.successorsOrEmpty().get(i);
            String field = "successors[" + i + "]";
            if (s.unitId() != null) {
                UnitEntity existing = hierarchy.lockExisting(s.unitId(), field + ".unitId");
                requireAlive(existing, date, field + ".unitId");
                if (preds.stream().anyMatch(p -> p.id.equals(existing.id))) {
                    throw ProblemException.rule(field + ".unitId", "a unit cannot be its own successor");
                }
                effect(eventId, existing.id, EffectKind.CONTINUED, null, null);
                successors.add(existing);
            } else {
                UnitEntity created = create(s.newUnit(), first, defaultParent, date, field + ".newUnit");
                effect(eventId, created.id, EffectKind.CREATED, null, null);
                touched.add(created.id);
                successors.add(created);
            }
        }

        checkNoOrphans(preds, in, date);
        link(eventId, in, preds, successors);
        hierarchy.refreshClosure(touched);
        return eventId;
    }

    private static boolean closes(ReorganizationCreate in, Predecessor p) {
        // In a MERGE only whole predecessors end; a PART predecessor just hands over part of its territory.
        return in.type() != ReorganizationType.MERGE || p.share() != Share.PART;
    }

    private void applyMoves(UUID eventId, List<Move> moves, LocalDate date, Set<UUID> touched) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < moves.size(); i++) {
            Move m = moves.get(i);
            String field = "moves[" + i + "]";
            if (!seen.add(m.unitId())) {
                throw ProblemException.invalid(field + ".unitId", "the same unit is moved twice");
            }
            UnitEntity unit = hierarchy.lockExisting(m.unitId(), field + ".unitId");
            requireAlive(unit, date, field + ".unitId");
            UnitEntity parent = hierarchy.lockExisting(m.newParentId(), field + ".newParentId");
            hierarchy.checkParent(field + ".newParentId", parent, unit.level, date, unit.validTo);
            UUID current = hierarchy.parentOn(unit.id, date).orElse(null);
            if (parent.id.equals(current)) {
                throw ProblemException.rule(field + ".newParentId", unit.name + " is already under " + parent.name + " on " + date);
            }
            if (isDescendantOnOrAfter(parent.id, unit.id, date)) {
                throw ProblemException.rule(field + ".newParentId", "moving " + unit.name + " under " + parent.name
                        + " would create a cycle: " + parent.name + " is below it");
            }
            hierarchy.endLinkAt(unit.id, date);
            hierarchy.insertLink(unit.id, parent.id, date, unit.validTo);
            effect(eventId, unit.id, EffectKind.MOVED, current, parent.id);
            touched.add(unit.id);
        }
    }

    private boolean isDescendantOnOrAfter(UUID candidate, UUID ancestor, LocalDate date) {
        Number n = (Number) em.createNativeQuery("SELECT count(*) FROM unit_closure WHERE ancestor_id = :a AND descendant_id = :c AND valid_to > :d")
                .setParameter("a", ancestor).setParameter("c", candidate).setParameter("d", date).getSingleResult();
        return n.longValue() > 0;
    }

    private void close(UUID eventId, UnitEntity unit, LocalDate date, String field) {
        if (!unit.validFrom.isBefore(date)) {
            throw ProblemException.rule(field, unit.name + " starts on " + unit.validFrom + " and cannot be closed on its first day");
        }
        UUID parent = hierarchy.endLinkAt(unit.id, date).orElse(null);
        unit.validTo = date;
        effect(eventId, unit.id, EffectKind.CLOSED, parent, null);
    }

    private UnitEntity create(NewUnit n, UnitEntity first, UUID defaultParent, LocalDate date, String field) {
        if (n == null) {
            throw ProblemException.invalid(field, "is required");
        }
        UnitLevel level = n.level() != null ? n.level() : first == null ? null : first.level;
        String kind = n.kind() != null && !n.kind().isBlank() ? n.kind() : first == null ? null : first.kind;
        UUID parentId = n.parentId() != null ? n.parentId() : defaultParent;
        List<FieldError> missing = new ArrayList<>();
        if (level == null) {
            missing.add(new FieldError(field + ".level", "is required when there is no predecessor"));
        }
        if (kind == null) {
            missing.add(new FieldError(field + ".kind", "is required when there is no predecessor"));
        }
        if (parentId == null && level != UnitLevel.CENTRAL) {
            missing.add(new FieldError(field + ".parentId", "is required when there is no predecessor with a parent"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, missing.size() + " fields are missing", missing);
        }
        UnitEntity parent = null;
        if (parentId != null) {
            parent = hierarchy.lockExisting(parentId, field + ".parentId");
            hierarchy.checkParent(field + ".parentId", parent, level, date, null);
        }
        if (hierarchy.codeTaken(null, level, n.code().trim(), date, null)) {
            throw new ProblemException(ProblemType.CONFLICT, "Another " + level + " unit uses code " + n.code().trim() + " on or after " + date,
                    List.of(new FieldError(field + ".code", "already in use")));
        }
        UnitEntity unit = units.newUnit(n.code(), n.name(), n.nameEn(), n.adminName(), n.adminCode(), level, kind, date, null);
        em.flush();
        if (parent != null) {
            hierarchy.insertLink(unit.id, parent.id, date, null);
        }
        return unit;
    }

    private void checkNoOrphans(List<UnitEntity> preds, ReorganizationCreate in, LocalDate date) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) {
            UnitEntity p = preds.get(i);
            if (p.validTo == null || !p.validTo.equals(date)) {
                continue; // not closed by this event
            }
            List<UnitRef> children = hierarchy.childrenFrom(p.id, date);
            if (!children.isEmpty()) {
                String names = children.stream().limit(5).map(UnitRef::name).collect(Collectors.joining(", "));
                errors.add(new FieldError("predecessors[" + i + "].unitId", p.name + " still has " + children.size()
                        + " child unit(s) on " + date + " (" + names + (children.size() > 5 ? ", …" : "")
                        + "): move them with `moves` or close them first"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.DOMAIN_RULE, "A closed unit cannot keep children", errors);
        }
    }

    private void link(UUID eventId, ReorganizationCreate in, List<UnitEntity> preds, List<UnitEntity> successors) {
        switch (in.type()) {
            case MERGE, RENAME -> {
                for (int i = 0; i < preds.size(); i++) {
                    Predecessor p = in.predecessorsOrEmpty().get(i);
                    Share share = p.share() == null ? Share.WHOLE : p.share();
                    insertLink(eventId, preds.get(i).id, successors.get(0).id, share, share == Share.PART ? p.weight() : null);
                }
            }
            case SPLIT -> {
                List<BigDecimal> weights = splitWeights(in.successorsOrEmpty());
                for (int i = 0; i < successors.size(); i++) {
                    insertLink(eventId, preds.get(0).id, successors.get(i).id, Share.PART, weights.get(i));
                }
            }
            default -> {
                // MOVE, DISSOLVE and CREATE leave no lineage.
            }
        }
    }

    private static List<BigDecimal> splitWeights(List<Successor> successors) {
        if (successors.stream().allMatch(s -> s.weight() == null)) {
            BigDecimal equal = BigDecimal.ONE.divide(BigDecimal.valueOf(successors.size()), 6, RoundingMode.HALF_EVEN);
            return successors.stream().map(s -> equal).toList();
        }
        return successors.stream().map(Successor::weight).toList();
    }

    private void insertLink(UUID eventId, UUID pred, UUID succ, Share share, BigDecimal weight) {
        em.createNativeQuery("INSERT INTO lineage (reorganization_id, predecessor_id, successor_id, share, weight) VALUES (:e, :p, :s, :sh, :w)")
                .setParameter("e", eventId).setParameter("p", pred).setParameter("s", succ)
                .setParameter("sh", share.name()).setParameter("w", weight)
                .executeUpdate();
    }

    private void effect(UUID eventId, UUID unitId, EffectKind kind, UUID fromParent, UUID toParent) {
        em.flush();
        em.createNativeQuery("INSERT INTO reorganization_effect (reorganization_id, unit_id, effect, from_parent_id, to_parent_id)"
                        + " VALUES (:e, :u, :k, :f, :t) ON CONFLICT (reorganization_id, unit_id) DO NOTHING")
                .setParameter("e", eventId).setParameter("u", unitId).setParameter("k", kind.name())
                .setParameter("f", fromParent).setParameter("t", toParent)
                .executeUpdate();
    }

    private static void requireAlive(UnitEntity u, LocalDate date, String field) {
        if (!u.aliveOn(date)) {
            throw ProblemException.rule(field, u.name + " does not exist on " + date + " (it exists " + Hierarchy.interval(u.validFrom, u.validTo) + ")");
        }
    }

    /** Counts and combinations per type; 400 with every problem listed. */
    private static void checkShape(ReorganizationCreate in) {
        List<FieldError> errors = new ArrayList<>();
        int preds = in.predecessorsOrEmpty().size();
        int succs = in.successorsOrEmpty().size();
        int moves = in.movesOrEmpty().size();
        switch (in.type()) {
            case MERGE -> {
                need(errors, preds >= 1, "predecessors", "a MERGE needs at least 1 predecessor");
                need(errors, succs == 1, "successors", "a MERGE has exactly 1 successor");
            }
            case SPLIT -> {
                need(errors, preds == 1, "predecessors", "a SPLIT has exactly 1 predecessor");
                need(errors, succs >= 2, "successors", "a SPLIT needs at least 2 successors");
            }
            case RENAME -> {
                need(errors, preds == 1, "predecessors", "a RENAME has exactly 1 predecessor");
                need(errors, succs == 1 && in.successorsOrEmpty().get(0).newUnit() != null, "successors",
                        "a RENAME has exactly 1 successor, a newUnit");
            }
            case DISSOLVE -> {
                need(errors, preds >= 1, "predecessors", "a DISSOLVE needs at least 1 predecessor");
                need(errors, succs == 0, "successors", "a DISSOLVE has no successor");
            }
            case CREATE -> {
                need(errors, preds == 0, "predecessors", "a CREATE has no predecessor");
                need(errors, succs >= 1, "successors", "a CREATE needs at least 1 successor");
            }
            case MOVE -> {
                need(errors, preds == 0 && succs == 0, "predecessors", "a MOVE has only moves");
                need(errors, moves >= 1, "moves", "a MOVE needs at least 1 move");
            }
        }
        for (int i = 0; i < succs; i++) {
            Successor s = in.successorsOrEmpty().get(i);
            need(errors, (s.unitId() == null) != (s.newUnit() == null), "successors[" + i + "]", "give either unitId or newUnit");
            if (in.type() == ReorganizationType.CREATE) {
                need(errors, s.newUnit() != null, "successors[" + i + "].newUnit", "a CREATE makes new units only");
            }
            if (s.weight() != null && in.type() != ReorganizationType.SPLIT) {
                errors.add(new FieldError("successors[" + i + "].weight", "weights on successors apply to SPLIT only"));
            }
        }
        for (int i = 0; i < preds; i++) {
            Predecessor p = in.predecessorsOrEmpty().get(i);
            if (p.share() == Share.PART && in.type() != ReorganizationType.MERGE) {
                errors.add(new FieldError("predecessors[" + i + "].share", "PART predecessors belong to a MERGE; a SPLIT hands PARTs to its successors"));
            }
            if (p.weight() != null && p.share() != Share.PART) {
                errors.add(new FieldError("predecessors[" + i + "].weight", "a weight applies to a PART share only"));
            }
        }
        Set<UUID> distinct = in.predecessorsOrEmpty().stream().map(Predecessor::unitId).filter(Objects::nonNull).collect(Collectors.toSet());
        need(errors, distinct.size() == preds, "predecessors", "a unit is listed twice");
        if (in.type() == ReorganizationType.SPLIT && in.successorsOrEmpty().stream().anyMatch(s -> s.weight() != null)) {
            if (in.successorsOrEmpty().stream().anyMatch(s -> s.weight() == null)) {
                errors.add(new FieldError("successors", "give a weight to every part or to none (equal shares)"));
            } else {
                BigDecimal sum = in.successorsOrEmpty().stream().map(Successor::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.subtract(BigDecimal.ONE).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
                    errors.add(new FieldError("successors", "the weights of the parts add up to " + sum.stripTrailingZeros().toPlainString() + ", not 1"));
                }
            }
        }
        ProblemException.throwIfInvalid(errors, "parts of the reorganisation");
    }

    private static void need(List<FieldError> errors, boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
    }
}
