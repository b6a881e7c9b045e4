package org.mixedmovements.tracker.recommendation;

import org.mixedmovements.tracker.milestone.MilestoneQueries;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names for lists that hold only ids, such as the compliance read model's rows: a recommendation's code and title, a
 * milestone's name and owner, an organisation's code. Only the ids asked for are read, one query per kind.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationLabels {

    /** A recommendation as a label shows it. */
    public record RecommendationLabel(Long id, String code, String title, RecommendationStatus status) {
    }

    /** A milestone as a label shows it. */
    public record MilestoneLabel(Long id, String name, Long ownerOrganisationId, String ownerCode) {
    }

    private final RecommendationRepository recommendations;
    private final MilestoneQueries milestones;
    private final OrganisationService organisations;

    RecommendationLabels(RecommendationRepository recommendations, MilestoneQueries milestones,
                         OrganisationService organisations) {
        this.recommendations = recommendations;
        this.milestones = milestones;
        this.organisations = organisations;
    }

    public Map<Long, RecommendationLabel> recommendations(Collection<Long> ids) {
        Map<Long, RecommendationLabel> labels = new HashMap<>();
        if (!ids.isEmpty()) {
            byIds(recommendations, ids).forEach(r -> labels.put(r.getId(),
                    new RecommendationLabel(r.getId(), r.getCode(), r.getTitle(), r.getStatus())));
        }
        return labels;
    }

    public Map<Long, MilestoneLabel> milestones(Collection<Long> ids) {
        Map<Long, MilestoneLabel> labels = new HashMap<>();
        if (ids.isEmpty()) {
            return labels;
        }
        Map<Long, String> codes = new HashMap<>();
        milestones.all(ids).forEach(m -> labels.put(m.getId(), new MilestoneLabel(m.getId(), m.getName(),
                m.getOwnerOrganisationId(), codes.computeIfAbsent(m.getOwnerOrganisationId(),
                        id -> organisations.get(id).getCode()))));
        return labels;
    }

    /**
     * One id (a notification, a reminder) is a look-up by primary key, often already in the persistence context;
     * several are one query (an "in" list, which Hibernate translates anew for each call).
     */
    private static <T> Iterable<T> byIds(CrudRepository<T, Long> repository, Collection<Long> ids) {
        if (ids.size() == 1) {
            return repository.findById(ids.iterator().next()).map(List::of).orElse(List.of());
        }
        return repository.findAllById(ids);
    }

    /** Organisation codes by id, for filters that offer the organisations found in a list. */
    public Map<Long, String> organisationCodes(Collection<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        ids.forEach(id -> codes.put(id, organisations.get(id).getCode()));
        return codes;
    }
}
