package org.mixedmovements.tracker;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run, a test needing the database is skipped, with the reason, when no server answers; in the
 * ordinary run it always runs (on H2). {@link NeedsPostgres} tests need the server in every run.
 */
public class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean always = context.getElement().map(e -> e.isAnnotationPresent(NeedsPostgres.class)).orElse(false);
        if (!always && !PostgresTestDatabase.wanted()) {
            return ConditionEvaluationResult.enabled("runs on H2");
        }
        return PostgresTestDatabase.whyUnreachable()
                .map(why -> ConditionEvaluationResult.disabled("Skipped: " + why))
                .orElseGet(() -> ConditionEvaluationResult.enabled("PostgreSQL reachable at " + PostgresTestDatabase.serverUrl()));
    }
}
