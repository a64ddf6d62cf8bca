-- Customer accounts: owned by the customer; agencies and others work in them as members with permissions.
create sequence customer_account_seq start with 50 increment by 50;

create table customer_account (
    id                    bigint       not null primary key,
    name                  varchar(200) not null,
    owner_email           varchar(320) not null,
    owner_user_id         bigint references app_user (id),
    billing_party         varchar(16)  not null,
    billing_agency_id     bigint references agency (id),
    opened_by_agency_id   bigint references agency (id),
    authorisation_note    varchar(1000),
    authorised_at         timestamp with time zone,
    created_at            timestamp with time zone not null,
    version               bigint       not null,
    -- one e-mail owns at most one customer account
    constraint customer_account_owner_email_uk unique (owner_email),
    constraint customer_account_billing_ck check (billing_party in ('CUSTOMER', 'AGENCY')),
    constraint customer_account_billing_agency_ck check (billing_party <> 'AGENCY' or billing_agency_id is not null)
);

create index customer_account_owner_ix on customer_account (owner_user_id);

create table account_member (
    account_id  bigint      not null references customer_account (id),
    user_id     bigint      not null references app_user (id),
    member_role varchar(16) not null,
    added_at    timestamp with time zone not null,
    constraint account_member_pk primary key (account_id, user_id),
    constraint account_member_role_ck check (member_role in ('OWNER', 'COLLABORATOR'))
);

create index account_member_user_ix on account_member (user_id);

create table account_member_permission (
    account_id bigint      not null,
    user_id    bigint      not null,
    permission varchar(32) not null,
    constraint account_member_permission_pk primary key (account_id, user_id, permission),
    constraint account_member_permission_fk foreign key (account_id, user_id)
        references account_member (account_id, user_id) on delete cascade
);

-- Invitations into an account (as collaborator, or to take over an account opened on one's behalf).
-- Only a hash of the token is stored; the token itself is sent to the invitee once.
create sequence invitation_seq start with 50 increment by 50;

create table invitation (
    id            bigint       not null primary key,
    account_id    bigint       not null references customer_account (id),
    kind          varchar(16)  not null,
    email         varchar(320) not null,
    token_hash    varchar(64)  not null,
    status        varchar(16)  not null,
    invited_by    bigint       not null references app_user (id),
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    decided_at    timestamp with time zone,
    decided_by    bigint references app_user (id),
    version       bigint       not null,
    constraint invitation_token_uk unique (token_hash),
    constraint invitation_kind_ck check (kind in ('COLLABORATOR', 'OWNERSHIP')),
    constraint invitation_status_ck check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED', 'EXPIRED'))
);

create index invitation_account_ix on invitation (account_id, status);
create index invitation_email_ix on invitation (email, status);

create table invitation_permission (
    invitation_id bigint      not null references invitation (id) on delete cascade,
    permission    varchar(32) not null,
    constraint invitation_permission_pk primary key (invitation_id, permission)
);

-- Sites an agency builds. While owner_account_id is null the site is under the agency: the agency pays.
create sequence site_seq start with 50 increment by 50;

create table site (
    id               bigint       not null primary key,
    name             varchar(200) not null,
    domain           varchar(253),
    agency_id        bigint       not null references agency (id),
    owner_account_id bigint references customer_account (id),
    plan             varchar(32)  not null,
    created_at       timestamp with time zone not null,
    version          bigint       not null
);

create index site_agency_ix on site (agency_id, id);
create index site_owner_ix on site (owner_account_id, id);

create sequence site_transfer_seq start with 50 increment by 50;

create table site_transfer (
    id                    bigint       not null primary key,
    site_id               bigint       not null references site (id),
    agency_id             bigint       not null references agency (id),
    recipient_email       varchar(320) not null,
    stay_as_collaborator  boolean      not null,
    token_hash            varchar(64)  not null,
    status                varchar(16)  not null,
    started_by            bigint       not null references app_user (id),
    created_at            timestamp with time zone not null,
    expires_at            timestamp with time zone not null,
    decided_at            timestamp with time zone,
    decided_by            bigint references app_user (id),
    target_account_id     bigint references customer_account (id),
    version               bigint       not null,
    constraint site_transfer_token_uk unique (token_hash),
    constraint site_transfer_status_ck check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED'))
);

create index site_transfer_site_ix on site_transfer (site_id, status);
create index site_transfer_email_ix on site_transfer (recipient_email, status);

-- Who did what, when, with the state before and after: the order page's timeline and the audit log.
-- Written in the same transaction as the change it records.
create sequence history_entry_seq start with 50 increment by 50;

create table history_entry (
    id           bigint       not null primary key,
    occurred_at  timestamp with time zone not null,
    actor_id     bigint references app_user (id),
    subject_type varchar(32)  not null,
    subject_id   bigint       not null,
    account_id   bigint,
    action       varchar(64)  not null,
    before_state varchar(4000),
    after_state  varchar(4000)
);

create index history_entry_subject_ix on history_entry (subject_type, subject_id, occurred_at, id);
create index history_entry_account_ix on history_entry (account_id, occurred_at, id);

-- Deadlines as rows: every instance polls, the database hands each due job to exactly one of them
-- (row lock, SKIP LOCKED), and the job's effect commits together with its completion.
create sequence scheduled_job_seq start with 50 increment by 50;

create table scheduled_job (
    id          bigint      not null primary key,
    kind        varchar(48) not null,
    subject_id  bigint      not null,
    due_at      timestamp with time zone not null,
    status      varchar(16) not null,
    done_at     timestamp with time zone,
    done_by     varchar(100),
    created_at  timestamp with time zone not null,
    constraint scheduled_job_status_ck check (status in ('PENDING', 'DONE', 'CANCELLED'))
);

create index scheduled_job_due_ix on scheduled_job (status, due_at, id);
create index scheduled_job_subject_ix on scheduled_job (kind, subject_id);
