package org.mixedmovements.tracker.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of {@code /api/v1} (at /v3/api-docs, shown by Swagger UI at /swagger-ui.html). */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI trackerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Recommendation Tracker API").version("v1")
                        .description("Plans, recommendations, milestones and compliance figures, and an agency's "
                                + "updates of its own milestones. Authenticate with a personal API token (create one "
                                + "under \"My API tokens\") sent as `Authorization: Bearer rt_...`. Lists take `page` "
                                + "(from 0) and `size` (1 to 100). Refusals are RFC 9457 problem details "
                                + "(`application/problem+json`); bad input lists the fields at fault in `errors`. "
                                + "Reads of a task, its report and a milestone carry an `ETag` (the milestone's "
                                + "version); every change sends it back in `If-Match`: 412 if the milestone changed "
                                + "since it was read, 428 without it."))
                .components(new Components().addSecuritySchemes("token", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("rt_<prefix>_<secret>")
                        .description("A personal API token")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
