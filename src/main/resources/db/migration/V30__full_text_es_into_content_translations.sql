-- The old Spanish text of a recommendation (V1's recommendation.full_text_es, shown as "Spanish text" beside the
-- translations of V29) becomes what every other translation is: a row of content_translation, field FULL_TEXT,
-- language es, so that the page shows one Spanish text, marked as the others are. The application never wrote the
-- column; a database where someone filled it keeps its texts here.
--
-- Each text keeps its own mark: full_text_es_unofficial, true unless someone said otherwise (as for the shipped plan's
-- texts, which are unofficial). Where a Spanish full text exists already (imported since V29 or entered by the
-- secretariat), it stays, unless it is unofficial and the old column held an official text: an official text
-- outranks an unofficial one. Then the column goes: nothing reads it any more. Written for H2 and PostgreSQL alike.
insert into content_translation (subject_type, subject_id, field, language, text, unofficial)
select 'recommendation', r.id, 'FULL_TEXT', 'es', trim(r.full_text_es), r.full_text_es_unofficial
from recommendation r
where r.full_text_es is not null and trim(r.full_text_es) <> ''
  and not exists (select 1 from content_translation t
                  where t.subject_type = 'recommendation' and t.subject_id = r.id
                    and t.field = 'FULL_TEXT' and t.language = 'es');

update content_translation
set text = (select trim(r.full_text_es) from recommendation r where r.id = content_translation.subject_id),
    unofficial = false
where subject_type = 'recommendation' and field = 'FULL_TEXT' and language = 'es' and unofficial = true
  and exists (select 1 from recommendation r
              where r.id = content_translation.subject_id and r.full_text_es is not null
                and trim(r.full_text_es) <> '' and r.full_text_es_unofficial = false);

alter table recommendation drop column full_text_es;
alter table recommendation drop column full_text_es_unofficial;
