package org.mixedmovements.tracker.compliance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start-up, brings the read model up to date: rebuilt when its rows do not match the milestones in force (a new
 * installation, or a database restored from a backup), then re-evaluated for today; then the plans' figures per day
 * are brought up to today: rebuilt from the history when none are kept yet, or when the operator asks for it with
 * {@code tracker.trend.rebuild-on-start=true} (docs/operations.md).
 */
@Component
@Order(50)
class ReadModelStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReadModelStartup.class);

    private final ComplianceReadModel readModel;
    private final TrendService trends;
    private final boolean rebuildTrend;

    ReadModelStartup(ComplianceReadModel readModel, TrendService trends,
                     @Value("${tracker.trend.rebuild-on-start:false}") boolean rebuildTrend) {
        this.readModel = readModel;
        this.trends = trends;
        this.rebuildTrend = rebuildTrend;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!readModel.coversMilestonesInForce()) {
            log.info("Compliance read model rebuilt: {} milestone(s)", readModel.rebuild());
        }
        readModel.reevaluate();
        if (rebuildTrend) {
            trends.rebuild();
        } else {
            trends.keep();
        }
    }
}
