-- An order names the thread opened for it, so showing the order needs no search for the thread. No foreign key:
-- the order row is written before its thread's (the thread refers to the order), and threads are never deleted.
alter table customer_order add column conversation_id bigint;
update customer_order set conversation_id = (select c.id from conversation c where c.order_id = customer_order.id);
