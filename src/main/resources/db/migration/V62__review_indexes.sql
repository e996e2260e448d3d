-- Reviews of a large subtree count a period's initiatives and recognitions by their day: without
-- these, the national and provincial reviews read every initiative and every decision
-- (docs/PERFORMANCE.md, "National review").
create index initiative_submitted_idx on initiative (submitted_on) include (unit_id);
create index initiative_review_decided_idx on initiative_review (decided_on)
    include (initiative_id, level) where outcome = 'RECOGNISED';
