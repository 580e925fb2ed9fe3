#!/usr/bin/env python3
"""Writes the second store of PreviousReleaseStoreTest with a release's own server (commit d459181, the last
before the rules of time of 1.1), through its REST API only.

    java -jar supervision.jar --supervision.data-dir=STORE --server.port=18080 \
        --spring.profiles.active=simulated-clock --supervision.simulated-clock.start=2023-03-01T01:00:00Z &
    python3 make-store.py http://localhost:18080 > expected.json    # then stop the server (SIGTERM) and zip STORE

Every kind of event the release stores is written once at least, and deadlines of every kind are left pending.
"""
import json
import sys
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:18080"


def call(method, path, token=None, body=None):
    request = urllib.request.Request(BASE + path, method=method,
                                     data=None if body is None else json.dumps(body).encode("utf-8"))
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request) as response:
        text = response.read().decode("utf-8")
        return json.loads(text) if text else None


def token(claims):
    return call("POST", "/api/v1/dev/tokens", body=claims)["token"]


office = token({"sub": "sup-wang", "name": "王督查", "roles": ["SUPERVISOR"]})
leader = token({"sub": "leader-li", "name": "李副市长", "roles": ["LEADER"]})
auditor = token({"sub": "audit-zhao", "name": "赵审计", "roles": ["AUDITOR"]})
hotline = token({"sub": "hotline-12345", "name": "12345热线", "roles": ["SYSTEM"]})
fgw = token({"sub": "fgw-zhang", "name": "张伟", "roles": ["DEPARTMENT"], "department": "市发展改革委"})
jt = token({"sub": "jt-liu", "name": "刘强", "roles": ["DEPARTMENT"], "department": "市交通运输局"})


def task(title, lead, due, cadence="NONE", milestones=(), co=()):
    return call("POST", "/api/v1/tasks", office, {
        "title": title, "category": "MAJOR_PRIORITY", "leaderInCharge": "李副市长", "leadDepartment": lead,
        "coDepartments": list(co), "dueDate": due, "reportingCadence": cadence,
        "source": {"type": "MEETING_DECISION", "reference": "2023年政府工作报告"},
        "milestones": [{"name": name, "dueDate": date} for name, date in milestones]})["taskId"]


def advance(period):
    call("POST", "/api/v1/admin/clock", office, {"advanceBy": period})


# A task through the whole loop: decomposed, claimed, reported, urged, extended, completed, closed, reviewed.
whole = task("推进城市更新行动", "市发展改革委", "2023-06-30", "WEEKLY", [("方案印发", "2023-03-20")], ["市交通运输局"])
sub = call("POST", f"/api/v1/tasks/{whole}/subtasks", fgw,
           {"title": "老旧小区改造", "leaderInCharge": "李副市长", "leadDepartment": "市交通运输局",
            "dueDate": "2023-05-31"})["taskId"]
call("POST", f"/api/v1/tasks/{whole}/claim", fgw, {"responsiblePerson": "张伟"})
call("POST", f"/api/v1/tasks/{sub}/claim", jt, {"responsiblePerson": "刘强"})
call("POST", f"/api/v1/tasks/{whole}/progress-reports", fgw,
     {"percentComplete": 20, "summary": "方案已印发 😀", "milestone": "方案印发"})
call("POST", f"/api/v1/tasks/{whole}/urgings", office, {"message": "请加快进度", "respondBy": "2023-03-10"})
ext = call("POST", f"/api/v1/tasks/{whole}/extension-requests", fgw,
           {"requestedDueDate": "2023-07-31", "reason": "征收进度滞后"})["requestId"]
call("POST", f"/api/v1/tasks/{whole}/extension-requests/{ext}/decision", office, {"approved": True, "comment": "同意"})
for t, tok in ((sub, jt),):
    done = call("POST", f"/api/v1/tasks/{t}/completion-requests", tok, {"summary": "已完成", "evidence": ["验收单"]})
    call("POST", f"/api/v1/tasks/{t}/completion-requests/{done['requestId']}/decision", office, {"approved": True})
    call("POST", f"/api/v1/tasks/{t}/closure", office, {"comment": "销号"})
    call("POST", f"/api/v1/tasks/{t}/reviews", office, {"lessons": "提前谋划"})
call("POST", f"/api/v1/tasks/{whole}/accountability-records", office,
     {"type": "PUBLIC_COMMENDATION", "subject": "张伟", "reason": "主动作为"})

# A task left open with deadlines of every kind pending: due soon, overdue, milestone, report missed, escalation.
late = task("打通断头路", "市交通运输局", "2023-03-31", "WEEKLY", [("开工", "2023-03-15")])
call("POST", f"/api/v1/tasks/{late}/claim", jt, {"responsiblePerson": "刘强"})
call("POST", f"/api/v1/tasks/{late}/warnings", office, {"level": "RED", "reason": "进度严重滞后"})
esc = call("POST", f"/api/v1/tasks/{late}/escalations", jt, {"reason": "需市级协调征地"})["escalationId"]
call("POST", f"/api/v1/tasks/{late}/escalations/{esc}/resolution", leader, {"decision": "由市自然资源局牵头协调"})
call("POST", f"/api/v1/tasks/{late}/year-end-explanations", leader, {"year": 2023, "explanation": "征地未完成"})

# A problem from the hotline, and an inspection whose finding becomes a rectification.
problem = call("POST", "/api/v1/problems", hotline,
               {"source": {"type": "HOTLINE", "reference": "12345-2023-000001"}, "title": "小区路灯不亮",
                "department": "市交通运输局", "complexity": "GENERAL"})["taskId"]
inspection = call("POST", "/api/v1/inspections", office,
                  {"type": "UNANNOUNCED", "title": "安全生产暗访", "inspectors": ["王督查"],
                   "conductedOn": "2023-02-28",
                   "findings": [{"description": "消防通道堵塞", "department": "市交通运输局",
                                 "complexity": "COMPLEX", "relatedTaskId": late}]})


# A completion request still waiting, stored before requests recorded whether they came in time: it never
# stopped the clock, so the task still turns red when its due date passes.
waiting = task("完善综合交通枢纽", "市交通运输局", "2023-03-20")
call("POST", f"/api/v1/tasks/{waiting}/claim", jt, {"responsiblePerson": "刘强"})
call("POST", f"/api/v1/tasks/{waiting}/completion-requests", jt, {"summary": "已完成", "evidence": ["验收单"]})

# A completion sent back, an extension refused and the directory changed.
back = task("优化公交线网", "市交通运输局", "2023-09-29", "MONTHLY", co=["市发展改革委"])
call("POST", f"/api/v1/tasks/{back}/claim", jt, {"responsiblePerson": "刘强"})
call("POST", f"/api/v1/tasks/{back}/progress-reports", fgw, {"percentComplete": 10, "summary": "配合调研"})
sent = call("POST", f"/api/v1/tasks/{back}/completion-requests", jt, {"summary": "已完成", "evidence": []})
call("POST", f"/api/v1/tasks/{back}/completion-requests/{sent['requestId']}/decision", office,
     {"approved": False, "comment": "佐证材料不全"})
refused = call("POST", f"/api/v1/tasks/{back}/extension-requests", jt,
               {"requestedDueDate": "2023-12-29", "reason": "资金未到位"})["requestId"]
call("POST", f"/api/v1/tasks/{back}/extension-requests/{refused}/decision", office, {"approved": False})
call("PUT", "/api/v1/directory/departments/JTJ", office,
     {"name": "市交通运输局", "kind": "BUREAU", "aliases": ["市交通局", "交通运输局"]})

advance("P5D")  # the weekly report of the late task is missed once: a yellow warning; others stay pending
tasks = [whole, sub, late, problem] + inspection["rectificationTaskIds"] + [waiting, back]
print(json.dumps({
    "tasks": tasks,
    "inspectionId": inspection["inspectionId"],
    "digest": call("GET", "/api/v1/audit/digest", auditor),
    "history": {t: call("GET", f"/api/v1/tasks/{t}/history?size=500", auditor) for t in tasks},
}, ensure_ascii=False, indent=1))
