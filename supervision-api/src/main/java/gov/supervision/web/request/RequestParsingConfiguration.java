package gov.supervision.web.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.LocalDate;
import java.util.List;

/**
 * How requests are read: JSON bodies strictly and only in UTF-8 ({@link StrictJson}, {@link Utf8JsonConverter}),
 * dates of query parameters by {@link IsoDates}. The converter takes the place of Spring Boot's JSON converter;
 * the application's own mapper (and with it Axon's event serializer) stays as it is.
 */
@Configuration(proxyBeanMethods = false)
class RequestParsingConfiguration implements WebMvcConfigurer {

    @Bean
    MappingJackson2HttpMessageConverter requestBodyJsonConverter(ObjectMapper applicationMapper) {
        return new Utf8JsonConverter(StrictJson.forRequests(applicationMapper));
    }

    /**
     * Spring keeps its own JSON converters after this one (Boot's fallback with a mapper of its own, Spring Data's
     * for projections): they would read with the application's lenient settings what this one refuses, such as a
     * body in ISO-8859-1. This one reads and writes every JSON body.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(converter -> converter instanceof MappingJackson2HttpMessageConverter
                && !(converter instanceof Utf8JsonConverter));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new IsoDateFormatter());
    }
}
