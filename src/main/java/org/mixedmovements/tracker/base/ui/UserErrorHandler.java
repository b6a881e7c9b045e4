package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Last line of defence: an unexpected error is logged for IT and shown to the user as a plain message. A browser that
 * disconnected (Tomcat's {@code ClientAbortException}, a broken pipe) is no error: logged at debug level only.
 */
class UserErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UserErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
            // the browser went away (tab closed, download cancelled, network lost): nobody to tell, nothing broken
            log.debug("The browser disconnected: {}", error.toString());
            return;
        }
        if (!Messages.isUserFacing(error)) {
            log.error("Unexpected error in the UI", error);
        }
        Messages.showError(error);
    }
}
