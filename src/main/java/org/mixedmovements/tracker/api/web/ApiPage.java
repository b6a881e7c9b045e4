package org.mixedmovements.tracker.api.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list: its items, which page (from 0), the page size asked for, and how many items there are in all. */
@Schema(name = "Page", description = "One page of a list")
public record ApiPage<T>(List<T> items, int page, int size, long total, int totalPages) {

    static <S, T> ApiPage<T> of(Page<S> page, Function<S, T> map) {
        return new ApiPage<>(page.getContent().stream().map(map).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    static <T> ApiPage<T> of(Page<T> page) {
        return of(page, Function.identity());
    }

    /** A page of a list already in memory (lists whose service returns them whole, such as a plan's recommendations). */
    static <T> ApiPage<T> slice(List<T> all, Paging paging) {
        int from = (int) Math.min(all.size(), (long) paging.page() * paging.size());
        int to = Math.min(all.size(), from + paging.size());
        return new ApiPage<>(List.copyOf(all.subList(from, to)), paging.page(), paging.size(), all.size(),
                (all.size() + paging.size() - 1) / paging.size());
    }
}
