package org.mixedmovements.tracker.recommendation;

import jakarta.persistence.criteria.Predicate;
import java.util.Collection;
import java.util.List;
import org.mixedmovements.tracker.base.SearchText;
import org.springframework.data.jpa.domain.Specification;

/** The query parts that search and the milestone list share. */
final class SearchSpecifications {

    private static final char ESCAPE = '\\';

    private SearchSpecifications() {
    }

    /** Every word occurs in the entity's search text (both entities call the column {@code searchText}). */
    static <T> Specification<T> containsEveryWord(List<String> words) {
        return (root, query, cb) -> cb.and(words.stream()
                .map(w -> cb.like(root.get("searchText"), SearchText.containsPattern(w), ESCAPE))
                .toArray(Predicate[]::new));
    }

    static <T> Specification<T> idIn(Collection<Long> ids) {
        return (root, query, cb) -> root.get("id").in(ids);
    }
}
