package gov.supervision.web.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs, with Swagger UI at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI supervisionOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Supervision (督查督办) API").version("v1")
                        .description("Commands and queries of the supervision office's closed loop. Every "
                                + "command is stored as an immutable event naming its actor. Errors are "
                                + "application/problem+json; Idempotency-Key and If-Match are honoured on "
                                + "every task command."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
