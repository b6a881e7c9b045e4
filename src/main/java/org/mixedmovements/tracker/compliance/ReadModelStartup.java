package org.mixedmovements.tracker.compliance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start-up, brings the read model up to date: rebuilt when its rows do not match the milestones in force (a new
 * installation, or a database restored from a backup), then re-evaluated for today; then the plans' figures per day
 * are brought up to today (rebuilt from the history when none are kept yet).
 */
@Component
@Order(50)
class ReadModelStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReadModelStartup.class);

    private final ComplianceReadModel readModel;
    private final TrendService trends;

    ReadModelStartup(ComplianceReadModel readModel, TrendService trends) {
        this.readModel = readModel;
        this.trends = trends;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!readModel.coversMilestonesInForce()) {
            log.info("Compliance read model rebuilt: {} milestone(s)", readModel.rebuild());
        }
        readModel.reevaluate();
        trends.keep();
    }
}
