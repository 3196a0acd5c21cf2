-- Objectives: drafts of what case managers type, approval requests and decisions on signed
-- record versions (any record type), and the progress entries logged against objectives.

-- One draft per case manager and cycle year, saved on every step so that nothing typed is lost.
create table objectives_draft (
    id               bigint      not null auto_increment,
    case_manager_id  bigint      not null,
    cycle_start_year int         not null,
    content          mediumtext  not null,
    updated_at       datetime(6) not null,
    revision         bigint      not null default 0,
    primary key (id),
    constraint uq_objectives_draft unique (case_manager_id, cycle_start_year),
    constraint fk_objectives_draft_person foreign key (case_manager_id) references person (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A signed record version sent to someone for approval, and the message that asks them. One per
-- version: the unique key makes a repeated submission of one version ask once.
create table approval_request (
    id                 bigint       not null auto_increment,
    version_id         bigint       not null,
    version_number     int          not null,
    team_id            varchar(32)  not null,
    record_type        varchar(64)  not null,
    subject_key        varchar(191) not null,
    subject_person_id  bigint       not null,
    approver_person_id bigint       not null,
    approver_role      varchar(32)  not null,
    cycle_start_year   int          not null,
    channel_id         varchar(32)  null,
    message_ts         varchar(32)  null,
    requested_at       datetime(6)  not null,
    primary key (id),
    constraint uq_approval_request_version unique (version_id),
    constraint fk_approval_request_version foreign key (version_id) references record_version (id),
    constraint fk_approval_request_subject foreign key (subject_person_id) references person (id),
    constraint fk_approval_request_approver foreign key (approver_person_id) references person (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_approval_request_subject on approval_request (record_type, cycle_start_year, subject_person_id,
                                                              version_number);
create index ix_approval_request_approver on approval_request (approver_person_id, record_type);

-- The one decision on a version. The unique key is what makes fifty clicks of Approve at once, or
-- a Slack retry, record one decision.
create table approval_decision (
    id                    bigint        not null auto_increment,
    version_id            bigint        not null,
    outcome               varchar(16)   not null,
    comment               varchar(2000) not null,
    decided_by_person_id  bigint        not null,
    decided_at            datetime(6)   not null,
    primary key (id),
    constraint uq_approval_decision_version unique (version_id),
    constraint fk_approval_decision_request foreign key (version_id) references approval_request (version_id),
    constraint fk_approval_decision_person foreign key (decided_by_person_id) references person (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- What a case manager logged during the year against one objective. Links are references to
-- records kept elsewhere, never copies of young people's details.
create table progress_entry (
    id               bigint        not null auto_increment,
    case_manager_id  bigint        not null,
    cycle_start_year int           not null,
    objective_area   varchar(32)   not null,
    what_happened    varchar(2000) not null,
    evidence_source  varchar(32)   not null,
    link             varchar(500)  null,
    happened_on      date          not null,
    created_at       datetime(6)   not null,
    created_by       varchar(32)   not null,
    primary key (id),
    constraint fk_progress_entry_person foreign key (case_manager_id) references person (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_progress_entry_case_manager on progress_entry (case_manager_id, cycle_start_year, happened_on);
