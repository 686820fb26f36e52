package vn.vwu.platform.activities.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The kinds of file an activity may carry, recognised from their bytes: a name or a declared content type
 * proves nothing. DOCX and XLSX are ZIP packages told apart by their main part.
 */
enum FileKind {
    JPEG("image/jpeg", List.of("jpg", "jpeg"), "ảnh JPEG"),
    PNG("image/png", List.of("png"), "ảnh PNG"),
    PDF("application/pdf", List.of("pdf"), "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), "Word (DOCX)"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"), "Excel (XLSX)");

    public final String contentType;
    public final List<String> extensions;
    public final String label;

    FileKind(String contentType, List<String> extensions, String label) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.label = label;
    }

    public boolean isImage() {
        return this == JPEG || this == PNG;
    }

    public static Optional<FileKind> detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (n == 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                && head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A) {
            return Optional.of(PNG);
        }
        if (n >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return Optional.of(PDF);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return officePackage(file);
        }
        return Optional.empty();
    }

    /** Only entry names are read: nothing is decompressed, so a ZIP bomb costs nothing here. */
    private static Optional<FileKind> officePackage(Path file) {
        boolean contentTypes = false;
        FileKind kind = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.equals("word/document.xml")) {
                    kind = DOCX;
                } else if (name.equals("xl/workbook.xml")) {
                    kind = XLSX;
                }
            }
        } catch (IOException notAZip) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
    }
}
