package gov.supervision.web.document;

import gov.supervision.core.api.task.NoticeRecipient;
import gov.supervision.core.time.OfficeCalendar;
import gov.supervision.query.api.notice.NoticeReceipt;
import gov.supervision.query.api.notice.NoticeRecord;
import gov.supervision.query.api.report.BriefingLine;
import gov.supervision.query.api.report.PeriodicBriefing;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The office's printable documents: the urging notice (督办单) and the periodic briefing (预警通报), laid out as the
 * office prints them (heading, number, the task and who answers for it, the text, the issuer and the date). The
 * Chinese font (WenQuanYi Micro Hei, Apache License 2.0) comes with the product: a fresh machine has none. Each
 * document reads the font afresh from its bytes, so that documents printed at once share nothing.
 */
@Component
public class OfficeDocuments {

    private static final String FONT = "fonts/wqy-microhei.ttc";
    private static final String FONT_NAME = "WenQuanYiMicroHei";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter CHINESE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final byte[] font;
    private final OfficeCalendar calendar;
    private final String issuer;

    OfficeDocuments(OfficeCalendar calendar, @Value("${supervision.documents.issuer:市人民政府督查室}") String issuer) {
        this.calendar = calendar;
        this.issuer = issuer;
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The documents' font " + FONT + " is missing", e);
        }
    }

    /** The urging notice (督办单) of an {@code URGING_SENT} notice, with the lead department's receipt. */
    public byte[] urgingNotice(NoticeRecord urging) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"督办事项", urging.taskTitle()});
        rows.add(new String[]{"事项编号", urging.taskId()});
        rows.add(new String[]{"牵头单位", urging.leadDepartment()});
        rows.add(new String[]{"分管领导", urging.leaderInCharge()});
        rows.add(new String[]{"完成时限", date(urging.dueDate())});
        rows.add(new String[]{"反馈时限", urging.respondBy() == null ? "按期报送进展" : date(urging.respondBy())});
        rows.add(new String[]{"督办内容", urging.text()});
        rows.add(new String[]{"签收情况", receipts(urging)});
        return print("督办通知单 " + urging.documentNumber(), sheet -> sheet
                .centred(issuer, 16, PdfSheet.OFFICIAL_RED)
                .centred("督办通知单", 26, PdfSheet.OFFICIAL_RED)
                .centred(urging.documentNumber(), 12, Color.BLACK)
                .rule(PdfSheet.OFFICIAL_RED, 1.5f)
                .space(8)
                .paragraph(urging.leadDepartment() + "：", 13)
                .paragraph("    现将以下督办事项通知你单位，请高度重视，抓紧办理，并于反馈时限前报送办理进展。", 13)
                .space(8)
                .table(12, new float[]{1, 4}, rows)
                .space(32)
                .right(issuer, 13)
                .right(date(calendar.dayOf(urging.sentAt())), 13));
    }

    /** The briefing (预警通报) of a period: what happened in it, per department and in all. */
    public byte[] briefing(PeriodicBriefing briefing) {
        BriefingLine total = briefing.total();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"单位", "新交办", "进展报告", "未按期报告", "黄色预警", "红色预警", "提请协调", "办结"});
        for (BriefingLine line : briefing.departments()) {
            rows.add(cells(line.department(), line));
        }
        rows.add(cells("合计", total));
        String summary = "    本期共新交办督办事项" + total.newTasks() + "项，收到进展报告" + total.reportsReceived()
                + "份，未按期报告" + total.reportsMissing() + "期次；发出预警" + total.warnings() + "次，其中红色预警"
                + total.redWarnings() + "次、黄色预警" + total.yellowWarnings() + "次；提请协调" + total.escalations()
                + "次；办结" + total.completions() + "项。各单位情况如下：";
        return print("预警通报 " + briefing.period(), sheet -> sheet
                .centred(issuer, 16, PdfSheet.OFFICIAL_RED)
                .centred("预警通报", 26, PdfSheet.OFFICIAL_RED)
                .centred(briefing.period() + "（" + date(briefing.from()) + "至" + date(briefing.to()) + "）", 12,
                        Color.BLACK)
                .rule(PdfSheet.OFFICIAL_RED, 1.5f)
                .space(8)
                .paragraph(summary, 13)
                .space(8)
                .table(10.5f, new float[]{2.4f, 1.2f, 1.2f, 1.5f, 1.2f, 1.2f, 1.2f, 1}, rows)
                .space(16)
                .paragraph("    请被预警单位对照问题抓紧整改，按期报送办理进展；红色预警事项已报分管领导。", 13)
                .space(32)
                .right(issuer, 13)
                .right(date(calendar.today()), 13));
    }

    private byte[] print(String title, UnaryOperator<PdfSheet> layout) {
        try (TrueTypeCollection fonts = new TrueTypeCollection(new ByteArrayInputStream(font));
             PdfSheet sheet = new PdfSheet(font(fonts), title)) {
            return layout.apply(sheet).toPdf();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont font(TrueTypeCollection fonts) throws IOException {
        TrueTypeFont found = fonts.getFontByName(FONT_NAME);
        if (found == null) {
            throw new IOException("no font " + FONT_NAME + " in " + FONT);
        }
        return found;
    }

    private static String[] cells(String name, BriefingLine line) {
        return new String[]{name, Long.toString(line.newTasks()), Long.toString(line.reportsReceived()),
                Long.toString(line.reportsMissing()), Long.toString(line.yellowWarnings()),
                Long.toString(line.redWarnings()), Long.toString(line.escalations()),
                Long.toString(line.completions())};
    }

    private String receipts(NoticeRecord notice) {
        List<String> lines = new ArrayList<>();
        for (NoticeReceipt receipt : notice.recipients()) {
            String who = receipt.recipient().kind() == NoticeRecipient.Kind.DEPARTMENT
                    ? notice.leadDepartment() : receipt.recipient().key();
            lines.add(receipt.acknowledged()
                    ? who + " 已签收（" + receipt.acknowledgedBy() + "，" + time(receipt.acknowledgedAt()) + "）"
                    : who + " 未签收");
        }
        return String.join("\n", lines);
    }

    private static String date(LocalDate day) {
        return day == null ? "—" : CHINESE_DATE.format(day);
    }

    private String time(Instant at) {
        return CHINESE_TIME.format(at.atZone(calendar.zone()));
    }
}
