package gov.supervision.query.common;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A read-model row whose key comes from the events (a task, warning or fact id), not from the database. Spring
 * Data would take such a row for an existing one and merge it (a select before every insert), so a row is new
 * until it has been stored or loaded.
 * <p>
 * Projections ask whether a row exists with {@code findById}, never {@code existsById}: a batch of events is one
 * transaction, and a query makes Hibernate flush (dirty-check) every row the batch has touched so far, once per
 * event; {@code findById} answers from the batch's own rows first. On a ledger rebuild that was 15 % of the CPU.
 *
 * @param <K> the row's key
 */
@MappedSuperclass
public abstract class EventKeyedRow<K> implements Persistable<K> {

    @Transient
    private boolean fresh = true;

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }
}
