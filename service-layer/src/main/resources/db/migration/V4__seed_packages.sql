-- The two templates of the partner programme (seed 000), in German and English.
insert into service_package (id, code, name_de, name_en, description_de, description_en, payment_per_milestone,
                             document_deadline_days, active, created_at, updated_at, version)
values (nextval('service_package_seq'), 'WEBSITE', 'Website / Appsite', 'Website / Appsite',
        'Website oder Appsite in 4-6 Wochen: Basisversion, Fertigstellung aus Ihren Unterlagen, Go-live. Rechnungen 30 % / 40 % / 30 %.',
        'Website or appsite in 4-6 weeks: base version, completion from your documents, go-live. Invoices 30% / 40% / 30%.',
        true, 14, true, current_timestamp, current_timestamp, 1);

insert into package_milestone values ((select id from service_package where code = 'WEBSITE'), 1, 'Basisversion', 'Base version',
  'Start mit der ersten Rechnung (30 %, mit dem Hosting-Kauf); die Arbeit beginnt mit der Zahlung. Entwurf innerhalb von 4 Wochen, Durchsicht mit dem Kunden, Feedback.',
  'Starts with the first invoice (30%, with the hosting purchase); work begins once it is paid. Draft within 4 weeks, reviewed with the customer, feedback.',
  'PROVIDER', 28, 30, 2,
  '["Entwurf erstellen","Entwurf mit dem Kunden durchgehen","Feedback einarbeiten"]',
  '["Build the draft","Review the draft with the customer","Work in the feedback"]');
insert into package_milestone values ((select id from service_package where code = 'WEBSITE'), 2, 'Fertigstellung', 'Completion',
  'Rechnung 40 % nach Abnahme der Basisversion. Die Website wird aus den Unterlagen des Kunden fertiggestellt, geprüft und abgestimmt.',
  'Invoice 40% once the base version is accepted. The site is completed from the customer''s documents, reviewed and agreed.',
  'PROVIDER', 14, 40, 2,
  '["Unterlagen des Kunden einpflegen","Website prüfen","Feedback einarbeiten"]',
  '["Add the customer''s documents","Review the site","Work in the feedback"]');
insert into package_milestone values ((select id from service_package where code = 'WEBSITE'), 3, 'Go-live', 'Go-live',
  'Schlussrechnung 30 % nach Abnahme der Fertigstellung; nach Zahlung wird die Website aktiviert und der Partner informiert den Kunden.',
  'Final invoice 30% once completion is accepted; after payment the site is activated and the partner informs the customer.',
  'PROVIDER', 3, 30, 0,
  '["Website aktivieren","Kunden informieren"]',
  '["Activate the site","Inform the customer"]');

insert into package_question values ((select id from service_package where code = 'WEBSITE'), 1, 'business', 'Branche und Angebot des Kunden', 'Customer''s business and offer', 'TEXT', true, '[]');
insert into package_question values ((select id from service_package where code = 'WEBSITE'), 2, 'style', 'Gewünschter Stil', 'Preferred style', 'CHOICE', true, '["modern","klassisch","verspielt"]');
insert into package_question values ((select id from service_package where code = 'WEBSITE'), 3, 'logo', 'Logo (Datei)', 'Logo (file)', 'FILE', false, '[]');
insert into package_question values ((select id from service_package where code = 'WEBSITE'), 4, 'pages', 'Gewünschte Seiten', 'Pages wanted', 'TEXT', false, '[]');

insert into service_package (id, code, name_de, name_en, description_de, description_en, payment_per_milestone,
                             document_deadline_days, active, created_at, updated_at, version)
values (nextval('service_package_seq'), 'INTERNET_MARKETING', 'Internet-Marketing', 'Internet Marketing',
        'Werbekampagne in 1-2 Wochen: eine Rechnung vorab, Werbekonto, Kampagne, Livegang, erster Bericht.',
        'Ad campaign in 1-2 weeks: one invoice up front, ad account, campaign, go-live, first report.',
        false, 7, true, current_timestamp, current_timestamp, 1);

insert into package_milestone values ((select id from service_package where code = 'INTERNET_MARKETING'), 1, 'Werbekonto', 'Ad account',
  'Eine Rechnung vorab; die Arbeit beginnt mit der Zahlung. Werbekonto bzw. Fanpage beantragen (bis zu 1 Woche); der Kunde nimmt die Anfrage an.',
  'One invoice up front; work begins once it is paid. Request the ad account or fan page (up to 1 week); the customer accepts the request.',
  'AGENCY', 7, 100, 1,
  '["Werbekonto beantragen","Anfrage vom Kunden annehmen lassen"]',
  '["Request the ad account","Have the customer accept the request"]');
insert into package_milestone values ((select id from service_package where code = 'INTERNET_MARKETING'), 2, 'Kampagne', 'Campaign',
  'Kampagne erstellen und vom Werbenetzwerk freigeben lassen (1-2 Wochen).',
  'Create the campaign and have the ad network approve it (1-2 weeks).',
  'PROVIDER', 14, 0, 1,
  '["Kampagne erstellen","Freigabe durch das Werbenetzwerk"]',
  '["Create the campaign","Approval by the ad network"]');
insert into package_milestone values ((select id from service_package where code = 'INTERNET_MARKETING'), 3, 'Kampagne live', 'Campaign live',
  'Die Kampagne läuft; der Partner informiert den Kunden.',
  'The campaign is live; the partner informs the customer.',
  'AGENCY', 2, 0, 0,
  '["Kunden informieren"]',
  '["Inform the customer"]');
insert into package_milestone values ((select id from service_package where code = 'INTERNET_MARKETING'), 4, 'Erster Bericht', 'First report',
  'Erster Bericht nach 2-6 Wochen, mit dem Kunden besprochen; weitere Berichte per E-Mail.',
  'First report after 2-6 weeks, discussed with the customer; later reports forwarded by e-mail.',
  'AGENCY', 30, 0, 1,
  '["Bericht erstellen","Bericht mit dem Kunden besprechen"]',
  '["Prepare the report","Discuss the report with the customer"]');

insert into package_question values ((select id from service_package where code = 'INTERNET_MARKETING'), 1, 'goal', 'Ziel der Kampagne', 'Campaign goal', 'CHOICE', true, '["Bekanntheit","Besucher","Anfragen"]');
insert into package_question values ((select id from service_package where code = 'INTERNET_MARKETING'), 2, 'budget', 'Monatliches Werbebudget', 'Monthly ad budget', 'TEXT', true, '[]');
insert into package_question values ((select id from service_package where code = 'INTERNET_MARKETING'), 3, 'audience', 'Zielgruppe', 'Audience', 'TEXT', false, '[]');
