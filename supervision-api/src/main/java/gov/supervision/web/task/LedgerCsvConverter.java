package gov.supervision.web.task;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.supervision.query.api.ledger.TaskPage;
import gov.supervision.query.api.ledger.TaskView;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The ledger as CSV for spreadsheet users: UTF-8 with a byte order mark, so that Chinese text opens
 * correctly in the tools the offices use, one row per task in the order of the JSON items.
 */
@Component
class LedgerCsvConverter extends AbstractHttpMessageConverter<TaskPage> {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ObjectWriter writer;

    LedgerCsvConverter() {
        super(TEXT_CSV);
        CsvMapper mapper = CsvMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        this.writer = mapper.writer(mapper.schemaFor(Row.class).withHeader());
    }

    @JsonPropertyOrder({"taskId", "parentTaskId", "title", "category", "sourceType", "sourceReference",
            "leaderInCharge", "leadDepartment", "coDepartments", "responsiblePerson", "dueDate", "originalDueDate",
            "reportingCadence", "status", "percentComplete", "warningLevel", "escalationLevel", "overdue",
            "lastReportAt", "assignedAt", "closedAt", "version"})
    record Row(String taskId, String parentTaskId, String title, String category, String sourceType,
               String sourceReference, String leaderInCharge, String leadDepartment, String coDepartments,
               String responsiblePerson, LocalDate dueDate, LocalDate originalDueDate, String reportingCadence,
               String status, int percentComplete, String warningLevel, String escalationLevel, boolean overdue,
               Instant lastReportAt, Instant assignedAt, Instant closedAt, long version) {

        static Row of(TaskView task) {
            return new Row(task.taskId(), task.parentTaskId(), task.title(), name(task.category()),
                    task.source() == null ? null : name(task.source().type()),
                    task.source() == null ? null : task.source().reference(),
                    task.leaderInCharge(), task.leadDepartment(), String.join(";", task.coDepartments()),
                    task.responsiblePerson(), task.dueDate(), task.originalDueDate(), name(task.reportingCadence()),
                    name(task.status()), task.percentComplete(), name(task.warningLevel()),
                    name(task.escalationLevel()), task.overdue(),
                    task.lastReport() == null ? null : task.lastReport().reportedAt(), task.assignedAt(),
                    task.closedAt(), task.version());
        }

        private static String name(Enum<?> value) {
            return value == null ? null : value.name();
        }
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return TaskPage.class.isAssignableFrom(clazz);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected TaskPage readInternal(Class<? extends TaskPage> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is an output format only", input);
    }

    @Override
    protected void writeInternal(TaskPage page, HttpOutputMessage output) throws IOException {
        output.getHeaders().set("X-Total-Count", Long.toString(page.total()));
        OutputStream body = output.getBody();
        body.write(BOM);
        writer.writeValues(body).writeAll(page.items().stream().map(Row::of).toList()).close();
    }
}
