package gov.supervision.web;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The one place that knows how tests reach PostgreSQL ({@link OnPostgres}).
 * <ul>
 *   <li>{@code SUPERVISION_TEST_POSTGRES_URL}: the database, default {@value #DEFAULT_URL};
 *       {@code SUPERVISION_TEST_POSTGRES_USER} (default {@code postgres}) and {@code SUPERVISION_TEST_POSTGRES_PASSWORD}
 *       (default none).</li>
 *   <li>{@code SUPERVISION_TEST_POSTGRES=required}: a PostgreSQL that cannot be reached fails the tests instead
 *       of skipping them (CI).</li>
 * </ul>
 * Each class gets the schema {@link #schemaOf(Class) named after it}, dropped and created afresh before it runs;
 * Spring contexts of {@code @SpringBootTest} classes are pointed at it by the context customizer, whole servers
 * started by the test itself take {@link #arguments(Class)}.
 */
public final class PostgresTests implements ExecutionCondition, TestInstancePreConstructCallback,
        ContextCustomizerFactory {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    /** Any 32 bytes: the postgres profile has no development secret, and tests sign their own tokens. */
    private static final String JWT_SECRET = "postgres-tests-secret-0123456789-abcdefghij";
    private static final Logger log = LoggerFactory.getLogger(PostgresTests.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresTests.class);
    private static volatile String unavailable;
    private static volatile boolean checked;

    static String url() {
        return env("SUPERVISION_TEST_POSTGRES_URL", DEFAULT_URL);
    }

    static String user() {
        return env("SUPERVISION_TEST_POSTGRES_USER", "postgres");
    }

    static String password() {
        return env("SUPERVISION_TEST_POSTGRES_PASSWORD", "");
    }

    static boolean required() {
        return "required".equalsIgnoreCase(System.getenv("SUPERVISION_TEST_POSTGRES"));
    }

    /** {@code ClosedLoopOnPostgresTest} → {@code closed_loop_on_postgres_test}. */
    static String schemaOf(Class<?> testClass) {
        return testClass.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    /** The properties that put a server on the class's schema (the postgres profile supplies the rest). */
    static Map<String, Object> properties(Class<?> testClass) {
        String schema = schemaOf(testClass);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema);
        properties.put("spring.datasource.username", user());
        properties.put("spring.datasource.password", password());
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        properties.put("spring.flyway.schemas", schema);
        properties.put("spring.flyway.default-schema", schema);
        properties.put("supervision.security.jwt-secret", JWT_SECRET);
        return properties;
    }

    /** Command-line arguments for a whole server (besides its own), adding the postgres profile. */
    static String[] arguments(Class<?> testClass) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--spring.profiles.include=postgres");
        properties(testClass).forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return arguments.toArray(String[]::new);
    }

    /**
     * Without PostgreSQL (and unless it is required) the class is skipped as a whole, its reason shown with the
     * skipped tests and logged: a condition rather than an assumption, since an assumption that aborts before a
     * {@code PER_CLASS} test's instance is counted by Surefire as nothing at all.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent() || required()) {
            return ConditionEvaluationResult.enabled("PostgreSQL is checked once per class");
        }
        String reason = unavailableReason();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + url() + " is reachable");
        }
        return ConditionEvaluationResult.disabled(skipped(context.getRequiredTestClass(), reason));
    }

    /**
     * Before the class's first instance (and so before its Spring context, whatever the test instance lifecycle):
     * skips, or when required fails, without PostgreSQL; otherwise gives the class a fresh, empty schema, once.
     */
    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        Class<?> testClass = factoryContext.getTestClass();
        String notice = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(testClass, PostgresTests::prepare, String.class);
        if (!notice.isEmpty()) {
            Assumptions.abort(notice);
        }
    }

    /** The reason the class cannot run on PostgreSQL, or "" once its schema is fresh. */
    private static String prepare(Class<?> testClass) {
        String reason = unavailableReason();
        if (reason != null) {
            if (required()) {
                throw new IllegalStateException("PostgreSQL at " + url() + " is not reachable (" + reason
                        + ") and SUPERVISION_TEST_POSTGRES=required: " + testClass.getSimpleName() + " fails");
            }
            return skipped(testClass, reason);
        }
        String schema = schemaOf(testClass);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the schema " + schema + " at " + url(), e);
        }
        log.info("{} runs on PostgreSQL {} in the fresh schema {}", testClass.getSimpleName(), url(), schema);
        return "";
    }

    private static String skipped(Class<?> testClass, String reason) {
        String notice = "PostgreSQL at " + url() + " is not reachable (" + reason + "): "
                + testClass.getSimpleName() + " does not run on PostgreSQL";
        log.warn("SKIPPED: {}. Start PostgreSQL or set SUPERVISION_TEST_POSTGRES_URL to run it.", notice);
        return notice;
    }

    /** Null when PostgreSQL answers; checked once per test run. */
    private static synchronized String unavailableReason() {
        if (!checked) {
            try (Connection connection = connect()) {
                unavailable = connection.isValid(5) ? null : "connection not valid";
            } catch (SQLException e) {
                unavailable = e.getMessage();
            }
            checked = true;
        }
        return unavailable;
    }

    private static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        properties.setProperty("password", password());
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        return DriverManager.getConnection(url(), properties);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return AnnotatedElementUtils.hasAnnotation(testClass, OnPostgres.class) ? new OnSchema(testClass) : null;
    }

    /** Points the test's Spring context at the class's schema, above every other property source. */
    private record OnSchema(Class<?> testClass) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("postgres-tests", properties(testClass)));
        }
    }
}
