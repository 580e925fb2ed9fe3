package gov.supervision.query.common;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A read-model row whose id is assigned from the events: Spring Data would take it for an existing row and
 * merge it (a select before every insert), so a row is new until it has been stored or loaded.
 *
 * @param <K> the row's id
 */
@MappedSuperclass
public abstract class InsertedOnce<K> implements Persistable<K> {

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
