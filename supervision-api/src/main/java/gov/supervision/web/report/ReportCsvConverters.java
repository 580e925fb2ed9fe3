package gov.supervision.web.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import gov.supervision.core.api.assessment.AssessmentWeights;
import gov.supervision.query.api.report.BriefingLine;
import gov.supervision.query.api.report.DepartmentAssessment;
import gov.supervision.query.api.report.DepartmentReport;
import gov.supervision.query.api.report.PeriodicBriefing;
import gov.supervision.query.api.report.SchemeVersion;
import gov.supervision.query.api.report.UnclosedTask;
import gov.supervision.query.api.report.YearEndReview;
import gov.supervision.web.csv.CsvConverter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

import java.util.ArrayList;
import java.util.List;

/** The reports as CSV: the same rows as their JSON, in the same order. */
@Configuration(proxyBeanMethods = false)
class ReportCsvConverters {

    /** A CSV cell holds no object: a department's scheme is spread over two columns. */
    private abstract static class SchemeInColumns {
        @JsonUnwrapped(prefix = "scheme.")
        abstract SchemeVersion scheme();
    }

    /** Department rows, each with its scheme as the columns {@code scheme.id} and {@code scheme.version}. */
    @Bean
    CsvConverter<DepartmentReport, DepartmentAssessment> departmentReportCsv() {
        return new CsvConverter<>(DepartmentReport.class, DepartmentAssessment.class,
                mapper -> mapper.addMixIn(DepartmentAssessment.class, SchemeInColumns.class)) {
            @Override
            protected List<DepartmentAssessment> rows(DepartmentReport report) {
                return report.departments();
            }

            // The weights, the scheme and the instant go in headers so the CSV stays one table.
            @Override
            protected void addHeaders(DepartmentReport report, HttpHeaders headers) {
                AssessmentWeights w = report.weights();
                headers.set("X-Assessment-Weights", "onTime=" + w.onTime() + ";reportTimeliness="
                        + w.reportTimeliness() + ";coOperation=" + w.coOperation() + ";base=" + w.base()
                        + ";overdue=" + w.overdue() + ";yellowWarning=" + w.yellowWarning() + ";redWarning="
                        + w.redWarning() + ";escalation=" + w.escalation() + ";finding=" + w.finding()
                        + ";sanction=" + w.sanction() + ";commendation=" + w.commendation());
                headers.set("X-Assessment-Scheme", report.scheme().id() + ";version=" + report.scheme().version());
                headers.set("X-Assessment-As-Of", report.asOf() + ";cutOff=" + report.cutOff() + ";frozen="
                        + report.frozen());
            }
        };
    }

    /** Department rows, then the total as a last row without a department. */
    @Bean
    CsvConverter<PeriodicBriefing, BriefingLine> periodicBriefingCsv() {
        return new CsvConverter<>(PeriodicBriefing.class, BriefingLine.class) {
            @Override
            protected List<BriefingLine> rows(PeriodicBriefing briefing) {
                List<BriefingLine> rows = new ArrayList<>(briefing.departments());
                rows.add(briefing.total());
                return rows;
            }
        };
    }

    @Bean
    CsvConverter<YearEndReview, UnclosedTask> yearEndReviewCsv() {
        return new CsvConverter<>(YearEndReview.class, UnclosedTask.class) {
            @Override
            protected List<UnclosedTask> rows(YearEndReview review) {
                return review.tasks();
            }
        };
    }
}
