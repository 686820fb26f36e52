-- The per-account lock that sign_in_failure (V23) replaces: anyone could keep an account locked from anywhere.
ALTER TABLE app_user DROP COLUMN failed_logins, DROP COLUMN locked_until;
