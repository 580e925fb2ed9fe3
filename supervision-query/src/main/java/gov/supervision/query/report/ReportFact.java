package gov.supervision.query.report;

import gov.supervision.query.common.EventKeyedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One countable thing that happened to a task, counted for its lead department on a day of the office's calendar,
 * with the rule of time that raised it (a warning's) and, for what lasts, when it ended: the assessment reads the
 * facts as they stood at an instant. Keyed by the domain id of what is counted and the kind, so a redelivered event
 * finds its row.
 */
@Entity
@Table(name = "report_fact")
@IdClass(ReportFact.Key.class)
class ReportFact extends EventKeyedRow<ReportFact.Key> {

    @Id
    private String factId;
    @Id
    @Enumerated(EnumType.STRING)
    private FactKind kind;
    private String taskId;
    private String department;
    private Instant occurredAt;
    private LocalDate occurredOn;
    private int occurredYear;
    private String rule;
    private Instant endedAt;
    private LocalDate endedOn;

    protected ReportFact() {
    }

    ReportFact(Key key, String taskId, String department, Instant occurredAt, LocalDate occurredOn, String rule) {
        this.factId = key.factId;
        this.kind = key.kind;
        this.taskId = taskId;
        this.department = department;
        this.occurredAt = occurredAt;
        this.occurredOn = occurredOn;
        this.occurredYear = occurredOn.getYear();
        this.rule = rule;
    }

    String department() {
        return department;
    }

    /** What the fact counts stopped (a warning lifted, a lead department's spell ended); the first end stays. */
    void end(Instant at, LocalDate on) {
        if (endedAt == null) {
            endedAt = at;
            endedOn = on;
        }
    }

    @Override
    public Key getId() {
        return new Key(factId, kind);
    }

    /** A class, not a record: JPA wants a no-argument constructor and settable fields for an id class. */
    static final class Key implements Serializable {

        private String factId;
        private FactKind kind;

        protected Key() {
        }

        Key(String factId, FactKind kind) {
            this.factId = factId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(factId, key.factId) && kind == key.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(factId, kind);
        }
    }
}
