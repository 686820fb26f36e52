package vn.vwu.platform.common.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The envelope of every paged list. */
public record Page<T>(
        List<T> items,
        @Schema(description = "0-based page number.", example = "0") int page,
        @Schema(description = "Page size.", example = "50") int size,
        @Schema(description = "Number of items matching the query over all pages.", example = "1234") long total) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** One page of a list already held in memory. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        return of(all.subList(from, Math.min(all.size(), from + request.size())), request, all.size());
    }
}
