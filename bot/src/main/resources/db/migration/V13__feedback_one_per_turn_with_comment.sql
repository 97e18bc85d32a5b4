-- Feedback from the web chat as well as Telegram: one per turn (the last one counts), with an optional comment.
alter table feedback add column comment_text varchar(500);

delete from feedback where id not in (select latest.id from (select max(id) as id from feedback group by turn_id) latest);

create unique index feedback_one_per_turn on feedback (turn_id);
