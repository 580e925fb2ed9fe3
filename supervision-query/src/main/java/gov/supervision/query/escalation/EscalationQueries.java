package gov.supervision.query.escalation;

import gov.supervision.query.api.escalation.EscalationPage;
import gov.supervision.query.api.escalation.FindEscalationsQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Answers from the escalations that {@link EscalationProjection} keeps: newest first, the id breaking ties. */
@Component
class EscalationQueries {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.asc("escalationId"));

    private final EscalationRepository escalations;

    EscalationQueries(EscalationRepository escalations) {
        this.escalations = escalations;
    }

    @QueryHandler
    EscalationPage handle(FindEscalationsQuery query) {
        if (query.page() < 0 || query.size() < 1) {
            throw new IllegalArgumentException(
                    "Page must be 0 or more and size 1 or more, got page " + query.page() + " and size " + query.size());
        }
        Page<EscalationEntry> page = escalations.findAll(matching(query),
                PageRequest.of(query.page(), query.size(), NEWEST_FIRST));
        return new EscalationPage(page.map(EscalationEntry::toView).getContent(), query.page(), query.size(),
                page.getTotalElements());
    }

    private static Specification<EscalationEntry> matching(FindEscalationsQuery query) {
        return (escalation, select, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.open() != null) {
                where.add(cb.equal(escalation.get("open"), query.open()));
            }
            if (query.level() != null) {
                where.add(cb.equal(escalation.get("level"), query.level()));
            }
            if (present(query.leader())) {
                where.add(cb.equal(escalation.get("leaderInCharge"), query.leader()));
            }
            if (present(query.visibleToDepartment())) {
                Subquery<String> visible = select.subquery(String.class);
                Root<EscalationTask> task = visible.from(EscalationTask.class);
                Join<EscalationTask, String> department = task.join("audience");
                visible.select(task.get("taskId")).where(cb.equal(department, query.visibleToDepartment()));
                where.add(escalation.get("taskId").in(visible));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
