-- Service catalogue: packages with their milestone template and the requirement questions they ask.
-- Texts are kept in German and English; lists (sub-steps, choices) are JSON arrays of strings.
create sequence service_package_seq start with 50 increment by 50;

create table service_package (
    id                     bigint        not null primary key,
    code                   varchar(64)   not null,
    name_de                varchar(200)  not null,
    name_en                varchar(200)  not null,
    description_de         varchar(2000),
    description_en         varchar(2000),
    payment_per_milestone  boolean       not null,
    document_deadline_days integer       not null,
    active                 boolean       not null,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    version                bigint        not null,
    constraint service_package_code_uk unique (code)
);

create table package_milestone (
    package_id         bigint        not null references service_package (id) on delete cascade,
    position           integer       not null,
    name_de            varchar(200)  not null,
    name_en            varchar(200)  not null,
    description_de     varchar(2000),
    description_en     varchar(2000),
    acting_party       varchar(16)   not null,
    planned_days       integer       not null,
    share_percent      integer       not null,
    included_revisions integer       not null,
    steps_de           varchar(4000) not null,
    steps_en           varchar(4000) not null,
    constraint package_milestone_pk primary key (package_id, position),
    constraint package_milestone_party_ck check (acting_party in ('AGENCY', 'PROVIDER', 'CUSTOMER')),
    constraint package_milestone_days_ck check (planned_days between 1 and 30),
    constraint package_milestone_share_ck check (share_percent between 0 and 100)
);

create table package_question (
    package_id    bigint        not null references service_package (id) on delete cascade,
    position      integer       not null,
    question_key  varchar(64)   not null,
    label_de      varchar(500)  not null,
    label_en      varchar(500)  not null,
    question_type varchar(16)   not null,
    required      boolean       not null,
    choices       varchar(4000) not null,
    constraint package_question_pk primary key (package_id, position),
    constraint package_question_type_ck check (question_type in ('TEXT', 'CHOICE', 'FILE'))
);

-- Orders. Designed for an agency with a million of them: the dashboard reads (agency_id, status, id)
-- as an index range scan, newest first, with keyset pagination.
create sequence customer_order_seq start with 50 increment by 50;
create sequence order_number_seq start with 1 increment by 1;

create table customer_order (
    id                    bigint       not null primary key,
    order_number          varchar(32)  not null,
    agency_id             bigint       not null references agency (id),
    account_id            bigint       not null references customer_account (id),
    site_id               bigint references site (id),
    package_id            bigint references service_package (id),
    title                 varchar(200) not null,
    price_minor           bigint       not null,
    currency              varchar(3)   not null,
    payment_per_milestone boolean      not null,
    status                varchar(16)  not null,
    internal_reference    varchar(100),
    billed_minor          bigint       not null,
    ended_early           boolean      not null,
    placed_by             bigint       not null references app_user (id),
    placed_at             timestamp with time zone not null,
    last_progress_at      timestamp with time zone not null,
    next_due_at           timestamp with time zone,
    expected_delivery_at  timestamp with time zone,
    version               bigint       not null,
    constraint customer_order_number_uk unique (order_number),
    constraint customer_order_status_ck check (status in ('ACTIVE', 'COMPLETED')),
    constraint customer_order_price_ck check (price_minor > 0),
    -- the amounts billed never exceed the price
    constraint customer_order_billed_ck check (billed_minor >= 0 and billed_minor <= price_minor)
);

create index customer_order_dashboard_ix on customer_order (agency_id, status, id);
create index customer_order_agency_account_ix on customer_order (agency_id, account_id, id);
create index customer_order_agency_due_ix on customer_order (agency_id, status, next_due_at);
create index customer_order_account_ix on customer_order (account_id, id);

create sequence order_milestone_seq start with 50 increment by 50;

create table order_milestone (
    id                 bigint        not null primary key,
    order_id           bigint        not null references customer_order (id),
    position           integer       not null,
    name               varchar(200)  not null,
    description        varchar(2000),
    acting_party       varchar(16)   not null,
    planned_days       integer       not null,
    share_percent      integer       not null,
    amount_minor       bigint        not null,
    included_revisions integer       not null,
    revisions_used     integer       not null,
    status             varchar(24)   not null,
    started_at         timestamp with time zone,
    delivered_at       timestamp with time zone,
    review_due_at      timestamp with time zone,
    accepted_at        timestamp with time zone,
    auto_accepted      boolean       not null,
    constraint order_milestone_position_uk unique (order_id, position),
    constraint order_milestone_status_ck check (status in
        ('PLANNED', 'AWAITING_PAYMENT', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED', 'CANCELLED')),
    constraint order_milestone_revisions_ck check (revisions_used >= 0 and revisions_used <= included_revisions)
);

create table milestone_step (
    milestone_id bigint       not null references order_milestone (id) on delete cascade,
    step_no      integer      not null,
    label        varchar(500) not null,
    done         boolean      not null,
    constraint milestone_step_pk primary key (milestone_id, step_no)
);

create table order_answer (
    order_id     bigint        not null references customer_order (id) on delete cascade,
    question_key varchar(64)   not null,
    answer       varchar(4000) not null,
    constraint order_answer_pk primary key (order_id, question_key)
);

-- One invoice per billed milestone, never two: milestone_id is unique.
create sequence invoice_seq start with 50 increment by 50;
create sequence invoice_number_seq start with 1 increment by 1;

create table invoice (
    id                 bigint       not null primary key,
    invoice_number     varchar(32)  not null,
    order_id           bigint       not null references customer_order (id),
    milestone_id       bigint       not null references order_milestone (id),
    bill_to_type       varchar(16)  not null,
    bill_to_account_id bigint references customer_account (id),
    bill_to_agency_id  bigint references agency (id),
    bill_to_name       varchar(200) not null,
    amount_minor       bigint       not null,
    currency           varchar(3)   not null,
    status             varchar(16)  not null,
    issued_at          timestamp with time zone not null,
    due_at             timestamp with time zone not null,
    paid_at            timestamp with time zone,
    payment_reference  varchar(200),
    version            bigint       not null,
    constraint invoice_number_uk unique (invoice_number),
    constraint invoice_milestone_uk unique (milestone_id),
    constraint invoice_amount_ck check (amount_minor > 0),
    constraint invoice_status_ck check (status in ('ISSUED', 'PAID', 'VOID')),
    constraint invoice_bill_to_ck check (bill_to_type in ('ACCOUNT', 'AGENCY'))
);

create index invoice_order_ix on invoice (order_id, id);

-- Replays of the billing system's payment callback are answered from here and never applied twice.
create table idempotency_record (
    idempotency_key varchar(200) not null primary key,
    request_hash    varchar(64)  not null,
    status_code     integer      not null,
    response_body   varchar(4000) not null,
    created_at      timestamp with time zone not null
);
