package gov.supervision.query.ledger;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ledger kept before its department rows carried the task's fields (V18) is upgraded in place: each row takes its
 * task's status, category, warning, overdue and due date, and a lead or co-operating department that also saw the
 * task from above keeps one row that says so, so that its page counts the task once.
 */
class DepartmentFiltersMigrationTest {

    @Test
    void theUpgradeCopiesTheTasksFieldsAndKeepsOneRowPerDepartment() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:department-filters-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        migrate(dataSource, "17");
        task(jdbc, "renewal", "IN_PROGRESS", "YELLOW", LocalDate.of(2026, 6, 30));
        task(jdbc, "survey", "ASSIGNED", "NONE", LocalDate.of(2026, 3, 31));
        row(jdbc, "renewal", "ZJJ", "LEAD");
        row(jdbc, "survey", "ZJJ", "LEAD");
        row(jdbc, "survey", "ZJJ", "ANCESTOR");
        row(jdbc, "survey", "FGW", "ANCESTOR");

        migrate(dataSource, "18");

        assertThat(jdbc.queryForList("select task_id, department, relation, also_ancestor, status, warning_level, "
                + "due_date from task_department order by task_id, department"))
                .containsExactly(
                        Map.of("TASK_ID", "renewal", "DEPARTMENT", "ZJJ", "RELATION", "LEAD", "ALSO_ANCESTOR", false,
                                "STATUS", "IN_PROGRESS", "WARNING_LEVEL", "YELLOW",
                                "DUE_DATE", Date.valueOf("2026-06-30")),
                        Map.of("TASK_ID", "survey", "DEPARTMENT", "FGW", "RELATION", "ANCESTOR", "ALSO_ANCESTOR", false,
                                "STATUS", "ASSIGNED", "WARNING_LEVEL", "NONE", "DUE_DATE", Date.valueOf("2026-03-31")),
                        Map.of("TASK_ID", "survey", "DEPARTMENT", "ZJJ", "RELATION", "LEAD", "ALSO_ANCESTOR", true,
                                "STATUS", "ASSIGNED", "WARNING_LEVEL", "NONE", "DUE_DATE", Date.valueOf("2026-03-31")));
    }

    private static void migrate(JdbcDataSource dataSource, String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").target(version).load()
                .migrate();
    }

    private static void task(JdbcTemplate jdbc, String taskId, String status, String warningLevel, LocalDate due) {
        jdbc.update("insert into task (task_id, title, category, co_departments, due_date, milestones, status, "
                        + "percent_complete, warning_level, escalation_level, open_escalations, overdue, subtask_ids, "
                        + "open_requests, assigned_at, updated_at, version) values (?, '任务', 'MAJOR_PRIORITY', '[]', ?, "
                        + "'[]', ?, 0, ?, 'NONE', '{}', false, '[]', '[]', current_timestamp, current_timestamp, 0)",
                taskId, Date.valueOf(due), status, warningLevel);
    }

    private static void row(JdbcTemplate jdbc, String taskId, String department, String relation) {
        jdbc.update("insert into task_department (task_id, department, relation) values (?, ?, ?)",
                taskId, department, relation);
    }
}
