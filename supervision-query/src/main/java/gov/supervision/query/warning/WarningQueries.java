package gov.supervision.query.warning;

import gov.supervision.query.api.warning.FindWarningsQuery;
import gov.supervision.query.api.warning.WarningPage;
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

/** Answers from the warnings that {@link WarningProjection} keeps: newest first, the id breaking ties. */
@Component
class WarningQueries {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.asc("warningId"));

    private final WarningRepository warnings;

    WarningQueries(WarningRepository warnings) {
        this.warnings = warnings;
    }

    @QueryHandler
    WarningPage handle(FindWarningsQuery query) {
        if (query.page() < 0 || query.size() < 1) {
            throw new IllegalArgumentException(
                    "Page must be 0 or more and size 1 or more, got page " + query.page() + " and size " + query.size());
        }
        Page<WarningEntry> page = warnings.findAll(matching(query), PageRequest.of(query.page(), query.size(), NEWEST_FIRST));
        return new WarningPage(page.map(WarningEntry::toView).getContent(), query.page(), query.size(),
                page.getTotalElements());
    }

    private static Specification<WarningEntry> matching(FindWarningsQuery query) {
        return (warning, select, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.level() != null) {
                where.add(cb.equal(warning.get("level"), query.level()));
            }
            if (query.active() != null) {
                where.add(cb.equal(warning.get("active"), query.active()));
            }
            if (present(query.department())) {
                where.add(cb.equal(warning.get("leadDepartment"), query.department()));
            }
            if (present(query.visibleToDepartment())) {
                Subquery<String> visible = select.subquery(String.class);
                Root<WarningTask> task = visible.from(WarningTask.class);
                Join<WarningTask, String> department = task.join("audience");
                visible.select(task.get("taskId")).where(cb.equal(department, query.visibleToDepartment()));
                where.add(warning.get("taskId").in(visible));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
