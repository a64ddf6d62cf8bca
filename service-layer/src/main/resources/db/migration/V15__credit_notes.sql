-- A paid invoice whose milestone was cancelled (the order ended early) is answered by one credit note: its own
-- number, the negative amount, the invoice it corrects. One per invoice, never two: invoice_id is unique.
create sequence credit_note_seq start with 50 increment by 50;
create sequence credit_note_number_seq start with 1 increment by 1;

create table credit_note (
    id                  bigint      not null primary key,
    credit_note_number  varchar(32) not null,
    invoice_id          bigint      not null references invoice (id),
    order_id            bigint      not null references customer_order (id),
    amount_minor        bigint      not null,
    currency            varchar(3)  not null,
    issued_at           timestamp with time zone not null,
    constraint credit_note_number_uk unique (credit_note_number),
    constraint credit_note_invoice_uk unique (invoice_id),
    constraint credit_note_amount_ck check (amount_minor < 0)
);

create index credit_note_order_ix on credit_note (order_id, id);
