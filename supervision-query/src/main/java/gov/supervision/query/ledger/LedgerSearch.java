package gov.supervision.query.ledger;

import gov.supervision.query.api.ledger.FindTasksQuery;
import gov.supervision.query.api.ledger.TaskFilter;
import gov.supervision.query.api.ledger.TaskPage;
import gov.supervision.query.common.Paging;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ledger's filters, paging and sorting as one criteria query and its count. When the filter names a department
 * (a client's {@code department}, or the DEPARTMENT caller's own), that department's {@code task_department} rows
 * drive the query: they copy the task's status, category, warning, overdue and due date, so that a department's page
 * in due-date order is read along one index, and its count, when nothing else is asked of the task, from the rows
 * alone (at 100,000 tasks on PostgreSQL, 5 ms instead of 115 ms through the join of every match).
 */
@Component
class LedgerSearch {

    private static final List<DepartmentRelation> ACTING = List.of(DepartmentRelation.LEAD, DepartmentRelation.CO);

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
        LedgerColumns columns = where(cb, select, task, filter);
        select.select(task).orderBy(sort.orders(cb, task, columns));
        List<TaskEntry> rows = entityManager.createQuery(select)
                .setFirstResult(Math.toIntExact((long) query.page() * query.size()))
                .setMaxResults(query.size())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        if (drivingDepartment(filter) != null && !asksOfTheTask(filter)) {
            Root<TaskDepartment> row = count.from(TaskDepartment.class);
            LedgerColumns counted = LedgerColumns.ofDepartmentRow(row);
            List<Predicate> where = new ArrayList<>(driving(cb, row, filter));
            where.addAll(onColumns(cb, counted, filter));
            count.select(cb.count(row)).where(where.toArray(Predicate[]::new));
        } else {
            Root<TaskEntry> counted = count.from(TaskEntry.class);
            where(cb, count, counted, filter);
            count.select(cb.count(counted));
        }
        long total = entityManager.createQuery(count).getSingleResult();

        return new TaskPage(rows.stream().map(TaskEntry::toView).toList(), query.page(), query.size(), total);
    }

    /** Sets the query's restriction, joining the driving department's rows when there is one; where it reads. */
    private static LedgerColumns where(CriteriaBuilder cb, AbstractQuery<?> query, Root<TaskEntry> task,
                                       TaskFilter filter) {
        List<Predicate> where = new ArrayList<>();
        LedgerColumns columns = LedgerColumns.ofTask(task);
        if (drivingDepartment(filter) != null) {
            Root<TaskDepartment> row = query.from(TaskDepartment.class);
            where.add(cb.equal(row.get("taskId"), task.get("taskId")));
            where.addAll(driving(cb, row, filter));
            columns = LedgerColumns.ofDepartmentRow(row);
        }
        where.addAll(onColumns(cb, columns, filter));
        where.addAll(onTask(cb, query, task, filter));
        query.where(where.toArray(Predicate[]::new));
        return columns;
    }

    /** The client's department (lead or co-operating), else the DEPARTMENT caller's own (any row: it sees the task). */
    private static String drivingDepartment(TaskFilter filter) {
        if (present(filter.department())) {
            return filter.department();
        }
        return present(filter.visibleToDepartment()) ? filter.visibleToDepartment() : null;
    }

    private static List<Predicate> driving(CriteriaBuilder cb, Root<TaskDepartment> row, TaskFilter filter) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(row.get("department"), drivingDepartment(filter)));
        if (present(filter.department())) {
            where.add(row.get("relation").in(ACTING));
        }
        return where;
    }

    private static List<Predicate> onColumns(CriteriaBuilder cb, LedgerColumns columns, TaskFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.status() != null) {
            where.add(cb.equal(columns.status(), filter.status()));
        }
        if (filter.category() != null) {
            where.add(cb.equal(columns.category(), filter.category()));
        }
        if (filter.warningLevel() != null) {
            where.add(cb.equal(columns.warningLevel(), filter.warningLevel()));
        }
        if (filter.overdue() != null) {
            where.add(cb.equal(columns.overdue(), filter.overdue()));
        }
        if (filter.dueBefore() != null) {
            where.add(cb.lessThanOrEqualTo(columns.dueDate(), filter.dueBefore()));
        }
        if (filter.dueAfter() != null) {
            where.add(cb.greaterThanOrEqualTo(columns.dueDate(), filter.dueAfter()));
        }
        return where;
    }

    /** Whether the filter asks anything its department rows do not copy of the task. */
    private static boolean asksOfTheTask(TaskFilter filter) {
        return present(filter.leader()) || present(filter.parentId()) || present(filter.text())
                || present(filter.department()) && present(filter.visibleToDepartment());
    }

    private static List<Predicate> onTask(CriteriaBuilder cb, AbstractQuery<?> query, Root<TaskEntry> task,
                                          TaskFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (present(filter.leader())) {
            where.add(cb.equal(task.get("leaderInCharge"), filter.leader()));
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
        if (present(filter.department()) && present(filter.visibleToDepartment())) {
            Subquery<Integer> rows = query.subquery(Integer.class);
            Root<TaskDepartment> row = rows.from(TaskDepartment.class);
            where.add(cb.exists(rows.select(cb.literal(1)).where(
                    cb.equal(row.get("department"), filter.visibleToDepartment()),
                    cb.equal(row.get("taskId"), task.get("taskId")))));
        }
        return where;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
