package gov.supervision.infrastructure.persistence;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * Profile {@code postgres} (production): the database must be named. Without this check a missing
 * {@code SPRING_DATASOURCE_URL} would surface as an obscure driver error, or worse, as Spring Boot's fallback to an
 * embedded in-memory database.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class PostgresProfileConfiguration {

    static final String MISSING_URL = "The postgres profile needs its database: set SPRING_DATASOURCE_URL "
            + "(e.g. jdbc:postgresql://db.example:5432/supervision), SPRING_DATASOURCE_USERNAME and "
            + "SPRING_DATASOURCE_PASSWORD";

    /** Runs before any bean is made, so the server stops at once with this message and nothing else. */
    @Bean
    static BeanFactoryPostProcessor postgresDatabaseIsNamed(Environment environment) {
        return beanFactory -> {
            String url;
            try {
                url = environment.getProperty("spring.datasource.url");
            } catch (IllegalArgumentException unresolved) {
                url = null;
            }
            if (url == null || url.isBlank()) {
                throw new IllegalStateException(MISSING_URL);
            }
        };
    }
}
