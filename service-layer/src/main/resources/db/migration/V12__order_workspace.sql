-- The order workspace (capabilities 2, 3, 5, 8): the brief's versions, customer documents, the document deadline
-- and holding an order, notes on deliveries and revision requests, the agency's private notes.

-- The document deadline and holding: while an order is on hold its clocks stop; on_hold_since says since when and
-- why, held_seconds how long it was held before (every planned date and due date moves by it).
alter table customer_order add column documents_due_at timestamp with time zone;
alter table customer_order add column documents_received_at timestamp with time zone;
alter table customer_order add column documents_reminded boolean not null default false;
alter table customer_order add column on_hold_since timestamp with time zone;
alter table customer_order add column hold_reason varchar(32);
alter table customer_order add column held_seconds bigint not null default 0;
alter table customer_order add column brief_version integer not null default 1;
-- Placed with required answers missing: the first milestone is billed as always, but work starts only when the brief
-- is complete too.
alter table customer_order add column waiting_for_brief boolean not null default false;
alter table customer_order add constraint customer_order_hold_ck check (hold_reason is null or hold_reason in ('DOCUMENTS_LATE', 'BY_AGENCY'));

-- A milestone held while it ran (or waited for review) ends that much later.
alter table order_milestone add column held_seconds bigint not null default 0;
alter table order_milestone add column paid_at timestamp with time zone;
alter table order_milestone add column delivery_note varchar(4000);
alter table order_milestone add column delivery_link varchar(2000);

-- What a thread message is besides words: a delivery's note or a revision request's reason, for one milestone.
alter table message add column kind varchar(24);
alter table message add column milestone integer;

create sequence order_note_seq start with 50 increment by 50;

-- Notes the agency keeps on an order for itself: never shown to the customer, collaborators or provider staff.
create table order_note (
    id         bigint        not null primary key,
    order_id   bigint        not null references customer_order (id),
    author_id  bigint        not null references app_user (id),
    body       varchar(4000) not null,
    created_at timestamp with time zone not null
);

create index order_note_order_ix on order_note (order_id, id);

create sequence order_document_seq start with 50 increment by 50;

-- The customer's documents: the bytes live in the configured folder under storage_key, checked against sha256
-- when read back. A row exists only for a file that was completely written and synced.
create table order_document (
    id           bigint        not null primary key,
    order_id     bigint        not null references customer_order (id),
    question_key varchar(64),
    file_name    varchar(255)  not null,
    media_type   varchar(127)  not null,
    size_bytes   bigint        not null,
    sha256       varchar(64)   not null,
    storage_key  varchar(200)  not null,
    uploaded_by  bigint        not null references app_user (id),
    uploaded_at  timestamp with time zone not null,
    constraint order_document_storage_uk unique (storage_key),
    constraint order_document_size_ck check (size_bytes >= 0)
);

create index order_document_order_ix on order_document (order_id, id);

-- Like review deadlines, the document deadline is kept on the order and claimed from it: orders still waiting for
-- documents come first in this index (no date received), by their deadline, however many orders there are.
create index customer_order_documents_due_ix on customer_order (documents_received_at, documents_due_at);
