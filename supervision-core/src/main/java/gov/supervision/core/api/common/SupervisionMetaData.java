package gov.supervision.core.api.common;

import java.util.List;

/** Metadata keys that every command carries and every event it causes inherits. */
public final class SupervisionMetaData {

    public static final String CORRELATION_ID = "correlationId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    /** Keys copied from a command to the events it causes. */
    public static final List<String> PROPAGATED = List.of(
            Actor.ID, Actor.NAME, Actor.ROLES, Actor.DEPARTMENT, CORRELATION_ID, IDEMPOTENCY_KEY);

    private SupervisionMetaData() {
    }
}
