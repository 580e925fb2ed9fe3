package gov.supervision.query.common;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Pages of a {@link TaskOccurrenceProjection}'s rows, newest first with the row's id breaking ties, filtered by
 * exact values and by the audience of their task as the projection copied it.
 *
 * @param <R> the row
 */
public final class OccurrenceSearch<R extends TaskOccurrence> {

    private final JpaSpecificationExecutor<R> rows;
    private final Class<? extends TaskCopy> copies;
    private final Sort newestFirst;

    /** {@code idAttribute} names the row's id; {@code copies} is the projection's copy of the tasks. */
    public OccurrenceSearch(JpaSpecificationExecutor<R> rows, Class<? extends TaskCopy> copies, String idAttribute) {
        this.rows = rows;
        this.copies = copies;
        this.newestFirst = Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.asc(idAttribute));
    }

    public Filter where() {
        return new Filter();
    }

    /** The conditions of one search; one left out (null, or a blank text) matches every row. */
    public final class Filter {

        private final List<Specification<R>> conditions = new ArrayList<>();

        private Filter() {
        }

        public Filter equal(String attribute, Object value) {
            if (value != null && !(value instanceof String text && text.isBlank())) {
                conditions.add((row, select, cb) -> cb.equal(row.get(attribute), value));
            }
            return this;
        }

        /** Rows of the tasks the department leads or co-operates on, and of the tasks below those. */
        public Filter visibleTo(String department) {
            if (department != null && !department.isBlank()) {
                conditions.add((row, select, cb) -> {
                    Subquery<String> visible = select.subquery(String.class);
                    Root<? extends TaskCopy> task = visible.from(copies);
                    Join<?, String> seenBy = task.join("audience");
                    visible.select(task.<String>get("taskId")).where(cb.equal(seenBy, department));
                    return row.get("taskId").in(visible);
                });
            }
            return this;
        }

        /** The page asked for, each row as its view {@code V}, in the answer {@code P} of the query. */
        public <V, P> P page(int page, int size, Function<R, V> view, PageOf<V, P> answer) {
            Paging.check(page, size);
            Specification<R> matching = (row, select, cb) -> cb.and(conditions.stream()
                    .map(condition -> condition.toPredicate(row, select, cb))
                    .toArray(Predicate[]::new));
            Page<R> found = rows.findAll(matching, PageRequest.of(page, size, newestFirst));
            return answer.of(found.map(view).getContent(), page, size, found.getTotalElements());
        }
    }

    /** The constructor of a page answer: {@code (items, page, size, total)}. */
    @FunctionalInterface
    public interface PageOf<V, P> {
        P of(List<V> items, int page, int size, long total);
    }
}
