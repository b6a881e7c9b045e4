package org.mixedmovements.tracker.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.notification.MailDeliveryAdministration.UndeliveredMail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

class MailDeliveryViewTest extends UiTest {

    /** A mail to wg.ifrc that the server refused eight times. */
    Long failedMail() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Long ifrc = jdbc.sql("select id from app_user where username = 'wg.ifrc'").query(Long.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into notification_mail (mail_key, recipient_id, state, attempts, last_error, created_at)"
                        + " values (:key, :recipient, 'FAILED', 8, '550 5.1.1 mailbox unavailable', :now)")
                .param("key", "view-test:" + System.nanoTime()).param("recipient", ifrc)
                .param("now", Timestamp.from(Instant.now())).update(keys, "id");
        return keys.getKey().longValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorSeesAFailedMailWithTheServersAnswerAndSendsItAgain() {
        Long mail = failedMail();
        signIn("admin");
        UI.getCurrent().navigate(MailDeliveryView.class);

        Grid<UndeliveredMail> grid = _get(Grid.class, spec -> spec.withId("undelivered-mail"));
        UndeliveredMail row = grid.getGenericDataView().getItems().filter(m -> m.id().equals(mail)).findFirst()
                .orElseThrow();
        assertThat(row.failed()).isTrue();
        assertThat(row.lastError()).contains("mailbox unavailable");
        int index = grid.getGenericDataView().getItems().toList().indexOf(row);
        _click(_get(GridKt._getCellComponent(grid, index, "action"), Button.class,
                spec -> spec.withId("send-again-" + mail)));

        assertThat(grid.getGenericDataView().getItems().filter(m -> m.id().equals(mail))).isEmpty();
    }
}
