package gov.supervision.query.escalation;

import gov.supervision.query.api.escalation.EscalationPage;
import gov.supervision.query.api.escalation.FindEscalationsQuery;
import gov.supervision.query.common.OccurrenceSearch;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers from the escalations that {@link EscalationProjection} keeps: newest first, the id breaking ties. */
@Component
class EscalationQueries {

    private final OccurrenceSearch<EscalationEntry> search;

    EscalationQueries(EscalationRepository escalations) {
        this.search = new OccurrenceSearch<>(escalations, EscalationTask.class, "escalationId");
    }

    /** {@code leader} is the task's leader in charge, matched exactly; a withdrawn escalation is not open. */
    @QueryHandler
    EscalationPage handle(FindEscalationsQuery query) {
        return search.where()
                .equal("open", query.open())
                .equal("status", query.status())
                .equal("level", query.level())
                .equal("leaderInCharge", query.leader())
                .visibleTo(query.visibleToDepartment())
                .page(query.page(), query.size(), EscalationEntry::toView, EscalationPage::new);
    }
}
