package org.mixedmovements.tracker.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.api.ApiMessages;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * A caller of the API or a calendar program that hangs up while the answer is written is not an error: no ERROR
 * line with a stack trace, and no attempt to write a problem to a closed connection. A real failure still is one.
 */
class ClientDisconnectTest {

    @Test
    void aCallerThatHangsUpIsNotLoggedAsAnErrorButAFailureStillIs() {
        Logger logger = (Logger) LoggerFactory.getLogger(ApiExceptionHandler.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            ApiExceptionHandler handler = new ApiExceptionHandler(new ApiMessages());
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/calendar/feed.ics");

            assertThat(handler.unexpected(new ClientAbortException(new IOException("Broken pipe")), request)).isNull();
            assertThat(handler.unexpected(new AsyncRequestNotUsableException("Response not usable"), request)).isNull();
            assertThat(logged.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));

            assertThat(handler.unexpected(new IllegalStateException("a real bug"), request).getStatusCode().value())
                    .isEqualTo(500);
            assertThat(logged.list).anyMatch(e -> e.getLevel() == Level.ERROR);
        } finally {
            logger.detachAppender(logged);
        }
    }
}
