package gov.supervision.core.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Requests of one kind made on a task, by id, and those still awaiting their decision with what they ask
 * for. Changed only from the event-sourcing handlers of the member that owns it.
 */
final class PendingRequests<T> {

    private final String what;
    private final Set<String> made = new HashSet<>();
    private final Map<String, T> pending = new HashMap<>();

    /** {@code what} names the kind of request in refusals, e.g. "extension request". */
    PendingRequests(String what) {
        this.what = what;
    }

    boolean anyPending() {
        return !pending.isEmpty();
    }

    /** What a request still awaiting its decision asks for. */
    T requireUndecided(String requestId) {
        if (!made.contains(requestId)) {
            throw new RuleViolationException(RuleViolation.UNKNOWN_REQUEST,
                    "The task has no " + what + " " + requestId + ".");
        }
        if (!pending.containsKey(requestId)) {
            throw new RuleViolationException(RuleViolation.REQUEST_ALREADY_DECIDED,
                    "The " + what + " " + requestId + " is already decided.");
        }
        return pending.get(requestId);
    }

    void made(String requestId) {
        made(requestId, null);
    }

    void made(String requestId, T asked) {
        made.add(requestId);
        pending.put(requestId, asked);
    }

    void decided(String requestId) {
        pending.remove(requestId);
    }
}
