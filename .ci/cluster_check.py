#!/usr/bin/env python3
"""Two nodes on one PostgreSQL, and one of them killed mid-load.

Starts two application processes (profile postgres) on a fresh database, drives closed-loop commands at both
from several threads, kills one node with SIGKILL while the load runs, restarts it, and checks:
  - every command acknowledged with 2xx is in the event store exactly once;
  - the ledger converges to the event store on both nodes;
  - no task's hash chain is broken;
  - the survivor took over the dead node's segments while it was down;
  - deadlines that fell due while both nodes ran fired exactly once.
Prints what it sent, what was acknowledged and what it found; exits non-zero when a check fails.

Usage: python3 .ci/cluster_check.py [--jar supervision-api/target/supervision.jar] [--seconds 20]
"""
import argparse
import base64
import datetime
import hashlib
import hmac
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

PSQL = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-qAt"]
SECRET = base64.urlsafe_b64encode(os.urandom(36)).decode()
OFFICE = datetime.timezone(datetime.timedelta(hours=8))


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(sub, name, roles, department=None):
    now = int(time.time())
    claims = {"sub": sub, "name": name, "roles": roles, "iat": now - 60, "exp": now + 3600}
    if department:
        claims["department"] = department
    signing_input = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()) + "." + b64url(
        json.dumps(claims, ensure_ascii=False).encode())
    signature = hmac.new(SECRET.encode(), signing_input.encode(), hashlib.sha256).digest()
    return signing_input + "." + b64url(signature)


def call(port, method, path, tok, body=None, timeout=30):
    data = None if body is None else json.dumps(body, ensure_ascii=False).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method)
    request.add_header("Authorization", "Bearer " + tok)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, None
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None, None


def psql(database, sql):
    return subprocess.run(PSQL + ["-d", database, "-c", sql], check=True, capture_output=True,
                          text=True).stdout.strip()


class Node:
    def __init__(self, name, port, jar, database, logdir):
        self.name, self.port, self.jar, self.database = name, port, jar, database
        self.log = os.path.join(logdir, f"node-{name}.log")
        self.process = None

    def start(self):
        env = dict(os.environ,
                   SPRING_DATASOURCE_URL=f"jdbc:postgresql://127.0.0.1:5432/{self.database}",
                   SPRING_DATASOURCE_USERNAME="postgres", SPRING_DATASOURCE_PASSWORD="",
                   SUPERVISION_SECURITY_JWT_SECRET=SECRET, AXONIQ_UPDATE_CHECKER_DISABLED="true")
        log = open(self.log, "a")
        self.process = subprocess.Popen(
            ["java", "-Xmx512m", "-Daxoniq.update-checker.disabled=true", "-jar", self.jar,
             "--spring.profiles.active=postgres", f"--server.port={self.port}",
             f"--spring.application.name=supervision-{self.name}"],
            stdout=log, stderr=subprocess.STDOUT, env=env)
        # a node restarted while the other one takes the whole load starts on a CPU that load keeps busy: on 2
        # cores that has taken over two minutes (a quiet start takes 15 s)
        started = time.time()
        deadline = started + 300
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/actuator/health", timeout=2) as r:
                    if r.status == 200:
                        print(f"node {self.name} healthy after {time.time() - started:.0f} s")
                        return
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            if self.process.poll() is not None:
                raise SystemExit(f"node {self.name} exited; see {self.log}")
            time.sleep(0.5)
        raise SystemExit(f"node {self.name} did not become healthy; see {self.log}")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()


class Load:
    """Closed-loop commands from several threads at both nodes; remembers every acknowledged event."""

    def __init__(self, ports, threads):
        self.ports, self.threads = ports, threads
        self.supervisor = token("sup-cluster", "集群督查", ["SUPERVISOR"])
        self.departments = [f"集群部门{i}" for i in range(4)]
        self.department_tokens = {d: token("dept-" + str(i), d, ["DEPARTMENT"], d)
                                  for i, d in enumerate(self.departments)}
        self.lock = threading.Lock()
        self.sent = 0
        self.acknowledged = []  # (taskId, version)
        self.tasks = []
        self.running = threading.Event()

    def record(self, status, body):
        with self.lock:
            self.sent += 1
            if status is not None and 200 <= status < 300 and body:
                self.acknowledged.append((body["taskId"], body["version"]))
                return True
            return False

    def worker(self, number):
        rng = random.Random(number)
        while self.running.is_set():
            port = rng.choice(self.ports)
            department = rng.choice(self.departments)
            status, body = call(port, "POST", "/api/v1/tasks", self.supervisor, {
                "title": f"集群任务{number}-{rng.randrange(10**6)}", "category": "MAJOR_PRIORITY",
                "leaderInCharge": "李副市长", "leadDepartment": department, "dueDate": "2099-12-31"})
            if not self.record(status, body):
                continue
            task_id = body["taskId"]
            with self.lock:
                self.tasks.append(task_id)
            dept = self.department_tokens[department]
            if not self.record(*call(rng.choice(self.ports), "POST", f"/api/v1/tasks/{task_id}/claim", dept,
                                     {"responsiblePerson": "张三"})):
                continue
            for percent in (20, 50):
                # the same task from both nodes at once: the event store orders them, one may be refused
                results = []
                racers = [threading.Thread(target=lambda p=p: results.append(call(
                    p, "POST", f"/api/v1/tasks/{task_id}/progress-reports", dept,
                    {"percentComplete": percent, "summary": "进展"}))) for p in self.ports]
                for racer in racers:
                    racer.start()
                for racer in racers:
                    racer.join()
                for result in results:
                    self.record(*result)
            self.record(*call(rng.choice(self.ports), "POST", f"/api/v1/tasks/{task_id}/urgings", self.supervisor,
                              {"message": "请加快进度"}))

    def start(self):
        self.running.set()
        self.workers = [threading.Thread(target=self.worker, args=(i,), daemon=True) for i in range(self.threads)]
        for worker in self.workers:
            worker.start()

    def stop(self):
        self.running.clear()
        for worker in self.workers:
            worker.join(timeout=60)


def owners(database, processor):
    rows = psql(database, f"select segment || ':' || coalesce(owner, '') from token_entry "
                          f"where processor_name = '{processor}' order by segment")
    return [row.split(":", 1) for row in rows.splitlines() if row]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", default="supervision-api/target/supervision.jar")
    parser.add_argument("--seconds", type=int, default=20, help="load time in each phase")
    parser.add_argument("--threads", type=int, default=6)
    args = parser.parse_args()

    database = f"supervision_cluster_{os.getpid()}_{int(time.time())}"
    subprocess.run(PSQL + ["-d", "postgres", "-c", f"create database {database}"], check=True)
    logdir = os.environ.get("CLUSTER_LOG_DIR", "target/cluster-check")
    os.makedirs(logdir, exist_ok=True)
    a = Node("a", 18081, args.jar, database, logdir)
    b = Node("b", 18082, args.jar, database, logdir)
    failures = []
    try:
        a.start()
        b.start()
        print(f"two nodes up on database {database}: a=:{a.port} b=:{b.port}")

        # the directory, registered through one node and used at once through the other
        supervisor = token("sup-cluster", "集群督查", ["SUPERVISOR"])
        for i in range(4):
            status, body = call([a.port, b.port][i % 2], "PUT", f"/api/v1/directory/departments/CLUSTER{i}",
                                supervisor, {"name": f"集群部门{i}", "kind": "BUREAU"})
            if status != 200:
                failures.append(f"registering 集群部门{i} answered {status} {body}")
        status, body = call(a.port, "PUT", "/api/v1/directory/leaders/leader-li", supervisor,
                            {"name": "李副市长", "title": "常务副市长", "departments": [f"CLUSTER{i}" for i in range(4)]})
        if status != 200:
            failures.append(f"registering 李副市长 answered {status} {body}")

        # deadlines due at once, scheduled through both nodes: each must fire exactly once
        today = datetime.datetime.now(OFFICE).date().isoformat()
        due_now = []
        for i in range(10):
            status, body = call([a.port, b.port][i % 2], "POST", "/api/v1/tasks", supervisor, {
                "title": f"今日到期{i}", "category": "BOTTLENECK", "leaderInCharge": "李副市长",
                "leadDepartment": "集群部门0", "dueDate": today})
            if status == 201:
                due_now.append(body["taskId"])

        load = Load([a.port, b.port], args.threads)
        load.start()
        time.sleep(args.seconds)
        print(f"killing node a (pid {a.process.pid}) with SIGKILL under load")
        a.kill()
        load.ports = [b.port]
        survivor = f"{b.process.pid}@"  # Axon names a token's owner by the JVM's pid@host
        takeover = {}
        deadline = time.time() + 60
        while time.time() < deadline:
            takeover = {p: owners(database, p) for p in ("ledger", "warnings", "escalations", "reports")}
            if all(segments and all(owner.startswith(survivor) for _, owner in segments)
                   for segments in takeover.values()):
                break
            time.sleep(1)
        time.sleep(args.seconds / 2)
        print("restarting node a")
        a.start()
        load.ports = [a.port, b.port]
        time.sleep(args.seconds / 2)
        load.stop()

        stored = set()
        for row in psql(database, "select aggregate_identifier || ' ' || sequence_number "
                                  "from domain_event_entry").splitlines():
            task_id, sequence = row.split(" ")
            stored.add((task_id, int(sequence)))
        missing = [ack for ack in load.acknowledged if tuple(ack) not in stored]
        duplicates = int(psql(database, "select count(*) from (select aggregate_identifier, sequence_number "
                                        "from domain_event_entry group by 1, 2 having count(*) > 1) d"))
        print(f"commands sent {load.sent}, acknowledged {len(load.acknowledged)}, "
              f"found in the event store {len(load.acknowledged) - len(missing)}, duplicated {duplicates}")
        if missing or duplicates:
            failures.append(f"{len(missing)} acknowledged commands missing, {duplicates} duplicated")

        held = {p: sum(1 for _, owner in seg if owner.startswith(survivor)) for p, seg in takeover.items()}
        print("segments the survivor held while a was down: "
              + ", ".join(f"{p} {held[p]}/{len(takeover[p])}" for p in takeover))
        if not all(seg and held[p] == len(seg) for p, seg in takeover.items()):
            failures.append("the survivor did not take over every segment while a was down")

        auditor = token("audit-cluster", "集群审计", ["AUDITOR"])
        tasks = sorted(set(load.tasks))
        expected = {t: int(v) for t, v in (row.split(" ") for row in psql(
            database, "select aggregate_identifier || ' ' || max(sequence_number) from domain_event_entry "
                      "group by aggregate_identifier").splitlines())}
        lagging = set(tasks)
        deadline = time.time() + 120
        while lagging and time.time() < deadline:
            for task_id in list(lagging):
                versions = [call(port, "GET", f"/api/v1/tasks/{task_id}", supervisor)[1] for port in (a.port, b.port)]
                if all(v and v["version"] == expected[task_id] for v in versions):
                    lagging.discard(task_id)
            time.sleep(1)
        print(f"ledger converged on both nodes for {len(tasks) - len(lagging)} of {len(tasks)} tasks")
        if lagging:
            failures.append(f"{len(lagging)} tasks never caught up in the ledger")

        broken = [t for t in tasks if not (call(a.port, "GET", f"/api/v1/tasks/{t}/verification", auditor)[1]
                                          or {}).get("valid")]
        print(f"hash chains verified: {len(tasks) - len(broken)} valid, {len(broken)} broken")
        if broken:
            failures.append(f"{len(broken)} broken hash chains")

        fired = {}
        for task_id in due_now:
            fired[task_id] = int(psql(database, "select count(*) from domain_event_entry where aggregate_identifier = "
                                                f"'{task_id}' and convert_from(payload, 'UTF8') like '%\"DUE_SOON\"%'"))
        once = sum(1 for count in fired.values() if count == 1)
        print(f"deadlines due at once: {len(due_now)} scheduled, fired exactly once for {once}, "
              f"more than once for {sum(1 for c in fired.values() if c > 1)}")
        if once != len(due_now):
            failures.append(f"deadlines fired {fired}")
    finally:
        a.stop()
        b.stop()
        subprocess.run(PSQL + ["-d", "postgres", "-c", f"drop database if exists {database} with (force)"],
                       check=False)
    if failures:
        print("FAILED: " + "; ".join(failures))
        sys.exit(1)
    print("cluster check passed")


if __name__ == "__main__":
    main()
