-- Signed records: immutable versions of a record, the signatures on each version, and the
-- append-only ledger whose HMAC chain makes an edit behind the app's back visible.
-- Rows here are only ever inserted; the one row of record_ledger_head is the only one updated.

-- One row per record (team, type, subject). Appending a version locks this row, so that two
-- appends to the same record cannot pick the same version number.
create table signed_record (
    id          bigint       not null auto_increment,
    team_id     varchar(32)  not null,
    record_type varchar(64)  not null,
    subject_key varchar(191) not null,
    created_at  datetime(6)  not null,
    primary key (id),
    constraint uk_signed_record_key unique (team_id, record_type, subject_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table record_version (
    id                 bigint      not null auto_increment,
    record_id          bigint      not null,
    version_number     int         not null,
    content            mediumtext  not null,
    content_sha256     char(64)    not null,
    created_by_team_id varchar(32) not null,
    created_by_user_id varchar(32) not null,
    created_by_role    varchar(32) not null,
    created_at         datetime(6) not null,
    primary key (id),
    constraint uk_record_version_number unique (record_id, version_number),
    constraint fk_record_version_record foreign key (record_id) references signed_record (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The unique key is what makes a double click or a Slack retry record one signature.
create table record_signature (
    id             bigint      not null auto_increment,
    version_id     bigint      not null,
    signer_team_id varchar(32) not null,
    signer_user_id varchar(32) not null,
    role           varchar(32) not null,
    signed_at      datetime(6) not null,
    content_sha256 char(64)    not null,
    primary key (id),
    constraint uk_record_signature unique (version_id, signer_team_id, signer_user_id, role),
    constraint fk_record_signature_version foreign key (version_id) references record_version (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- No foreign keys from the ledger to the rows it covers: a deleted row must leave its entry
-- behind, so that the verifier can name what was deleted.
create table record_ledger (
    sequence_number bigint       not null,
    entry_type      varchar(16)  not null,
    row_id          bigint       not null,
    team_id         varchar(32)  not null,
    record_type     varchar(64)  not null,
    subject_key     varchar(191) not null,
    version_number  int          not null,
    payload_sha256  char(64)     not null,
    recorded_at     datetime(6)  not null,
    previous_hash   char(64)     not null,
    entry_hash      char(64)     not null,
    primary key (sequence_number),
    constraint uk_record_ledger_row unique (entry_type, row_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The newest ledger entry, locked by every append so that entries chain in one order; it also
-- shows when entries were cut off the end. key_check tells a wrong records key from tampering.
create table record_ledger_head (
    id              tinyint  not null,
    sequence_number bigint   not null,
    entry_hash      char(64) not null,
    key_check       char(64) null,
    primary key (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into record_ledger_head (id, sequence_number, entry_hash, key_check)
values (1, 0, repeat('0', 64), null);
