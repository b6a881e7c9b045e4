package org.mixedmovements.tracker.api.calendar;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.mixedmovements.tracker.api.TokenAuthentication;
import org.mixedmovements.tracker.api.TokenUser;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /calendar/{token}.ics}: the feed a calendar program subscribes to. The token in the path was checked by the
 * API's security chain on this very request (a revoked one is 401 there); only a feed token reaches this point.
 */
@RestController
@Hidden
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
        TokenUser feed = TokenAuthentication.current().filter(t -> t.kind().isCalendar())
                .orElseThrow(() -> new NotPermittedException("api.error.forbidden"));
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "inline; filename=\"deadlines.ics\"")
                .body(feeds.ics(feed, base));
    }
}
