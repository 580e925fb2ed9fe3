package gov.supervision.web.csv;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.MockHttpOutputMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every CSV export writes, whatever text was stored: no cell a spreadsheet runs, no export that breaks. */
class CsvConverterTest {

    @JsonPropertyOrder({"text", "count", "score", "day"})
    record Row(String text, long count, double score, LocalDate day) {
    }

    record Answer(List<Row> rows) {
    }

    private static final CsvConverter<Answer, Row> CSV = new CsvConverter<>(Answer.class, Row.class) {
        @Override
        protected List<Row> rows(Answer answer) {
            return answer.rows();
        }
    };

    @Test
    void aCellStartingAsAFormulaIsQuotedBehindASingleQuote() throws IOException {
        List<String> lines = write(new Row("=1+2", 0, 0, null), new Row("+86 10 1234", 0, 0, null),
                new Row("-减排", 0, 0, null), new Row("@SUM(A1:A9)", 0, 0, null), new Row("\t=1", 0, 0, null),
                new Row("=HYPERLINK(\"http://example.invalid\",\"看\")", 0, 0, null));

        assertThat(lines.subList(1, 7)).extracting(line -> line.substring(0, line.indexOf(",0,")))
                .containsExactly("\"'=1+2\"", "\"'+86 10 1234\"", "\"'-减排\"", "\"'@SUM(A1:A9)\"", "\"'\t=1\"",
                        "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"看\"\")\"");
    }

    @Test
    void aCarriageReturnAtTheStartIsNeutralisedToo() throws IOException {
        assertThat(body(new Row("\r=1+2", 1, 1, null))).endsWith("\n\"'\r=1+2\",1,1.0,\n");
    }

    @Test
    void numbersTheProductWritesStayNumbersEvenNegative() throws IOException {
        List<String> lines = write(new Row("重点项目", -3, -12.5, LocalDate.of(2023, 12, 31)),
                new Row("a-b=c", 7, 88.5, null));

        assertThat(lines.get(1)).isEqualTo("重点项目,-3,-12.5,2023-12-31");
        assertThat(lines.get(2)).as("only the start of a cell counts").isEqualTo("a-b=c,7,88.5,");
    }

    @Test
    void halfACharacterStoredEarlierBecomesAReplacementCharacterInsteadOfBreakingTheExport() throws IOException {
        List<String> lines = write(new Row("坏\uD800字", 1, 0, null), new Row("\uDC00", 2, 0, null),
                new Row("好\uD83D\uDE00字", 3, 0, null));

        assertThat(lines.subList(1, 4)).containsExactly("坏\uFFFD字,1,0.0,", "\uFFFD,2,0.0,", "好\uD83D\uDE00字,3,0.0,");
    }

    private static List<String> write(Row... rows) throws IOException {
        return body(rows).lines().toList();
    }

    private static String body(Row... rows) throws IOException {
        MockHttpOutputMessage output = new MockHttpOutputMessage();
        CSV.write(new Answer(List.of(rows)), null, output);
        String csv = output.getBodyAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFtext,count,score,day\n");
        return csv.substring(1);
    }
}
