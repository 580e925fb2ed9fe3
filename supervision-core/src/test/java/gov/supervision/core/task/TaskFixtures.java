package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.*;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/** Shared people, departments, dates and event histories of the task tests. */
final class TaskFixtures {

    static final String TASK_ID = "3f1c9a52-0d4e-4b8a-9a61-7c2e5d8b1a01";
    static final String SUBTASK_ID = "8b7d2e14-6a3f-4c1b-8e95-2f4a6c9d0b02";
    static final String OTHER_SUBTASK_ID = "c2e5a9f7-1b3d-4e6a-9c80-5d7f1a3b2c03";
    static final String PARENT_TASK_ID = "0a9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d04";

    static final String LEAD = "发展改革委";
    static final String CO = "财政局";
    static final String FOREIGN = "生态环境局";
    static final String COUNTY = "高新区管委会";
    /** The leader in charge of the fixtures' tasks, named as before the directory. */
    static final String LEADER_NAME = "李副市长";

    static final Actor SUPERVISOR = new Actor("u-001", "王督查", Set.of(Role.SUPERVISOR), "市政府督查室");
    static final Actor LEADER = new Actor("u-002", "李副市长", Set.of(Role.LEADER), null);
    static final Actor OTHER_LEADER = new Actor("leader-wang", "王副市长", Set.of(Role.LEADER), null);
    static final Actor CITY_LEADER = new Actor("leader-mayor", "陈市长", Set.of(Role.LEADER), null);
    static final Actor LEAD_DEPARTMENT = new Actor("u-003", "张科长", Set.of(Role.DEPARTMENT), LEAD);
    static final Actor CO_DEPARTMENT = new Actor("u-004", "赵科长", Set.of(Role.DEPARTMENT), CO);
    static final Actor FOREIGN_DEPARTMENT = new Actor("u-005", "钱科长", Set.of(Role.DEPARTMENT), FOREIGN);
    static final Actor COUNTY_DEPARTMENT = new Actor("u-006", "孙主任", Set.of(Role.DEPARTMENT), COUNTY);

    /** 09:00 on 1 March 2023 in the office's zone. */
    static final Instant NOW = Instant.parse("2023-03-01T01:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2023, 3, 1);
    static final LocalDate DUE = LocalDate.of(2023, 6, 30);
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
    static final OfficeCalendar CALENDAR = new OfficeCalendar(Clock.fixed(NOW, ZoneOffset.UTC), OFFICE_ZONE);

    static final String TITLE = "优化营商环境三年行动";
    static final String PLAN = "制定实施方案";
    static final String ROLLOUT = "全面推开";
    static final List<Milestone> MILESTONES = List.of(
            new Milestone(PLAN, LocalDate.of(2023, 4, 14)),
            new Milestone(ROLLOUT, LocalDate.of(2023, 6, 15)));

    static final String COMPLETION_ID = "completion-1";
    static final String EXTENSION_ID = "extension-1";
    static final String ESCALATION_ID = "escalation-1";

    /** The office's day starts at 16:00 UTC of the day before. */
    static final Instant START_OF_DUE_SOON = CALENDAR.startOf(LocalDate.of(2023, 6, 27));
    static final Instant START_OF_OVERDUE = CALENDAR.startOf(LocalDate.of(2023, 7, 1));
    static final Duration ESCALATE_AFTER = EscalationLadder.DEFAULT_ESCALATE_AFTER;

    private TaskFixtures() {
    }

    /**
     * A fixture whose office calendar reads the fixture's own clock: at {@link #NOW} in the given phase, at the
     * instant of each deadline while time elapses, so commands and deadlines agree on what "now" is.
     */
    static AggregateTestFixture<Task> taskFixture() {
        return taskFixture(DueDateWarnings.DEFAULT_YELLOW_BEFORE, EscalationLadder.DEFAULT_ESCALATE_AFTER,
                new ProblemDueDates(ProblemDueDates.DEFAULT_GENERAL_DAYS, ProblemDueDates.DEFAULT_COMPLEX_DAYS));
    }

    /** A fixture with the rules set as an office may configure them, wired as the application wires them. */
    static AggregateTestFixture<Task> taskFixture(Period yellowBefore, Duration escalateAfter,
                                                  ProblemDueDates problemDueDates) {
        AggregateTestFixture<Task> fixture = new AggregateTestFixture<>(Task.class);
        OfficeCalendar calendar = new OfficeCalendar(new FixtureClock(fixture), OFFICE_ZONE);
        fixture.registerInjectableResource(calendar);
        fixture.registerInjectableResource(problemDueDates);
        fixture.registerInjectableResource(new TaskDeadlines(deadlineManagerOf(fixture), calendar,
                new DueDateWarnings(yellowBefore), new EscalationLadder(escalateAfter),
                new ClaimLimit(ClaimLimit.DEFAULT_CLAIM_WITHIN, ClaimLimit.DEFAULT_CLAIM_RED_AFTER)));
        fixture.givenCurrentTime(NOW);
        // Events applied while time elapses carry the fixture's instant, as the application's clock gives them.
        fixture.registerDeadlineHandlerInterceptor((unitOfWork, chain) -> {
            Clock previous = GenericEventMessage.clock;
            GenericEventMessage.clock = Clock.fixed(fixture.currentTime(), ZoneOffset.UTC);
            try {
                return chain.proceed();
            } finally {
                GenericEventMessage.clock = previous;
            }
        });
        return fixture;
    }

    /*
     * The fixture records deadlines in its own stub deadline manager and fires them from there, but hands it out
     * only as a handler parameter; the task's handlers get it inside TaskDeadlines, so it is taken out here.
     */
    private static DeadlineManager deadlineManagerOf(AggregateTestFixture<?> fixture) {
        try {
            Field field = AggregateTestFixture.class.getDeclaredField("deadlineManager");
            return ReflectionUtils.getFieldValue(field, fixture);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("This version of Axon's fixture keeps its deadline manager elsewhere", e);
        }
    }

    /**
     * Sends a command at the instant the named deadline falls due, just before the deadline is handled: how a
     * fixture, whose given phase cannot let time pass, shows a command that comes while time runs.
     */
    static void sendWhenDeadlineFalls(AggregateTestFixture<Task> fixture, String deadlineName, Object command,
                                      Actor actor) {
        AtomicBoolean sent = new AtomicBoolean();
        fixture.registerDeadlineHandlerInterceptor((unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getDeadlineName().equals(deadlineName) && !sent.getAndSet(true)) {
                FutureCallback<Object, Object> result = new FutureCallback<>();
                fixture.getCommandBus().dispatch(as(actor, command), result);
                CommandResultMessage<?> outcome = result.getResult();
                if (outcome.isExceptional()) {
                    throw new AssertionError("The command sent while time ran failed", outcome.exceptionResult());
                }
            }
            return chain.proceed();
        });
    }

    /**
     * Sends a command at the given instant while time runs (in the when phase of {@code whenThenTimeAdvancesTo}): a
     * deadline of its own marks the instant, and falls to no handler of the task.
     */
    static void sendAt(AggregateTestFixture<Task> fixture, Instant at, Object command, Actor actor) {
        String marker = "send-at-" + at;
        deadlineManagerOf(fixture).schedule(at, marker, null, new AggregateScopeDescriptor("Task", TASK_ID));
        sendWhenDeadlineFalls(fixture, marker, command, actor);
    }

    /** A command as the given actor sends it, for the given phase. */
    static CommandMessage<?> as(Actor actor, Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData());
    }

    /** Assignment to approved completion, all by command, so that the task's deadlines are scheduled. */
    static List<CommandMessage<?>> completedByCommands(TaskDetails details) {
        return List.of(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, details)),
                as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)),
                as(LEAD_DEPARTMENT, new SubmitProgressReportCommand(TASK_ID, "report-90", 90, "按计划推进", null, null)),
                as(LEAD_DEPARTMENT, new RequestCompletionCommand(TASK_ID, COMPLETION_ID, "已全部完成",
                        List.of("验收报告.pdf"), null)),
                as(SUPERVISOR, new DecideCompletionCommand(TASK_ID, COMPLETION_ID, true, "经核查属实", null)));
    }

    static Instant startOf(LocalDate day) {
        return CALENDAR.startOf(day);
    }

    /** The id an automatic step gives its warning or escalation: a name-based UUID of {@code taskId:RULE:key}. */
    static String automaticId(String taskId, TimeRule rule, Object key) {
        return UUID.nameUUIDFromBytes((taskId + ":" + rule + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static TaskDetails timedDetails(LocalDate due, ReportingCadence cadence, List<Milestone> milestones) {
        return new TaskDetails(TITLE, "对标先进地区，压减审批时限", TaskCategory.MAJOR_PRIORITY,
                new TaskSource(SourceType.MEETING_DECISION, "2023年市政府常务会第3次"), "李副市长", LEAD, List.of(CO),
                "张科长", due, cadence, milestones);
    }

    static MetaData by(Actor actor) {
        return MetaData.from(actor.toMetaData());
    }

    static TaskDetails details() {
        return details(TITLE, LEAD, List.of(CO), DUE, MILESTONES);
    }

    static TaskDetails details(String title, String lead, List<String> co, LocalDate due, List<Milestone> milestones) {
        return new TaskDetails(title, "对标先进地区，压减审批时限", TaskCategory.MAJOR_PRIORITY,
                new TaskSource(SourceType.MEETING_DECISION, "2023年市政府常务会第3次"), "李副市长", lead, co,
                "张科长", due, ReportingCadence.MONTHLY, milestones);
    }

    static TaskDetails subtaskDetails(LocalDate due) {
        return new TaskDetails("高新区审批事项清单梳理", "梳理区级审批事项", null, null, "李副市长", COUNTY,
                List.of(), "孙主任", due, null, List.of());
    }

    static TaskAssignedEvent assigned() {
        return new TaskAssignedEvent(TASK_ID, null, details(), Set.of(), Set.of());
    }

    static TaskClaimedEvent claimed() {
        return new TaskClaimedEvent(TASK_ID, LEAD, "张科长");
    }

    static ProgressReportedEvent reported(int percent, String milestone) {
        return new ProgressReportedEvent(TASK_ID, "report-" + percent, LEAD, percent, "按计划推进", milestone);
    }

    static CompletionRequestedEvent completionRequested() {
        return new CompletionRequestedEvent(TASK_ID, COMPLETION_ID, "已全部完成", List.of("验收报告.pdf"), true);
    }

    static CompletionApprovedEvent completionApproved() {
        return new CompletionApprovedEvent(TASK_ID, COMPLETION_ID, "经核查属实");
    }

    static TaskClosedEvent closed() {
        return new TaskClosedEvent(TASK_ID, null, "销号");
    }

    static Object[] claimedTask() {
        return new Object[] {assigned(), claimed()};
    }

    static Object[] inProgressTask() {
        return new Object[] {assigned(), claimed(), reported(30, null)};
    }

    static Object[] completionRequestedTask() {
        return new Object[] {assigned(), claimed(), reported(90, null), completionRequested()};
    }

    static Object[] completedTask() {
        return new Object[] {assigned(), claimed(), reported(90, null), completionRequested(), completionApproved()};
    }

    static Object[] closedTask() {
        return new Object[] {assigned(), claimed(), reported(90, null), completionRequested(), completionApproved(),
                closed()};
    }

    /** Matches a refusal with the given code, as the client would see it. */
    static Matcher<RuleViolationException> violates(RuleViolation violation) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException exception) {
                return exception.violation() == violation;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation with code ").appendValue(violation);
            }

            @Override
            protected void describeMismatchSafely(RuleViolationException exception, Description mismatch) {
                mismatch.appendText("code was ").appendValue(exception.violation())
                        .appendText(": ").appendValue(exception.getMessage());
            }
        };
    }

    private static final class FixtureClock extends Clock {

        private final AggregateTestFixture<?> fixture;

        FixtureClock(AggregateTestFixture<?> fixture) {
            this.fixture = fixture;
        }

        @Override
        public Instant instant() {
            return fixture.currentTime();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("The office calendar applies its own zone.");
        }
    }
}
