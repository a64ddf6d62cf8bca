-- Inside Liferay the portal's own bell shows the notifications too: the connector fetches those not yet relayed and
-- acknowledges them once they are in the portal (at least once; a relay that stops before its acknowledgement fetches
-- the same again).
alter table notification add column relayed_at timestamp with time zone;
create index notification_relay_ix on notification (relayed_at, id);
