package gov.supervision.web.csv;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * An answer as CSV ({@code Accept: text/csv}) for spreadsheet and reporting tools: UTF-8 with a byte order mark,
 * so that Chinese text opens correctly in the tools the offices use, a header row, then one row per item in
 * the order of the JSON answer. Text cells go through {@link SpreadsheetSafeText}, so none is run as a formula.
 *
 * @param <T> the answer
 * @param <R> one row of it
 */
public abstract class CsvConverter<T, R> extends AbstractHttpMessageConverter<T> {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Class<T> answerType;
    private final ObjectWriter writer;

    protected CsvConverter(Class<T> answerType, Class<R> rowType) {
        this(answerType, rowType, builder -> { });
    }

    /** With {@code customize} shaping the rows' columns, e.g. by a mix-in that spreads a nested object. */
    protected CsvConverter(Class<T> answerType, Class<R> rowType, Consumer<CsvMapper.Builder> customize) {
        super(TEXT_CSV);
        this.answerType = answerType;
        CsvMapper.Builder builder = CsvMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        customize.accept(builder);
        CsvMapper mapper = builder.build();
        this.writer = mapper.writer(mapper.schemaFor(rowType).withHeader());
    }

    /** The rows of the answer, in the order its JSON lists them. */
    protected abstract List<R> rows(T answer);

    /** Headers that carry what the rows cannot, such as a total. */
    protected void addHeaders(T answer, HttpHeaders headers) {
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return answerType.isAssignableFrom(clazz);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected T readInternal(Class<? extends T> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is an output format only", input);
    }

    @Override
    protected void writeInternal(T answer, HttpOutputMessage output) throws IOException {
        addHeaders(answer, output.getHeaders());
        OutputStream body = output.getBody();
        body.write(BOM);
        try (JsonGenerator csv = new SpreadsheetSafeText(writer.createGenerator(body, JsonEncoding.UTF8))) {
            writer.writeValues(csv).writeAll(rows(answer)).close();
        }
    }

    protected static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
