-- The history is the outbox: a recorded change that people are told of is marked pending in the same row, in the
-- same transaction as the change. The dispatcher claims pending rows (row lock, SKIP LOCKED), fans them out to the
-- rows below and clears the mark. No extra insert in the business transaction.
alter table history_entry add column notification_pending boolean;
create index history_entry_pending_ix on history_entry (notification_pending, id);

-- which review reminder a delivered milestone has had: 0 none, 1 two days before, 2 one day before auto-acceptance
alter table order_milestone add column reminders_sent integer default 0 not null;

create sequence notification_seq start with 50 increment by 50;

-- In-portal notifications: one row per person and event, written with the fan-out (exactly once per event).
create table notification (
    id           bigint       not null primary key,
    user_id      bigint       not null references app_user (id),
    event_id     bigint       not null references history_entry (id),
    kind         varchar(48)  not null,
    subject_type varchar(32)  not null,
    subject_id   bigint       not null,
    order_id     bigint,
    title        varchar(300) not null,
    params       varchar(4000),
    created_at   timestamp with time zone not null,
    read_at      timestamp with time zone,
    constraint notification_event_uk unique (user_id, event_id)
);

create index notification_user_ix on notification (user_id, id);
create index notification_unread_ix on notification (user_id, read_at);

-- What each person wants per kind: EMAIL, PORTAL, BOTH or NONE (no row: the kind's default)
create table notification_preference (
    user_id  bigint      not null references app_user (id),
    kind     varchar(48) not null,
    channels varchar(8)  not null,
    constraint notification_preference_pk primary key (user_id, kind),
    constraint notification_preference_ck check (channels in ('EMAIL', 'PORTAL', 'BOTH', 'NONE'))
);

create sequence webhook_endpoint_seq start with 50 increment by 50;

-- Signed webhooks: an agency's endpoints get its orders', transfers' and threads' events; the admin's (no agency)
-- get every event.
create table webhook_endpoint (
    id          bigint        not null primary key,
    agency_id   bigint references agency (id),
    url         varchar(2000) not null,
    secret      varchar(200)  not null,
    kinds       varchar(2000) not null,
    description varchar(200),
    active      boolean       not null,
    created_by  bigint        not null references app_user (id),
    created_at  timestamp with time zone not null,
    version     bigint        not null
);

create index webhook_endpoint_agency_ix on webhook_endpoint (agency_id);

create sequence delivery_seq start with 50 increment by 50;

-- One row per event, channel (EMAIL, WEBHOOK) and recipient, rendered when the event is fanned out so every retry
-- sends the same bytes. Claimed with SKIP LOCKED; SENDING rows carry a lease so a stopped instance is noticed.
create table delivery (
    id               bigint          not null primary key,
    event_id         bigint          not null references history_entry (id),
    kind             varchar(48)     not null,
    channel          varchar(16)     not null,
    recipient        varchar(2000)   not null,
    user_id          bigint references app_user (id),
    endpoint_id      bigint references webhook_endpoint (id),
    agency_id        bigint,
    thread_key       varchar(64),
    language         varchar(8)      not null,
    subject          varchar(500)    not null,
    body             varchar(100000) not null,
    html             varchar(100000),
    status           varchar(16)     not null,
    attempts         integer         not null,
    next_attempt_at  timestamp with time zone not null,
    lease_until      timestamp with time zone,
    last_error       varchar(1000),
    last_status_code integer,
    last_duration_ms bigint,
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone,
    version          bigint          not null,
    constraint delivery_once_uk unique (event_id, channel, recipient),
    constraint delivery_status_ck check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNCONFIRMED')),
    constraint delivery_channel_ck check (channel in ('EMAIL', 'WEBHOOK'))
);

create index delivery_due_ix on delivery (status, next_attempt_at);
create index delivery_thread_ix on delivery (recipient, thread_key, id);
create index delivery_endpoint_ix on delivery (endpoint_id, id);
