package gov.supervision.query.report;

import gov.supervision.query.common.EventKeyedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The leader's explanation of a task unfinished at the end of a year: the latest recorded for that year. */
@Entity
@Table(name = "report_explanation")
@IdClass(ReportExplanation.Key.class)
class ReportExplanation extends EventKeyedRow<ReportExplanation.Key> {

    @Id
    private String taskId;
    // "year" is a reserved word in H2 2.x.
    @Id
    @Column(name = "calendar_year")
    private int year;
    private String explanation;
    private String explainedBy;
    private Instant explainedAt;
    private long eventSequence;

    protected ReportExplanation() {
    }

    ReportExplanation(String taskId, int year, String explanation, String explainedBy, Instant explainedAt,
                      long sequence) {
        this.taskId = taskId;
        this.year = year;
        this.explanation = explanation;
        this.explainedBy = explainedBy;
        this.explainedAt = explainedAt;
        this.eventSequence = sequence;
    }

    String taskId() {
        return taskId;
    }

    String explanation() {
        return explanation;
    }

    String explainedBy() {
        return explainedBy;
    }

    Instant explainedAt() {
        return explainedAt;
    }

    /**
     * A later explanation replaces this one. "Later" is by the task's sequence, which follows time: an earlier
     * explanation delivered again, whatever its delivery time, changes nothing.
     */
    boolean explainedAgain(String newExplanation, String by, Instant at, long newSequence) {
        if (newSequence <= eventSequence) {
            return false;
        }
        explanation = newExplanation;
        explainedBy = by;
        explainedAt = at;
        eventSequence = newSequence;
        return true;
    }

    @Override
    public Key getId() {
        return new Key(taskId, year);
    }

    static final class Key implements Serializable {

        private String taskId;
        private int year;

        protected Key() {
        }

        Key(String taskId, int year) {
            this.taskId = taskId;
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(taskId, key.taskId) && year == key.year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(taskId, year);
        }
    }
}
