-- Columns that hold JSON written from user text (history states, sub-step and choice lists). The domain caps
-- the texts themselves; JSON escaping can double them, so these columns get room for the escaped form.
alter table history_entry alter column before_state set data type varchar(20000);
alter table history_entry alter column after_state set data type varchar(20000);
alter table package_milestone alter column steps_de set data type varchar(20000);
alter table package_milestone alter column steps_en set data type varchar(20000);
alter table package_question alter column choices set data type varchar(20000);
