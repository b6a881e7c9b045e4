package org.mixedmovements.tracker.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own notifications, newest first, in two sections: "To do" (work offered that is not done yet)
 * and "For information" (everything else, work done included); only the recipient reads them or marks them read.
 */
@Service
@Transactional(readOnly = true)
public class InboxService {

    /** The two sections of the Inbox. */
    public enum Section {
        TO_DO("done_at is null and kind in (:work)"),
        FOR_INFORMATION("(done_at is not null or kind not in (:work))");

        private final String condition;

        Section(String condition) {
            this.condition = condition;
        }
    }

    private static final List<String> WORK = java.util.Arrays.stream(NotificationKind.values())
            .filter(NotificationKind::offersWork).map(Enum::name).toList();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NotificationPreferenceService preferences;

    InboxService(JdbcClient jdbc, Clock clock, NotificationPreferenceService preferences) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.preferences = preferences;
    }

    /** The time zone the signed-in user reads times in (their own, as the digest). */
    public ZoneId zone() {
        return preferences.myTimeZone();
    }

    /** Every notification of the signed-in user, newest first. */
    public Page<InboxItem> mine(Pageable page) {
        long me = CurrentUser.require().id();
        return new PageImpl<>(page(me, "1 = 1", page), page, count(me, "1 = 1"));
    }

    /** One section of the signed-in user's notifications, newest first. */
    public Page<InboxItem> mine(Section section, Pageable page) {
        long me = CurrentUser.require().id();
        return new PageImpl<>(page(me, section.condition, page), page, count(me, section.condition));
    }

    /** How many notifications the section holds. */
    public long count(Section section) {
        return count(CurrentUser.require().id(), section.condition);
    }

    /** The header's count: one indexed count of the user's unread rows (ix_notification_unread). */
    public long unreadCount() {
        return jdbc.sql("select count(*) from notification where recipient_id = :me and read_at is null")
                .param("me", CurrentUser.require().id()).query(Long.class).single();
    }

    @Transactional
    public void markRead(Long notificationId) {
        long me = CurrentUser.require().id();
        boolean mine = jdbc.sql("select count(*) from notification where id = :id and recipient_id = :me")
                .param("id", notificationId).param("me", me).query(Long.class).single() > 0;
        if (!mine) {
            throw new NotFoundException("notification", notificationId);
        }
        jdbc.sql("update notification set read_at = :now where id = :id and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("id", notificationId).update();
    }

    @Transactional
    public int markAllRead() {
        return jdbc.sql("update notification set read_at = :now where recipient_id = :me and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("me", CurrentUser.require().id()).update();
    }

    private List<InboxItem> page(long me, String condition, Pageable page) {
        return jdbc.sql("select " + InboxItem.COLUMNS + " from notification where recipient_id = :me and " + condition
                        + " order by created_at desc, id desc offset " + page.getOffset() + " rows fetch next "
                        + page.getPageSize() + " rows only")
                .params(parameters(me, condition)).query((rs, n) -> InboxItem.from(rs)).list();
    }

    private long count(long me, String condition) {
        return jdbc.sql("select count(*) from notification where recipient_id = :me and " + condition)
                .params(parameters(me, condition)).query(Long.class).single();
    }

    private static java.util.Map<String, Object> parameters(long me, String condition) {
        return condition.contains(":work") ? java.util.Map.of("me", me, "work", WORK) : java.util.Map.of("me", me);
    }
}
