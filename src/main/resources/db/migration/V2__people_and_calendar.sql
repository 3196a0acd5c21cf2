-- People, their roles, who appraises whom each cycle year, the provision's calendar, and the audit trail.

create table person (
    id                   bigint       not null auto_increment,
    team_id              varchar(32)  not null,
    slack_user_id        varchar(32)  not null,
    display_name         varchar(200) not null,
    time_zone            varchar(64)  not null,
    designation          varchar(120) null,
    created_at           datetime(6)  not null,
    profile_refreshed_at datetime(6)  null,
    primary key (id),
    constraint uq_person_slack_user unique (team_id, slack_user_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table person_role (
    person_id bigint      not null,
    role      varchar(32) not null,
    primary key (person_id, role),
    constraint fk_person_role_person foreign key (person_id) references person (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_person_role_role on person_role (role);

create table appraiser_assignment (
    id               bigint      not null auto_increment,
    cycle_start_year int         not null,
    case_manager_id  bigint      not null,
    appraiser_id     bigint      not null,
    assigned_by      varchar(32) not null,
    assigned_at      datetime(6) not null,
    primary key (id),
    constraint uq_assignment_case_manager_year unique (case_manager_id, cycle_start_year),
    constraint fk_assignment_case_manager foreign key (case_manager_id) references person (id),
    constraint fk_assignment_appraiser foreign key (appraiser_id) references person (id),
    constraint ck_assignment_not_self check (case_manager_id <> appraiser_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_assignment_appraiser_year on appraiser_assignment (appraiser_id, cycle_start_year);

create table cycle (
    id                    bigint       not null auto_increment,
    team_id               varchar(32)  not null,
    start_year            int          not null,
    planning_deadline     date         not null,
    midpoint_deadline     date         not null,
    final_review_deadline date         not null,
    pay_panel_deadline    date         not null,
    reminder_days         varchar(100) not null,
    escalation_days       int          not null,
    opened_at             datetime(6)  not null,
    updated_at            datetime(6)  not null,
    revision              bigint       not null default 0,
    primary key (id),
    constraint uq_cycle_team_year unique (team_id, start_year)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table audit_entry (
    id            bigint        not null auto_increment,
    team_id       varchar(32)   not null,
    actor_user_id varchar(32)   not null,
    action        varchar(64)   not null,
    detail        varchar(1000) not null,
    happened_at   datetime(6)   not null,
    primary key (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_audit_team_action on audit_entry (team_id, action, id);
