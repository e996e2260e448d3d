-- The recognised authors of a small subtree: its units' recognitions of the period by key (a
-- grassroots union's review read every recognition of the country's year through
-- initiative_review_recognised_idx, 20-30 ms, before this index).
create index initiative_review_unit_recognised_idx
    on initiative_review (initiative_unit_id, decided_on) include (initiative_id)
    where outcome = 'RECOGNISED';
