-- 0001_initial: the contract's tables (ARCHITECTURE.md), with the extra columns the
-- pipeline keeps for provenance and review. Timestamps are UTC, stored without a zone.

create table documents (
    doc_id        varchar primary key,   -- hash of (uri, content_hash): one row per version
    uri           varchar not null,      -- file path or URL it was read from
    version       integer not null,      -- 1, 2, ... per uri, in the order versions were seen
    outlet        varchar,
    title         varchar,
    published_at  timestamp,
    fetched_at    timestamp,
    content_hash  varchar not null,
    text          varchar not null,
    url           varchar,               -- the original's address, when known
    source_kind   varchar,               -- file | html | feed
    notes         varchar,               -- what was odd about it (e.g. an unreadable date)
    first_run_id  varchar
);

create table links (
    from_doc_id  varchar not null,
    to_doc_id    varchar,                -- null while unresolved
    anchor_text  varchar,
    url          varchar,
    resolved_by  varchar,                -- url | headline-fuzzy | unresolved
    score        double,
    run_id       varchar
);

create table claims (
    claim_id          varchar primary key,
    doc_id            varchar not null,
    kind              varchar not null,  -- numeric | date | statement
    quote             varchar not null,  -- == documents.text[start_char:end_char]
    start_char        integer not null,
    end_char          integer not null,
    subject           varchar,
    measure           varchar,
    measure_detail    varchar,
    value             double,
    value_low         double,
    value_high        double,
    unit              varchar,
    qualifier         varchar,
    attributed_to     varchar,
    attribution_chain varchar,
    event_date        date,
    date_note         varchar,
    date_value        date,
    date_value_end    date,
    place             varchar,
    modality          varchar,
    scope             varchar,
    polarity          varchar,
    predicate         varchar,
    sentence          varchar
);

create table claim_matches (
    claim_id_a    varchar not null,
    claim_id_b    varchar not null,
    score         double not null,
    method        varchar not null,
    components    varchar,               -- JSON: the parts of the score, for reviewers
    values_agree  boolean,
    run_id        varchar
);

create table findings (
    finding_id          varchar primary key,
    verdict             varchar not null,  -- agreement | discrepancy | update | uncorroborated
    kind                varchar,
    subject             varchar,
    measure             varchar,
    summary             varchar,
    independent_origins integer,
    value_min           double,
    value_max           double,
    relative_spread     double,
    sides               varchar,           -- JSON: [{label, claim_ids, low, high}]
    members_hash        varchar,
    members             varchar,           -- JSON: claim ids when last seen
    first_seen_run      varchar,
    last_seen_run       varchar
);

create table finding_claims (
    finding_id  varchar not null,
    claim_id    varchar not null,
    side        varchar
);

create table runs (
    run_id       varchar primary key,
    flow_run_id  varchar,
    started_at   timestamp,
    finished_at  timestamp,
    status       varchar,
    counts       varchar,                  -- JSON
    config_hash  varchar,
    version      varchar,
    sources      varchar                   -- JSON: what the run was pointed at
);

create table ingest_errors (
    run_id       varchar,
    uri          varchar,
    stage        varchar,                  -- fetch | read | extract | parse ...
    reason       varchar,
    detail       varchar,
    occurred_at  timestamp
);

create table reviews (
    finding_id    varchar not null,
    status        varchar not null,        -- confirmed | dismissed | needs-follow-up
    reviewer      varchar,
    note          varchar,
    reviewed_at   timestamp not null,
    members_hash  varchar                  -- the finding's members when it was reviewed
);
