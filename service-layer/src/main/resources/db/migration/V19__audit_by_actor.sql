-- The audit export per user walks one person's entries in time order.
create index history_entry_actor_ix on history_entry (actor_id, occurred_at, id);
