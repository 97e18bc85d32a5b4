-- The hotline workflow: who works a ticket, for which department, by when, and how the citizen rated the reply.
alter table ticket add column category varchar(20) default 'CONSULTATION' not null;
alter table ticket add column priority varchar(16) default 'NORMAL' not null;
alter table ticket add column department varchar(200);
alter table ticket add column due_at timestamp;
alter table ticket add column claimed_by varchar(100);
alter table ticket add column claimed_at timestamp;
alter table ticket add column replied_by varchar(100);
alter table ticket add column closed_at timestamp;
alter table ticket add column rating varchar(16);
alter table ticket add column reopen_count integer default 0 not null;

create index ticket_due on ticket (status, due_at);

-- Staff accounts: hotline agents, knowledge editors, administrators.
create table staff_user (
    username      varchar(100) primary key,
    password_hash varchar(200) not null,
    display_name  varchar(100) not null,
    role          varchar(16)  not null,
    department    varchar(200),
    enabled       boolean      not null,
    created_at    timestamp    not null
);

-- Exceptions to the Monday-Friday week: public holidays and the weekend days worked instead (调休).
create table calendar_day (
    calendar_date date         primary key,
    kind  varchar(16)  not null,
    name  varchar(100) not null
);

-- Questions and replies published as 留言答复公开, personal data masked.
create table public_answer (
    ticket_no    varchar(32)   primary key,
    question     varchar(4000) not null,
    reply        varchar(4000) not null,
    department   varchar(200),
    asked_at     timestamp     not null,
    replied_at   timestamp     not null,
    published_at timestamp     not null,
    published_by varchar(100)  not null
);

create index public_answer_published on public_answer (published_at);
