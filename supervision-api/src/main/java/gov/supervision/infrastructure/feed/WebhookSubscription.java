package gov.supervision.infrastructure.feed;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A webhook subscription: where to post, which event types (all when empty) of which departments' tasks (all when
 * empty: a task counts for its lead and co-operating departments), signed with {@code secret}. It receives the events
 * stored after {@code fromPosition} (the end of the event store at its creation) until it is cancelled.
 */
public record WebhookSubscription(String subscriptionId, String url, List<String> eventTypes,
                                  List<Department> departments, String secret, Instant createdAt, String createdBy,
                                  long fromPosition, Instant cancelledAt) {

    public WebhookSubscription {
        eventTypes = List.copyOf(eventTypes);
        departments = List.copyOf(departments);
    }

    /**
     * A department as the directory knows it; the code is null for a department named the way tasks from before the
     * directory name it.
     */
    public record Department(String code, String name) {
    }

    boolean accepts(long position, String type, Set<String> taskDepartments) {
        return position > fromPosition
                && (eventTypes.isEmpty() || eventTypes.contains(type))
                && (departments.isEmpty() || departments.stream().anyMatch(department ->
                taskDepartments.contains(department.name())
                        || department.code() != null && taskDepartments.contains(department.code())));
    }
}
