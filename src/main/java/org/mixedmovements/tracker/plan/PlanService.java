package org.mixedmovements.tracker.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.mixedmovements.tracker.base.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PlanService {

    private final PlanRepository plans;
    private final Clock clock;

    PlanService(PlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    public List<Plan> all() {
        return plans.findAll(Sort.by("publishedOn").descending());
    }

    public Plan get(Long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    public Optional<Plan> findByCode(String code) {
        return plans.findByCode(code);
    }

    /** Creates the plan unless one with the same code exists; returns the plan either way. */
    @Transactional
    public Plan createIfAbsent(String code, String title, String source, LocalDate publishedOn, String languages,
                               ZoneId timeZone) {
        return plans.findByCode(code)
                .orElseGet(() -> plans.save(new Plan(code, title, source, publishedOn, languages, timeZone,
                        clock.instant())));
    }
}
