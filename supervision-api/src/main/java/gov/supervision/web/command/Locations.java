package gov.supervision.web.command;

import java.net.URI;

/** Where what a command created can be read: the {@code Location} of its 201 answer. */
public final class Locations {

    private Locations() {
    }

    public static URI task(String taskId) {
        return URI.create("/api/v1/tasks/" + taskId);
    }

    /** Something that lives within a task, such as one of its extension requests or escalations. */
    public static URI withinTask(String taskId, String collection, String id) {
        return URI.create("/api/v1/tasks/" + taskId + "/" + collection + "/" + id);
    }

    public static URI inspection(String inspectionId) {
        return URI.create("/api/v1/inspections/" + inspectionId);
    }
}
