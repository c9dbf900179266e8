-- When an active chat passed its campaign's chat time limit (design section 6), set by the
-- routing engine's chat-time-limit timer; null while it has not.
ALTER TABLE interaction ADD COLUMN over_chat_time_limit_at ${datetime};
