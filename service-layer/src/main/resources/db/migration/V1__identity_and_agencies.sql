-- Users as the service knows them: one row per identity of the trusted issuer (portal or demo issuer),
-- provisioned on first sight from the token. E-mail is stored lower-case and is unique: one e-mail, one user.
create sequence app_user_seq start with 50 increment by 50;

create table app_user (
    id           bigint       not null primary key,
    subject      varchar(255) not null,
    email        varchar(320) not null,
    display_name varchar(200) not null,
    locale       varchar(16),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint       not null,
    constraint app_user_subject_uk unique (subject),
    constraint app_user_email_uk unique (email)
);

-- Platform-wide roles (provider staff, portal admin); what a user may do in an account or agency is
-- decided from memberships, not from here.
create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(32) not null,
    constraint app_user_role_pk primary key (user_id, role),
    constraint app_user_role_ck check (role in ('ADMIN', 'PROVIDER_STAFF'))
);

create sequence agency_seq start with 50 increment by 50;

create table agency (
    id         bigint       not null primary key,
    name       varchar(200) not null,
    created_at timestamp with time zone not null,
    version    bigint       not null
);

create table agency_member (
    agency_id   bigint      not null references agency (id),
    user_id     bigint      not null references app_user (id),
    member_role varchar(16) not null,
    created_at  timestamp with time zone not null,
    constraint agency_member_pk primary key (agency_id, user_id),
    constraint agency_member_role_ck check (member_role in ('OWNER', 'MEMBER'))
);

create index agency_member_user_ix on agency_member (user_id);
