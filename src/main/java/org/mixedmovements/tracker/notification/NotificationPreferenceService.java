package org.mixedmovements.tracker.notification;

import org.mixedmovements.tracker.base.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's choice of email: immediate (the default), a daily digest, or none. Users change only their own. */
@Service
@Transactional(readOnly = true)
public class NotificationPreferenceService {

    private final JdbcClient jdbc;

    NotificationPreferenceService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The signed-in user's choice. */
    public EmailMode mine() {
        return modeOf(CurrentUser.require().id());
    }

    /** Changes the signed-in user's choice; notifications already waiting keep the delivery they were written with. */
    @Transactional
    public void setMine(EmailMode mode) {
        long user = CurrentUser.require().id();
        EmailMode chosen = mode == null ? EmailMode.IMMEDIATE : mode;
        int changed = jdbc.sql("update notification_preference set email_mode = :mode where user_id = :user")
                .param("mode", chosen.name()).param("user", user).update();
        if (changed == 0) {
            jdbc.sql("insert into notification_preference (user_id, email_mode) values (:user, :mode)")
                    .param("user", user).param("mode", chosen.name()).update();
        }
    }

    EmailMode modeOf(Long userId) {
        return jdbc.sql("select email_mode from notification_preference where user_id = :user")
                .param("user", userId).query(String.class).optional()
                .map(EmailMode::valueOf).orElse(EmailMode.IMMEDIATE);
    }
}
