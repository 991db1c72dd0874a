//! The server's limits: those fixed in code, and those a deployment sets with a flag or an
//! environment variable (`blue-vest-server --help`, `blue-vest-server serve --help`). Every
//! default is the value the server had before it could be set; tests use the defaults.

use std::time::Duration;

use clap::Args;

/// The largest body any request may carry: a full batch of 500 records is about 150 KiB.
pub const MAX_BODY_BYTES: usize = 512 * 1024;
/// No request may take longer than this.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Where `--help` lists the rate limits.
const RATE_LIMITS: &str = "Rate limits (per client address and instance; past them the answer is 429 rate_limited)";

const DEFAULT_PG_CONNECTIONS: u32 = 16;
// Ten tries, then one every six seconds: a person retyping a password never notices.
const DEFAULT_LOGIN_BURST: u32 = 10;
const DEFAULT_LOGIN_REFILL_SECS: f64 = 6.0;
// A hall of seniors behind one address syncing at once, but no code guessing.
const DEFAULT_SENIOR_TOKEN_BURST: u32 = 120;
const DEFAULT_SENIOR_TOKEN_REFILL_SECS: f64 = 1.0;

/// The database connections of one server instance.
#[derive(Debug, Clone, PartialEq, Args)]
pub struct DbSettings {
    /// PostgreSQL only: the most connections this instance keeps open. Every instance has its
    /// own pool, so instances × this must stay under the database's max_connections. (SQLite
    /// always uses one writer and eight readers.)
    #[arg(
        long,
        global = true,
        env = "BLUE_VEST_PG_CONNECTIONS",
        default_value_t = DEFAULT_PG_CONNECTIONS,
        value_parser = clap::value_parser!(u32).range(1..),
    )]
    pub pg_connections: u32,
}

impl Default for DbSettings {
    fn default() -> DbSettings {
        DbSettings { pg_connections: DEFAULT_PG_CONNECTIONS }
    }
}

/// The per-client-address token buckets of one instance (behind N instances a client gets N
/// times these). A bucket holds `burst` requests and gets one back every refill interval; an
/// empty one answers 429 `rate_limited` with `Retry-After`.
#[derive(Debug, Clone, PartialEq, Args)]
pub struct RateLimits {
    /// Sign-ins (API and dashboard) a client address may make at once.
    #[arg(
        long,
        help_heading = RATE_LIMITS,
        env = "BLUE_VEST_LOGIN_BURST",
        default_value_t = DEFAULT_LOGIN_BURST,
        value_parser = clap::value_parser!(u32).range(1..),
    )]
    pub login_burst: u32,
    /// Seconds until a client address may sign in once more after its burst (decimals allowed).
    #[arg(
        long,
        help_heading = RATE_LIMITS,
        env = "BLUE_VEST_LOGIN_REFILL_SECS",
        default_value_t = DEFAULT_LOGIN_REFILL_SECS,
        value_parser = seconds
    )]
    pub login_refill_secs: f64,
    /// Senior tokens a client address may get at once (a hall of phones behind one address).
    #[arg(
        long,
        help_heading = RATE_LIMITS,
        env = "BLUE_VEST_SENIOR_TOKEN_BURST",
        default_value_t = DEFAULT_SENIOR_TOKEN_BURST,
        value_parser = clap::value_parser!(u32).range(1..),
    )]
    pub senior_token_burst: u32,
    /// Seconds until a client address may get one more senior token after its burst.
    #[arg(
        long,
        help_heading = RATE_LIMITS,
        env = "BLUE_VEST_SENIOR_TOKEN_REFILL_SECS",
        default_value_t = DEFAULT_SENIOR_TOKEN_REFILL_SECS,
        value_parser = seconds
    )]
    pub senior_token_refill_secs: f64,
}

impl Default for RateLimits {
    fn default() -> RateLimits {
        RateLimits {
            login_burst: DEFAULT_LOGIN_BURST,
            login_refill_secs: DEFAULT_LOGIN_REFILL_SECS,
            senior_token_burst: DEFAULT_SENIOR_TOKEN_BURST,
            senior_token_refill_secs: DEFAULT_SENIOR_TOKEN_REFILL_SECS,
        }
    }
}

/// A refill interval: a positive number of seconds, at most a day.
fn seconds(s: &str) -> Result<f64, String> {
    let secs: f64 = s.trim().parse().map_err(|_| format!("{s:?} is not a number of seconds"))?;
    if secs.is_finite() && secs > 0.0 && secs <= 86_400.0 {
        Ok(secs)
    } else {
        Err("a refill interval is more than 0 and at most 86400 seconds".into())
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        db: DbSettings,
        #[command(flatten)]
        limits: RateLimits,
    }

    #[test]
    fn the_flags_default_to_the_same_values_as_the_code() {
        let cli = Cli::try_parse_from(["server"]).unwrap();
        assert_eq!(cli.db, DbSettings::default());
        assert_eq!(cli.limits, RateLimits::default());
        assert_eq!(
            (cli.limits.login_burst, cli.limits.login_refill_secs, cli.limits.senior_token_burst),
            (10, 6.0, 120)
        );
    }

    #[test]
    fn flags_set_the_limits_and_bad_values_are_refused() {
        let cli = Cli::try_parse_from(["server", "--login-burst", "3", "--senior-token-refill-secs", "0.5"]).unwrap();
        assert_eq!((cli.limits.login_burst, cli.limits.senior_token_refill_secs), (3, 0.5));
        for bad in [
            &["server", "--login-burst", "0"][..],
            &["server", "--login-refill-secs", "0"],
            &["server", "--login-refill-secs", "soon"],
            &["server", "--pg-connections", "0"],
        ] {
            assert!(Cli::try_parse_from(bad).is_err(), "{bad:?}");
        }
    }
}
