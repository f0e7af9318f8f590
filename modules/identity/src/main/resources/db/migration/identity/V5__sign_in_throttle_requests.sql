-- The per-phone throttle row is written on every code request, not only locked (docs/adr/0023):
-- on a Galera cluster a row lock taken on one node does not hold back a request on another, but two
-- requests that both write the row cannot both commit; the loser runs again and counts the winner.
ALTER TABLE identity_sign_in_throttle ADD COLUMN requests BIGINT NOT NULL DEFAULT 0;
