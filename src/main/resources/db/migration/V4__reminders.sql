-- The reminder outbox: one row per reminder that came due, from planning to delivery. It is also the
-- record of who was reminded of what and when, which the Head of Services can read.
--
-- uq_reminder_occasion makes delivery idempotent: the planner may plan the same reminder on every
-- run and on every instance, and the row is inserted once. The occasion is the rest of the natural
-- key (kind, stage, deadline, rung, case manager) as one canonical text, because MariaDB treats NULLs
-- in a unique key as distinct and a digest has no stage or case manager.
--
-- state: PENDING (waiting for next_attempt_at), CLAIMED (taken by a sender, lease_until), SENDING
-- (the Slack call is under way, lease_until), SENT, FAILED (permanently, last_error says why),
-- CANCELLED (no longer due when it came to be sent, last_error says why).

create table reminder (
    id               bigint       not null auto_increment,
    team_id          varchar(32)  not null,
    cycle_start_year int          not null,
    recipient_id     bigint       not null,
    occasion         varchar(120) not null,
    kind             varchar(32)  not null,
    stage            varchar(32)  null,
    about_date       date         not null,
    rung             int          not null,
    case_manager_id  bigint       null,
    due_at           datetime(6)  not null,
    state            varchar(16)  not null,
    attempts         int          not null default 0,
    next_attempt_at  datetime(6)  not null,
    claim_token      varchar(40)  null,
    lease_until      datetime(6)  null,
    last_error       varchar(300) null,
    created_at       datetime(6)  not null,
    updated_at       datetime(6)  not null,
    sent_at          datetime(6)  null,
    slack_channel    varchar(32)  null,
    slack_ts         varchar(32)  null,
    primary key (id),
    constraint uq_reminder_occasion unique (team_id, cycle_start_year, recipient_id, occasion),
    constraint fk_reminder_recipient foreign key (recipient_id) references person (id),
    constraint fk_reminder_case_manager foreign key (case_manager_id) references person (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_reminder_due on reminder (state, next_attempt_at, id);
create index ix_reminder_team_cycle on reminder (team_id, cycle_start_year, id);
