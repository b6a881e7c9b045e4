-- Issue 17. An account may sign in only through the organisation's identity provider (OpenID Connect): it has no
-- password. An administrator signing in with a password needs a second factor: a time-based one-time code (RFC 6238)
-- from an authenticator app, whose shared secret (base32) is kept here; it counts once confirmed with a first code.
alter table app_user alter column password_hash drop not null;
alter table app_user add column second_factor_secret varchar(64);
alter table app_user add column second_factor_confirmed_at timestamp with time zone;
