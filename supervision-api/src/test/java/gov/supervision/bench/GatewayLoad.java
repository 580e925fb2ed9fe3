package gov.supervision.bench;

import gov.supervision.SupervisionApplication;
import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.task.AssignTaskCommand;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.SubmitProgressReportCommand;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TaskSource;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * A ceiling of the benchmark harness (docs/benchmarks.md), not a test: the application in this process, on the
 * store the harness names, and commands sent straight to Axon's command gateway from {@code threads} threads, without
 * HTTP, JWT or JSON. Each thread assigns a task, claims it and reports on it ten times, over and over, as the
 * harness's closed-loop load does. Arguments: {@code threads=32 seconds=15 warmup=10}, then the server's own
 * ({@code --supervision.data-dir=...}); prints one JSON line.
 */
public final class GatewayLoad {

    private static final Actor OFFICE = new Actor("sup-bench", "压测督查", Set.of(Role.SUPERVISOR), null);
    private static final Actor DEPARTMENT = new Actor("dept-bench", "发改委办公室", Set.of(Role.DEPARTMENT),
            "市发展和改革委员会", "FGW");
    private static final int REPORTS_PER_TASK = 10;

    private GatewayLoad() {
    }

    public static void main(String[] args) throws Exception {
        int threads = 32;
        int seconds = 15;
        int warmup = 10;
        List<String> server = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("threads=")) {
                threads = Integer.parseInt(arg.substring(8));
            } else if (arg.startsWith("seconds=")) {
                seconds = Integer.parseInt(arg.substring(8));
            } else if (arg.startsWith("warmup=")) {
                warmup = Integer.parseInt(arg.substring(7));
            } else {
                server.add(arg);
            }
        }
        ConfigurableApplicationContext application = new SpringApplicationBuilder(SupervisionApplication.class)
                .run(server.toArray(String[]::new));
        CommandGateway gateway = application.getBean(CommandGateway.class);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean measuring = new AtomicBoolean(false);
        LongAdder done = new LongAdder();
        LongAdder failed = new LongAdder();
        List<List<Long>> latencies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            List<Long> latency = new ArrayList<>();
            latencies.add(latency);
            Thread worker = new Thread(() -> {
                while (running.get()) {
                    String taskId = UUID.randomUUID().toString();
                    long version = -1;
                    for (int step = 0; step < REPORTS_PER_TASK + 2 && running.get(); step++) {
                        Object command = step == 0 ? new AssignTaskCommand(taskId, details())
                                : step == 1 ? new ClaimTaskCommand(taskId, "张伟", version)
                                : new SubmitProgressReportCommand(taskId, UUID.randomUUID().toString(), step * 9,
                                "压测进展", null, version);
                        Actor actor = step == 0 ? OFFICE : DEPARTMENT;
                        long started = System.nanoTime();
                        try {
                            Object answer = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                    .andMetaData(MetaData.from(actor.toMetaData())));
                            version = answer instanceof Number number ? number.longValue() : version + 1;
                        } catch (RuntimeException e) {
                            if (failed.sum() == 0) {
                                System.err.println("first failed command: " + command + ": " + e);
                            }
                            failed.increment();
                            break;
                        }
                        if (measuring.get()) {
                            done.increment();
                            latency.add(System.nanoTime() - started);
                        }
                    }
                }
            }, "gateway-" + i);
            worker.start();
            workers.add(worker);
        }
        Thread.sleep(warmup * 1000L);
        failed.reset();
        measuring.set(true);
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        running.set(false);
        for (Thread worker : workers) {
            worker.join(60_000);
        }
        long[] all = latencies.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        System.out.println("{\"mode\":\"gateway\",\"threads\":" + threads + ",\"ok\":" + done.sum() + ",\"failed\":"
                + failed.sum() + ",\"cps\":" + String.format("%.1f", done.sum() / elapsed) + ",\"p50ms\":"
                + String.format("%.2f", percentile(all, 50) / 1e6) + ",\"p99ms\":"
                + String.format("%.2f", percentile(all, 99) / 1e6) + "}");
        application.close();
        System.exit(0);
    }

    private static TaskDetails details() {
        return new TaskDetails("压测任务", "网关吞吐", TaskCategory.MAJOR_PRIORITY,
                new TaskSource(SourceType.MEETING_DECISION, "常务会〔2026〕1号"), "李副市长", "市发展和改革委员会",
                List.of(), "张伟", LocalDate.of(2027, 12, 31), ReportingCadence.MONTHLY, List.of(), "leader-li", "FGW",
                List.of());
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
