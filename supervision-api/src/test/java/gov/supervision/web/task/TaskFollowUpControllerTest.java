package gov.supervision.web.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.EscalateTaskCommand;
import gov.supervision.core.api.task.IssueWarningCommand;
import gov.supervision.core.api.task.LiftWarningCommand;
import gov.supervision.core.api.task.ResolveEscalationCommand;
import gov.supervision.core.api.task.SendUrgingNoticeCommand;
import gov.supervision.core.api.task.SubmitProgressReportCommand;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.web.CommandSliceTest;
import gov.supervision.web.WebSliceTest;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.NEW_ID;
import static gov.supervision.web.ApiFixtures.TASK_ID;
import static gov.supervision.web.ApiFixtures.asAuditor;
import static gov.supervision.web.ApiFixtures.asDepartment;
import static gov.supervision.web.ApiFixtures.asLeader;
import static gov.supervision.web.ApiFixtures.asSupervisor;
import static gov.supervision.web.ApiFixtures.everyCommandStored;
import static gov.supervision.web.ApiFixtures.invalidField;
import static gov.supervision.web.ApiFixtures.postJson;
import static gov.supervision.web.ApiFixtures.problem;
import static gov.supervision.web.ApiFixtures.sent;
import static gov.supervision.web.ApiFixtures.taskPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(TaskFollowUpController.class)
class TaskFollowUpControllerTest extends CommandSliceTest {

    private static final String LEAD = "市交通运输局";
    private static final String WARNING_ID = "7a2f4c10-1b3d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String ESCALATION_ID = "3c9e1f20-7d4b-4a8e-b2c6-5f1a0e9d8c74";

    @BeforeEach
    void versionsAndIds() {
        everyCommandStored(commands, ids, 5);
    }

    @Test
    void aProgressReportIsAnsweredWithItsIdAndABlankMilestoneNamesNone() throws Exception {
        Map<String, Object> report = Map.of("percentComplete", 40, "summary", "完成拆迁评估", "milestone", "  ");

        mvc.perform(postJson(taskPath(TASK_ID, "progress-reports"), report).with(asDepartment(LEAD))
                        .header("If-Match", "\"4\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskId").value(TASK_ID))
                .andExpect(jsonPath("$.version").value(5))
                .andExpect(jsonPath("$.reportId").value(NEW_ID));

        assertThat(sent(commands, SubmitProgressReportCommand.class))
                .isEqualTo(new SubmitProgressReportCommand(TASK_ID, NEW_ID, 40, "完成拆迁评估", null, 4L));
    }

    @Test
    void aPercentOutsideZeroToHundredIsRefusedNamingIt() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "progress-reports"), Map.of("percentComplete", 101, "summary", "超额"))
                        .with(asDepartment(LEAD)))
                .andExpect(invalidField("percentComplete"));

        verifyNoInteractions(commands);
    }

    @Test
    void aWarningAndAnUrgingAreAnsweredWithTheirIds() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "warnings"), Map.of("level", "RED", "reason", "进度严重滞后"))
                        .with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warningId").value(NEW_ID));
        assertThat(sent(commands, IssueWarningCommand.class))
                .isEqualTo(new IssueWarningCommand(TASK_ID, NEW_ID, WarningLevel.RED, "进度严重滞后", null));

        mvc.perform(postJson(taskPath(TASK_ID, "urgings"), Map.of("message", "请于周五前报送进展", "respondBy", "2023-03-10"))
                        .with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.urgingId").value(NEW_ID));
        assertThat(sent(commands, SendUrgingNoticeCommand.class)).isEqualTo(new SendUrgingNoticeCommand(TASK_ID, NEW_ID,
                "请于周五前报送进展", LocalDate.of(2023, 3, 10), null));
    }

    @Test
    void theOfficeLiftsAWarningOfThePathByHandWithItsReason() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "warnings/" + WARNING_ID + "/lifting"), Map.of("reason", " 已整改到位 "))
                        .with(asSupervisor()).header("If-Match", "\"4\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskId").value(TASK_ID))
                .andExpect(jsonPath("$.version").value(5))
                .andExpect(jsonPath("$.warningId").value(WARNING_ID));

        assertThat(sent(commands, LiftWarningCommand.class))
                .isEqualTo(new LiftWarningCommand(TASK_ID, WARNING_ID, "已整改到位", 4L));
    }

    @Test
    void liftingNamesItsReasonAndIsTheOfficesAlone() throws Exception {
        String lifting = taskPath(TASK_ID, "warnings/" + WARNING_ID + "/lifting");
        mvc.perform(postJson(lifting, Map.of()).with(asSupervisor())).andExpect(invalidField("reason"));
        mvc.perform(postJson(lifting, Map.of("reason", "自行解除")).with(asDepartment(LEAD))).andExpect(problem(403));
        mvc.perform(postJson(lifting, Map.of("reason", "领导解除")).with(asLeader())).andExpect(problem(403));

        verifyNoInteractions(commands);
    }

    @Test
    void anUnknownOrInactiveWarningIsRefusedWithItsCode() throws Exception {
        String lifting = taskPath(TASK_ID, "warnings/" + WARNING_ID + "/lifting");
        given(commands.send(any())).willThrow(
                new RuleViolationException(RuleViolation.UNKNOWN_WARNING, "No such warning."),
                new RuleViolationException(RuleViolation.WARNING_NOT_ACTIVE, "Already lifted."));

        mvc.perform(postJson(lifting, Map.of("reason", "已整改")).with(asSupervisor()))
                .andExpect(problem(404, "UNKNOWN_WARNING"));
        mvc.perform(postJson(lifting, Map.of("reason", "已整改")).with(asSupervisor()))
                .andExpect(problem(409, "WARNING_NOT_ACTIVE"));
    }

    @Test
    void anEscalationIsCreatedWhereItsTaskIs() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "escalations"), Map.of("reason", "跨部门协调未果")).with(asDepartment(LEAD)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/tasks/" + TASK_ID + "/escalations/" + NEW_ID))
                .andExpect(jsonPath("$.escalationId").value(NEW_ID))
                .andExpect(jsonPath("$.version").value(5));

        assertThat(sent(commands, EscalateTaskCommand.class))
                .isEqualTo(new EscalateTaskCommand(TASK_ID, NEW_ID, "跨部门协调未果", null));
    }

    @Test
    void aResolutionNamesTheEscalationOfThePath() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "escalations/" + ESCALATION_ID + "/resolution"),
                        Map.of("decision", "由市财政局先行垫付")).with(asLeader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.escalationId").value(ESCALATION_ID));

        assertThat(sent(commands, ResolveEscalationCommand.class))
                .isEqualTo(new ResolveEscalationCommand(TASK_ID, ESCALATION_ID, "由市财政局先行垫付", null));
    }

    @Test
    void anUnknownEscalationIsNotFoundWithItsCode() throws Exception {
        given(commands.send(any())).willThrow(
                new RuleViolationException(RuleViolation.UNKNOWN_ESCALATION, "No such escalation."));

        mvc.perform(postJson(taskPath(TASK_ID, "escalations/" + ESCALATION_ID + "/resolution"),
                        Map.of("decision", "协调意见")).with(asLeader()))
                .andExpect(problem(404, "UNKNOWN_ESCALATION"));
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailureNamingTheVersionNow() throws Exception {
        given(commands.send(any())).willThrow(new ConflictingAggregateVersionException(TASK_ID, 3L, 7L));

        mvc.perform(postJson(taskPath(TASK_ID, "warnings"), Map.of("level", "YELLOW", "reason", "临近时限"))
                        .with(asSupervisor()).header("If-Match", "\"3\""))
                .andExpect(problem(412, "STALE_VERSION"))
                .andExpect(jsonPath("$.detail").value(containsString("now at version 7")));
    }

    @Test
    void onlyTheOfficeWarnsAndUrgesAndAnAuditorEscalatesNothing() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "warnings"), Map.of("level", "RED", "reason", "部门无权"))
                        .with(asDepartment(LEAD)))
                .andExpect(problem(403));
        mvc.perform(postJson(taskPath(TASK_ID, "urgings"), Map.of("message", "领导无权催办")).with(asLeader()))
                .andExpect(problem(403));
        mvc.perform(postJson(taskPath(TASK_ID, "escalations"), Map.of("reason", "审计无权")).with(asAuditor()))
                .andExpect(problem(403));

        verifyNoInteractions(commands);
    }
}
