package org.mixedmovements.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.mixedmovements.tracker.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the tests of the API over real HTTP share: a client that follows no redirect, personal tokens made for a demo
 * user, and the checks every refusal passes (a problem detail of its status, with a detail and no stack trace).
 */
abstract class ApiOverHttp {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokenService tokens;
    @Autowired ObjectMapper json;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    NewToken token(String username, TokenKind kind) {
        fixtures.signIn(username);
        try {
            return tokens.create(kind, kind + " for the tests");
        } finally {
            fixtures.signOut();
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode body(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    /** The response is a problem detail of that status, with a detail and no stack trace; returns it. */
    JsonNode problemDetail(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "at org.");
        return problem;
    }
}
