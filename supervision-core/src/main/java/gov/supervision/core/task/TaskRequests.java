package gov.supervision.core.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.EscalationLevel;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What a task has been asked for and not yet answered: extension and completion requests, escalations. */
final class TaskRequests {

    private final Set<String> extensions = new HashSet<>();
    private final Map<String, LocalDate> pendingExtensions = new HashMap<>();
    private final Set<String> completions = new HashSet<>();
    private final Set<String> pendingCompletions = new HashSet<>();
    private final Map<String, EscalationLevel> escalations = new HashMap<>();
    private final Set<String> openEscalations = new HashSet<>();

    boolean extensionPending() {
        return !pendingExtensions.isEmpty();
    }

    /** The due date asked for by a request that still awaits its decision. */
    LocalDate requirePendingExtension(String requestId) {
        requireUndecided(requestId, extensions, pendingExtensions.keySet(), "extension request");
        return pendingExtensions.get(requestId);
    }

    void requirePendingCompletion(String requestId) {
        requireUndecided(requestId, completions, pendingCompletions, "completion request");
    }

    /** The level of an escalation still waiting for its coordination decision. */
    EscalationLevel requireOpenEscalation(String escalationId) {
        if (!escalations.containsKey(escalationId)) {
            throw new RuleViolationException(RuleViolation.UNKNOWN_ESCALATION,
                    "The task has no escalation " + escalationId + ".");
        }
        if (!openEscalations.contains(escalationId)) {
            throw new RuleViolationException(RuleViolation.ESCALATION_ALREADY_RESOLVED,
                    "The escalation " + escalationId + " is already resolved.");
        }
        return escalations.get(escalationId);
    }

    EscalationLevel escalationLevel() {
        return openEscalations.stream()
                .map(escalations::get)
                .max(Comparator.naturalOrder())
                .orElse(EscalationLevel.NONE);
    }

    void extensionRequested(String requestId, LocalDate requestedDueDate) {
        extensions.add(requestId);
        pendingExtensions.put(requestId, requestedDueDate);
    }

    void extensionDecided(String requestId) {
        pendingExtensions.remove(requestId);
    }

    void completionRequested(String requestId) {
        completions.add(requestId);
        pendingCompletions.add(requestId);
    }

    void completionDecided(String requestId) {
        pendingCompletions.remove(requestId);
    }

    void escalated(String escalationId, EscalationLevel level) {
        escalations.put(escalationId, level);
        openEscalations.add(escalationId);
    }

    void escalationResolved(String escalationId) {
        openEscalations.remove(escalationId);
    }

    private static void requireUndecided(String requestId, Set<String> known, Set<String> pending, String what) {
        if (!known.contains(requestId)) {
            throw new RuleViolationException(RuleViolation.UNKNOWN_REQUEST,
                    "The task has no " + what + " " + requestId + ".");
        }
        if (!pending.contains(requestId)) {
            throw new RuleViolationException(RuleViolation.REQUEST_ALREADY_DECIDED,
                    "The " + what + " " + requestId + " is already decided.");
        }
    }
}
