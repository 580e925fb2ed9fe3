-- Events generated straight into the event store (server stopped). Placeholders filled by run.py:
-- {BASE} highest global_index already stored, {LO}..{HI} the row numbers x of this chunk (0-based),
-- {SERIES} the vendor's series of x, {BLOB(...)} the vendor's text->bytes. Task t = x / 10 has 10 events:
-- sequence 0 TaskAssignedEvent, 1..9 ProgressReportedEvent; global_index = {BASE} + x + 1. The departments are the
-- sample city's, by name and code, as the directory makes a real assignment store them.
insert into domain_event_entry (global_index, sequence_number, aggregate_identifier, event_identifier,
    payload_revision, payload_type, time_stamp, type, meta_data, payload)
select {BASE} + x + 1,
       mod(x, 10),
       '00000000-0000-4000-8000-' || lpad(cast(x / 10 as varchar), 12, '0'),
       '00000000-0000-4000-9000-' || lpad(cast({BASE} + x + 1 as varchar), 12, '0'),
       null,
       case when mod(x, 10) = 0 then 'gov.supervision.core.api.task.TaskAssignedEvent'
            else 'gov.supervision.core.api.task.ProgressReportedEvent' end,
       '2026-01-05T0' || cast(mod(x / 10, 10) as varchar) || ':00:00.' || lpad(cast(mod(x, 1000) as varchar), 3, '0') || 'Z',
       'Task',
       {BLOB('{}')},
       {BLOB(case when mod(x, 10) = 0 then
            '{"taskId":"00000000-0000-4000-8000-' || lpad(cast(x / 10 as varchar), 12, '0')
            || '","parentTaskId":null,"details":{"title":"生成任务' || cast(x / 10 as varchar)
            || '","description":"按照市政府常务会议部署推进落实","category":"MAJOR_PRIORITY","source":{"type":"MEETING_DECISION","reference":"常务会议-2026-01"},"leaderInCharge":"李副市长","leadDepartment":"'
            || case mod(x / 10, 8) when 0 then '市发展和改革委员会' when 1 then '市住房和城乡建设局' when 2 then '市交通运输局' when 3 then '市生态环境局'
                    when 4 then '市教育局' when 5 then '市卫生健康委员会' when 6 then '市民政局' else '市水务局' end
            || '","coDepartments":[],"responsiblePerson":null,"dueDate":"2099-12-31","reportingCadence":"NONE","milestones":[],"leadDepartmentCode":"'
            || case mod(x / 10, 8) when 0 then 'FGW' when 1 then 'ZJJ' when 2 then 'JTJ' when 3 then 'STHJJ'
                    when 4 then 'JYJ' when 5 then 'WJW' when 6 then 'MZJ' else 'SWJ' end
            || '"},"ancestorLeadDepartments":[],"ancestorDepartments":[]}'
        else
            '{"taskId":"00000000-0000-4000-8000-' || lpad(cast(x / 10 as varchar), 12, '0')
            || '","reportId":"00000000-0000-4000-a000-' || lpad(cast({BASE} + x + 1 as varchar), 12, '0')
            || '","department":"'
            || case mod(x / 10, 8) when 0 then '市发展和改革委员会' when 1 then '市住房和城乡建设局' when 2 then '市交通运输局' when 3 then '市生态环境局'
                    when 4 then '市教育局' when 5 then '市卫生健康委员会' when 6 then '市民政局' else '市水务局' end
            || '","percentComplete":' || cast(mod(x, 10) * 10 as varchar) || ',"summary":"按计划推进，已完成阶段性目标","milestone":null}'
        end)}
from {SERIES}
