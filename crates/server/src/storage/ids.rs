//! The ids the storage hands out and takes back, one type each, so an organisation's id cannot
//! go where an event's is wanted. On the wire and in the database each is its plain value
//! (`#[serde(transparent)]`, `#[sqlx(transparent)]`).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Declares a `BIGINT` id: `pub struct $name(pub i64)`, shown and parsed as its number.
macro_rules! int_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, sqlx::Type)]
        #[serde(transparent)]
        #[sqlx(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = std::num::ParseIntError;

            fn from_str(s: &str) -> Result<$name, Self::Err> {
                s.parse().map($name)
            }
        }
    };
}

int_id!(
    /// An organisation (`orgs.id`).
    OrgId
);
int_id!(
    /// A volunteer (`volunteers.id`).
    VolunteerId
);
int_id!(
    /// An event (`events.id`).
    EventId
);
int_id!(
    /// A conflict waiting for, or given, an organiser's decision (`conflicts.id`).
    ConflictId
);
int_id!(
    /// A senior, by the server's number for their learner code (`learners.id`).
    LearnerId
);

/// What the database keeps of a bearer token: its SHA-256 in hex (`tokens.token_hash`), as
/// `auth::token_hash` makes it; its own type, so a token itself is never stored or looked up.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sqlx::Type)]
#[sqlx(transparent)]
pub struct TokenHash(String);

impl TokenHash {
    /// The hash of a token, already computed (`auth::token_hash` computes it).
    pub fn from_hex(hex: String) -> TokenHash {
        TokenHash(hex)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
