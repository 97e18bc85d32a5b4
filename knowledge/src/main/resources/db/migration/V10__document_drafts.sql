-- Uploaded documents can wait as drafts until an editor publishes them; drafts do not answer.
alter table policy_document add column draft boolean default false not null;
