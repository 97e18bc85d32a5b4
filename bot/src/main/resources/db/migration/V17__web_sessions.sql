-- The web chat's sessions, issued by the server: only the SHA-256 of each id is kept.
create table web_session (
    id_hash       char(64)   not null primary key,
    created_at    timestamp  not null,
    last_used_at  timestamp  not null
);

create index web_session_last_used on web_session (last_used_at);
