package org.mixedmovements.tracker.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own notifications, newest first; only the recipient reads them or marks them read. */
@Service
@Transactional(readOnly = true)
public class InboxService {

    private static final String COLUMNS = "id, kind, recommendation_id, milestone_id, arguments, created_at, read_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    InboxService(JdbcClient jdbc, Clock clock, @Value("${tracker.notifications.digest-zone:America/Panama}") String zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    /** The time zone the inbox shows times in (the digest's). */
    public ZoneId zone() {
        return zone;
    }

    public Page<InboxItem> mine(Pageable page) {
        long me = CurrentUser.require().id();
        List<InboxItem> items = jdbc.sql("select " + COLUMNS + " from notification where recipient_id = :me"
                        + " order by created_at desc, id desc offset " + page.getOffset() + " rows fetch next "
                        + page.getPageSize() + " rows only")
                .param("me", me)
                .query((rs, n) -> new InboxItem(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getObject("recommendation_id", Long.class), rs.getObject("milestone_id", Long.class),
                        Outbox.split(rs.getString("arguments")), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
                .list();
        return new PageImpl<>(items, page, count(me));
    }

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

    private long count(long me) {
        return jdbc.sql("select count(*) from notification where recipient_id = :me").param("me", me)
                .query(Long.class).single();
    }
}
