package gov.supervision.web.report;

import gov.supervision.query.api.report.DepartmentReport;
import gov.supervision.query.api.report.DepartmentReportQuery;
import gov.supervision.query.api.report.PeriodicBriefing;
import gov.supervision.query.api.report.PeriodicBriefingQuery;
import gov.supervision.query.api.report.YearEndReview;
import gov.supervision.query.api.report.YearEndReviewQuery;
import gov.supervision.web.error.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports for the office, leaders and auditors, as JSON or CSV ({@code Accept: text/csv}); all derived from
 * events, so they can be rebuilt at any time and never need a second entry by hand.
 */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = {"application/json", "text/csv"})
class ReportController {

    private final QueryGateway queries;

    ReportController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "Department assessment (考核) for a year, with the weights the scores were computed by")
    @GetMapping("/departments")
    DepartmentReport departments(@RequestParam int year) {
        checkYear(year);
        return queries.query(new DepartmentReportQuery(year), DepartmentReport.class).join();
    }

    @Operation(summary = "Periodic briefing for a week (2023-W05), month (2023-01), quarter (2023-Q1) or year")
    @GetMapping("/periodic")
    PeriodicBriefing periodic(@RequestParam String period) {
        ReportPeriod parsed = ReportPeriod.parse(period);
        return queries.query(new PeriodicBriefingQuery(parsed.name(), parsed.from(), parsed.to()),
                PeriodicBriefing.class).join();
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
