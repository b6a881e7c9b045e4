package org.mixedmovements.tracker.api.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.UserFacingException;

/**
 * The version a write names in its {@code If-Match} header: the {@code ETag} of the task or milestone as the client
 * read it, {@code W/"<version>"} (or {@code "<version>"}). The API compares the version, weak tag or not: the tag
 * stands for the milestone's saved data, while its compliance status and slippage are worked out again each day.
 * {@code *} is any version (RFC 9110: the client overwrites knowingly). Missing: 428; not a tag of ours: 400.
 */
record IfMatch(String header) {

    static final String HEADER = "If-Match";
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    /** The weak entity tag of a version, as the reads send it in {@code ETag}. */
    static String etag(long version) {
        return "W/\"" + version + "\"";
    }

    /** The version the client read; {@code null} for {@code *}. */
    Long version() {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequired();
        }
        String value = header.strip();
        if (value.equals("*")) {
            return null;
        }
        Matcher tag = TAG.matcher(value);
        if (!tag.matches()) {
            throw InvalidInputException.of(HEADER, "api.error.if-match");
        }
        return Long.parseLong(tag.group(1));
    }

    /** A write without {@code If-Match}: 428, it must name the version it changes. */
    static final class PreconditionRequired extends UserFacingException {
        PreconditionRequired() {
            super("api.error.if-match-required");
        }
    }
}
