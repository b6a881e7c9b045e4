package org.mixedmovements.tracker.api.calendar;

import io.swagger.v3.oas.annotations.Hidden;
import org.mixedmovements.tracker.api.TokenAuthentication;
import org.mixedmovements.tracker.api.TokenUser;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.PublicAddress;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /calendar/{token}.ics}: the feed a calendar program subscribes to. The token in the path was checked by the
 * API's security chain on this very request (a revoked one is 401 there); only a feed token reaches this point. Its
 * links are built from {@code tracker.base-url} ({@link PublicAddress}), never from the request's {@code Host}.
 */
@RestController
@Hidden
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;
    private final PublicAddress address;

    CalendarFeedController(CalendarFeedService feeds, PublicAddress address) {
        this.feeds = feeds;
        this.address = address;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        TokenUser feed = TokenAuthentication.current().filter(t -> t.kind().isCalendar())
                .orElseThrow(() -> new NotPermittedException("api.error.forbidden"));
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "inline; filename=\"deadlines.ics\"")
                .body(feeds.ics(feed, address.base()));
    }
}
