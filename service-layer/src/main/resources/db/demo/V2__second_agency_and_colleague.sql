-- A second agency, so the demo (and the tests) can show that agencies do not see each other's work,
-- and a colleague of Clara's whom she can invite into her account.
insert into app_user (id, subject, email, display_name, locale, created_at, updated_at, version)
values (nextval('app_user_seq'), 'demo-nora', 'nora@webwerk-nord.example', 'Nora Nord', 'de', current_timestamp, current_timestamp, 1);
insert into app_user (id, subject, email, display_name, locale, created_at, updated_at, version)
values (nextval('app_user_seq'), 'demo-emil', 'emil@kunde-eins.example', 'Emil Eins', 'de', current_timestamp, current_timestamp, 1);

insert into agency (id, name, created_at, version) values (nextval('agency_seq'), 'Webwerk Nord', current_timestamp, 1);

insert into agency_member (agency_id, user_id, member_role, created_at)
select a.id, u.id, 'OWNER', current_timestamp from agency a, app_user u
 where a.name = 'Webwerk Nord' and u.subject = 'demo-nora';
