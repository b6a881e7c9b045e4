package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Last line of defence: an unexpected error is logged for IT and shown to the user as a plain message. */
class UserErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UserErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        if (!Messages.isUserFacing(error)) {
            log.error("Unexpected error in the UI", error);
        }
        Messages.showError(error);
    }
}
