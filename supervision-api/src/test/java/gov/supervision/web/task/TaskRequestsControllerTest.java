package gov.supervision.web.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.DecideCompletionCommand;
import gov.supervision.core.api.task.DecideExtensionCommand;
import gov.supervision.core.api.task.RequestCompletionCommand;
import gov.supervision.core.api.task.RequestExtensionCommand;
import gov.supervision.web.CommandSliceTest;
import gov.supervision.web.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.NEW_ID;
import static gov.supervision.web.ApiFixtures.TASK_ID;
import static gov.supervision.web.ApiFixtures.asDepartment;
import static gov.supervision.web.ApiFixtures.asSupervisor;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(TaskRequestsController.class)
class TaskRequestsControllerTest extends CommandSliceTest {

    private static final String LEAD = "市水务局";
    private static final String REQUEST_ID = "0e6d2b1c-8f3a-4c5d-9e7f-1a2b3c4d5e6f";

    @BeforeEach
    void versionsAndIds() {
        everyCommandStored(commands, ids, 6);
    }

    @Test
    void anExtensionRequestIsCreatedWhereItsTaskIs() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "extension-requests"),
                        Map.of("requestedDueDate", "2024-06-30", "reason", "汛期停工")).with(asDepartment(LEAD))
                        .header("If-Match", "\"5\""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/tasks/" + TASK_ID + "/extension-requests/" + NEW_ID))
                .andExpect(jsonPath("$.taskId").value(TASK_ID))
                .andExpect(jsonPath("$.version").value(6))
                .andExpect(jsonPath("$.requestId").value(NEW_ID));

        assertThat(sent(commands, RequestExtensionCommand.class)).isEqualTo(
                new RequestExtensionCommand(TASK_ID, NEW_ID, LocalDate.of(2024, 6, 30), "汛期停工", 5L));
    }

    @Test
    void aCompletionRequestWithoutEvidenceHasAnEmptyList() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "completion-requests"), Map.of("summary", "管网改造全部完工"))
                        .with(asDepartment(LEAD)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/tasks/" + TASK_ID + "/completion-requests/" + NEW_ID))
                .andExpect(jsonPath("$.requestId").value(NEW_ID));

        assertThat(sent(commands, RequestCompletionCommand.class))
                .isEqualTo(new RequestCompletionCommand(TASK_ID, NEW_ID, "管网改造全部完工", List.of(), null));
    }

    @Test
    void aDecisionNamesTheRequestOfThePath() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "extension-requests/" + REQUEST_ID + "/decision"),
                        Map.of("approved", true, "comment", "同意延期")).with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requestId").value(REQUEST_ID));
        assertThat(sent(commands, DecideExtensionCommand.class))
                .isEqualTo(new DecideExtensionCommand(TASK_ID, REQUEST_ID, true, "同意延期", null));

        mvc.perform(postJson(taskPath(TASK_ID, "completion-requests/" + REQUEST_ID + "/decision"),
                        Map.of("approved", false)).with(asSupervisor()))
                .andExpect(status().isOk());
        assertThat(sent(commands, DecideCompletionCommand.class))
                .isEqualTo(new DecideCompletionCommand(TASK_ID, REQUEST_ID, false, null, null));
    }

    @Test
    void aDecisionWithoutApprovedIsRefusedNamingIt() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "completion-requests/" + REQUEST_ID + "/decision"),
                        Map.of("comment", "未表态")).with(asSupervisor()))
                .andExpect(invalidField("approved"));

        verifyNoInteractions(commands);
    }

    @Test
    void aSecondDecisionIsAConflictWithItsCode() throws Exception {
        given(commands.send(any())).willThrow(
                new RuleViolationException(RuleViolation.REQUEST_ALREADY_DECIDED, "The request was decided."));

        mvc.perform(postJson(taskPath(TASK_ID, "completion-requests/" + REQUEST_ID + "/decision"),
                        Map.of("approved", true)).with(asSupervisor()))
                .andExpect(problem(409, "REQUEST_ALREADY_DECIDED"));
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() throws Exception {
        mvc.perform(post(taskPath(TASK_ID, "extension-requests")).with(asDepartment(LEAD))
                        .contentType(MediaType.TEXT_PLAIN).content("2024-06-30"))
                .andExpect(problem(415));

        verifyNoInteractions(commands);
    }

    @Test
    void aDepartmentAsksAndTheOfficeDecides() throws Exception {
        mvc.perform(postJson(taskPath(TASK_ID, "extension-requests"),
                        Map.of("requestedDueDate", "2024-06-30", "reason", "督查室不能申请")).with(asSupervisor()))
                .andExpect(problem(403));
        mvc.perform(postJson(taskPath(TASK_ID, "extension-requests/" + REQUEST_ID + "/decision"),
                        Map.of("approved", true)).with(asDepartment(LEAD)))
                .andExpect(problem(403));

        verifyNoInteractions(commands);
    }
}
