package org.mixedmovements.tracker.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes the refusals made outside the controllers (the security chain's 401 and 403, {@link ApiRequestRefusals}'s 404,
 * 405, 413, 415) as RFC 9457 problem details, like the controllers' ones.
 */
@Component
class ProblemWriter {

    private final ObjectMapper json;
    private final ApiMessages messages;

    ProblemWriter(ObjectMapper json, ApiMessages messages) {
        this.json = json;
        this.messages = messages;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"recommendation-tracker\"");
        write(request, response, HttpStatus.UNAUTHORIZED, key);
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, key);
    }

    /** A refusal of that status with the text of {@code key} in the request's language. */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
               Object... arguments) throws IOException {
        Locale locale = messages.localeOf(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.text(locale, key, arguments));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
