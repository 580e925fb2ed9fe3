// Benchmark client for the supervision backend. Single file, run with `java .bench/Load.java <mode> key=value ...`
// (JDBC modes need the H2 / PostgreSQL driver jars on -cp). Driven by .bench/run.py; prints one JSON line of results.
//
// modes:
//   load    port= secret= threads=32 seconds=60 warmup=10 lagEveryMs=150 samplers=2 pollMs=20  closed-loop commands + lag samplers
//   inserts url= user= threads=32 seconds=30 payload=N meta=N               plain JDBC single-row inserts, autocommit
//   reads   port= secret= n=300 warmup=50                                     ledger page, one task, history, verification
//   sql     url= user= file=                                                  run ';'-separated statements, print rows
//   attach  pid= lib= options=                                                load a JVMTI agent (async-profiler) into a JVM
//   noop    port= secret= threads=32 seconds=15 warmup=5                      closed-loop GET /api/v1/me: the HTTP layer's ceiling
//   receive port= hookSecret= out= stop=                                      webhook receiver: one CSV line per delivery
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class Load {
    static Map<String, String> opts = new HashMap<>();

    static String opt(String k, String d) { return opts.getOrDefault(k, d); }
    static int iopt(String k, int d) { return Integer.parseInt(opt(k, String.valueOf(d))); }

    public static void main(String[] args) throws Exception {
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            opts.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        switch (args[0]) {
            case "load" -> load();
            case "inserts" -> inserts();
            case "reads" -> reads();
            case "sql" -> sql();
            case "attach" -> attach();
            case "receive" -> receive();
            case "noop" -> noop();
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------- profiler

    /** Starts or stops async-profiler in the running server: jcmd's JVMTI.agent_load splits its options at '='. */
    static void attach() throws Exception {
        com.sun.tools.attach.VirtualMachine vm = com.sun.tools.attach.VirtualMachine.attach(opt("pid", ""));
        try {
            vm.loadAgentPath(opt("lib", ""), opt("options", ""));
        } finally {
            vm.detach();
        }
    }

    // ---------------------------------------------------------------- no-op

    /**
     * The ceiling of the HTTP layer: closed-loop GET /api/v1/me (token decoded and checked, security chain, MVC,
     * the directory's names, Jackson, Micrometer; no database, no Axon) from {@code threads} clients.
     */
    static void noop() throws Exception {
        int threads = iopt("threads", 32);
        int seconds = iopt("seconds", 15);
        int warmup = iopt("warmup", 5);
        initHttp(threads);
        String tok = token("sup-bench", "压测督查", "SUPERVISOR", null);
        List<Recorder> recs = new ArrayList<>();
        List<Thread> ts = new ArrayList<>();
        LongAdder done = new LongAdder();
        LongAdder bad = new LongAdder();
        for (int i = 0; i < threads; i++) {
            Recorder rec = new Recorder();
            recs.add(rec);
            Thread th = new Thread(() -> {
                while (running.get()) {
                    long t = System.nanoTime();
                    Res r = call("GET", "/api/v1/me", tok, null);
                    if (!measuring.get()) continue;
                    rec.add(System.nanoTime() - t);
                    if (r.status() == 200) done.increment(); else bad.increment();
                }
            }, "noop" + i);
            th.start();
            ts.add(th);
        }
        Thread.sleep(warmup * 1000L);
        measuring.set(true);
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        running.set(false);
        for (Thread th : ts) th.join(60_000);
        long[] all = merged(recs);
        System.out.println("{\"mode\":\"noop\",\"threads\":" + threads + ",\"ok\":" + done.sum()
                + ",\"failed\":" + bad.sum() + ",\"rps\":" + String.format("%.1f", done.sum() / elapsed)
                + ",\"p50ms\":" + ms(pct(all, 50)) + ",\"p99ms\":" + ms(pct(all, 99)) + "}");
        System.exit(0);
    }

    // ---------------------------------------------------------------- webhook receiver

    /**
     * A webhook receiver on 127.0.0.1:port that answers 204 to every delivery and writes one CSV line per request:
     * the event's occurredAt (epoch ms), the receipt's lag behind it (ms), event id, task id, sequence, and whether the
     * signature matched. Runs until the file {@code stop} exists.
     */
    static void receive() throws Exception {
        String hookSecret = opt("hookSecret", "");
        Path stop = Path.of(opt("stop", ""));
        java.io.PrintWriter out = new java.io.PrintWriter(Files.newBufferedWriter(Path.of(opt("out", ""))));
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", iopt("port", 18300)), 128);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            long now = System.currentTimeMillis();
            String text = new String(body, StandardCharsets.UTF_8);
            boolean signed;
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(hookSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                signed = ("sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body)))
                        .equals(exchange.getRequestHeaders().getFirst("X-Supervision-Signature"));
            } catch (Exception e) {
                signed = false;
            }
            long occurred = Instant.parse(field(text, "occurredAt")).toEpochMilli();
            synchronized (out) {
                out.println(occurred + "," + (now - occurred) + "," + field(text, "eventId") + ","
                        + field(text, "taskId") + "," + field(text, "sequence") + "," + signed);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        System.out.println("{\"receiving\":true}");
        while (!Files.exists(stop)) {
            Thread.sleep(200);
        }
        server.stop(0);
        synchronized (out) {
            out.close();
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------- HTTP + JWT
    static HttpClient http;
    static String base;
    static String secret;

    static void initHttp(int threads) {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(Math.max(2, threads / 4)))
                .connectTimeout(Duration.ofSeconds(5)).build();
        base = "http://127.0.0.1:" + opt("port", "8080");
        secret = opt("secret", "");
    }

    static String b64(byte[] b) { return Base64.getUrlEncoder().withoutPadding().encodeToString(b); }

    static String token(String sub, String name, String role, String department) throws Exception {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"sub\":\"" + sub + "\",\"name\":\"" + name + "\",\"roles\":[\"" + role + "\"],"
                + (department == null ? "" : "\"department\":\"" + department + "\",")
                + "\"iat\":" + (now - 60) + ",\"exp\":" + (now + 4 * 3600) + "}";
        String input = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64(claims.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
    }

    record Res(int status, String body) { }

    static Res call(String method, String path, String tok, String json) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tok);
            if (json != null) {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Res(r.statusCode(), r.body());
        } catch (Exception e) {
            return new Res(-1, e.toString());
        }
    }

    static String field(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(body == null ? "" : body);
        return m.find() ? m.group(1) : null;
    }

    static long pct(long[] sorted, double p) {
        if (sorted.length == 0) return -1;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static String ms(long nanos) { return String.format("%.2f", nanos / 1e6); }

    static final String[] DEPTS = {"市发展改革委", "市住房城乡建设局", "市交通运输局", "市生态环境局", "市教育局", "市卫生健康委", "市民政局", "市水务局"};

    // ---------------------------------------------------------------- load
    static final class Recorder {
        long[] lat = new long[1 << 16];
        int n;
        void add(long v) { if (n == lat.length) lat = Arrays.copyOf(lat, n * 2); lat[n++] = v; }
    }

    /** Every recorder's latencies in one sorted array. */
    static long[] merged(List<Recorder> recs) {
        long total = 0;
        for (Recorder r : recs) total += r.n;
        long[] all = new long[(int) total];
        int k = 0;
        for (Recorder r : recs) { System.arraycopy(r.lat, 0, all, k, r.n); k += r.n; }
        Arrays.sort(all);
        return all;
    }

    static final AtomicBoolean measuring = new AtomicBoolean(false);
    static final AtomicBoolean running = new AtomicBoolean(true);
    static final LongAdder ok = new LongAdder();
    static final LongAdder failed = new LongAdder();
    static final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

    static String sup, sys;
    static Map<String, String> deptTok = new HashMap<>();

    static Res cmd(Recorder rec, String path, String tok, String json) {
        long t0 = System.nanoTime();
        Res r = call("POST", path, tok, json);
        long dt = System.nanoTime() - t0;
        if (measuring.get()) {
            statuses.computeIfAbsent(r.status, k -> new LongAdder()).increment();
            if (r.status >= 200 && r.status < 300) { ok.increment(); rec.add(dt); } else failed.increment();
        }
        return r;
    }

    static String assignJson(String title, String dept) {
        return "{\"title\":\"" + title + "\",\"description\":\"按照市政府常务会议部署推进落实\",\"category\":\"MAJOR_PRIORITY\","
                + "\"source\":{\"type\":\"MEETING_DECISION\",\"reference\":\"常务会议-2026-01\"},"
                + "\"leaderInCharge\":\"李副市长\",\"leadDepartment\":\"" + dept + "\",\"dueDate\":\"2099-12-31\"}";
    }

    static void worker(int number, Recorder rec) {
        Random rng = new Random(number);
        int loop = 0;
        while (running.get()) {
            loop++;
            String dept = DEPTS[rng.nextInt(DEPTS.length)];
            String dt = deptTok.get(dept);
            if (loop % 4 == 0) {
                cmd(rec, "/api/v1/problems", sys, "{\"source\":{\"type\":\"HOTLINE\",\"reference\":\"12345-" + number + "-"
                        + UUID.randomUUID() + "\"},\"title\":\"市民反映路灯损坏\",\"department\":\"" + dept
                        + "\",\"complexity\":\"GENERAL\"}");
            }
            Res r = cmd(rec, "/api/v1/tasks", sup, assignJson("压测任务" + number + "-" + loop, dept));
            String id = field(r.body, "taskId");
            if (id == null || r.status != 201) { if (r.status < 0) sleep(50); continue; }
            String t = "/api/v1/tasks/" + id;
            if (cmd(rec, t + "/claim", dt, "{\"responsiblePerson\":\"张三\"}").status != 200) continue;
            cmd(rec, t + "/progress-reports", dt, "{\"percentComplete\":30,\"summary\":\"已完成方案制定，正在推进实施\"}");
            cmd(rec, t + "/urgings", sup, "{\"message\":\"请加快进度，按期完成\"}");
            cmd(rec, t + "/progress-reports", dt, "{\"percentComplete\":80,\"summary\":\"主体工作基本完成\"}");
            Res c = cmd(rec, t + "/completion-requests", dt, "{\"summary\":\"任务已全部完成\",\"evidence\":[\"验收报告.pdf\"]}");
            String req = field(c.body, "requestId");
            if (req == null) continue;
            cmd(rec, t + "/completion-requests/" + req + "/decision", sup, "{\"approved\":true,\"comment\":\"同意\"}");
            cmd(rec, t + "/closure", sup, "{\"comment\":\"同意销号\"}");
        }
    }

    static void load() throws Exception {
        int threads = iopt("threads", 32);
        int seconds = iopt("seconds", 60);
        int warmup = iopt("warmup", 10);
        int lagEvery = iopt("lagEveryMs", 150);
        initHttp(threads + 2);
        sup = token("sup-bench", "压测督查", "SUPERVISOR", null);
        sys = token("hotline-12345", "12345热线", "SYSTEM", null);
        for (int i = 0; i < DEPTS.length; i++) deptTok.put(DEPTS[i], token("dept-" + i, "部门" + i, "DEPARTMENT", DEPTS[i]));
        List<Recorder> recs = new ArrayList<>();
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Recorder rec = new Recorder();
            recs.add(rec);
            int n = i;
            Thread th = new Thread(() -> worker(n, rec), "w" + i);
            th.start();
            ts.add(th);
        }
        // lag sampler: its own tasks; after each answered command, poll GET /tasks/{id} until it shows the version
        Recorder lag = new Recorder();
        AtomicLong lagTimeouts = new AtomicLong();
        int samplers = iopt("samplers", 2);
        List<Thread> samplerThreads = new ArrayList<>();
        for (int si = 0; si < samplers; si++) {
        final int sn = si;
        Thread sampler = new Thread(() -> {
            String dept = DEPTS[sn % DEPTS.length];
            String dt = deptTok.get(dept);
            String id = null;
            int step = 0;
            while (running.get()) {
                try { Thread.sleep(lagEvery); } catch (InterruptedException e) { return; }
                Res r;
                if (id == null || step >= 40) {
                    r = call("POST", "/api/v1/tasks", sup, assignJson("时延采样", dept));
                    id = field(r.body, "taskId");
                    step = 0;
                    if (id == null) continue;
                    call("POST", "/api/v1/tasks/" + id + "/claim", dt, "{\"responsiblePerson\":\"张三\"}");
                    continue;
                }
                r = call("POST", "/api/v1/tasks/" + id + "/progress-reports", dt,
                        "{\"percentComplete\":" + (step % 100) + ",\"summary\":\"采样\"}");
                step++;
                long answered = System.nanoTime();
                String v = field(r.body, "version");
                if (v == null) continue;
                long want = Long.parseLong(v);
                long deadline = answered + 30_000_000_000L;
                boolean seen = false;
                while (System.nanoTime() < deadline) {
                    Res g = call("GET", "/api/v1/tasks/" + id, sup, null);
                    String gv = field(g.body, "version");
                    if (gv != null && Long.parseLong(gv) >= want) { seen = true; break; }
                    try { Thread.sleep(iopt("pollMs", 20)); } catch (InterruptedException e) { return; }
                }
                if (!measuring.get()) continue;
                if (seen) synchronized (lag) { lag.add(System.nanoTime() - answered); } else lagTimeouts.incrementAndGet();
            }
        }, "lag" + si);
        samplerThreads.add(sampler);
        }
        for (Thread sm : samplerThreads) sm.start();
        Thread.sleep(warmup * 1000L);
        measuring.set(true);
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long cpu = cpuNanos() - cpu0;
        running.set(false);
        for (Thread th : ts) th.join(60_000);
        for (Thread sm : samplerThreads) sm.join(60_000);
        long[] all = merged(recs);
        long[] l = Arrays.copyOf(lag.lat, lag.n);
        Arrays.sort(l);
        StringBuilder st = new StringBuilder();
        statuses.forEach((s, c) -> st.append(st.length() == 0 ? "" : ",").append("\"").append(s).append("\":").append(c.sum()));
        System.out.println("{\"mode\":\"load\",\"threads\":" + threads + ",\"seconds\":" + String.format("%.1f", elapsed)
                + ",\"ok\":" + ok.sum() + ",\"failed\":" + failed.sum()
                + ",\"cps\":" + String.format("%.1f", ok.sum() / elapsed)
                + ",\"p50ms\":" + ms(pct(all, 50)) + ",\"p99ms\":" + ms(pct(all, 99)) + ",\"maxms\":" + ms(pct(all, 100))
                + ",\"lagSamples\":" + l.length + ",\"lagTimeouts\":" + lagTimeouts.get()
                + ",\"lagP50ms\":" + ms(pct(l, 50)) + ",\"lagP99ms\":" + ms(pct(l, 99))
                + ",\"clientCpuCores\":" + String.format("%.2f", cpu / 1e9 / elapsed)
                + ",\"statuses\":{" + st + "}}");
        System.exit(0);
    }

    static void sleep(long ms) { try { Thread.sleep(ms); } catch (InterruptedException e) { Thread.currentThread().interrupt(); } }

    static long cpuNanos() {
        try {
            String[] f = Files.readString(Path.of("/proc/self/stat")).split("\\) ")[1].split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // utime+stime in 10 ms ticks
        } catch (Exception e) {
            return 0;
        }
    }

    // ---------------------------------------------------------------- inserts
    static void inserts() throws Exception {
        String url = opt("url", "");
        String user = opt("user", "");
        int threads = iopt("threads", 32);
        int seconds = iopt("seconds", 30);
        int payloadSize = iopt("payload", 400);
        int metaSize = iopt("meta", 400);
        boolean pg = url.startsWith("jdbc:postgresql");
        try (Connection c = DriverManager.getConnection(url, user, opt("password", ""))) {
            Statement s = c.createStatement();
            s.execute("drop table if exists bench_insert_entry");
            s.execute("drop sequence if exists bench_insert_seq");
            s.execute("create sequence bench_insert_seq start with 1 increment by 1");
            String blob = pg ? "bytea" : "blob";
            s.execute("create table bench_insert_entry (global_index bigint not null, sequence_number bigint not null,"
                    + " aggregate_identifier varchar(255) not null, event_identifier varchar(255) not null,"
                    + " payload_revision varchar(255), payload_type varchar(255) not null, time_stamp varchar(255) not null,"
                    + " type varchar(255), meta_data " + blob + ", payload " + blob + " not null, primary key (global_index),"
                    + " constraint uk_bench_insert_event_identifier unique (event_identifier),"
                    + " constraint uk_bench_insert_aggregate_sequence unique (aggregate_identifier, sequence_number))");
        }
        String next = pg ? "nextval('bench_insert_seq')" : "next value for bench_insert_seq";
        String sql = "insert into bench_insert_entry values (" + next + ",?,?,?,?,?,?,?,?,?)";
        byte[] payload = filler(payloadSize, "{\"taskId\":\"", "\"}");
        byte[] meta = filler(metaSize, "{\"actorId\":\"", "\"}");
        LongAdder count = new LongAdder();
        List<Recorder> recs = new ArrayList<>();
        AtomicBoolean go = new AtomicBoolean(true);
        List<Thread> ts = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        for (int i = 0; i < threads; i++) {
            Recorder rec = new Recorder();
            recs.add(rec);
            Thread th = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, user, opt("password", ""))) {
                    c.setAutoCommit(true);
                    PreparedStatement ps = c.prepareStatement(sql);
                    String agg = UUID.randomUUID().toString();
                    long seq = 0;
                    while (go.get()) {
                        ps.setLong(1, seq++);
                        ps.setString(2, agg);
                        ps.setString(3, UUID.randomUUID().toString());
                        ps.setString(4, null);
                        ps.setString(5, "gov.supervision.core.api.task.ProgressReportedEvent");
                        ps.setString(6, Instant.now().toString());
                        ps.setString(7, "Task");
                        ps.setBytes(8, meta);
                        ps.setBytes(9, payload);
                        long t0 = System.nanoTime();
                        ps.executeUpdate();
                        rec.add(System.nanoTime() - t0);
                        count.increment();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println(e);
                }
            });
            th.start();
            ts.add(th);
        }
        Thread.sleep(3000); // warm-up
        long c0 = count.sum();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long c1 = count.sum();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        go.set(false);
        for (Thread th : ts) th.join();
        long[] all = recs.stream().flatMapToLong(r -> Arrays.stream(r.lat, 0, r.n)).sorted().toArray();
        try (Connection c = DriverManager.getConnection(url, user, opt("password", ""))) {
            c.createStatement().execute("drop table bench_insert_entry");
            c.createStatement().execute("drop sequence bench_insert_seq");
        }
        System.out.println("{\"mode\":\"inserts\",\"threads\":" + threads + ",\"seconds\":" + String.format("%.1f", elapsed)
                + ",\"rows\":" + (c1 - c0) + ",\"ips\":" + String.format("%.1f", (c1 - c0) / elapsed)
                + ",\"p50ms\":" + ms(pct(all, 50)) + ",\"p99ms\":" + ms(pct(all, 99)) + ",\"errors\":" + errors.get()
                + ",\"rowBytes\":" + (payload.length + meta.length) + "}");
    }

    static byte[] filler(int size, String head, String tail) {
        StringBuilder b = new StringBuilder(head);
        while (b.length() + tail.length() < size) b.append('x');
        return (b + tail).getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- reads
    static void reads() throws Exception {
        int n = iopt("n", 300);
        int warm = iopt("warmup", 50);
        initHttp(4);
        sup = token("sup-bench", "压测督查", "SUPERVISOR", null);
        String aud = token("audit-bench", "压测审计", "AUDITOR", null);
        String dept = DEPTS[1];
        String dt = token("dept-1", "部门1", "DEPARTMENT", dept);
        Res r = call("POST", "/api/v1/tasks", sup, assignJson("两百事件任务", dept));
        String id = field(r.body, "taskId");
        call("POST", "/api/v1/tasks/" + id + "/claim", dt, "{\"responsiblePerson\":\"张三\"}");
        String v = "1";
        for (int i = 0; i < 198; i++) {
            v = field(call("POST", "/api/v1/tasks/" + id + "/progress-reports", dt,
                    "{\"percentComplete\":" + (i % 100) + ",\"summary\":\"第" + i + "次进展报告\"}").body, "version");
        }
        // wait until the ledger shows it
        for (int i = 0; i < 3000; i++) {
            if (v.equals(field(call("GET", "/api/v1/tasks/" + id, sup, null).body, "version"))) break;
            Thread.sleep(10);
        }
        Res page = call("GET", "/api/v1/tasks?status=IN_PROGRESS&department=" + java.net.URLEncoder.encode(DEPTS[2], StandardCharsets.UTF_8) + "&size=20", sup, null);
        String total = field(page.body, "total");
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"taskId\"\\s*:\\s*\"([^\"]+)\"").matcher(page.body);
        while (m.find()) ids.add(m.group(1));
        if (ids.isEmpty()) ids.add(id);
        Map<String, String> paths = new java.util.LinkedHashMap<>();
        paths.put("page", "/api/v1/tasks?status=IN_PROGRESS&department=" + java.net.URLEncoder.encode(DEPTS[2], StandardCharsets.UTF_8) + "&size=20");
        paths.put("task", "ROTATE");
        paths.put("history", "/api/v1/tasks/" + id + "/history");
        paths.put("verification", "/api/v1/tasks/" + id + "/verification");
        StringBuilder out = new StringBuilder("{\"mode\":\"reads\",\"taskId\":\"" + id + "\",\"version\":" + v
                + ",\"pageTotal\":" + total + ",\"verified\":" + field(call("GET", paths.get("verification"), aud, null).body, "valid"));
        for (Map.Entry<String, String> e : paths.entrySet()) {
            long[] lat = new long[n];
            int bad = 0;
            for (int i = -warm; i < n; i++) {
                String p = e.getValue().equals("ROTATE") ? "/api/v1/tasks/" + ids.get(Math.floorMod(i, ids.size())) : e.getValue();
                long t0 = System.nanoTime();
                Res x = call("GET", p, e.getKey().equals("verification") ? aud : sup, null);
                long d = System.nanoTime() - t0;
                if (x.status != 200) bad++;
                if (i >= 0) lat[i] = d;
            }
            Arrays.sort(lat);
            out.append(",\"").append(e.getKey()).append("\":{\"p50ms\":").append(ms(pct(lat, 50)))
                    .append(",\"p99ms\":").append(ms(pct(lat, 99))).append(",\"non200\":").append(bad).append("}");
        }
        System.out.println(out.append("}"));
        System.exit(0);
    }

    // ---------------------------------------------------------------- sql
    static void sql() throws Exception {
        String text = Files.readString(Path.of(opt("file", "/dev/stdin")));
        try (Connection c = DriverManager.getConnection(opt("url", ""), opt("user", ""), opt("password", ""))) {
            Statement s = c.createStatement();
            for (String stmt : text.split(";\\s*\n")) {
                if (stmt.isBlank()) continue;
                long t0 = System.nanoTime();
                if (s.execute(stmt)) {
                    ResultSet rs = s.getResultSet();
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= cols; i++) {
                            Object o = rs.getObject(i);
                            if (o instanceof byte[] bytes) o = new String(bytes, StandardCharsets.UTF_8);
                            if (o instanceof java.sql.Blob blob) o = new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
                            b.append(i > 1 ? "\t" : "").append(o);
                        }
                        System.out.println(b);
                    }
                }
                System.err.printf("-- %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, stmt.strip().split("\n")[0]);
            }
        }
    }
}
