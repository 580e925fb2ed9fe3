package gov.supervision.web.notice;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.web.ApiClient;
import gov.supervision.web.ApiTestBase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.assertProblem;
import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.taskPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who must act learns of it, over real HTTP: the water bureau leads a task with the transport bureau, under 李副市长;
 * the finance bureau has nothing to do with it. Notices reach their recipients, a receipt is an event of the task,
 * the office sees who has not acknowledged, and the urging notice and the briefing print as PDF with their Chinese
 * text.
 */
class NoticesEndToEndTest extends ApiTestBase {

    private static final String WATER = "通知市水务局";
    private static final String TRANSPORT = "通知市交通运输局";
    private static final String FINANCE = "通知市财政局";
    private static final String TITLE = "城区排水管网雨污分流改造";

    private String taskId;

    @BeforeEach
    void assignTheTask() {
        taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task(TITLE, WATER, TRANSPORT)));
    }

    @Test
    void anAssignmentReachesTheLeadAndCoOperatingDepartmentsOnly() {
        JsonNode water = awaitNotice(tokens.department(WATER), "TASK_ASSIGNED");
        assertThat(water.get("taskTitle").asText()).isEqualTo(TITLE);
        assertThat(water.get("unread").asBoolean()).isTrue();
        assertThat(water.get("recipient").get("kind").asText()).isEqualTo("DEPARTMENT");
        awaitNotice(tokens.department(TRANSPORT), "TASK_ASSIGNED");
        assertThat(noticesOfTask(tokens.department(FINANCE))).isEmpty();
    }

    @Test
    void aRedWarningReachesTheDepartmentTheLeaderAndTheOfficeWhoAcknowledgeEachForItself() {
        ApiClient.Response warned = api.post(taskPath(taskId, "warnings"), tokens.supervisor(),
                Map.of("level", "RED", "reason", "雨季前未完成主干管施工"));
        assertThat(warned.status()).as(warned.toString()).isEqualTo(200);
        JsonNode forWater = awaitNotice(tokens.department(WATER), "WARNING_ISSUED");
        awaitNotice(tokens.leader(), "WARNING_ISSUED");
        awaitNotice(tokens.supervisor(), "WARNING_ISSUED");
        assertThat(forWater.get("level").asText()).isEqualTo("RED");
        assertThat(forWater.get("text").asText()).isEqualTo("雨季前未完成主干管施工");
        String noticeId = forWater.get("noticeId").asText();

        long before = storedEvents();
        assertProblem(api.post("/api/v1/notices/" + noticeId + "/receipt", tokens.department(FINANCE), null), 403);
        assertProblem(api.post("/api/v1/notices/no-such-notice/receipt", tokens.department(WATER), null), 404);
        assertThat(storedEvents()).as("a refused receipt stores nothing").isEqualTo(before);

        ApiClient.Response receipt = api.post("/api/v1/notices/" + noticeId + "/receipt", tokens.department(WATER),
                null);
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(200);
        assertThat(receipt.json().get("noticeId").asText()).isEqualTo(noticeId);
        long version = receipt.json().get("version").asLong();
        ApiClient.Response again = api.post("/api/v1/notices/" + noticeId + "/receipt", tokens.department(WATER),
                null);
        assertThat(again.json().get("version").asLong()).as("a second receipt records nothing").isEqualTo(version);
        JsonNode entries = api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor()).json().get("entries");
        JsonNode last = entries.get(entries.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("NoticeAcknowledged");
        assertThat(last.get("payload").get("noticeId").asText()).isEqualTo(noticeId);

        JsonNode notice = ApiClient.await(() -> taskNotice(tokens.supervisor(), noticeId),
                found -> receiptOf(found, "DEPARTMENT").get("acknowledged").asBoolean());
        assertThat(receiptOf(notice, "DEPARTMENT").get("acknowledgedBy").asText()).isEqualTo(WATER + "办公室");
        assertThat(receiptOf(notice, "LEADER").get("acknowledged").asBoolean()).isFalse();
        assertThat(receiptOf(notice, "OFFICE").get("acknowledged").asBoolean()).isFalse();
        assertThat(notice.get("acknowledged").asBoolean()).isFalse();
        ApiClient.Response unread = api.get("/api/v1/notices?unread=true&taskId=" + taskId,
                tokens.department(WATER));
        assertThat(types(unread.json().get("items"))).containsExactly("TASK_ASSIGNED");
        assertThat(unread.json().get("unread").asLong()).isEqualTo(1);
    }

    @Test
    void aTasksNoticesAreReadByTheOfficeAuditorsAndItsLeaderOnly() {
        awaitNotice(tokens.department(WATER), "TASK_ASSIGNED");
        String path = "/api/v1/tasks/" + taskId + "/notices";
        assertThat(api.get(path, tokens.supervisor()).status()).isEqualTo(200);
        assertThat(api.get(path, tokens.auditor()).status()).isEqualTo(200);
        assertThat(api.get(path, tokens.leader()).status()).isEqualTo(200);
        assertProblem(api.get(path, tokens.leader("leader-wang")), 403);
        assertProblem(api.get(path, tokens.department(WATER)), 403);
    }

    @Test
    void theUrgingNoticePrintsAsAPdfWithItsChineseText() throws IOException {
        ApiClient.Response urged = api.post(taskPath(taskId, "urgings"), tokens.supervisor(),
                Map.of("message", "请于本周五前报送管网施工进展及存在问题", "respondBy", "2023-03-03"));
        String urgingId = urged.json().get("urgingId").asText();
        JsonNode notice = awaitNotice(tokens.department(WATER), "URGING_SENT");
        assertThat(notice.get("documentNumber").asText()).matches("督办〔\\d{4}〕\\d+号");

        ApiClient.Response document = api.get(taskPath(taskId, "urgings/" + urgingId + "/document"),
                tokens.department(WATER), "Accept", "application/pdf");
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        assertThat(document.contentType()).startsWith("application/pdf");
        String text = textOf(keep(document.raw(), "urging-notice.pdf"));
        assertThat(text).contains("督办通知单", TITLE, WATER, "李副市长", notice.get("documentNumber").asText(),
                "请于本周五前报送管网施工进展及存在问题", "2023年3月3日", "未签收");

        assertProblem(api.get(taskPath(taskId, "urgings/" + urgingId + "/document"), tokens.department(FINANCE),
                "Accept", "application/pdf"), 403);
        assertProblem(api.get(taskPath(taskId, "urgings/no-such-urging/document"), tokens.department(WATER),
                "Accept", "application/pdf"), 404);
    }

    @Test
    void theBriefingPrintsAsAPdfWithEveryDepartmentOfThePeriod() throws IOException {
        ApiClient.Response briefing = api.get("/api/v1/reports/periodic?period=2023-03", tokens.supervisor(),
                "Accept", "application/pdf");
        assertThat(briefing.status()).as(briefing.toString()).isEqualTo(200);
        assertThat(briefing.contentType()).startsWith("application/pdf");
        assertThat(textOf(keep(briefing.raw(), "briefing.pdf"))).contains("预警通报", "2023-03", "合计");

        ApiClient.Response bad = api.get("/api/v1/reports/periodic?period=march", tokens.supervisor(),
                "Accept", "application/pdf");
        assertProblem(bad, 400);
    }

    /** Keeps the printed document as a test artefact under target/documents, for a person to look at. */
    private static byte[] keep(byte[] pdf, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "documents"));
        Files.write(folder.resolve(name), pdf);
        return pdf;
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private JsonNode awaitNotice(String token, String type) {
        return ApiClient.await(() -> noticesOfTask(token).stream()
                .filter(notice -> notice.get("type").asText().equals(type)).findFirst().orElse(null),
                notice -> notice != null);
    }

    private List<JsonNode> noticesOfTask(String token) {
        ApiClient.Response answer = api.get("/api/v1/notices?taskId=" + taskId, token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        answer.json().get("items").forEach(items::add);
        return items;
    }

    private JsonNode taskNotice(String token, String noticeId) {
        for (JsonNode notice : api.get("/api/v1/tasks/" + taskId + "/notices", token).json().get("notices")) {
            if (notice.get("noticeId").asText().equals(noticeId)) {
                return notice;
            }
        }
        throw new AssertionError("no notice " + noticeId);
    }

    private static JsonNode receiptOf(JsonNode notice, String kind) {
        for (JsonNode receipt : notice.get("recipients")) {
            if (receipt.get("recipient").get("kind").asText().equals(kind)) {
                return receipt;
            }
        }
        throw new AssertionError("no " + kind + " recipient in " + notice);
    }

    private static List<String> types(JsonNode items) {
        List<String> types = new ArrayList<>();
        items.forEach(item -> types.add(item.get("type").asText()));
        return types;
    }
}
