-- Policy documents and their clauses. Portable SQL for H2 and PostgreSQL.
create table policy_document (
    id              varchar(300)  primary key,
    title           varchar(500)  not null,
    issuer          varchar(200),
    jurisdiction    varchar(100),
    document_number varchar(100),
    written_date    date,
    published_date  date,
    policy_year     integer,
    validity        varchar(16)   not null,
    source_file     varchar(500)  not null,
    content_hash    varchar(64)   not null,
    segmenter_version integer     not null,
    imported_at     timestamp     not null,
    content         text          not null
);

create index policy_document_hash on policy_document (content_hash);

create table clause (
    document_id  varchar(300)  not null references policy_document (id) on delete cascade,
    ordinal      integer       not null,
    number       varchar(40)   not null,
    heading_path varchar(4000) not null,
    body         varchar(8000) not null,
    responsible  varchar(2000),
    deadline     varchar(2000),
    deliverable  varchar(2000),
    primary key (document_id, ordinal)
);
