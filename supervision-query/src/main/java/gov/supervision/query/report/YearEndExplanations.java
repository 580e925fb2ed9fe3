package gov.supervision.query.report;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.task.YearEndExplanationRecordedEvent;
import gov.supervision.query.api.report.UnclosedTask;
import gov.supervision.query.api.report.YearEndReview;
import gov.supervision.query.api.report.YearEndReviewQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsLast;

/**
 * 年底对照检查: "at year end every task that is not closed must carry its leader's explanation". Decided here:
 * the tasks of a year are those assigned in it by the office's calendar; each one not struck off yet is in the
 * year's review, with the latest explanation its leader recorded for that year, or none yet. The explanations are
 * kept here as they are recorded, the latest by the task's sequence. Beside a task's own reported progress the
 * review shows what its subtasks roll up to, as the ledger keeps it.
 * <p>
 * The view {@code v_year_end_review} (V6__reports.sql, the roll-up added by V12) mirrors this rule over the same
 * tables for BI tools, which read it directly; a test holds the view and this answer to the same tasks.
 */
@Component
@ProcessingGroup("reports")
class YearEndExplanations {

    private static final Comparator<String> BY_NAME = nullsLast(naturalOrder());
    private static final Comparator<UnclosedTask> BY_DEPARTMENT_THEN_TITLE = comparing(UnclosedTask::leadDepartment,
            BY_NAME).thenComparing(UnclosedTask::title, BY_NAME).thenComparing(UnclosedTask::taskId);

    private final ReportExplanationRepository explanations;
    private final ReportTaskRepository tasks;
    private final JdbcTemplate jdbc;

    YearEndExplanations(ReportExplanationRepository explanations, ReportTaskRepository tasks, DataSource dataSource) {
        this.explanations = explanations;
        this.tasks = tasks;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @EventHandler
    void on(YearEndExplanationRecordedEvent event, @Timestamp Instant at, @SequenceNumber long sequence,
            MetaData metaData) {
        String explainedBy = Actor.fromMetaData(metaData).name();
        explanations.findById(new ReportExplanation.Key(event.taskId(), event.year()))
                .ifPresentOrElse(
                        explanation -> {
                            if (explanation.explainedAgain(event.explanation(), explainedBy, at, sequence)) {
                                explanations.save(explanation);
                            }
                        },
                        () -> explanations.save(new ReportExplanation(event.taskId(), event.year(),
                                event.explanation(), explainedBy, at, sequence)));
    }

    /** Ordered by lead department, then title, by Java's string order rather than the database's collation. */
    @QueryHandler
    YearEndReview handle(YearEndReviewQuery query) {
        Map<String, ReportExplanation> explained = explanations.findByYear(query.year()).stream()
                .collect(Collectors.toMap(ReportExplanation::taskId, Function.identity()));
        Map<String, Integer> rolledUp = rolledUpProgress(query.year());
        List<UnclosedTask> unclosed = tasks.findByAssignedYearAndClosedAtIsNull(query.year()).stream()
                .map(task -> task.unclosed(explained.get(task.taskId()), rolledUp.get(task.taskId())))
                .sorted(BY_DEPARTMENT_THEN_TITLE)
                .toList();
        long withExplanation = unclosed.stream().filter(task -> task.explanation() != null).count();
        return new YearEndReview(query.year(), unclosed.size(), withExplanation, unclosed);
    }

    /** The ledger's roll-up of the subtasks' progress, by task, for the year's unclosed tasks that have one. */
    private Map<String, Integer> rolledUpProgress(int year) {
        Map<String, Integer> rolledUp = new HashMap<>();
        jdbc.query("""
                        select t.task_id, l.subtask_percent from report_task t
                        join task l on l.task_id = t.task_id
                        where t.assigned_year = ? and t.closed_at is null and l.subtask_percent is not null""",
                (RowCallbackHandler) row -> rolledUp.put(row.getString("task_id"), row.getInt("subtask_percent")),
                year);
        return rolledUp;
    }

    @ResetHandler
    void reset() {
        explanations.deleteAllInBatch();
    }
}
