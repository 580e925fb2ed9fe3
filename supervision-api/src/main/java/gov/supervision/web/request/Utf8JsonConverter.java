package gov.supervision.web.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import java.nio.charset.StandardCharsets;

/**
 * JSON in and out of the API; bodies are read only as UTF-8 (RFC 8259). A body declared in another charset is
 * refused with 415 rather than decoded: clients that declare ISO-8859-1 mostly send UTF-8 all the same, and
 * decoding by the declaration would store their Chinese text garbled.
 */
final class Utf8JsonConverter extends MappingJackson2HttpMessageConverter {

    Utf8JsonConverter(ObjectMapper mapper) {
        super(mapper);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return super.canRead(mediaType) && (mediaType == null || declaresUtf8OrNothing(mediaType));
    }

    private static boolean declaresUtf8OrNothing(MediaType mediaType) {
        try {
            return mediaType.getCharset() == null || StandardCharsets.UTF_8.equals(mediaType.getCharset());
        } catch (IllegalArgumentException unknownCharset) {
            return false;
        }
    }
}
