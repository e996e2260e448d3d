-- An officer may choose only the place and keep the symbol their unit's level gives (null).
alter table decision_letterhead alter column symbol_suffix drop not null;
