-- The dashboard's "all orders" list (no status chosen) reads an agency's orders newest first. The other indexes lead
-- with the status or the account, so without this one a page walked the primary key backwards past every other
-- agency's orders until it had found its own.
create index customer_order_agency_ix on customer_order (agency_id, id);
