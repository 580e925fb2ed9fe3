package gov.supervision.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies with Chinese text, as the city's offices write them. */
public final class ApiFixtures {

    public static final String DUE = "2023-12-31";

    private ApiFixtures() {
    }

    public static Map<String, Object> task(String title, String leadDepartment, String... coDepartments) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", title + "：按照市政府常务会议决定，倒排工期、挂图作战。");
        body.put("category", "MAJOR_PRIORITY");
        body.put("source", Map.of("type", "MEETING_DECISION", "reference", "常务会〔2023〕3号"));
        body.put("leaderInCharge", "李副市长");
        body.put("leadDepartment", leadDepartment);
        body.put("coDepartments", new ArrayList<>(List.of(coDepartments)));
        body.put("responsiblePerson", "张伟");
        body.put("dueDate", DUE);
        body.put("reportingCadence", "MONTHLY");
        body.put("milestones", List.of(Map.of("name", "方案编制", "dueDate", "2023-06-30")));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }
}
