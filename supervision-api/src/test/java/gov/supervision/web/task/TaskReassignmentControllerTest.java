package gov.supervision.web.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.HandOverTaskCommand;
import gov.supervision.core.api.task.ReassignTaskCommand;
import gov.supervision.core.api.task.ReturnTaskCommand;
import gov.supervision.web.CommandSliceTest;
import gov.supervision.web.WebSliceTest;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.TASK_ID;
import static gov.supervision.web.ApiFixtures.asAuditor;
import static gov.supervision.web.ApiFixtures.asDepartment;
import static gov.supervision.web.ApiFixtures.asLeader;
import static gov.supervision.web.ApiFixtures.asSupervisor;
import static gov.supervision.web.ApiFixtures.asSystem;
import static gov.supervision.web.ApiFixtures.everyCommandStored;
import static gov.supervision.web.ApiFixtures.invalidField;
import static gov.supervision.web.ApiFixtures.postJson;
import static gov.supervision.web.ApiFixtures.problem;
import static gov.supervision.web.ApiFixtures.sent;
import static gov.supervision.web.ApiFixtures.taskPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(TaskReassignmentController.class)
class TaskReassignmentControllerTest extends CommandSliceTest {

    private static final String LEAD = "市交通运输局";

    @BeforeEach
    void versionsAndIds() {
        everyCommandStored(commands, ids, 3);
    }

    @Test
    void theLeadDepartmentReturnsATaskSuggestingAnotherByAnyOfItsNames() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "return"),
                        Map.of("reason", " 该事项属住建部门职责\u00a0", "suggestedDepartment", "市住建局"))
                        .with(asDepartment(LEAD)).header("If-Match", "\"2\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskId").value(TASK_ID))
                .andExpect(jsonPath("$.version").value(3));

        assertThat(sent(commands, ReturnTaskCommand.class)).isEqualTo(
                new ReturnTaskCommand(TASK_ID, "该事项属住建部门职责", "市住房和城乡建设局", "ZJJ", 2L));
    }

    @Test
    void aReturnMaySuggestNoDepartment() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "return"), Map.of("reason", "非本单位职责")).with(asDepartment(LEAD)))
                .andExpect(status().isOk());

        assertThat(sent(commands, ReturnTaskCommand.class))
                .isEqualTo(new ReturnTaskCommand(TASK_ID, "非本单位职责", null, null, null));
    }

    @Test
    void aReturnWithoutReasonOrSuggestingAnUnknownDepartmentIsRefusedNamingTheField() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "return"), Map.of("reason", " ")).with(asDepartment(LEAD)))
                .andExpect(invalidField("reason"));
        mvc.perform(postJson(taskPath(TASK_ID, "return"), Map.of("reason", "非本单位职责",
                        "suggestedDepartment", "市幽灵局")).with(asDepartment(LEAD)))
                .andExpect(invalidField("suggestedDepartment"))
                .andExpect(jsonPath("$.code").value("UNKNOWN_DEPARTMENT"));

        verifyNoInteractions(commands);
    }

    @Test
    void aClaimedTaskCannotBeReturned() throws Exception {
        given(commands.send(any())).willThrow(
                new RuleViolationException(RuleViolation.TASK_ALREADY_CLAIMED, "The task is claimed."));

        mvc.perform(postJson(taskPath(TASK_ID, "return"), Map.of("reason", "非本单位职责")).with(asDepartment(LEAD)))
                .andExpect(problem(409, "TASK_ALREADY_CLAIMED"));
    }

    @Test
    void theOfficeReassignsToDepartmentsAsTheDirectoryNamesThem() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "reassignment"), Map.of("leadDepartment", "ZJJ",
                        "coDepartments", List.of("财政局", "市交通局"), "responsiblePerson", "陈静",
                        "reason", "按职责改由住建部门牵头")).with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskId").value(TASK_ID))
                .andExpect(jsonPath("$.version").value(3));

        assertThat(sent(commands, ReassignTaskCommand.class)).isEqualTo(new ReassignTaskCommand(TASK_ID,
                "市住房和城乡建设局", "ZJJ", List.of("市财政局", "市交通运输局"), List.of("CZJ", "JTJ"), "陈静",
                "按职责改由住建部门牵头", null));
    }

    @Test
    void aReassignmentWithoutCoDepartmentsOrPersonNamesNone() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "reassignment"), Map.of("leadDepartment", "市住建局",
                        "responsiblePerson", "  ", "reason", "改派")).with(asSupervisor()).header("If-Match", "7"))
                .andExpect(status().isOk());

        assertThat(sent(commands, ReassignTaskCommand.class)).isEqualTo(new ReassignTaskCommand(TASK_ID,
                "市住房和城乡建设局", "ZJJ", List.of(), List.of(), null, "改派", 7L));
    }

    @Test
    void aReassignmentIsRefusedNamingTheFieldAtFault() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "reassignment"), Map.of("reason", "改派")).with(asSupervisor()))
                .andExpect(invalidField("leadDepartment"));
        mvc.perform(postJson(taskPath(TASK_ID, "reassignment"), Map.of("leadDepartment", "市住建局"))
                        .with(asSupervisor()))
                .andExpect(invalidField("reason"));
        mvc.perform(postJson(taskPath(TASK_ID, "reassignment"), Map.of("leadDepartment", "市住建局",
                        "coDepartments", List.of("市财政局", "市幽灵局"), "reason", "改派")).with(asSupervisor()))
                .andExpect(invalidField("coDepartments[1]"))
                .andExpect(jsonPath("$.code").value("UNKNOWN_DEPARTMENT"));

        verifyNoInteractions(commands);
    }

    @Test
    void aClaimedTaskIsNotReassignedAndTheClientIsToldWhy() throws Exception {
        given(commands.send(any())).willThrow(
                new RuleViolationException(RuleViolation.TASK_ALREADY_CLAIMED, "The task is claimed."));

        mvc.perform(postJson(taskPath(TASK_ID, "reassignment"), Map.of("leadDepartment", "市住建局",
                        "reason", "改派")).with(asSupervisor()))
                .andExpect(problem(409, "TASK_ALREADY_CLAIMED"));
    }

    @Test
    void theLeadDepartmentOrTheOfficeHandsTheTaskOver() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "responsible-person"),
                        Map.of("responsiblePerson", " 刘洋 ", "reason", "原负责人调岗")).with(asDepartment(LEAD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(3));
        assertThat(sent(commands, HandOverTaskCommand.class))
                .isEqualTo(new HandOverTaskCommand(TASK_ID, "刘洋", "原负责人调岗", null));

        mvc.perform(postJson(taskPath(TASK_ID, "responsible-person"),
                        Map.of("responsiblePerson", "王芳", "reason", "督查室指定")).with(asSupervisor())
                        .header("If-Match", "\"3\""))
                .andExpect(status().isOk());
        assertThat(sent(commands, HandOverTaskCommand.class))
                .isEqualTo(new HandOverTaskCommand(TASK_ID, "王芳", "督查室指定", 3L));
    }

    @Test
    void aHandOverNamesThePersonAndTheReason() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "responsible-person"), Map.of("reason", "调岗"))
                        .with(asDepartment(LEAD)))
                .andExpect(invalidField("responsiblePerson"));
        mvc.perform(postJson(taskPath(TASK_ID, "responsible-person"), Map.of("responsiblePerson", "刘洋"))
                        .with(asDepartment(LEAD)))
                .andExpect(invalidField("reason"));

        verifyNoInteractions(commands);
    }

    @Test
    void aStaleIfMatchStoresNothingAndSaysSo() throws Exception {
        given(commands.send(any())).willThrow(new ConflictingAggregateVersionException(TASK_ID, 1L, 4L));

        mvc.perform(postJson(taskPath(TASK_ID, "responsible-person"), Map.of("responsiblePerson", "刘洋",
                        "reason", "调岗")).with(asDepartment(LEAD)).header("If-Match", "\"1\""))
                .andExpect(problem(412, "STALE_VERSION"));
    }

    @Test
    void onlyTheLeadDepartmentReturnsAndOnlyTheOfficeReassigns() throws Exception {
        Map<String, Object> back = Map.of("reason", "非本单位职责");
        Map<String, Object> elsewhere = Map.of("leadDepartment", "市住建局", "reason", "改派");
        Map<String, Object> over = Map.of("responsiblePerson", "刘洋", "reason", "调岗");
        mvc.perform(postJson(taskPath(TASK_ID, "return"), back).with(asSupervisor())).andExpect(problem(403));
        mvc.perform(postJson(taskPath(TASK_ID, "return"), back).with(asLeader())).andExpect(problem(403));
        mvc.perform(postJson(taskPath(TASK_ID, "reassignment"), elsewhere).with(asDepartment(LEAD)))
                .andExpect(problem(403));
        mvc.perform(postJson(taskPath(TASK_ID, "reassignment"), elsewhere).with(asSystem())).andExpect(problem(403));
        mvc.perform(postJson(taskPath(TASK_ID, "responsible-person"), over).with(asLeader())).andExpect(problem(403));
        mvc.perform(postJson(taskPath(TASK_ID, "responsible-person"), over).with(asAuditor())).andExpect(problem(403));

        verifyNoInteractions(commands);
    }
}
