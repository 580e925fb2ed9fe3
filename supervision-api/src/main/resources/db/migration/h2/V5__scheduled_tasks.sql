-- db-scheduler's table: Axon's deadlines (due dates, milestones, cadence, escalation) persist here, so they
-- survive restarts and each fires on exactly one node.
create table scheduled_tasks (
    task_name            varchar(255)  not null,
    task_instance        varchar(255)  not null,
    task_data            blob,
    execution_time       timestamp(6) with time zone not null,
    picked               boolean       not null,
    picked_by            varchar(255),
    last_success         timestamp(6) with time zone,
    last_failure         timestamp(6) with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp(6) with time zone,
    version              bigint        not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index idx_scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index idx_scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index idx_scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);
