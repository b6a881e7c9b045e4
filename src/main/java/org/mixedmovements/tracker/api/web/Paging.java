package org.mixedmovements.tracker.api.web;

import java.util.ArrayList;
import java.util.List;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** The {@code page} (from 0) and {@code size} (1 to {@value #MAX_SIZE}) every list of the API takes. */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    /** No list reaches this far; a larger page number is a mistake (and would overflow an offset). */
    static final int MAX_PAGE = 100_000;

    static Paging of(int page, int size) {
        List<Problem> problems = new ArrayList<>();
        if (page < 0 || page > MAX_PAGE) {
            problems.add(Problem.of("page", "api.error.page", MAX_PAGE));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(Problem.of("size", "api.error.size", MAX_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Paging(page, size);
    }

    Pageable pageable() {
        return PageRequest.of(page, size);
    }

    int offset() {
        return page * size;
    }
}
