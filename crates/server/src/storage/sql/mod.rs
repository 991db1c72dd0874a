//! The queries, written once for SQLite and PostgreSQL as ordinary Rust, generic over the sqlx
//! database: `SqlStorage<Sqlite>` and `SqlStorage<Postgres>` run the same code. One file per
//! domain: `accounts` (organisations, volunteers, tokens), `events`, `ingest` (the attendance
//! upload), `stats` (the dashboard's totals and buckets), `conflicts`; `rows` holds the column
//! encodings. Both schemas keep times as BIGINT Unix milliseconds and booleans as 0/1, and the
//! queries use `$N` placeholders, `ON CONFLICT` and `RETURNING`, which both databases understand;
//! the one difference, row locks, is `Dialect::FOR_UPDATE`.
//!
//! Generic rather than `sqlx::Any`: each backend is compiled against its own driver, with its own
//! types and statement cache and no conversion of every row to `AnyValue`, so it runs as fast as
//! code written for one backend. Rust does not carry a where-clause from a
//! trait to the code that uses it, so each `impl` block here repeats the same sqlx bounds (those
//! on `Storage for SqlStorage` below): they say "a database with BIGINT and TEXT columns", which
//! SQLite and PostgreSQL both are.

mod accounts;
mod conflicts;
mod events;
mod ingest;
mod packs;
mod rows;
mod stats;

use sqlx::{ColumnIndex, Database, Decode, Encode, Executor, IntoArguments, Pool, Type};

use super::Storage;

/// What differs between the two databases, as constants of the sqlx database type.
pub trait Dialect: Database<Arguments: IntoArguments<Self>> {
    /// "sqlite" or "postgres".
    const BACKEND: &'static str;
    /// Ends a SELECT of rows the transaction goes on to change. PostgreSQL locks them
    /// (` FOR UPDATE`); SQLite needs nothing: its one writer connection already serialises writers.
    const FOR_UPDATE: &'static str;

    /// How many rows an UPDATE or DELETE changed.
    fn rows_affected(done: &Self::QueryResult) -> u64;
}

/// A transaction of the database `DB`.
type Tx<DB> = sqlx::Transaction<'static, DB>;

/// The storage over one database: writes go to `writer`, reads to `reader` (the same pool on
/// PostgreSQL; on SQLite one writer connection and a pool of readers).
pub struct SqlStorage<DB: Database> {
    writer: Pool<DB>,
    reader: Pool<DB>,
}

impl<DB: Database> SqlStorage<DB> {
    pub fn new(writer: Pool<DB>, reader: Pool<DB>) -> SqlStorage<DB> {
        SqlStorage { writer, reader }
    }

    fn write(&self) -> &Pool<DB> {
        &self.writer
    }

    fn read(&self) -> &Pool<DB> {
        &self.reader
    }
}

impl<DB> Storage for SqlStorage<DB>
where
    DB: Dialect,
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    usize: ColumnIndex<DB::Row>,
    for<'q> i64: Type<DB> + Encode<'q, DB> + Decode<'q, DB>,
    for<'q> String: Type<DB> + Encode<'q, DB> + Decode<'q, DB>,
    for<'q> Option<i64>: Encode<'q, DB>,
    for<'q> Option<String>: Encode<'q, DB>,
    for<'q> &'q str: Type<DB> + Encode<'q, DB>,
    for<'q> Vec<u8>: Type<DB> + Encode<'q, DB> + Decode<'q, DB>,
{
    fn backend(&self) -> &'static str {
        DB::BACKEND
    }
}
