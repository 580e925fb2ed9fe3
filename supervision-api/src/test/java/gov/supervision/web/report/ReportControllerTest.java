package gov.supervision.web.report;

import gov.supervision.core.api.assessment.AssessmentScheme;
import gov.supervision.core.api.assessment.AssessmentSchemesId;
import gov.supervision.core.api.assessment.AssessmentWeights;
import gov.supervision.core.api.assessment.SetAssessmentSchemeCommand;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.time.OfficeCalendar;
import gov.supervision.query.api.report.AssessmentSchemeList;
import gov.supervision.query.api.report.AssessmentSchemesQuery;
import gov.supervision.query.api.report.BriefingLine;
import gov.supervision.query.api.report.DepartmentAssessment;
import gov.supervision.query.api.report.DepartmentReport;
import gov.supervision.query.api.report.DepartmentReportQuery;
import gov.supervision.query.api.report.PeriodicBriefing;
import gov.supervision.query.api.report.PeriodicBriefingQuery;
import gov.supervision.query.api.report.SchemeVersion;
import gov.supervision.query.api.report.UnclosedTask;
import gov.supervision.query.api.report.YearEndReview;
import gov.supervision.query.api.report.YearEndReviewQuery;
import gov.supervision.web.WebSliceTest;
import gov.supervision.web.command.CommandDispatcher;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import gov.supervision.web.document.OfficeDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.TASK_ID;
import static gov.supervision.web.ApiFixtures.asAuditor;
import static gov.supervision.web.ApiFixtures.asDepartment;
import static gov.supervision.web.ApiFixtures.asLeader;
import static gov.supervision.web.ApiFixtures.asSupervisor;
import static gov.supervision.web.ApiFixtures.invalidField;
import static gov.supervision.web.ApiFixtures.problem;
import static java.util.concurrent.CompletableFuture.completedFuture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// The department query is matched by its type only: what it carries besides the year is the read side's business.
@WebSliceTest(ReportController.class)
@Import({ReportCsvConverters.class, OfficeDocuments.class})
class ReportControllerTest {

    private static final String DEPARTMENT = "市发展和改革委员会";
    private static final Instant CUT_OFF = Instant.parse("2023-12-31T16:00:00Z");
    private static final DepartmentReport REPORT = new DepartmentReport(2023, AssessmentWeights.DEFAULT, List.of(
            new DepartmentAssessment(DEPARTMENT, 10, 8, 7, 1, 2, 1, 1, 0, 1, 0, 1, 88.5, 1, 2, 3, 40, 38, 11.5,
                    0.6957, 0.087, 0.95, 0.1739, 0.087, 0.2609, 0.087, 1.0, 1, new SchemeVersion("default", 0))),
            CUT_OFF, CUT_OFF, true, AssessmentScheme.BUILT_IN);
    private static final Instant NOW = Instant.parse("2024-01-15T02:00:00Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    QueryGateway queries;
    @MockitoBean
    CommandDispatcher commands;

    @TestConfiguration
    static class Office {
        @Bean
        OfficeCalendar officeCalendar() {
            return new OfficeCalendar(Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));
        }
    }

    @Test
    void theDepartmentAssessmentOfAYearIsAnsweredWithItsScores() throws Exception {
        given(queries.query(any(DepartmentReportQuery.class), eq(DepartmentReport.class)))
                .willReturn(completedFuture(REPORT));

        mvc.perform(get("/api/v1/reports/departments?year=2023").with(asLeader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2023))
                .andExpect(jsonPath("$.departments[0].department").value(DEPARTMENT))
                .andExpect(jsonPath("$.departments[0].closedOnTime").value(7))
                .andExpect(jsonPath("$.departments[0].score").value(88.5))
                .andExpect(jsonPath("$.departments[0].onTimeRate").value(0.6957))
                .andExpect(jsonPath("$.departments[0].rank").value(1))
                .andExpect(jsonPath("$.departments[0].scheme.id").value("default"))
                .andExpect(jsonPath("$.departments[0].scheme.version").value(0))
                .andExpect(jsonPath("$.asOf").value("2023-12-31T16:00:00Z"))
                .andExpect(jsonPath("$.frozen").value(true))
                .andExpect(jsonPath("$.scheme.categoryMultipliers.RED_LINE").value(1.5));
    }

    @Test
    void theDepartmentAssessmentAsCsvCarriesTheWeightsInAHeader() throws Exception {
        given(queries.query(any(DepartmentReportQuery.class), eq(DepartmentReport.class)))
                .willReturn(completedFuture(REPORT));

        byte[] csv = mvc.perform(get("/api/v1/reports/departments?year=2023").accept("text/csv").with(asAuditor()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("X-Assessment-Weights", startsWith("onTime=50.0;reportTimeliness=30.0;")))
                .andExpect(header().string("X-Assessment-Scheme", "default;version=0"))
                .andReturn().getResponse().getContentAsByteArray();

        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        List<String> columns = List.of(lines.get(0).substring(1).split(","));
        List<String> row = List.of(lines.get(1).split(","));
        assertThat(row.get(columns.indexOf("department"))).isEqualTo(DEPARTMENT);
        assertThat(row.get(columns.indexOf("closedOnTime"))).isEqualTo("7");
        assertThat(row.get(columns.indexOf("score"))).isEqualTo("88.5");
        assertThat(row.get(columns.indexOf("reportTimeliness"))).isEqualTo("0.95");
        assertThat(row.get(columns.indexOf("scheme.id"))).isEqualTo("default");
        assertThat(row.get(columns.indexOf("scheme.version"))).isEqualTo("0");
    }

    @Test
    void anEarlierInstantIsAskedForAndOneInTheFutureIsRefused() throws Exception {
        Instant spring = Instant.parse("2023-04-01T00:00:00Z");
        given(queries.query(new DepartmentReportQuery(2023, spring), DepartmentReport.class))
                .willReturn(completedFuture(REPORT));

        mvc.perform(get("/api/v1/reports/departments?year=2023&asOf=2023-04-01T00:00:00Z").with(asLeader()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/departments?year=2024&asOf=2024-02-01T00:00:00Z").with(asLeader()))
                .andExpect(invalidField("asOf"));
        mvc.perform(get("/api/v1/reports/departments?year=2023&asOf=yesterday").with(asLeader()))
                .andExpect(problem(400));
    }

    @Test
    void theOfficeRecordsASchemeVersionAndOnlyTheOffice() throws Exception {
        given(queries.query(new AssessmentSchemesQuery(), AssessmentSchemeList.class))
                .willReturn(completedFuture(new AssessmentSchemeList("default", List.of(AssessmentScheme.BUILT_IN))));
        String body = """
                {"weights": {"onTime": 60, "reportTimeliness": 20, "coOperation": 10, "base": 10, "overdue": 20,
                             "yellowWarning": 10, "redWarning": 20, "escalation": 20, "finding": 1, "sanction": 5,
                             "commendation": 2},
                 "categoryMultipliers": {"RED_LINE": 2}, "note": "2024年考核办法"}""";

        mvc.perform(put("/api/v1/reports/assessment-schemes/default").contentType("application/json").content(body)
                        .with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inUse").value("default"));
        mvc.perform(put("/api/v1/reports/assessment-schemes/default").contentType("application/json").content(body)
                        .with(asLeader()))
                .andExpect(problem(403));

        then(commands).should().send(new SetAssessmentSchemeCommand(AssessmentSchemesId.ID, "default",
                new AssessmentWeights(60, 20, 10, 10, 20, 10, 20, 20, 1, 5, 2), Map.of(TaskCategory.RED_LINE, 2.0),
                "2024年考核办法"));
        then(commands).shouldHaveNoMoreInteractions();
    }

    @Test
    void aSchemeWithAWeightLeftOutIsRefusedNamingItAndSendsNothing() throws Exception {
        mvc.perform(put("/api/v1/reports/assessment-schemes/default").contentType("application/json")
                        .content("{\"weights\": {\"onTime\": 60}}").with(asSupervisor()))
                .andExpect(invalidField("weights.base"));

        verifyNoInteractions(commands);
    }

    @Test
    void aPeriodIsAskedForFromItsFirstToItsLastDay() throws Exception {
        PeriodicBriefingQuery week = new PeriodicBriefingQuery("2023-W05", LocalDate.of(2023, 1, 30),
                LocalDate.of(2023, 2, 5));
        BriefingLine total = new BriefingLine(null, 3, 5, 1, 2, 1, 1, 0, 1, 1);
        given(queries.query(week, PeriodicBriefing.class)).willReturn(completedFuture(new PeriodicBriefing(
                "2023-W05", week.from(), week.to(), List.of(), total)));

        mvc.perform(get("/api/v1/reports/periodic?period=2023-W05").with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2023-01-30"))
                .andExpect(jsonPath("$.to").value("2023-02-05"))
                .andExpect(jsonPath("$.total.newTasks").value(3));
    }

    @Test
    void theYearEndReviewListsTheYearsUnclosedTasks() throws Exception {
        UnclosedTask open = new UnclosedTask(TASK_ID, "重点项目建设", DEPARTMENT, "李副市长", TaskStatus.IN_PROGRESS,
                LocalDate.of(2023, 12, 31), LocalDate.of(2023, 12, 31), 60, null, null, null, 45);
        given(queries.query(new YearEndReviewQuery(2023), YearEndReview.class))
                .willReturn(completedFuture(new YearEndReview(2023, 1, 0, List.of(open))));

        mvc.perform(get("/api/v1/reports/year-end?year=2023").with(asLeader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unclosed").value(1))
                .andExpect(jsonPath("$.tasks[0].taskId").value(TASK_ID))
                .andExpect(jsonPath("$.tasks[0].percentComplete").value(60))
                .andExpect(jsonPath("$.tasks[0].rolledUpPercent").value(45));
    }

    @Test
    void aPeriodOrYearTheOfficeDoesNotCountInIsRefusedNamingIt() throws Exception {
        mvc.perform(get("/api/v1/reports/periodic?period=2023-W54").with(asSupervisor()))
                .andExpect(invalidField("period"));
        mvc.perform(get("/api/v1/reports/periodic?period=第一季度").with(asSupervisor()))
                .andExpect(invalidField("period"));
        mvc.perform(get("/api/v1/reports/year-end?year=1999").with(asSupervisor())).andExpect(invalidField("year"));
        mvc.perform(get("/api/v1/reports/departments?year=二〇二三").with(asSupervisor()))
                .andExpect(invalidField("year"));

        verifyNoInteractions(queries);
    }

    @Test
    void aDepartmentReadsNoReports() throws Exception {
        mvc.perform(get("/api/v1/reports/departments?year=2023").with(asDepartment(DEPARTMENT)))
                .andExpect(problem(403));

        verifyNoInteractions(queries);
    }
}
