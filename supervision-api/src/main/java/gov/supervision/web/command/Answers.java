package gov.supervision.web.command;

import org.springframework.http.ResponseEntity;

import java.net.URI;

/** The shape of a command's answer: 201 with Location for what it creates. */
public final class Answers {

    private Answers() {
    }

    public static URI taskLocation(String taskId) {
        return URI.create("/api/v1/tasks/" + taskId);
    }

    public static URI location(String taskId, String collection, String id) {
        return URI.create("/api/v1/tasks/" + taskId + "/" + collection + "/" + id);
    }

    public static ResponseEntity<CommandAnswer> created(CommandAnswer answer, URI location) {
        return ResponseEntity.created(location).body(answer);
    }
}
