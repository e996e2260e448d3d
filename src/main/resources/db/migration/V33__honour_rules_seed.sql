-- The usual rules of the seeded honours. Administrators change the numbers, add and retire rules.
insert into honour_rule (honour_id, grade, recipient, kind, params, position)
select h.id, r.grade, r.recipient, r.kind, r.params::jsonb, r.position
from (values
    ('LDTT',          null, null,         'MINIMUM_EMPLOYMENT',        '{"months": 10}', 1),
    ('CSTDCS',        null, null,         'HELD_AT_GRADE_BELOW',       '{"honourCode": "LDTT", "grade": 1}', 1),
    ('CSTDCS',        null, null,         'INITIATIVE_RECORD',         '{"minInitiatives": 1, "level": "GRASSROOTS", "years": 1}', 2),
    ('CSTDCS',        null, null,         'SHARE_CAP',                 '{"percent": 15, "ofHonourCode": "LDTT"}', 3),
    ('CSTDCS',        null, null,         'MINIMUM_EMPLOYMENT',        '{"months": 12}', 4),
    ('TTLDTT',        null, null,         'COLLECTIVE_THRESHOLD',      '{"tasksPercent": 100, "heldHonourCode": "LDTT", "heldPercent": 50, "noDiscipline": true}', 1),
    ('TTLDXS',        null, null,         'COLLECTIVE_THRESHOLD',      '{"tasksPercent": 100, "heldHonourCode": "LDTT", "heldPercent": 70, "holderHonourCode": "CSTDCS", "minHolders": 1, "noDiscipline": true}', 1),
    ('CNG',           null, null,         'HELD_AT_GRADE_BELOW',       '{}', 1),
    ('CNG',           null, null,         'MINIMUM_EMPLOYMENT',        '{"months": 12}', 2),
    ('CNG',           3,    null,         'QUOTA',                     '{"per": "PROPOSING_UNIT", "max": 3}', 3),
    ('LDG',           null, null,         'MINIMUM_EMPLOYMENT',        '{"months": 12}', 1),
    ('CDCS_HTXS',     null, null,         'COLLECTIVE_THRESHOLD',      '{"tasksPercent": 100, "noDiscipline": true}', 1),
    ('GK',            null, null,         'ONE_ACHIEVEMENT_ONE_AWARD', '{}', 1),
    ('GK',            null, null,         'COMPREHENSIVE_OR_THEMATIC', '{}', 2),
    ('BK_TINH',       null, 'INDIVIDUAL', 'CONSECUTIVE_YEARS',         '{"honourCode": "LDTT", "years": 2}', 1),
    ('BK_TINH',       null, 'COLLECTIVE', 'CONSECUTIVE_YEARS',         '{"honourCode": "TTLDTT", "years": 2}', 2),
    ('BK_TINH',       null, null,         'ONE_ACHIEVEMENT_ONE_AWARD', '{}', 3),
    ('BK_TINH',       null, null,         'COMPREHENSIVE_OR_THEMATIC', '{}', 4),
    ('BK_TLD',        null, 'INDIVIDUAL', 'CONSECUTIVE_YEARS',         '{"honourCode": "LDTT", "years": 2}', 1),
    ('BK_TLD',        null, 'COLLECTIVE', 'CONSECUTIVE_YEARS',         '{"honourCode": "TTLDXS", "years": 2}', 2),
    ('BK_TLD',        null, null,         'ONE_ACHIEVEMENT_ONE_AWARD', '{}', 3),
    ('BK_TLD',        null, null,         'COMPREHENSIVE_OR_THEMATIC', '{}', 4),
    ('BK_TLD_GVNDVN', null, null,         'QUOTA',                     '{"per": "THEME", "max": 4}', 1),
    ('BK_TLD_GVNDVN', null, null,         'ONE_ACHIEVEMENT_ONE_AWARD', '{}', 2),
    ('BK_TLD_GVNDVN', null, null,         'COMPREHENSIVE_OR_THEMATIC', '{}', 3),
    ('BK_TLD_XSD',    null, null,         'QUOTA',                     '{"per": "THEME", "max": 4}', 1),
    ('BK_TLD_XSD',    null, null,         'ONE_ACHIEVEMENT_ONE_AWARD', '{}', 2),
    ('BK_TLD_XSD',    null, null,         'COMPREHENSIVE_OR_THEMATIC', '{}', 3),
    ('CO_TDXS',       null, null,         'CONSECUTIVE_YEARS',         '{"honourCode": "TTLDXS", "years": 2}', 1),
    ('CO_TDXS',       null, null,         'ONE_ACHIEVEMENT_ONE_AWARD', '{}', 2),
    ('BLDST',         null, null,         'INITIATIVE_RECORD',         '{"minInitiatives": 1, "level": "PROVINCE", "minBenefitVnd": 500000000, "years": 3}', 1),
    ('BLDST',         null, null,         'ONE_ACHIEVEMENT_ONE_AWARD', '{}', 2)
) as r (code, grade, recipient, kind, params, position)
join honour h on h.code = r.code;
