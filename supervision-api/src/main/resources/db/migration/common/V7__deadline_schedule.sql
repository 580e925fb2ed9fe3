-- Which deadlines each task has scheduled, so that cancelling them does not read every pending deadline
-- (IndexedDeadlineManager). Rows of deadlines that already fired go when the task cancels that name.
create table deadline_schedule (
    scope_key     varchar(300) not null,
    deadline_name varchar(100) not null,
    schedule_id   varchar(100) not null,
    primary key (scope_key, deadline_name, schedule_id)
);
