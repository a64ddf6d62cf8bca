-- Conversations between an agency and a customer account: one is opened with every order; others only
-- when the customer made contact first or the two already have an order together.
create sequence conversation_seq start with 50 increment by 50;

create table conversation (
    id                  bigint       not null primary key,
    agency_id           bigint       not null references agency (id),
    account_id          bigint       not null references customer_account (id),
    order_id            bigint references customer_order (id),
    subject             varchar(200) not null,
    started_by          bigint       not null references app_user (id),
    started_by_customer boolean      not null,
    created_at          timestamp with time zone not null,
    last_message_at     timestamp with time zone not null,
    version             bigint       not null,
    constraint conversation_order_uk unique (order_id)
);

create index conversation_agency_ix on conversation (agency_id, last_message_at);
create index conversation_account_ix on conversation (account_id, last_message_at);

create sequence message_seq start with 50 increment by 50;

create table message (
    id              bigint        not null primary key,
    conversation_id bigint        not null references conversation (id),
    author_id       bigint        not null references app_user (id),
    body            varchar(4000) not null,
    sent_at         timestamp with time zone not null
);

create index message_conversation_ix on message (conversation_id, id);
