package org.mixedmovements.tracker.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people open the tracker at ({@code tracker.base-url}, docs/operations.md), from which every link that
 * leaves the application is built: the calendar feeds' event links, the mails' links, a future public page. Never the
 * request's {@code Host} header, which the caller chooses: a spoofed host would otherwise appear in a feed or a mail.
 * Checked at start-up: an absolute http(s) address without query or fragment.
 */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${tracker.base-url:${tracker.notifications.base-url:http://localhost:${server.port:8080}}}")
                  String configured) {
        this.base = checked(configured);
    }

    /** The base address without a trailing slash, e.g. {@code https://tracker.example.org}. */
    public String base() {
        return base;
    }

    /** The absolute address of a path of the application ({@code recommendations/12} or {@code /inbox}). */
    public String of(String path) {
        if (path == null || path.isEmpty()) {
            return base + "/";
        }
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    static String checked(String configured) {
        String value = configured == null ? "" : configured.strip();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalStateException(refusal(value));
            }
        } catch (URISyntaxException malformed) {
            throw new IllegalStateException(refusal(value), malformed);
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static String refusal(String value) {
        return "tracker.base-url must be the absolute http(s) address people open the tracker at, such as "
                + "https://tracker.example.org (docs/operations.md); it is '" + value + "'";
    }
}
