package gov.supervision.query.ledger;

import gov.supervision.query.api.ledger.FindTasksQuery;
import gov.supervision.query.api.ledger.TaskFilter;
import gov.supervision.query.api.ledger.TaskPage;
import gov.supervision.query.common.Paging;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ledger's filters, paging and sorting as one criteria query and its count. */
@Component
class LedgerSearch {

    private final EntityManager entityManager;

    LedgerSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    TaskPage find(FindTasksQuery query) {
        Paging.check(query.page(), query.size());
        TaskFilter filter = query.filter() == null ? TaskFilter.none() : query.filter();
        LedgerSort sort = LedgerSort.parse(query.sort());
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();

        CriteriaQuery<TaskEntry> select = cb.createQuery(TaskEntry.class);
        Root<TaskEntry> task = select.from(TaskEntry.class);
        select.where(matching(cb, select, task, filter)).orderBy(sort.orders(cb, task));
        List<TaskEntry> rows = entityManager.createQuery(select)
                .setFirstResult(Math.toIntExact((long) query.page() * query.size()))
                .setMaxResults(query.size())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<TaskEntry> counted = count.from(TaskEntry.class);
        count.select(cb.count(counted)).where(matching(cb, count, counted, filter));
        long total = entityManager.createQuery(count).getSingleResult();

        return new TaskPage(rows.stream().map(TaskEntry::toView).toList(), query.page(), query.size(), total);
    }

    private static Predicate[] matching(CriteriaBuilder cb, AbstractQuery<?> query, Root<TaskEntry> task,
                                        TaskFilter filter) {
        List<Predicate> where = new ArrayList<>();
        Path<Object> progress = task.get("progress");
        if (filter.status() != null) {
            where.add(cb.equal(progress.get("status"), filter.status()));
        }
        if (filter.category() != null) {
            where.add(cb.equal(task.get("category"), filter.category()));
        }
        if (present(filter.department())) {
            where.add(cb.exists(departmentRows(cb, query, task, filter.department(),
                    List.of(DepartmentRelation.LEAD, DepartmentRelation.CO))));
        }
        if (present(filter.leader())) {
            where.add(cb.equal(task.get("leaderInCharge"), filter.leader()));
        }
        if (filter.warningLevel() != null) {
            where.add(cb.equal(progress.get("warnings").get("warningLevel"), filter.warningLevel()));
        }
        if (filter.overdue() != null) {
            where.add(cb.equal(progress.get("warnings").get("overdue"), filter.overdue()));
        }
        if (present(filter.parentId())) {
            where.add(cb.equal(task.get("parentTaskId"), filter.parentId()));
        }
        if (present(filter.text())) {
            String pattern = "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(
                    cb.like(cb.lower(task.get("title")), pattern, '\\'),
                    cb.like(cb.lower(task.get("description")), pattern, '\\')));
        }
        if (filter.dueBefore() != null) {
            where.add(cb.lessThanOrEqualTo(task.<LocalDate>get("dueDate"), filter.dueBefore()));
        }
        if (filter.dueAfter() != null) {
            where.add(cb.greaterThanOrEqualTo(task.<LocalDate>get("dueDate"), filter.dueAfter()));
        }
        if (present(filter.visibleToDepartment())) {
            where.add(cb.exists(departmentRows(cb, query, task, filter.visibleToDepartment(),
                    List.of(DepartmentRelation.values()))));
        }
        return where.toArray(Predicate[]::new);
    }

    private static Subquery<Integer> departmentRows(CriteriaBuilder cb, AbstractQuery<?> query,
                                                    Root<TaskEntry> task, String department,
                                                    List<DepartmentRelation> relations) {
        Subquery<Integer> rows = query.subquery(Integer.class);
        Root<TaskDepartment> row = rows.from(TaskDepartment.class);
        return rows.select(cb.literal(1)).where(
                cb.equal(row.get("department"), department),
                cb.equal(row.get("taskId"), task.get("taskId")),
                row.get("relation").in(relations));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
