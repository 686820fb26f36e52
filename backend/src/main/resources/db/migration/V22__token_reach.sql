-- A token reaches the whole system only when an administrator made it without a unit: one made for a unit is
-- limited to that unit's subtree, whatever its roles. Existing administrators' tokens made for their own unit
-- (the old default) keep the whole system.
ALTER TABLE api_token ADD COLUMN whole_system boolean NOT NULL DEFAULT false;
UPDATE api_token t SET whole_system = true
FROM app_user u
WHERE u.id = t.user_id AND 'ADMIN' = ANY (u.roles) AND 'ADMIN' = ANY (t.roles) AND t.unit_id = u.unit_id;
