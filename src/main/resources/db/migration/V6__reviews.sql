-- Mid-point and final reviews: where each review is in its flow, the answers typed so far (saved on
-- every step, since Slack keeps no drafts), and the approval messages to update in place. What was
-- submitted, approved and signed is kept in the signed records (V3), never here.
create table review_state (
    id                 bigint        not null auto_increment,
    team_id            varchar(32)   not null,
    case_manager_id    bigint        not null,
    cycle_start_year   int           not null,
    kind               varchar(16)   not null,
    status             varchar(32)   not null,
    draft              mediumtext    not null,
    returned_reason    varchar(1500) null,
    returned_by        varchar(32)   null,
    appraiser_channel  varchar(32)   null,
    appraiser_ts       varchar(32)   null,
    slt_messages       varchar(4000) null,
    updated_at         datetime(6)   not null,
    revision           bigint        not null,
    primary key (id),
    constraint uk_review_state unique (case_manager_id, cycle_start_year, kind),
    constraint fk_review_state_case_manager foreign key (case_manager_id) references person (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The stage lists ask for every case manager of a team's year at once.
create index ix_review_state_year on review_state (team_id, cycle_start_year, kind);
