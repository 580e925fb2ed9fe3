package gov.supervision.web.calendar;

import gov.supervision.core.api.calendar.CalendarId;
import gov.supervision.core.api.calendar.CalendarYear;
import gov.supervision.core.api.calendar.SetCalendarYearCommand;
import gov.supervision.core.time.WorkingCalendar;
import gov.supervision.query.api.calendar.WorkingCalendarQuery;
import gov.supervision.web.CommandSliceTest;
import gov.supervision.web.WebSliceTest;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.supervision.web.ApiFixtures.asAuditor;
import static gov.supervision.web.ApiFixtures.asDepartment;
import static gov.supervision.web.ApiFixtures.asSupervisor;
import static gov.supervision.web.ApiFixtures.asSystem;
import static gov.supervision.web.ApiFixtures.invalidField;
import static gov.supervision.web.ApiFixtures.json;
import static gov.supervision.web.ApiFixtures.problem;
import static gov.supervision.web.ApiFixtures.sent;
import static java.util.concurrent.CompletableFuture.completedFuture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(CalendarController.class)
class CalendarControllerTest extends CommandSliceTest {

    private static final String NOTICE = "国务院办公厅关于2027年部分节假日安排的通知";

    @MockitoBean
    QueryGateway queries;

    @BeforeEach
    void theOfficialCalendarsAreInForce() {
        inForce(WorkingCalendar.official());
    }

    private void inForce(WorkingCalendar calendar) {
        given(queries.query(any(WorkingCalendarQuery.class), eq(WorkingCalendar.class)))
                .willReturn(completedFuture(calendar));
    }

    private static MockHttpServletRequestBuilder putJson(int year, Object body) {
        return put("/api/v1/calendar/" + year).contentType(MediaType.APPLICATION_JSON).content(json(body));
    }

    @Test
    void everyRoleReadsAYearOfTheOfficialCalendarWithItsSource() throws Exception {
        mvc.perform(get("/api/v1/calendar/2024").with(asDepartment("市交通运输局")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2024))
                .andExpect(jsonPath("$.holidays[1]").value("2024-02-10"))
                .andExpect(jsonPath("$.workingWeekends[0]").value("2024-02-04"))
                .andExpect(jsonPath("$.source").value(startsWith("国务院办公厅关于2024年部分节假日安排的通知")));
        mvc.perform(get("/api/v1/calendar/2024").with(asSystem())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/calendar/2024").with(asAuditor())).andExpect(status().isOk());
    }

    @Test
    void aYearNotShippedHasNoListsAndNoSource() throws Exception {
        mvc.perform(get("/api/v1/calendar/2031").with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2031))
                .andExpect(jsonPath("$.holidays").isEmpty())
                .andExpect(jsonPath("$.workingWeekends").isEmpty())
                .andExpect(jsonPath("$.source").doesNotExist());
    }

    @Test
    void aYearOutsideTheCalendarsRangeOrNoYearAtAllIsRefusedNamingIt() throws Exception {
        mvc.perform(get("/api/v1/calendar/1999").with(asSupervisor())).andExpect(invalidField("year"));
        mvc.perform(get("/api/v1/calendar/next").with(asSupervisor())).andExpect(invalidField("year"));
    }

    @Test
    void settingAYearSendsItsListsAndAnswersTheYearNowInForce() throws Exception {
        LocalDate newYear = LocalDate.parse("2027-01-01");
        LocalDate makeUp = LocalDate.parse("2027-02-14");
        inForce(WorkingCalendar.official().with(CalendarYear.of(2027, List.of(newYear), List.of(makeUp), NOTICE)));

        mvc.perform(putJson(2027, Map.of("holidays", List.of("2027-01-01", "2027-01-01"),
                        "workingWeekends", List.of("2027-02-14"), "source", " " + NOTICE + " "))
                        .with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2027))
                .andExpect(jsonPath("$.holidays[0]").value("2027-01-01"))
                .andExpect(jsonPath("$.workingWeekends[0]").value("2027-02-14"))
                .andExpect(jsonPath("$.source").value(NOTICE));

        assertThat(sent(commands, SetCalendarYearCommand.class)).isEqualTo(
                new SetCalendarYearCommand(CalendarId.ID, 2027, Set.of(newYear), Set.of(makeUp), NOTICE));
    }

    @Test
    void aYearWithoutListsSetsAYearOfWeekdays() throws Exception {
        mvc.perform(putJson(2027, Map.of()).with(asSupervisor())).andExpect(status().isOk());

        assertThat(sent(commands, SetCalendarYearCommand.class))
                .isEqualTo(new SetCalendarYearCommand(CalendarId.ID, 2027, Set.of(), Set.of(), null));
    }

    @Test
    void aDateOfAnotherYearIsRefusedNamingItsPlace() throws Exception {
        mvc.perform(putJson(2027, Map.of("holidays", List.of("2027-01-01", "2026-12-31"))).with(asSupervisor()))
                .andExpect(invalidField("holidays[1]"))
                .andExpect(jsonPath("$.code").value("CALENDAR_YEAR_INVALID"));
        mvc.perform(putJson(2027, Map.of("workingWeekends", List.of("2028-01-01"))).with(asSupervisor()))
                .andExpect(invalidField("workingWeekends[0]"));

        verifyNoInteractions(commands);
    }

    @Test
    void aWorkingWeekendDayOnAWeekdayOrOnAHolidayIsRefusedNamingIt() throws Exception {
        mvc.perform(putJson(2027, Map.of("workingWeekends", List.of("2027-02-14", "2027-02-15"))).with(asSupervisor()))
                .andExpect(invalidField("workingWeekends[1]"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("2027-02-15 is no Saturday or Sunday")));
        mvc.perform(putJson(2027, Map.of("holidays", List.of("2027-02-14"), "workingWeekends", List.of("2027-02-14")))
                        .with(asSupervisor()))
                .andExpect(invalidField("workingWeekends[0]"));

        verifyNoInteractions(commands);
    }

    @Test
    void aDateThatIsNoDateIsRefusedNamingItsPlace() throws Exception {
        mvc.perform(putJson(2027, Map.of("holidays", List.of("2027-02-30"))).with(asSupervisor()))
                .andExpect(invalidField("holidays[0]"));
        mvc.perform(putJson(2027, Map.of("holidays", java.util.Arrays.asList("2027-01-01", null)))
                        .with(asSupervisor()))
                .andExpect(invalidField("holidays[1]"));

        verifyNoInteractions(commands);
    }

    @Test
    void onlyTheOfficeSetsTheCalendar() throws Exception {
        mvc.perform(putJson(2027, Map.of()).with(asDepartment("市交通运输局"))).andExpect(problem(403));
        mvc.perform(putJson(2027, Map.of()).with(asAuditor())).andExpect(problem(403));
        mvc.perform(putJson(2027, Map.of()).with(asSystem())).andExpect(problem(403));

        verifyNoInteractions(commands);
    }
}
