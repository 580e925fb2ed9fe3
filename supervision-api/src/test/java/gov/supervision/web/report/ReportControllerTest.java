package gov.supervision.web.report;

import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.query.api.report.AssessmentWeights;
import gov.supervision.query.api.report.BriefingLine;
import gov.supervision.query.api.report.DepartmentAssessment;
import gov.supervision.query.api.report.DepartmentReport;
import gov.supervision.query.api.report.DepartmentReportQuery;
import gov.supervision.query.api.report.PeriodicBriefing;
import gov.supervision.query.api.report.PeriodicBriefingQuery;
import gov.supervision.query.api.report.UnclosedTask;
import gov.supervision.query.api.report.YearEndReview;
import gov.supervision.query.api.report.YearEndReviewQuery;
import gov.supervision.web.WebSliceTest;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

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
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// The department query is matched by its type only: what it carries besides the year is the read side's business.
@WebSliceTest(ReportController.class)
@Import(ReportCsvConverters.class)
class ReportControllerTest {

    private static final String DEPARTMENT = "市发展和改革委员会";
    private static final DepartmentReport REPORT = new DepartmentReport(2023, AssessmentWeights.DEFAULT, List.of(
            new DepartmentAssessment(DEPARTMENT, 10, 8, 7, 1, 2, 1, 1, 0, 1, 0, 1, 88.5, 1, 2, 3)));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    QueryGateway queries;

    @Test
    void theDepartmentAssessmentOfAYearIsAnsweredWithItsScores() throws Exception {
        given(queries.query(any(DepartmentReportQuery.class), eq(DepartmentReport.class)))
                .willReturn(completedFuture(REPORT));

        mvc.perform(get("/api/v1/reports/departments?year=2023").with(asLeader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2023))
                .andExpect(jsonPath("$.departments[0].department").value(DEPARTMENT))
                .andExpect(jsonPath("$.departments[0].closedOnTime").value(7))
                .andExpect(jsonPath("$.departments[0].score").value(88.5));
    }

    @Test
    void theDepartmentAssessmentAsCsvCarriesTheWeightsInAHeader() throws Exception {
        given(queries.query(any(DepartmentReportQuery.class), eq(DepartmentReport.class)))
                .willReturn(completedFuture(REPORT));

        byte[] csv = mvc.perform(get("/api/v1/reports/departments?year=2023").accept("text/csv").with(asAuditor()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("X-Assessment-Weights", startsWith("onTimeShare=60.0;")))
                .andReturn().getResponse().getContentAsByteArray();

        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        List<String> columns = List.of(lines.get(0).substring(1).split(","));
        List<String> row = List.of(lines.get(1).split(","));
        assertThat(row.get(columns.indexOf("department"))).isEqualTo(DEPARTMENT);
        assertThat(row.get(columns.indexOf("closedOnTime"))).isEqualTo("7");
        assertThat(row.get(columns.indexOf("score"))).isEqualTo("88.5");
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
