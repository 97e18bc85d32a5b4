-- Editors' corrections of a document's detected metadata; they win over what is read from the text, also after a
-- re-import or a new segmentation.
create table document_metadata_override (
    document_id     varchar(300)  primary key references policy_document (id) on delete cascade,
    title           varchar(500),
    issuer          varchar(200),
    jurisdiction    varchar(100),
    document_number varchar(100),
    written_date    date,
    published_date  date,
    policy_year     integer
);
