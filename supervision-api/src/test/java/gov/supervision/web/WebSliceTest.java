package gov.supervision.web;

import gov.supervision.infrastructure.idempotency.IdempotencyStore;
import gov.supervision.web.directory.SliceDirectory;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code @WebMvcTest} of the given controllers inside the web layer as the application has it: the filter chain
 * (body limit, security, idempotency), the token checks and the role table, and problem+json for every failure.
 * The web layer's own packages are included by name because their configuration classes are package-private.
 * What the controllers call beyond the web layer (the command dispatcher, Axon's query gateway) each test mocks
 * itself, and so does the idempotency filter's store, which only requests with an Idempotency-Key reach. The
 * directory answers from the seed files every test context registers ({@link SliceDirectory}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "gov\\.supervision\\.web\\.(config|error|request|security)\\..*"))
@MockitoBean(types = IdempotencyStore.class)
@Import(SliceDirectory.class)
public @interface WebSliceTest {

    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
