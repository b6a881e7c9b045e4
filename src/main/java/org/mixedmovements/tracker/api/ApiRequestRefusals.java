package org.mixedmovements.tracker.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The API's refusals that happen before one of its controllers is chosen, so the controllers' advice
 * ({@code api.web.ApiExceptionHandler}) never sees them: a body of a type the path does not take (415), a method it
 * does not answer (405), an {@code Accept} it cannot satisfy (406), a multipart request over Spring's limits (413,
 * read before the controller is called), an unknown path (404). Written in the documented problem format and the
 * caller's language, as every other refusal of {@code /api/**}; other paths keep Spring's handling.
 */
@Configuration
class ApiRequestRefusals implements WebMvcConfigurer {

    private final ProblemWriter problems;

    ApiRequestRefusals(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, this::resolve);
    }

    private ModelAndView resolve(HttpServletRequest request, HttpServletResponse response, Object handler,
                                 Exception error) {
        if (!ApiSecurityConfiguration.isApi(request) || isApiController(handler) || response.isCommitted()) {
            return null;
        }
        try {
            if (error instanceof HttpMediaTypeNotSupportedException unsupported) {
                problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.media-type",
                        String.valueOf(unsupported.getContentType()), unsupported.getSupportedMediaTypes().stream()
                                .map(Object::toString).collect(Collectors.joining(", ")));
            } else if (error instanceof HttpRequestMethodNotSupportedException method) {
                String allowed = method.getSupportedMethods() == null ? ""
                        : String.join(", ", method.getSupportedMethods());
                response.setHeader("Allow", allowed);
                problems.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, "api.error.method",
                        method.getMethod(), allowed);
            } else if (error instanceof HttpMediaTypeNotAcceptableException) {
                problems.write(request, response, HttpStatus.NOT_ACCEPTABLE, "api.error.not-acceptable");
            } else if (error instanceof MaxUploadSizeExceededException) {
                problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "api.error.too-large");
            } else if (error instanceof NoResourceFoundException || error instanceof NoHandlerFoundException) {
                problems.write(request, response, HttpStatus.NOT_FOUND, "api.error.not-found");
            } else {
                return null;
            }
        } catch (IOException failed) {
            return null;
        }
        return new ModelAndView();
    }

    /** A controller of this module: its own advice answers, with the same format. */
    private static boolean isApiController(Object handler) {
        return handler instanceof HandlerMethod method
                && method.getBeanType().getPackageName().startsWith(ApiRequestRefusals.class.getPackageName());
    }
}
