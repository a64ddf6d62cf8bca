-- A package's milestone keeps its name, description and sub-steps in German and English on the order (JSON), so the
-- order reads in each viewer's language. Orders placed before keep the words they were placed with.
alter table order_milestone add column texts varchar(40000);
