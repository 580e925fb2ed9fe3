package gov.supervision.web.report;

import gov.supervision.core.api.assessment.AssessmentSchemesId;
import gov.supervision.core.api.assessment.AssessmentWeights;
import gov.supervision.core.api.assessment.SetAssessmentSchemeCommand;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.time.OfficeCalendar;
import gov.supervision.query.api.report.AssessmentSchemeList;
import gov.supervision.query.api.report.AssessmentSchemesQuery;
import gov.supervision.query.api.report.DepartmentReport;
import gov.supervision.query.api.report.DepartmentReportQuery;
import gov.supervision.query.api.report.PeriodicBriefing;
import gov.supervision.query.api.report.PeriodicBriefingQuery;
import gov.supervision.query.api.report.YearEndReview;
import gov.supervision.query.api.report.YearEndReviewQuery;
import gov.supervision.web.command.CommandDispatcher;
import gov.supervision.web.document.OfficeDocuments;
import gov.supervision.web.document.PdfAnswer;
import gov.supervision.web.error.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Map;

/**
 * Reports for the office, leaders and auditors, as JSON or CSV ({@code Accept: text/csv}); all derived from
 * events, so they can be rebuilt at any time and never need a second entry by hand.
 */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = {"application/json", "text/csv"})
class ReportController {

    private final QueryGateway queries;
    private final CommandDispatcher commands;
    private final OfficeCalendar calendar;
    private final OfficeDocuments documents;

    ReportController(QueryGateway queries, CommandDispatcher commands, OfficeCalendar calendar,
                     OfficeDocuments documents) {
        this.queries = queries;
        this.commands = commands;
        this.calendar = calendar;
        this.documents = documents;
    }

    @Operation(summary = "Department assessment (考核) for a year as it stood at its cut-off (final once the cut-off "
            + "has passed), or at asOf when that is earlier: counts, rates, score and rank, with the assessment "
            + "scheme version the scores were computed by")
    @GetMapping("/departments")
    DepartmentReport departments(@RequestParam int year, @RequestParam(required = false)
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        checkYear(year);
        if (asOf != null && asOf.isAfter(calendar.now())) {
            throw new InvalidRequestException("asOf", "must not lie in the future: the figures of " + asOf
                    + " are not known yet");
        }
        return queries.query(new DepartmentReportQuery(year, asOf), DepartmentReport.class).join();
    }

    @Operation(summary = "Every version of every assessment scheme: weights, category multipliers, the instant each "
            + "took effect, and the scheme the assessment scores by")
    @GetMapping("/assessment-schemes")
    AssessmentSchemeList schemes() {
        return queries.query(new AssessmentSchemesQuery(), AssessmentSchemeList.class).join();
    }

    /** Every weight in points, each required: a weight left out would silently weigh nothing. */
    record WeightsRequest(
            @NotNull Double onTime,
            @NotNull Double reportTimeliness,
            @NotNull Double coOperation,
            @NotNull Double base,
            @NotNull Double overdue,
            @NotNull Double yellowWarning,
            @NotNull Double redWarning,
            @NotNull Double escalation,
            @NotNull Double finding,
            @NotNull Double sanction,
            @NotNull Double commendation) {

        AssessmentWeights weights() {
            return new AssessmentWeights(onTime, reportTimeliness, coOperation, base, overdue, yellowWarning,
                    redWarning, escalation, finding, sanction, commendation);
        }
    }

    record SchemeRequest(
            @NotNull @Valid WeightsRequest weights,
            @Size(max = 20) Map<@NotNull TaskCategory, @NotNull Double> categoryMultipliers,
            @Size(max = 500) String note) {
    }

    @Operation(summary = "Record a new version of an assessment scheme, in force from now on (a year already cut off "
            + "keeps the version it was scored by); the same weights and multipliers as the version in force record "
            + "nothing. Negative or non-finite weights, or a multiplier outside (0, 10], are 400 "
            + "ASSESSMENT_SCHEME_INVALID")
    @PutMapping(path = "/assessment-schemes/{id}", consumes = "application/json")
    AssessmentSchemeList setScheme(@PathVariable String id, @Valid @RequestBody SchemeRequest request) {
        commands.send(new SetAssessmentSchemeCommand(AssessmentSchemesId.ID, id, request.weights().weights(),
                request.categoryMultipliers(), request.note()));
        return schemes();
    }

    @Operation(summary = "Periodic briefing for a week (2023-W05), month (2023-01), quarter (2023-Q1) or year")
    @GetMapping("/periodic")
    PeriodicBriefing periodic(@RequestParam String period) {
        ReportPeriod parsed = ReportPeriod.parse(period);
        return queries.query(new PeriodicBriefingQuery(parsed.name(), parsed.from(), parsed.to()),
                PeriodicBriefing.class).join();
    }

    @Operation(summary = "The periodic briefing (预警通报) as a PDF, laid out for print")
    @GetMapping(path = "/periodic", produces = "application/pdf")
    ResponseEntity<byte[]> periodicDocument(@RequestParam String period) {
        return PdfAnswer.of(documents.briefing(periodic(period)), "briefing-" + period + ".pdf");
    }

    @Operation(summary = "Year-end review (年底对照检查): the year's unclosed tasks, with or without explanation")
    @GetMapping("/year-end")
    YearEndReview yearEnd(@RequestParam int year) {
        checkYear(year);
        return queries.query(new YearEndReviewQuery(year), YearEndReview.class).join();
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2999) {
            throw new InvalidRequestException("year", "must be a year such as 2023");
        }
    }
}
