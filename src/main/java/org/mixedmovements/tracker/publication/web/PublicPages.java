package org.mixedmovements.tracker.publication.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.mixedmovements.tracker.publication.PublicationChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.mixedmovements.tracker.recommendation.ContentTranslated;

/**
 * The public page's answers, made once and kept for {@link #FRESH} (the time browsers and proxies are told they may
 * keep them too), each with its ETag, the hash of its bytes. A change of what is published empties the store at once
 * (after its transaction commits); any other change (a milestone reported) shows within {@link #FRESH}. Only answers
 * for published plans are kept, and at most {@link #MOST} of them, so a visitor cannot fill memory with made-up
 * addresses.
 */
@Component
class PublicPages {

    static final Duration FRESH = Duration.ofSeconds(60);
    private static final int MOST = 500;

    /** One answer: its bytes, type and language, and when it was made. */
    record Page(byte[] body, String contentType, String language, String etag, Instant madeAt) {

        static Page of(byte[] body, String contentType, String language, Instant madeAt) {
            return new Page(body, contentType, language, etagOf(body), madeAt);
        }

        static Page of(String body, String contentType, String language, Instant madeAt) {
            return of(body.getBytes(StandardCharsets.UTF_8), contentType, language, madeAt);
        }
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Clock clock;

    PublicPages(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** The kept answer while it is fresh, else a new one from {@code make} (empty: no such published page). */
    Optional<Page> get(String key, Supplier<Optional<Page>> make) {
        Instant now = clock.instant();
        Page kept = pages.get(key);
        if (kept != null && !now.isBefore(kept.madeAt()) && now.isBefore(kept.madeAt().plus(FRESH))) {
            return Optional.of(kept);
        }
        Optional<Page> made = make.get();
        made.ifPresentOrElse(page -> {
            if (pages.size() >= MOST) {
                pages.clear();
            }
            pages.put(key, page);
        }, () -> pages.remove(key));
        return made;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PublicationChanged changed) {
        pages.clear();
    }

    /** A translated title or theme shows at once in the visitor's language. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ContentTranslated translated) {
        pages.clear();
    }

    static String etagOf(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
