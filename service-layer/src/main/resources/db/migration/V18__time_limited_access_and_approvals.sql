-- A collaborator's grant may be limited: to one site of the account, until a date, or until an order is completed.
-- The scheduler ends a grant whose date passed or whose order completed (claimed from the member row itself).
alter table account_member add column site_id bigint references site (id);
alter table account_member add column ends_at timestamp with time zone;
alter table account_member add column until_order_id bigint references customer_order (id);
create index account_member_ends_ix on account_member (ends_at);
create index account_member_until_order_ix on account_member (until_order_id);

-- The same limits travel on the invitation to the member it makes.
alter table invitation add column site_id bigint references site (id);
alter table invitation add column access_ends_at timestamp with time zone;
alter table invitation add column until_order_id bigint references customer_order (id);

-- Permissions above the configured threshold, asked for by an agency user, wait for the account owner's approval.
create sequence access_request_seq start with 50 increment by 50;

create table access_request (
    id             bigint       not null primary key,
    account_id     bigint       not null references customer_account (id),
    kind           varchar(16)  not null,
    requested_by   bigint       not null references app_user (id),
    email          varchar(320),
    member_user_id bigint references app_user (id),
    site_id        bigint references site (id),
    ends_at        timestamp with time zone,
    until_order_id bigint references customer_order (id),
    status         varchar(16)  not null,
    created_at     timestamp with time zone not null,
    decided_at     timestamp with time zone,
    decided_by     bigint references app_user (id),
    version        bigint       not null,
    constraint access_request_kind_ck check (kind in ('INVITATION', 'PERMISSIONS')),
    constraint access_request_status_ck check (status in ('PENDING', 'APPROVED', 'DECLINED'))
);

create index access_request_account_ix on access_request (account_id, status, id);

create table access_request_permission (
    access_request_id bigint      not null references access_request (id) on delete cascade,
    permission        varchar(32) not null,
    constraint access_request_permission_pk primary key (access_request_id, permission)
);
