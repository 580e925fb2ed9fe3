package gov.supervision.web.inspection;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.inspection.Finding;
import gov.supervision.core.api.inspection.InspectionType;
import gov.supervision.core.api.inspection.RecordInspectionCommand;
import gov.supervision.core.api.task.Complexity;
import gov.supervision.query.api.ledger.TaskView;
import gov.supervision.web.CommandSliceTest;
import gov.supervision.web.WebSliceTest;
import gov.supervision.web.task.TaskReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static gov.supervision.web.ApiFixtures.TASK_ID;
import static gov.supervision.web.ApiFixtures.asDepartment;
import static gov.supervision.web.ApiFixtures.asSupervisor;
import static gov.supervision.web.ApiFixtures.finding;
import static gov.supervision.web.ApiFixtures.invalidField;
import static gov.supervision.web.ApiFixtures.postJson;
import static gov.supervision.web.ApiFixtures.problem;
import static gov.supervision.web.ApiFixtures.sent;
import static gov.supervision.web.ApiFixtures.taskView;
import static gov.supervision.web.ApiFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(InspectionController.class)
class InspectionControllerTest extends CommandSliceTest {

    @MockitoBean
    TaskReader tasks;

    private static final String INSPECTIONS = "/api/v1/inspections";
    private static final String DEPARTMENT = "市应急管理局";
    private static final String INSPECTION_ID = "a1a1a1a1-0000-4000-8000-000000000001";
    private static final String FIRST_TASK = "b2b2b2b2-0000-4000-8000-000000000002";
    private static final String SECOND_TASK = "c3c3c3c3-0000-4000-8000-000000000003";

    @BeforeEach
    void theRelatedTaskIsInTheChargeOfLeaderWang() {
        given(tasks.stored(any())).willReturn(Optional.empty());
        given(tasks.stored(TASK_ID)).willReturn(Optional.of(related("王副市长", "leader-wang")));
    }

    private static TaskView related(String leader, String leaderId) {
        TaskView task = taskView(TASK_ID, DEPARTMENT, 4);
        return new TaskView(task.taskId(), null, task.title(), task.description(), task.category(), task.source(),
                leader, leaderId, task.leadDepartment(), "YJJ", List.of(), List.of(), task.responsiblePerson(),
                task.dueDate(), task.originalDueDate(), task.reportingCadence(), List.of(), task.status(), 0,
                task.warningLevel(), task.escalationLevel(), false, List.of(), null, null, List.of(), null, null, null,
                task.assignedAt(), task.claimedAt(), null, null, task.updatedAt(), 4);
    }

    @Test
    void eachFindingIsGivenTheIdOfItsRectificationTaskAtTheEdge() throws Exception {
        given(ids.newId()).willReturn(INSPECTION_ID, FIRST_TASK, SECOND_TASK);

        mvc.perform(postJson(INSPECTIONS, inspection(
                        finding(" 消防通道堵塞 ", DEPARTMENT, "COMPLEX", TASK_ID),
                        finding("应急预案未更新", DEPARTMENT, "GENERAL", " ", "李副市长")))
                        .with(asSupervisor()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/inspections/" + INSPECTION_ID))
                .andExpect(jsonPath("$.inspectionId").value(INSPECTION_ID))
                .andExpect(jsonPath("$.rectificationTaskIds[0]").value(FIRST_TASK))
                .andExpect(jsonPath("$.rectificationTaskIds[1]").value(SECOND_TASK));

        assertThat(sent(commands, RecordInspectionCommand.class)).isEqualTo(new RecordInspectionCommand(
                INSPECTION_ID, InspectionType.UNANNOUNCED, "安全生产暗访", List.of("王督查", "赵审计"),
                LocalDate.of(2023, 2, 27), List.of(
                        new Finding(FIRST_TASK, "消防通道堵塞", DEPARTMENT, Complexity.COMPLEX, TASK_ID, "YJJ",
                                "王副市长", "leader-wang"),
                        new Finding(SECOND_TASK, "应急预案未更新", DEPARTMENT, Complexity.GENERAL, null, "YJJ",
                                "李副市长", "leader-li"))));
    }

    @Test
    void aFindingsOwnLeaderInChargeIsResolvedThroughTheDirectoryBeforeTheRelatedTasks() throws Exception {
        given(ids.newId()).willReturn(INSPECTION_ID, FIRST_TASK);

        mvc.perform(postJson(INSPECTIONS, inspection(finding("消防通道堵塞", "市应急局", "COMPLEX", TASK_ID,
                        "leader-zhao"))).with(asSupervisor()))
                .andExpect(status().isCreated());

        assertThat(sent(commands, RecordInspectionCommand.class).findings()).containsExactly(new Finding(FIRST_TASK,
                "消防通道堵塞", DEPARTMENT, Complexity.COMPLEX, TASK_ID, "YJJ", "赵副市长", "leader-zhao"));
    }

    @Test
    void aFindingWithoutLeaderInChargeWhoseRelatedTaskHasNoneIsRefusedNamingItsPlace() throws Exception {
        given(ids.newId()).willReturn(INSPECTION_ID, FIRST_TASK, SECOND_TASK);

        mvc.perform(postJson(INSPECTIONS, inspection(finding("消防通道堵塞", DEPARTMENT, "COMPLEX", TASK_ID),
                        finding("台账缺失", DEPARTMENT, "GENERAL", null, null))).with(asSupervisor()))
                .andExpect(invalidField("findings[1].leaderInCharge"));
        mvc.perform(postJson(INSPECTIONS, inspection(finding("台账缺失", DEPARTMENT, "GENERAL",
                        "d4d4d4d4-0000-4000-8000-000000000004", null))).with(asSupervisor()))
                .andExpect(invalidField("findings[0].leaderInCharge"));

        verifyNoInteractions(commands);
    }

    @Test
    void anUnknownLeaderInChargeOfAFindingIsRefusedWithItsCode() throws Exception {
        given(ids.newId()).willReturn(INSPECTION_ID, FIRST_TASK);

        mvc.perform(postJson(INSPECTIONS, inspection(finding("台账缺失", DEPARTMENT, "GENERAL", null, "某副市长")))
                        .with(asSupervisor()))
                .andExpect(invalidField("findings[0].leaderInCharge"))
                .andExpect(jsonPath("$.code").value("UNKNOWN_LEADER"));

        verifyNoInteractions(commands);
    }

    @Test
    void anInspectionWithoutFindingsOpensNoTask() throws Exception {
        given(ids.newId()).willReturn(INSPECTION_ID);

        mvc.perform(postJson(INSPECTIONS, with(inspection(), "findings", null)).with(asSupervisor()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rectificationTaskIds").isEmpty());

        assertThat(sent(commands, RecordInspectionCommand.class).findings()).isEmpty();
    }

    @Test
    void anInspectionOnADayToComeIsAConflictWithItsCode() throws Exception {
        given(ids.newId()).willReturn(INSPECTION_ID);
        given(commands.send(any())).willThrow(
                new RuleViolationException(RuleViolation.INSPECTION_IN_FUTURE, "The inspection lies in the future."));

        mvc.perform(postJson(INSPECTIONS, inspection()).with(asSupervisor()))
                .andExpect(problem(409, "INSPECTION_IN_FUTURE"));
    }

    @Test
    void aFindingWithoutDepartmentIsRefusedNamingItsPlace() throws Exception {
        Map<String, Object> withoutDepartment = finding("台账缺失", null, "GENERAL", null);

        mvc.perform(postJson(INSPECTIONS, inspection(withoutDepartment)).with(asSupervisor()))
                .andExpect(invalidField("findings[0].department"));

        verifyNoInteractions(commands);
    }

    @Test
    void onlyTheOfficeRecordsInspections() throws Exception {
        mvc.perform(postJson(INSPECTIONS, inspection()).with(asDepartment(DEPARTMENT))).andExpect(problem(403));

        verifyNoInteractions(commands);
    }

    @SafeVarargs
    private static Map<String, Object> inspection(Map<String, Object>... findings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "UNANNOUNCED");
        body.put("title", " 安全生产暗访");
        body.put("inspectors", List.of("王督查", "赵审计"));
        body.put("conductedOn", "2023-02-27");
        body.put("findings", List.of(findings));
        return body;
    }
}
