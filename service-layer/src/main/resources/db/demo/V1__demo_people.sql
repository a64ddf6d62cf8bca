-- The embedded default's cast. Subjects are what the demo issuer puts into "sub".
insert into app_user (id, subject, email, display_name, locale, created_at, updated_at, version)
values (nextval('app_user_seq'), 'demo-anna', 'anna@agentur-beispiel.example', 'Anna Agentur', 'de', current_timestamp, current_timestamp, 1);
insert into app_user (id, subject, email, display_name, locale, created_at, updated_at, version)
values (nextval('app_user_seq'), 'demo-ben', 'ben@agentur-beispiel.example', 'Ben Becker', 'de', current_timestamp, current_timestamp, 1);
insert into app_user (id, subject, email, display_name, locale, created_at, updated_at, version)
values (nextval('app_user_seq'), 'demo-clara', 'clara@kunde-eins.example', 'Clara Kundin', 'de', current_timestamp, current_timestamp, 1);
insert into app_user (id, subject, email, display_name, locale, created_at, updated_at, version)
values (nextval('app_user_seq'), 'demo-david', 'david@kunde-zwei.example', 'David Kunde', 'en', current_timestamp, current_timestamp, 1);
insert into app_user (id, subject, email, display_name, locale, created_at, updated_at, version)
values (nextval('app_user_seq'), 'demo-petra', 'petra@hoster.example', 'Petra Provider', 'de', current_timestamp, current_timestamp, 1);
insert into app_user (id, subject, email, display_name, locale, created_at, updated_at, version)
values (nextval('app_user_seq'), 'demo-admin', 'admin@hoster.example', 'Portal Admin', 'en', current_timestamp, current_timestamp, 1);

insert into app_user_role (user_id, role) select id, 'PROVIDER_STAFF' from app_user where subject = 'demo-petra';
insert into app_user_role (user_id, role) select id, 'ADMIN' from app_user where subject = 'demo-admin';

insert into agency (id, name, created_at, version) values (nextval('agency_seq'), 'Agentur Beispiel', current_timestamp, 1);

insert into agency_member (agency_id, user_id, member_role, created_at)
select a.id, u.id, 'OWNER', current_timestamp from agency a, app_user u
 where a.name = 'Agentur Beispiel' and u.subject = 'demo-anna';
insert into agency_member (agency_id, user_id, member_role, created_at)
select a.id, u.id, 'MEMBER', current_timestamp from agency a, app_user u
 where a.name = 'Agentur Beispiel' and u.subject = 'demo-ben';
