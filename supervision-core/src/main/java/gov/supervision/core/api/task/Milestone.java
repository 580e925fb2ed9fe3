package gov.supervision.core.api.task;

import java.time.LocalDate;

/** 节点: a dated checkpoint of a task ("按表施工、挂图作战"). */
public record Milestone(String name, LocalDate dueDate) {
}
