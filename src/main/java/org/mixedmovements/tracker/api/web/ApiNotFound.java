package org.mixedmovements.tracker.api.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address under {@code /api/} or {@code /calendar/} that names nothing: a 404 problem detail, where Vaadin's
 * catch-all route would otherwise answer 200 with the application's HTML page. Only GET: a write to a known path with
 * a wrong method or body type keeps its 405 or 415, which Spring finds only when no mapping matches in full.
 */
@RestController
@Hidden
class ApiNotFound {

    @GetMapping({"/api/**", "/calendar/**"})
    void nothingHere(HttpServletRequest request) throws NoResourceFoundException {
        throw new NoResourceFoundException(HttpMethod.GET, request.getRequestURI());
    }
}
