#!/usr/bin/env python3
"""The outbound feed's figures (docs/benchmarks.md, "The outbound feed").

    mvn -B -q install -DskipTests
    python3 .bench/feed.py --db h2

Two fresh servers in turn, each driven by the harness's closed-loop load (run.py, Load.java) after its warm-up:
the first with no subscription (the feed off), the second with one webhook subscription to every event of every
task, received by Load.java's receiver on 127.0.0.1 (the only host the server allows). Prints commands/s and latency
of both, and the delivery lag, from each event's occurredAt to its receipt, over the events of the measured window;
checks that every event of the window arrived once, in order per task, signed.
"""
import argparse
import json
import os
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run as harness  # noqa: E402

RECEIVER_PORT = 18300
HOOK_SECRET = "bench-webhook-secret-0123456789abcdef"


def post(path, body):
    req = urllib.request.Request(f"http://127.0.0.1:{harness.PORT}{path}", method="POST",
                                 data=json.dumps(body).encode())
    req.add_header("Authorization", "Bearer " + bench_token())
    req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read())


def get(path):
    req = urllib.request.Request(f"http://127.0.0.1:{harness.PORT}{path}")
    req.add_header("Authorization", "Bearer " + bench_token())
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read())


def bench_token():
    return CURRENT.token()


def pct(values, p):
    if not values:
        return None
    values = sorted(values)
    return values[max(0, min(len(values) - 1, int(-(-p / 100.0 * len(values) // 1)) - 1))]


def one(args, feed):
    global CURRENT
    bench = harness.Bench(args)
    CURRENT = bench
    receiver, out, stop = None, None, None
    try:
        bench.start()
        if feed:
            out = os.path.join(bench.tmp, f"deliveries-{bench.stamp}.csv")
            stop = out + ".stop"
            receiver = subprocess.Popen(["java", os.path.join(harness.BENCH, "Load.java"), "receive",
                                         f"port={RECEIVER_PORT}", f"hookSecret={HOOK_SECRET}", f"out={out}",
                                         f"stop={stop}"], stdout=subprocess.PIPE, text=True)
            receiver.stdout.readline()
            subscription = post("/api/v1/subscriptions", {"url": f"http://127.0.0.1:{RECEIVER_PORT}/hook",
                                                           "secret": HOOK_SECRET})["subscriptionId"]
        receiver_cpu, load_start = bench.proc_stats(receiver.pid)[0] if feed else None, time.time()
        result = bench.load("feed-on" if feed else "feed-off")
        window_end = time.time()
        if feed:
            # the receiver shares the machine's cores (in production it runs on another one): its CPU over the
            # warm-up and the window
            result["receiverCpuCores"] = round((bench.proc_stats(receiver.pid)[0] - receiver_cpu)
                                               / (window_end - load_start), 2)
        if feed:
            drained_at = None
            deadline = time.time() + 300
            while time.time() < deadline:
                waiting = sum(get(f"/api/v1/subscriptions/{subscription}/deliveries?size=1&status={s}")["total"]
                              for s in ("PENDING", "RETRYING"))
                if waiting == 0:
                    drained_at = time.time()
                    break
                time.sleep(0.5)
            result["drainedSecondsAfterLoad"] = None if drained_at is None else round(drained_at - window_end, 1)
            result["dead"] = get(f"/api/v1/subscriptions/{subscription}/deliveries?size=1&status=DEAD")["total"]
            open(stop, "w").close()
            receiver.wait(timeout=60)
            result["feed"] = deliveries(out, (window_end - args.seconds) * 1000, window_end * 1000)
        return result
    finally:
        if receiver and receiver.poll() is None:
            receiver.kill()
        bench.stop()
        bench.cleanup()


def deliveries(path, start_ms, end_ms):
    rows = [line.strip().split(",") for line in open(path) if line.strip()]
    seen, duplicates, unsigned, out_of_order, last = set(), 0, 0, 0, {}
    lags = []
    for occurred, lag, event, task, sequence, signed in rows:
        if event in seen:
            duplicates += 1
            continue
        seen.add(event)
        unsigned += signed != "true"
        if int(sequence) <= last.get(task, -1):
            out_of_order += 1
        last[task] = int(sequence)
        if start_ms <= int(occurred) <= end_ms:
            lags.append(int(lag))
    return {"received": len(rows), "distinctEvents": len(seen), "duplicates": duplicates, "unsigned": unsigned,
            "outOfOrder": out_of_order, "windowEvents": len(lags), "lagP50Ms": pct(lags, 50),
            "lagP90Ms": pct(lags, 90), "lagP99Ms": pct(lags, 99), "lagMaxMs": max(lags) if lags else None}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", choices=["h2", "postgres"], default="h2")
    p.add_argument("--threads", type=int, default=32)
    p.add_argument("--seconds", type=int, default=60)
    p.add_argument("--warmup", type=int, default=120)
    p.add_argument("--jit-settled", type=float, default=0.05)
    p.add_argument("--xmx", default="1g")
    p.add_argument("--server-arg", action="append", default=[])
    p.add_argument("--only", choices=["on", "off"], help="run one of the two servers only")
    p.add_argument("--profile", action="store_true", help="async-profiler in the server during the window")
    a = p.parse_args()
    a.keep = False
    a.server_arg = a.server_arg + ["--supervision.feed.webhooks.allowed-hosts=127.0.0.1"]
    results = {"args": vars(a)}
    for name, feed in (("off", False), ("on", True)):
        if a.only in (None, name):
            results[name] = one(a, feed)
    path = os.path.join(harness.BENCH, f"results-feed-{a.db}.json")
    with open(path, "w") as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
    print(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
