package org.mixedmovements.tracker.planimport;

import java.io.IOException;
import java.io.InputStream;
import org.mixedmovements.tracker.base.csv.CsvTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Loads the plan the product ships with (the 2024 LAC review) on every start; a restart adds nothing twice. */
@Component
@Order(20)
class ShippedPlanLoader implements ApplicationRunner {

    static final String SHIPPED_PLAN = "plans/lac-2024/";
    private static final Logger log = LoggerFactory.getLogger(ShippedPlanLoader.class);

    private final PlanImportService importer;

    ShippedPlanLoader(PlanImportService importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        try (InputStream plan = new ClassPathResource(SHIPPED_PLAN + "plan.csv").getInputStream();
             InputStream recommendations = new ClassPathResource(SHIPPED_PLAN + "recommendations.csv").getInputStream()) {
            PlanImportService.Result result = importer.importPlan(CsvTable.read(plan, "plan.csv"),
                    CsvTable.read(recommendations, "recommendations.csv"));
            log.info("Shipped plan {}: {} recommendations added, {} already there", result.planCode(),
                    result.recommendationsCreated(), result.recommendationsKept());
        }
    }
}
