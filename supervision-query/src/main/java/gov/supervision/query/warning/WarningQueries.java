package gov.supervision.query.warning;

import gov.supervision.query.api.warning.FindWarningsQuery;
import gov.supervision.query.api.warning.WarningPage;
import gov.supervision.query.common.OccurrenceSearch;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers from the warnings that {@link WarningProjection} keeps: newest first, the id breaking ties. */
@Component
class WarningQueries {

    private final OccurrenceSearch<WarningEntry> search;

    WarningQueries(WarningRepository warnings) {
        this.search = new OccurrenceSearch<>(warnings, WarningTask.class, "warningId");
    }

    /** {@code department} is the lead department only; {@code visibleToDepartment} every one that sees the task. */
    @QueryHandler
    WarningPage handle(FindWarningsQuery query) {
        return search.where()
                .equal("level", query.level())
                .equal("open", query.active())
                .equal("leadDepartment", query.department())
                .visibleTo(query.visibleToDepartment())
                .page(query.page(), query.size(), WarningEntry::toView, WarningPage::new);
    }
}
