-- Domains registered for a site: the customer is the owner (registrant) contact even while the agency pays, and the
-- contacts move with the site. registrar_pending: the registrar has not yet been told the row's current state (a job
-- tells it after the commit and clears the flag).
create sequence site_domain_seq start with 50 increment by 50;

create table site_domain (
    id                  bigint       not null primary key,
    site_id             bigint       not null references site (id),
    name                varchar(253) not null,
    status              varchar(16)  not null,
    payer               varchar(16)  not null,
    owner_name          varchar(200) not null,
    owner_email         varchar(320) not null,
    admin_name          varchar(200) not null,
    admin_email         varchar(320) not null,
    billing_name        varchar(200) not null,
    billing_email       varchar(320) not null,
    tech_name           varchar(200) not null,
    tech_email          varchar(320) not null,
    registrar_reference varchar(100),
    registrar_pending   boolean      not null,
    ordered_by          bigint       not null references app_user (id),
    created_at          timestamp with time zone not null,
    version             bigint       not null,
    constraint site_domain_name_uk unique (name),
    constraint site_domain_status_ck check (status in ('PENDING', 'REGISTERED')),
    constraint site_domain_payer_ck check (payer in ('AGENCY', 'CUSTOMER'))
);

create index site_domain_site_ix on site_domain (site_id, id);

-- A transfer is offered and answered (OFFER) or made by itself when an order's final tranche is paid (AUTOMATIC).
-- An accepted one can be undone until undo_until; restore_state is what the move changed, to put back exactly.
alter table site_transfer add column kind varchar(16) default 'OFFER' not null;
alter table site_transfer add column order_id bigint references customer_order (id);
alter table site_transfer add column undo_until timestamp with time zone;
alter table site_transfer add column undone_at timestamp with time zone;
alter table site_transfer add column restore_state varchar(40000);
alter table site_transfer drop constraint site_transfer_status_ck;
alter table site_transfer add constraint site_transfer_status_ck
    check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED', 'UNDONE'));
alter table site_transfer add constraint site_transfer_kind_ck check (kind in ('OFFER', 'AUTOMATIC'));

-- Opt-in per order: the site moves to the customer when the final tranche is paid.
alter table customer_order add column automatic_handover boolean default false not null;
