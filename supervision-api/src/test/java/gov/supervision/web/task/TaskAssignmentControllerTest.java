package gov.supervision.web.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.AssignTaskCommand;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.DecomposeTaskCommand;
import gov.supervision.core.api.task.Milestone;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.web.CommandSliceTest;
import gov.supervision.web.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.NEW_ID;
import static gov.supervision.web.ApiFixtures.TASK_ID;
import static gov.supervision.web.ApiFixtures.asDepartment;
import static gov.supervision.web.ApiFixtures.asSupervisor;
import static gov.supervision.web.ApiFixtures.invalidField;
import static gov.supervision.web.ApiFixtures.postJson;
import static gov.supervision.web.ApiFixtures.problem;
import static gov.supervision.web.ApiFixtures.sent;
import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.taskPath;
import static gov.supervision.web.ApiFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(TaskAssignmentController.class)
class TaskAssignmentControllerTest extends CommandSliceTest {

    private static final String LEAD = "市住房和城乡建设局";
    private static final String TASKS = "/api/v1/tasks";
    private static final Map<String, Object> CLAIM = Map.of("responsiblePerson", "陈静");

    @BeforeEach
    void newIds() {
        given(ids.newId()).willReturn(NEW_ID);
    }

    @Test
    void assigningMakesTheTaskIdAtTheEdgeAndAnswersWhereTheTaskIsRead() throws Exception {
        mvc.perform(postJson(TASKS, task("老旧小区改造", LEAD)).with(asSupervisor()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/tasks/" + NEW_ID))
                .andExpect(jsonPath("$.taskId").value(NEW_ID))
                .andExpect(jsonPath("$.version").value(0));

        assertThat(sent(commands, AssignTaskCommand.class).taskId()).isEqualTo(NEW_ID);
    }

    @Test
    void theTaskDetailsAreTheRequestsWithTextTrimmed() throws Exception {
        Map<String, Object> body = with(with(task("  老旧小区改造 ", " " + LEAD + " ", " 市财政局 "),
                "leaderInCharge", " 李副市长"), "milestones", List.of(Map.of("name", " 方案编制 ", "dueDate", "2023-06-30")));

        mvc.perform(postJson(TASKS, body).with(asSupervisor())).andExpect(status().isCreated());

        assertThat(sent(commands, AssignTaskCommand.class).details()).isEqualTo(new TaskDetails("老旧小区改造",
                "老旧小区改造 ：按照市政府常务会议决定，倒排工期、挂图作战。", TaskCategory.MAJOR_PRIORITY,
                new TaskSource(SourceType.MEETING_DECISION, "常务会〔2023〕3号"), "李副市长", LEAD, List.of("市财政局"),
                "张伟", LocalDate.of(2023, 12, 29), ReportingCadence.MONTHLY,
                List.of(new Milestone("方案编制", LocalDate.of(2023, 6, 30))), "leader-li", "ZJJ", List.of("CZJ")));
    }

    @Test
    void aSubtaskIsAnsweredWithItsNewIdAndTheParentsVersionAfterIt() throws Exception {
        given(commands.send(any())).willReturn(4L);
        Map<String, Object> subtask = with(with(task("片区改造", "市城区人民政府"), "category", null), "weight", 2);

        mvc.perform(postJson(taskPath(TASK_ID, "subtasks"), subtask).with(asDepartment(LEAD))
                        .header("If-Match", "\"3\""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/tasks/" + NEW_ID))
                .andExpect(jsonPath("$.taskId").value(NEW_ID))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.parentTaskId").value(TASK_ID))
                .andExpect(jsonPath("$.parentVersion").value(4));

        DecomposeTaskCommand command = sent(commands, DecomposeTaskCommand.class);
        assertThat(command.taskId()).isEqualTo(TASK_ID);
        assertThat(command.subtaskId()).isEqualTo(NEW_ID);
        assertThat(command.details().category()).as("left to the task, which inherits its parent's").isNull();
        assertThat(command.weight()).isEqualTo(2);
        assertThat(command.expectedVersion()).isEqualTo(3L);
    }

    @Test
    void aClaimNamesTheResponsiblePersonAndAnswersTheVersion() throws Exception {
        given(commands.send(any())).willReturn(1L);

        mvc.perform(postJson(taskPath(TASK_ID, "claim"), Map.of("responsiblePerson", " 陈静 ")).with(asDepartment(LEAD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskId").value(TASK_ID))
                .andExpect(jsonPath("$.version").value(1));

        assertThat(sent(commands, ClaimTaskCommand.class)).isEqualTo(new ClaimTaskCommand(TASK_ID, "陈静", null));
    }

    @Test
    void aTaskWithoutCategoryOrWithAWeightIsRefusedNamingTheField() throws Exception {
        mvc.perform(postJson(TASKS, with(task("缺类别", LEAD), "category", null)).with(asSupervisor()))
                .andExpect(invalidField("category"));
        mvc.perform(postJson(TASKS, with(task("顶层任务无权重", LEAD), "weight", 3)).with(asSupervisor()))
                .andExpect(invalidField("weight"));

        verifyNoInteractions(commands);
    }

    @Test
    void anIfMatchThatIsNoVersionIsRefused() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "claim"), CLAIM).with(asDepartment(LEAD)).header("If-Match", "latest"))
                .andExpect(invalidField("If-Match"));

        verifyNoInteractions(commands);
    }

    @Test
    void aRuleOfTheTaskRefusingTheCommandIsAConflictWithItsCode() throws Exception {
        given(commands.send(any())).willThrow(
                new RuleViolationException(RuleViolation.TASK_ALREADY_CLAIMED, "The task is already claimed."));

        mvc.perform(postJson(taskPath(TASK_ID, "claim"), CLAIM).with(asDepartment(LEAD)))
                .andExpect(problem(409, "TASK_ALREADY_CLAIMED"))
                .andExpect(jsonPath("$.detail").value("The task is already claimed."));
    }

    @Test
    void onlyTheOfficeAssignsAndOnlyADepartmentClaims() throws Exception {
        mvc.perform(postJson(TASKS, task("部门不能交办", LEAD)).with(asDepartment(LEAD))).andExpect(problem(403));
        mvc.perform(postJson(taskPath(TASK_ID, "claim"), CLAIM).with(asSupervisor())).andExpect(problem(403));
        mvc.perform(postJson(TASKS, task("无令牌", LEAD))).andExpect(problem(401));

        verifyNoInteractions(commands);
    }
}
