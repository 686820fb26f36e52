-- An account is linked to a person (or a system) of the single sign-on provider by the provider's subject (`sub`),
-- an identifier nobody edits, never by a username.
ALTER TABLE app_user ADD COLUMN sso_subject text
    CHECK (sso_subject IS NULL OR char_length(sso_subject) BETWEEN 1 AND 255);
CREATE UNIQUE INDEX app_user_sso_subject ON app_user (sso_subject);
