-- A step's history entry may tell of more than the step itself (accepting a milestone issues the next invoice, the
-- last acceptance completes the order): one event, several kinds. A person gets each kind of an event once, and each
-- channel and recipient each kind once.
alter table notification drop constraint notification_event_uk;
alter table notification add constraint notification_event_uk unique (user_id, event_id, kind);
alter table delivery drop constraint delivery_once_uk;
alter table delivery add constraint delivery_once_uk unique (event_id, kind, channel, recipient);
