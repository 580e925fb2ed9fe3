package gov.supervision.web.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.AccountabilityType;
import gov.supervision.core.api.task.ExcusedFailure;
import gov.supervision.core.api.task.CloseTaskCommand;
import gov.supervision.core.api.task.RecordAccountabilityCommand;
import gov.supervision.core.api.task.RecordReviewCommand;
import gov.supervision.core.api.task.RecordYearEndExplanationCommand;
import gov.supervision.web.CommandSliceTest;
import gov.supervision.web.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.NEW_ID;
import static gov.supervision.web.ApiFixtures.TASK_ID;
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
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(TaskClosureController.class)
class TaskClosureControllerTest extends CommandSliceTest {

    private static final String LEAD = "市生态环境局";

    @BeforeEach
    void versionsAndIds() {
        everyCommandStored(commands, ids, 9);
    }

    @Test
    void closingNeedsNoBodyAndCarriesTheVersionTheClientSaw() throws Exception {
        mvc.perform(post(taskPath(TASK_ID, "closure")).with(asSupervisor()).header("If-Match", "\"8\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskId").value(TASK_ID))
                .andExpect(jsonPath("$.version").value(9));

        assertThat(sent(commands, CloseTaskCommand.class)).isEqualTo(new CloseTaskCommand(TASK_ID, null, 8L));
    }

    @Test
    void closingWithACommentKeepsIt() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "closure"), Map.of("comment", "整改到位，同意销号")).with(asSupervisor()))
                .andExpect(status().isOk());

        assertThat(sent(commands, CloseTaskCommand.class).comment()).isEqualTo("整改到位，同意销号");
    }

    @Test
    void closingBeforeApprovedCompletionIsAConflictWithItsCode() throws Exception {
        given(commands.send(any())).willThrow(new RuleViolationException(RuleViolation.COMPLETION_NOT_APPROVED,
                "The completion has not been approved."));

        mvc.perform(post(taskPath(TASK_ID, "closure")).with(asSupervisor()))
                .andExpect(problem(409, "COMPLETION_NOT_APPROVED"));
    }

    @Test
    void aReviewIsAnsweredWithTheIdMadeForIt() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "reviews"), Map.of("lessons", "建立长效机制")).with(asDepartment(LEAD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewId").value(NEW_ID))
                .andExpect(jsonPath("$.version").value(9));

        assertThat(sent(commands, RecordReviewCommand.class))
                .isEqualTo(new RecordReviewCommand(TASK_ID, NEW_ID, "建立长效机制", null));
    }

    @Test
    void anAccountabilityRecordIsAnsweredWithItsIdAndAnUnknownTypeIsNamed() throws Exception {
        Map<String, Object> record = Map.of("type", "ADMONISHMENT_TALK", "subject", "市生态环境局王某",
                "reason", "整改不力");
        mvc.perform(postJson(taskPath(TASK_ID, "accountability-records"), record).with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recordId").value(NEW_ID));
        assertThat(sent(commands, RecordAccountabilityCommand.class)).isEqualTo(new RecordAccountabilityCommand(
                TASK_ID, NEW_ID, AccountabilityType.ADMONISHMENT_TALK, "市生态环境局王某", "整改不力", null));

        mvc.perform(postJson(taskPath(TASK_ID, "accountability-records"),
                        Map.of("type", "罚款", "subject", "某人", "reason", "无此类型")).with(asSupervisor()))
                .andExpect(invalidField("type"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("must be one of")));
    }

    @Test
    void aRecordCountsForTheSubjectDepartmentTheDirectoryNames() throws Exception {
        Map<String, Object> record = Map.of("type", "PUBLIC_COMMENDATION", "subject", "财政局李某",
                "reason", "主动配合", "subjectDepartment", "CZJ");
        mvc.perform(postJson(taskPath(TASK_ID, "accountability-records"), record).with(asSupervisor()))
                .andExpect(status().isOk());
        assertThat(sent(commands, RecordAccountabilityCommand.class)).isEqualTo(new RecordAccountabilityCommand(
                TASK_ID, NEW_ID, AccountabilityType.PUBLIC_COMMENDATION, "财政局李某", "主动配合", null, "市财政局",
                "CZJ", List.of()));
    }

    @Test
    void aDueDiligenceExemptionCarriesTheFailuresItExcuses() throws Exception {
        Map<String, Object> record = Map.of("type", "DUE_DILIGENCE_EXEMPTION", "subject", "生态环境局王某",
                "reason", "因政策调整延误，已尽职", "exempts", List.of("OVERDUE", "ESCALATION"));
        mvc.perform(postJson(taskPath(TASK_ID, "accountability-records"), record).with(asSupervisor()))
                .andExpect(status().isOk());
        assertThat(sent(commands, RecordAccountabilityCommand.class).exempts())
                .containsExactly(ExcusedFailure.OVERDUE, ExcusedFailure.ESCALATION);
    }

    @Test
    void exemptionsAndSubjectDepartmentsThatCannotBeAreRefusedNamingTheField() throws Exception {
        String path = taskPath(TASK_ID, "accountability-records");
        mvc.perform(postJson(path, Map.of("type", "DUE_DILIGENCE_EXEMPTION", "subject", "某人", "reason", "已尽职"))
                        .with(asSupervisor()))
                .andExpect(invalidField("exempts"))
                .andExpect(jsonPath("$.code").value("EXEMPTS_INVALID"));
        mvc.perform(postJson(path, Map.of("type", "ADMONISHMENT_TALK", "subject", "某人", "reason", "滞后",
                        "exempts", List.of("OVERDUE"))).with(asSupervisor()))
                .andExpect(invalidField("exempts"));
        mvc.perform(postJson(path, Map.of("type", "DUE_DILIGENCE_EXEMPTION", "subject", "某人", "reason", "已尽职",
                        "exempts", List.of("SCORE"))).with(asSupervisor()))
                .andExpect(invalidField("exempts[0]"));
        mvc.perform(postJson(path, Map.of("type", "PUBLIC_COMMENDATION", "subject", "某人", "reason", "表扬",
                        "subjectDepartment", "市不存在局")).with(asSupervisor()))
                .andExpect(invalidField("subjectDepartment"))
                .andExpect(jsonPath("$.code").value("UNKNOWN_DEPARTMENT"));

        verifyNoInteractions(commands);
    }

    @Test
    void aYearEndExplanationIsTheLeadersAndNamesItsYear() throws Exception {
        Map<String, Object> explanation = Map.of("year", 2023, "explanation", "资金未到位，明年一季度完成");
        mvc.perform(postJson(taskPath(TASK_ID, "year-end-explanations"), explanation).with(asLeader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2023));
        assertThat(sent(commands, RecordYearEndExplanationCommand.class))
                .isEqualTo(new RecordYearEndExplanationCommand(TASK_ID, 2023, "资金未到位，明年一季度完成", null));

        mvc.perform(postJson(taskPath(TASK_ID, "year-end-explanations"), Map.of("year", 1999, "explanation", "太早"))
                        .with(asLeader()))
                .andExpect(invalidField("year"));
    }

    @Test
    void onlyTheOfficeClosesAndOnlyTheLeaderExplains() throws Exception {
        mvc.perform(post(taskPath(TASK_ID, "closure")).with(asDepartment(LEAD))).andExpect(problem(403));
        mvc.perform(postJson(taskPath(TASK_ID, "year-end-explanations"), Map.of("year", 2023, "explanation", "代写"))
                        .with(asSupervisor()))
                .andExpect(problem(403));
        mvc.perform(postJson(taskPath(TASK_ID, "accountability-records"),
                        Map.of("type", "ACCOUNTABILITY", "subject", "某人", "reason", "部门无权")).with(asDepartment(LEAD)))
                .andExpect(problem(403));

        verifyNoInteractions(commands);
    }
}
