-- Meaning vectors of clause texts by a key of the text, computed once (costly) and shared by every instance.
-- The vector is text (Base64) so that H2 and PostgreSQL store it alike.
create table text_vector (
    model    varchar(64)   not null,
    text_key varchar(32)   not null,
    vector   varchar(2000) not null,
    primary key (model, text_key)
);
