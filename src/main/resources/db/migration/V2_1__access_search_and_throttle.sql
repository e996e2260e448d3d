-- Diacritics-insensitive search of users by full name (folded into search_name) and username.
create index app_user_search_idx on app_user using gin (search_name gin_trgm_ops);
create index app_user_username_trgm_idx on app_user using gin (username gin_trgm_ops);

-- Failures are counted in a window that starts with the first failure, so that five failures
-- within fifteen minutes lock the account, but five spread over an afternoon do not.
alter table login_throttle add column first_failure_at timestamptz;
update login_throttle set first_failure_at = last_failure_at;
