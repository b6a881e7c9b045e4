package org.mixedmovements.tracker.oversight.ui;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A delegate for the operations view's test: it fails, as a delegate whose service throws does, until the process
 * variable {@code fixed} is true (the cause an administrator removes before pressing Retry).
 */
@Component("failingStepForTests")
class FailingStep implements JavaDelegate {

    static final String FIXED = "fixed";
    static final String ERROR = "The partner list of the platform could not be read";

    @Override
    public void execute(DelegateExecution execution) {
        if (!Boolean.TRUE.equals(execution.getVariable(FIXED))) {
            throw new IllegalStateException(ERROR);
        }
    }
}
