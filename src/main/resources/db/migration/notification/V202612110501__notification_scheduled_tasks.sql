-- db-scheduler's table (ADR 043): a task's execution is picked by one instance at a time.
create table notification_scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index notification_scheduled_tasks_execution_time on notification_scheduled_tasks (execution_time);
create index notification_scheduled_tasks_last_heartbeat on notification_scheduled_tasks (last_heartbeat);
create index notification_scheduled_tasks_priority on notification_scheduled_tasks (priority desc, execution_time asc);
