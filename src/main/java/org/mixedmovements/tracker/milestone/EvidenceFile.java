package org.mixedmovements.tracker.milestone;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;

/** A stored evidence file, ready to be sent: its (sanitised) name, the declared content type and the bytes. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {

    /** Content types a browser shows by itself: they open in a tab instead of downloading. */
    public static final Set<String> OPENS_IN_BROWSER = Set.of("application/pdf", "image/png", "image/jpeg");

    /** What an evidence file may do once opened: nothing but show itself (no script, no form, no frame around it). */
    static final String INLINE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline';"
            + " object-src 'self'; frame-ancestors 'self'";

    public EvidenceFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Whether a browser shows a file of this type by itself (PDF, PNG, JPEG). */
    public static boolean opensInBrowser(String contentType) {
        return OPENS_IN_BROWSER.contains(contentType);
    }

    /**
     * The headers it is sent with: never sniffed; a PDF or an image shown in the tab ({@code inline}) under a policy
     * that lets it run nothing, any other file downloaded ({@code attachment}); the name encoded for any language.
     */
    public Map<String, String> responseHeaders() {
        boolean inline = opensInBrowser(contentType);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Disposition", (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
        if (inline) {
            headers.put("Content-Security-Policy", INLINE_POLICY);
        }
        return headers;
    }
}
