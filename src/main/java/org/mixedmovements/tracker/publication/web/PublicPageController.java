package org.mixedmovements.tracker.publication.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.mixedmovements.tracker.base.PublicAddress;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.publication.PublicPlan;
import org.mixedmovements.tracker.publication.PublicQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public progress page, anonymous and read only: the list of published plans, a plan's page, and its figures as
 * CSV and JSON. The language is the {@code lang} parameter (en, es) or else the browser's ({@code Accept-Language});
 * every answer has an ETag and may be kept for a minute ({@code Cache-Control: public, max-age=60}); a request that
 * names the current ETag in {@code If-None-Match} gets 304 without a body. What is shown comes from
 * {@link PublicQueries} alone.
 */
@Controller
class PublicPageController {

    static final String HTML = "text/html;charset=UTF-8";
    static final String CSV = "text/csv;charset=UTF-8";
    static final String JSON = "application/json";
    private static final CacheControl CACHE = CacheControl.maxAge(PublicPages.FRESH).cachePublic();

    private final PublicQueries queries;
    private final PublicPages pages;
    private final PublicAddress address;
    private final ObjectMapper mapper;
    private final String licence;
    private final byte[] styleSheet;

    PublicPageController(PublicQueries queries, PublicPages pages, PublicAddress address, ObjectMapper mapper,
                         @Value("${tracker.public.licence:CC-BY-4.0}") String licence) {
        this.queries = queries;
        this.pages = pages;
        this.address = address;
        this.mapper = mapper;
        this.licence = licence;
        this.styleSheet = resource("publication/public.css");
    }

    static String planPath(String code) {
        return "/public/plans/" + code;
    }

    @GetMapping({"/public", "/public/"})
    ResponseEntity<byte[]> index(@RequestParam(name = "lang", required = false) String lang,
                                 HttpServletRequest request) {
        Locale language = language(lang, request);
        return answer(request, pages.get("index|" + language.toLanguageTag(), () -> Optional.of(PublicPages.Page.of(
                PublicHtml.index(queries.plans(), language), HTML, language.toLanguageTag(), pages.now()))), language);
    }

    @GetMapping("/public/plans/{code}")
    ResponseEntity<byte[]> plan(@PathVariable String code, @RequestParam(name = "lang", required = false) String lang,
                                HttpServletRequest request) {
        Locale language = language(lang, request);
        return answer(request, published(code, "html", language,
                plan -> PublicHtml.plan(plan, language, licence), HTML), language);
    }

    @GetMapping("/public/plans/{code}/data.csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, @RequestParam(name = "lang", required = false) String lang,
                               HttpServletRequest request) {
        Locale language = language(lang, request);
        ResponseEntity<byte[]> answer = answer(request, published(code, "csv", language,
                plan -> OpenData.csv(plan, language, licence), CSV), language);
        return answer.getStatusCode().is2xxSuccessful() ? ResponseEntity.status(answer.getStatusCode())
                .headers(answer.getHeaders())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + safe(code) + ".csv\"")
                .body(answer.getBody()) : answer;
    }

    @GetMapping("/public/plans/{code}/data.json")
    ResponseEntity<byte[]> json(@PathVariable String code, @RequestParam(name = "lang", required = false) String lang,
                                HttpServletRequest request) {
        Locale language = language(lang, request);
        return answer(request, published(code, "json", language,
                plan -> OpenData.json(plan, language, licence, address.of(planPath(plan.code())), mapper), JSON),
                language);
    }

    @GetMapping("/public/public.css")
    ResponseEntity<byte[]> styleSheet(HttpServletRequest request) {
        return answer(request, Optional.of(PublicPages.Page.of(styleSheet, "text/css;charset=UTF-8", "", pages.now())),
                Locale.ENGLISH);
    }

    /** Any other address under /public: the not-found page, never the signed-in application (no session made). */
    @GetMapping("/public/**")
    ResponseEntity<byte[]> elsewhere(@RequestParam(name = "lang", required = false) String lang,
                                     HttpServletRequest request) {
        return answer(request, Optional.empty(), language(lang, request));
    }

    private Optional<PublicPages.Page> published(String code, String kind, Locale language,
                                                 Function<PublicPlan, String> render, String type) {
        return pages.get(kind + "|" + code + "|" + language.toLanguageTag(), () -> queries.plan(code, language)
                .map(plan -> PublicPages.Page.of(render.apply(plan), type, language.toLanguageTag(), pages.now())));
    }

    private ResponseEntity<byte[]> answer(HttpServletRequest request, Optional<PublicPages.Page> found,
                                          Locale language) {
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(
                            MediaType.parseMediaType(HTML))
                    .cacheControl(CACHE).varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                    .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                    .body(PublicPages.Page.of(PublicHtml.notFound(language), HTML, "", pages.now()).body());
        }
        PublicPages.Page page = found.get();
        boolean unchanged = matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(unchanged ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
                .eTag(page.etag()).cacheControl(CACHE).varyBy(HttpHeaders.ACCEPT_LANGUAGE);
        if (!page.language().isEmpty()) {
            answer.header(HttpHeaders.CONTENT_LANGUAGE, page.language());
        }
        return unchanged ? answer.build() : answer.contentType(MediaType.parseMediaType(page.contentType()))
                .body(page.body());
    }

    /** Whether an {@code If-None-Match} header names this ETag (or any, {@code *}); weak tags compare equal. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    /** The {@code lang} parameter when it names a language of the page, else the browser's. */
    static Locale language(String lang, HttpServletRequest request) {
        return Languages.forTag(lang)
                .orElseGet(() -> Languages.firstSpoken(java.util.Collections.list(request.getLocales())));
    }

    private static String safe(String code) {
        return code.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private static byte[] resource(String path) {
        try (InputStream in = PublicPageController.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
