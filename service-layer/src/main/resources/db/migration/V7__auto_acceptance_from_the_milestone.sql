-- Auto-acceptance is claimed from the delivered milestone's own review deadline instead of a scheduled job per
-- delivery (which stayed pending after a manual acceptance). Pending jobs of that kind are covered by the
-- milestones' review_due_at; the done ones were bookkeeping only (the history keeps every acceptance).
delete from scheduled_job where kind = 'MILESTONE_AUTO_ACCEPTANCE';

-- only delivered milestones carry a review deadline, so this index holds exactly the candidates
create index order_milestone_review_due_ix on order_milestone (review_due_at);
