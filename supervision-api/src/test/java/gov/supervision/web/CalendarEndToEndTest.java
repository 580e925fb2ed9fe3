package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's working-day calendar over real HTTP: the official calendars the project ships, and a year the office
 * sets, read back at once. The years set here are far from the shared context's 2023, so no other test's deadlines
 * move.
 */
class CalendarEndToEndTest extends ApiTestBase {

    private static final String CALENDAR = "/api/v1/calendar/";

    private static List<String> dates(JsonNode array) {
        List<String> dates = new ArrayList<>();
        array.forEach(date -> dates.add(date.asText()));
        return dates;
    }

    @Test
    void everyRoleReadsTheOfficialCalendarOfTwentyTwentyFourWithItsNotice() {
        for (String token : List.of(tokens.department("改派市民政局"), tokens.auditor(), tokens.system(),
                tokens.leader())) {
            ApiClient.Response answer = api.get(CALENDAR + "2024", token);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode year = answer.json();
            assertThat(year.get("year").asInt()).isEqualTo(2024);
            assertThat(dates(year.get("holidays"))).contains("2024-02-10", "2024-10-01").isSorted();
            assertThat(dates(year.get("workingWeekends"))).contains("2024-02-04").doesNotContain("2024-02-10");
            assertThat(year.get("source").asText()).isEqualTo("国务院办公厅关于2024年部分节假日安排的通知（2023年10月25日）");
        }
    }

    @Test
    void aYearTheProjectDoesNotShipHasWeekdaysOnlyAndNoSource() {
        JsonNode year = api.get(CALENDAR + "2088", tokens.supervisor()).json();

        assertThat(year.get("holidays")).isEmpty();
        assertThat(year.get("workingWeekends")).isEmpty();
        assertThat(year.get("source").isNull()).isTrue();
    }

    @Test
    void aYearTheOfficeSetsIsReadBackAtOnceAndASecondSettingReplacesIt() {
        ApiClient.Response set = api.put(CALENDAR + "2090", tokens.supervisor(), Map.of(
                "holidays", List.of("2090-10-02", "2090-10-01", "2090-01-01"),
                "workingWeekends", List.of("2090-09-30"), "source", "测试：2090年部分节假日安排"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(dates(set.json().get("holidays"))).containsExactly("2090-01-01", "2090-10-01", "2090-10-02");

        JsonNode read = api.get(CALENDAR + "2090", tokens.department("改派市民政局")).json();
        assertThat(dates(read.get("holidays"))).containsExactly("2090-01-01", "2090-10-01", "2090-10-02");
        assertThat(dates(read.get("workingWeekends"))).containsExactly("2090-09-30");
        assertThat(read.get("source").asText()).isEqualTo("测试：2090年部分节假日安排");

        long before = storedEvents();
        assertThat(api.put(CALENDAR + "2090", tokens.supervisor(), Map.of("holidays", List.of("2090-01-01"),
                "source", "测试：更正")).status()).isEqualTo(200);
        assertThat(storedEvents()).as("one event: the year set anew").isEqualTo(before + 1);
        JsonNode replaced = api.get(CALENDAR + "2090", tokens.auditor()).json();
        assertThat(dates(replaced.get("holidays"))).containsExactly("2090-01-01");
        assertThat(replaced.get("workingWeekends")).isEmpty();
        assertThat(replaced.get("source").asText()).isEqualTo("测试：更正");
    }

    @Test
    void badDatesAreRefusedNamingTheirPlaceAndStoreNothing() {
        long before = storedEvents();
        String supervisor = tokens.supervisor();

        assertRefused(api.put(CALENDAR + "2091", supervisor, Map.of("holidays", List.of("2091-01-01", "2092-01-01"))),
                "holidays[1]");
        assertRefused(api.put(CALENDAR + "2091", supervisor, Map.of("workingWeekends", List.of("2091-01-01"))),
                "workingWeekends[0]");
        assertRefused(api.put(CALENDAR + "2091", supervisor, Map.of("holidays", List.of("2091-01-06"),
                "workingWeekends", List.of("2091-01-06"))), "workingWeekends[0]");
        assertRefused(api.put(CALENDAR + "2091", supervisor, Map.of("holidays", List.of("2091-02-30"))),
                "holidays[0]");
        assertRefused(api.put(CALENDAR + "1999", supervisor, Map.of()), "year");
        assertRefused(api.get(CALENDAR + "2101", supervisor), "year");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void onlyTheOfficeSetsAYear() {
        long before = storedEvents();

        assertProblem(api.put(CALENDAR + "2092", tokens.department("改派市民政局"), Map.of()), 403);
        assertProblem(api.put(CALENDAR + "2092", tokens.leader(), Map.of()), 403);
        assertProblem(api.put(CALENDAR + "2092", null, Map.of()), 401);

        assertThat(storedEvents()).isEqualTo(before);
    }

    private static void assertRefused(ApiClient.Response answer, String field) {
        assertProblem(answer, 400);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).as(answer.toString()).isEqualTo(field);
    }
}
