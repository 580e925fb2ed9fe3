package gov.supervision.query.api.report;

import java.time.LocalDate;
import java.util.List;

/** A period's figures per department (sorted by department) and in total. */
public record PeriodicBriefing(String period, LocalDate from, LocalDate to, List<BriefingLine> departments,
                               BriefingLine total) {
}
