-- A milestone names its order's agency (fixed when the order is placed), so the dashboard's overdue filter starts from
-- the agency's late milestones instead of walking all of its active orders and probing each one's milestones: with
-- few of them late the walk read every active order of the agency.
alter table order_milestone add column agency_id bigint;
update order_milestone m set agency_id = (select o.agency_id from customer_order o where o.id = m.order_id);
alter table order_milestone alter column agency_id set not null;
drop index order_milestone_due_ix;
create index order_milestone_agency_due_ix on order_milestone (agency_id, due_at);
