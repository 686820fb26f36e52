package vn.vwu.platform.reporting;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportDecision", description = "The reason of a return or reopening (required there); optional elsewhere.")
record ReportDecision(@Size(max = 2000) @Schema(example = "Số hội viên mới chưa khớp với danh sách kết nạp") String reason) {
}
