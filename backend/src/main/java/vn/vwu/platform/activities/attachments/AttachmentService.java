package vn.vwu.platform.activities.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.hibernate.type.StandardBasicTypes;
import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.activities.ActivityService;
import vn.vwu.platform.common.VwuConfig;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Photos and documents of activities, checked from their bytes and kept in PostgreSQL. */
@ApplicationScoped
class AttachmentService {

    public record Content(String fileName, String contentType, byte[] bytes) {
    }

    private final EntityManager em;
    private final VwuConfig config;

    private final AccessControl access;
    private final ActivityService activities;

    public AttachmentService(EntityManager em, VwuConfig config, AccessControl access, ActivityService activities) {
        this.access = access;
        this.activities = activities;
        this.em = em;
        this.config = config;
    }

    public List<Attachment> list(UUID activityId) {
        activities.visible(activityId);
        List<Tuple> rows = em.createNativeQuery("SELECT id, file_name, content_type, size_bytes, sha256, thumbnail IS NOT NULL, created_by, created_at"
                + " FROM activity_attachment WHERE activity_id = :a ORDER BY created_at, id", Tuple.class).setParameter("a", activityId).getResultList();
        return rows.stream().map(AttachmentService::toApi).toList();
    }

    @Transactional
    public Attachment add(UUID activityId, String declaredName, Path upload) {
        String createdBy = access.requireRole(Role.EDITOR).username();
        activities.visible(activityId);
        try {
            long size = Files.size(upload);
            if (size == 0) {
                throw ProblemException.invalid("file", "is empty");
            }
            if (size > config.attachments().maxBytes()) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The file has " + size + " bytes; the limit is "
                        + config.attachments().maxBytes() + " bytes (" + config.attachments().maxBytes() / (1024 * 1024) + " MB)",
                        List.of(new FieldError("file", "larger than " + config.attachments().maxBytes() + " bytes")));
            }
            FileKind kind = FileKind.detect(upload).orElseThrow(() -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Only JPEG and PNG photos and PDF, DOCX and XLSX documents are accepted; the content of this file is none of them",
                    List.of(new FieldError("file", "not a JPEG, PNG, PDF, DOCX or XLSX file"))));
            String name = safeName(declaredName, kind);
            Number count = (Number) em.createNativeQuery("SELECT count(*) FROM activity_attachment WHERE activity_id = :a")
                    .setParameter("a", activityId).getSingleResult();
            if (count.intValue() >= config.attachments().maxPerActivity()) {
                throw new ProblemException(ProblemType.CONFLICT, "The activity already has " + count + " attachments, the most allowed");
            }
            byte[] bytes = Files.readAllBytes(upload);
            byte[] thumbnail = kind.isImage() ? Thumbnails.of(upload) : null;
            UUID id = UUID.randomUUID();
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            OffsetDateTime now = OffsetDateTime.now();
            em.createNativeQuery("INSERT INTO activity_attachment (id, activity_id, file_name, content_type, size_bytes, sha256, content, thumbnail, created_by,"
                            + " created_at) VALUES (:id, :a, :n, :t, :s, :h, :c, :th, :by, :at)")
                    .unwrap(org.hibernate.query.NativeQuery.class)
                    .setParameter("id", id).setParameter("a", activityId).setParameter("n", name).setParameter("t", kind.contentType)
                    .setParameter("s", size).setParameter("h", sha).setParameter("c", bytes, StandardBasicTypes.BINARY)
                    .setParameter("th", thumbnail, StandardBasicTypes.BINARY).setParameter("by", createdBy).setParameter("at", now)
                    .executeUpdate();
            return new Attachment(id, name, kind.contentType, size, sha, thumbnail != null, createdBy, ActivityService.vietnamTime(now));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Content content(UUID activityId, UUID attachmentId, boolean thumbnail) {
        activities.visible(activityId);
        List<Tuple> rows = em.createNativeQuery("SELECT file_name, content_type, " + (thumbnail ? "thumbnail" : "content")
                        + " FROM activity_attachment WHERE id = :id AND activity_id = :a", Tuple.class)
                .setParameter("id", attachmentId).setParameter("a", activityId).getResultList();
        if (rows.isEmpty() || rows.get(0).get(2) == null) {
            throw ProblemException.notFound(thumbnail ? "Thumbnail of attachment" : "Attachment", attachmentId);
        }
        Tuple t = rows.get(0);
        return new Content(t.get(0, String.class), thumbnail ? "image/jpeg" : t.get(1, String.class), t.get(2, byte[].class));
    }

    @Transactional
    public void delete(UUID activityId, UUID attachmentId) {
        access.requireRole(Role.EDITOR);
        activities.visible(activityId);
        int n = em.createNativeQuery("DELETE FROM activity_attachment WHERE id = :id AND activity_id = :a")
                .setParameter("id", attachmentId).setParameter("a", activityId).executeUpdate();
        if (n == 0) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
    }

    /**
     * The file's own name without any directory part (a client may send "../../etc/passwd" or "C:\\x\\y.jpg"),
     * without control characters, in NFC, at most 255 characters, with an extension matching its content.
     */
    static String safeName(String declared, FileKind kind) {
        String name = declared == null ? "" : Normalizer.normalize(declared, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // Control and format characters go, bidirectional overrides among them: "photo\u202Egpj.exe" must not show as "photoexe.jpg".
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"<>|:*?]", "").trim();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (dot >= 0 && !ext.isEmpty() && !kind.extensions.contains(ext)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The file is named ." + ext + " but its content is " + kind.label
                    + "; rename it ." + kind.extensions.get(0) + " or attach the intended file",
                    List.of(new FieldError("file", "content is " + kind.label + ", name says ." + ext)));
        }
        if (dot < 0 || ext.isEmpty()) {
            name = (name.isEmpty() ? "tep-dinh-kem" : name.replaceAll("\\.$", "")) + "." + kind.extensions.get(0);
        }
        if (name.length() > 255) {
            String suffix = name.substring(name.lastIndexOf('.'));
            name = name.substring(0, 255 - suffix.length()) + suffix;
        }
        return name;
    }

    private static Attachment toApi(Tuple t) {
        return new Attachment(t.get(0, UUID.class), t.get(1, String.class), t.get(2, String.class), t.get(3, Number.class).longValue(),
                t.get(4, String.class), Boolean.TRUE.equals(t.get(5, Boolean.class)), t.get(6, String.class),
                ActivityService.vietnamTime(t.get(7, java.time.Instant.class).atOffset(java.time.ZoneOffset.UTC)));
    }
}
