package org.mixedmovements.tracker.api.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.api.ApiMessages;
import org.mixedmovements.tracker.base.InputPolicy;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StaleVersionException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.util.DisconnectedClientHelper;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal of the API as an RFC 9457 problem detail ({@code application/problem+json}) in the request's language:
 * bad input 400 with an {@code errors} array of {field, message}, 403 for what belongs to another organisation, 404
 * for an unknown id, 409 when the state does not allow the action (or another change won a race), 412 when the
 * milestone changed since the version a write names in If-Match, 413 for an upload over the limit, 415 for a body of
 * another type, 428 for a write without If-Match, never a stack trace. Refusals made before a controller is chosen
 * (an unknown path, a wrong content type or method, an oversized multipart request) are written by
 * {@code api.ApiRequestRefusals} in the same format. A client that disconnected gets no answer and no error in the log.
 */
@RestControllerAdvice(basePackages = "org.mixedmovements.tracker.api")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** The services' field names where the API's body names the field otherwise. */
    private static final Map<String, String> API_FIELDS = Map.of(
            "evidence", "note", "evidenceNote", "note", "evidenceLink", "url", "evidenceFile", "file");

    private final ApiMessages messages;

    ApiExceptionHandler(ApiMessages messages) {
        this.messages = messages;
    }

    /** One field at fault and what is wrong with it. */
    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException invalid, HttpServletRequest request) {
        Locale locale = messages.localeOf(request);
        List<FieldProblem> errors = invalid.problems().stream()
                .map(p -> new FieldProblem(apiField(p.field(), p.row()),
                        messages.text(locale, p.messageKey(), p.arguments())))
                .toList();
        return badRequest(request, errors);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException missing, HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, missing);
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<ProblemDetail> notPermitted(NotPermittedException refused, HttpServletRequest request) {
        return problem(request, HttpStatus.FORBIDDEN, refused);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException refused, HttpServletRequest request) {
        return problem(request, HttpStatus.FORBIDDEN, new UserFacingException("api.error.forbidden"));
    }

    @ExceptionHandler(StateConflictException.class)
    ResponseEntity<ProblemDetail> conflict(StateConflictException conflict, HttpServletRequest request) {
        // a task id the engine does not know: never existed or already completed; either way there is no such task
        HttpStatus status = "task.error.gone".equals(conflict.messageKey()) ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        return problem(request, status, conflict);
    }

    /** Someone saved the milestone since the client read it: 412, with the version now stored as the ETag. */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException stale, HttpServletRequest request) {
        ProblemDetail problem = problem(request, HttpStatus.PRECONDITION_FAILED,
                new UserFacingException("api.error.stale", IfMatch.etag(stale.currentVersion()))).getBody();
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(IfMatch.etag(stale.currentVersion()))
                .body(problem);
    }

    /** A write without If-Match: 428 (RFC 6585), it must name the version it changes. */
    @ExceptionHandler(IfMatch.PreconditionRequired.class)
    ResponseEntity<ProblemDetail> preconditionRequired(IfMatch.PreconditionRequired missing,
                                                       HttpServletRequest request) {
        return problem(request, HttpStatus.PRECONDITION_REQUIRED, missing);
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> refused(UserFacingException refused, HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, refused);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException wrong, HttpServletRequest request) {
        Locale locale = messages.localeOf(request);
        return badRequest(request, List.of(new FieldProblem(wrong.getName(),
                messages.text(locale, "api.error.type", String.valueOf(wrong.getValue()),
                        expected(locale, wrong.getRequiredType())))));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException tooLarge,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return widen(problem(servlet(request), HttpStatus.PAYLOAD_TOO_LARGE, new UserFacingException("api.error.too-large")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception error, HttpServletRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
            // the caller went away (closed the connection, a calendar program gave up): nobody to answer, nothing wrong
            LOG.debug("API request {} {}: the client disconnected", request.getMethod(), request.getRequestURI());
            return null;
        }
        LOG.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), error);
        return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, new UserFacingException("error.unexpected"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException unsupported,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        return widen(problem(servlet(request), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                new UserFacingException("api.error.media-type", String.valueOf(unsupported.getContentType()),
                        unsupported.getSupportedMediaTypes().stream().map(Object::toString)
                                .collect(Collectors.joining(", ")))));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException missing,
                                                                    HttpHeaders headers, HttpStatusCode status,
                                                                    WebRequest request) {
        return widen(problem(servlet(request), HttpStatus.NOT_FOUND, new UserFacingException("api.error.not-found")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        HttpServletRequest http = servlet(request);
        Locale locale = messages.localeOf(http);
        List<FieldProblem> errors = new ArrayList<>();
        if (unreadable.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            Object value = mismatch instanceof InvalidFormatException format ? format.getValue() : null;
            errors.add(new FieldProblem(field, messages.text(locale, "api.error.type", value == null ? "" : String.valueOf(value),
                    expected(locale, mismatch.getTargetType()))));
        } else if (unreadable.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            errors.add(new FieldProblem(mapping.getPath().get(0).getFieldName(), messages.text(locale, "api.error.body")));
        } else {
            errors.add(new FieldProblem("body", messages.text(locale, "api.error.body")));
        }
        return widen(badRequest(http, errors));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), message(e))).toList();
        return widen(badRequest(servlet(request), errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException missing,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        HttpServletRequest http = servlet(request);
        return widen(badRequest(http, List.of(new FieldProblem(missing.getParameterName(),
                messages.text(messages.localeOf(http), "validation.required")))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException missing,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        HttpServletRequest http = servlet(request);
        return widen(badRequest(http, List.of(new FieldProblem(missing.getRequestPartName(),
                messages.text(messages.localeOf(http), "validation.required")))));
    }

    private String message(FieldError error) {
        return error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage();
    }

    private ResponseEntity<ProblemDetail> badRequest(HttpServletRequest request, List<FieldProblem> errors) {
        Locale locale = messages.localeOf(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.text(locale, "error.invalid-input", errors.size()));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status,
                                                  UserFacingException refusal) {
        Locale locale = messages.localeOf(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.text(locale, refusal.messageKey(), refusal.arguments()));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).body(problem);
    }

    private static String apiField(String field, Integer row) {
        String name = field == null ? "body" : API_FIELDS.getOrDefault(field, field);
        return row == null ? name : "[" + row + "]." + name;
    }

    /** What the field takes, in the caller's language. */
    private String expected(Locale locale, Class<?> type) {
        if (type == null) {
            return "?";
        }
        if (type == java.time.LocalDate.class) {
            return messages.text(locale, "api.expected.date", InputPolicy.FIRST_DATE.toString(),
                    InputPolicy.LAST_DATE.toString());
        }
        if (type.isEnum()) {
            return messages.text(locale, "api.expected.one-of", java.util.Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return messages.text(locale, "api.expected.whole-number");
        }
        return type.getSimpleName();
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
