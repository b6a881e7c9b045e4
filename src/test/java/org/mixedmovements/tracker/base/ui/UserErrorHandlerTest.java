package org.mixedmovements.tracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.server.ErrorEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A browser that disconnects (a tab closed during a download, a lost network) is not an error of the application. */
class UserErrorHandlerTest {

    final Logger logger = (Logger) LoggerFactory.getLogger(UserErrorHandler.class);
    final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void aClientAbortIsNotLoggedAsAnErrorWithAStackTrace() {
        UserErrorHandler handler = new UserErrorHandler();

        handler.error(new ErrorEvent(new UncheckedIOException(new ClientAbortException(new IOException("Broken pipe")))));
        handler.error(new ErrorEvent(new IOException("Connection reset by peer")));

        assertThat(logged.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
        assertThat(logged.list).allMatch(e -> e.getThrowableProxy() == null);
    }
}
