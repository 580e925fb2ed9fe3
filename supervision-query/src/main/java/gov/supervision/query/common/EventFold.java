package gov.supervision.query.common;

/**
 * Rules that fold a task's events, one rule per event type, into what a read model keeps. A projection hands them
 * every event they follow through one handler marked {@link FoldedBy}; a query can fold the stored events with the
 * same rules and show the same thing.
 */
public interface EventFold {

    /** Whether there is a rule for events of this type. */
    boolean follows(Class<?> eventType);
}
