package gov.supervision.web.command;

import com.fasterxml.jackson.annotation.JsonAnyGetter;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a command answers: {@code {"taskId", "version"}} plus the id of anything it created. */
public final class CommandAnswer {

    private final Map<String, Object> values = new LinkedHashMap<>();

    private CommandAnswer(String taskId, long version) {
        values.put("taskId", taskId);
        values.put("version", version);
    }

    public static CommandAnswer of(String taskId, long version) {
        return new CommandAnswer(taskId, version);
    }

    public CommandAnswer with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    @JsonAnyGetter
    public Map<String, Object> values() {
        return values;
    }
}
