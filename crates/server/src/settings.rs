//! The server's limits: those fixed in code, and those a deployment sets with a flag or an
//! environment variable (`blue-vest-server --help`, `blue-vest-server serve --help`). Every
//! default is the value the server had before it could be set; tests use the defaults.

use std::time::Duration;

use clap::Args;

use crate::client::IpNet;

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
// Wrong passwords for one account (from any address): ten, then one a minute.
const DEFAULT_ACCOUNT_FAILURE_BURST: u32 = 10;
const DEFAULT_ACCOUNT_FAILURE_REFILL_SECS: f64 = 60.0;
// A hall of seniors behind one address syncing at once (200), then one every 15 s.
const DEFAULT_SENIOR_TOKEN_BURST: u32 = 200;
const DEFAULT_SENIOR_TOKEN_REFILL_SECS: f64 = 15.0;
// Senior tokens asked for a code no open event carries ("misses"): guesses. Per address 20,
// then one every 30 minutes (at most 68 a day); for the whole instance 200, then 200 a day.
// An address, or the instance, that has spent its misses gets no senior token at all until
// they come back, so a refusal never tells whether a code is in use.
const DEFAULT_SENIOR_MISS_BURST: u32 = 20;
const DEFAULT_SENIOR_MISS_REFILL_SECS: f64 = 1800.0;
const DEFAULT_SENIOR_MISS_GLOBAL_BURST: u32 = 200;
const DEFAULT_SENIOR_MISS_GLOBAL_REFILL_SECS: f64 = 432.0;
// Senior tokens per event code (each checks in one senior): a big hall, then one a minute.
const DEFAULT_SENIOR_CODE_BURST: u32 = 300;
const DEFAULT_SENIOR_CODE_REFILL_SECS: f64 = 60.0;
// Uploads per senior token (one check-in and its retries): ten, then one every six minutes.
const DEFAULT_SENIOR_UPLOAD_BURST: u32 = 10;
const DEFAULT_SENIOR_UPLOAD_REFILL_SECS: f64 = 360.0;

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
    /// Wrong passwords one account may get (from any address) before it must wait.
    #[arg(long, help_heading = RATE_LIMITS, env = "BLUE_VEST_ACCOUNT_FAILURE_BURST",
        default_value_t = DEFAULT_ACCOUNT_FAILURE_BURST, value_parser = clap::value_parser!(u32).range(1..))]
    pub account_failure_burst: u32,
    /// Seconds until an account may take one more wrong password after its burst.
    #[arg(long, help_heading = RATE_LIMITS, env = "BLUE_VEST_ACCOUNT_FAILURE_REFILL_SECS",
        default_value_t = DEFAULT_ACCOUNT_FAILURE_REFILL_SECS, value_parser = seconds)]
    pub account_failure_refill_secs: f64,
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
    /// Senior tokens for codes no open event carries (guesses) a client address may ask for
    /// before it gets no senior token at all.
    #[arg(long, help_heading = RATE_LIMITS, env = "BLUE_VEST_SENIOR_MISS_BURST",
        default_value_t = DEFAULT_SENIOR_MISS_BURST, value_parser = clap::value_parser!(u32).range(1..))]
    pub senior_miss_burst: u32,
    /// Seconds until a client address may miss once more after its burst.
    #[arg(long, help_heading = RATE_LIMITS, env = "BLUE_VEST_SENIOR_MISS_REFILL_SECS",
        default_value_t = DEFAULT_SENIOR_MISS_REFILL_SECS, value_parser = seconds)]
    pub senior_miss_refill_secs: f64,
    /// Misses the whole instance takes before it gives no senior token to anyone.
    #[arg(long, help_heading = RATE_LIMITS, env = "BLUE_VEST_SENIOR_MISS_GLOBAL_BURST",
        default_value_t = DEFAULT_SENIOR_MISS_GLOBAL_BURST, value_parser = clap::value_parser!(u32).range(1..))]
    pub senior_miss_global_burst: u32,
    /// Seconds until the instance takes one more miss after its burst.
    #[arg(long, help_heading = RATE_LIMITS, env = "BLUE_VEST_SENIOR_MISS_GLOBAL_REFILL_SECS",
        default_value_t = DEFAULT_SENIOR_MISS_GLOBAL_REFILL_SECS, value_parser = seconds)]
    pub senior_miss_global_refill_secs: f64,
    /// Senior tokens one event code may get at once.
    #[arg(long, help_heading = RATE_LIMITS, env = "BLUE_VEST_SENIOR_CODE_BURST",
        default_value_t = DEFAULT_SENIOR_CODE_BURST, value_parser = clap::value_parser!(u32).range(1..))]
    pub senior_code_burst: u32,
    /// Seconds until an event code may get one more senior token after its burst.
    #[arg(long, help_heading = RATE_LIMITS, env = "BLUE_VEST_SENIOR_CODE_REFILL_SECS",
        default_value_t = DEFAULT_SENIOR_CODE_REFILL_SECS, value_parser = seconds)]
    pub senior_code_refill_secs: f64,
    /// Uploads one senior token may make at once.
    #[arg(long, help_heading = RATE_LIMITS, env = "BLUE_VEST_SENIOR_UPLOAD_BURST",
        default_value_t = DEFAULT_SENIOR_UPLOAD_BURST, value_parser = clap::value_parser!(u32).range(1..))]
    pub senior_upload_burst: u32,
    /// Seconds until a senior token may upload once more after its burst.
    #[arg(long, help_heading = RATE_LIMITS, env = "BLUE_VEST_SENIOR_UPLOAD_REFILL_SECS",
        default_value_t = DEFAULT_SENIOR_UPLOAD_REFILL_SECS, value_parser = seconds)]
    pub senior_upload_refill_secs: f64,
}

impl Default for RateLimits {
    fn default() -> RateLimits {
        RateLimits {
            login_burst: DEFAULT_LOGIN_BURST,
            login_refill_secs: DEFAULT_LOGIN_REFILL_SECS,
            account_failure_burst: DEFAULT_ACCOUNT_FAILURE_BURST,
            account_failure_refill_secs: DEFAULT_ACCOUNT_FAILURE_REFILL_SECS,
            senior_token_burst: DEFAULT_SENIOR_TOKEN_BURST,
            senior_token_refill_secs: DEFAULT_SENIOR_TOKEN_REFILL_SECS,
            senior_miss_burst: DEFAULT_SENIOR_MISS_BURST,
            senior_miss_refill_secs: DEFAULT_SENIOR_MISS_REFILL_SECS,
            senior_miss_global_burst: DEFAULT_SENIOR_MISS_GLOBAL_BURST,
            senior_miss_global_refill_secs: DEFAULT_SENIOR_MISS_GLOBAL_REFILL_SECS,
            senior_code_burst: DEFAULT_SENIOR_CODE_BURST,
            senior_code_refill_secs: DEFAULT_SENIOR_CODE_REFILL_SECS,
            senior_upload_burst: DEFAULT_SENIOR_UPLOAD_BURST,
            senior_upload_refill_secs: DEFAULT_SENIOR_UPLOAD_REFILL_SECS,
        }
    }
}

/// How the server meets its clients: the proxies it sits behind, whether its cookies need
/// HTTPS, and how many password checks it runs at once.
#[derive(Debug, Clone, Default, PartialEq, Args)]
pub struct ServeSettings {
    /// Addresses or networks of the TLS proxies in front of this server (comma-separated,
    /// e.g. 10.0.0.0/8,::1): from them, and only from them, `X-Forwarded-For` names the client.
    #[arg(long = "trusted-proxy", env = "BLUE_VEST_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<IpNet>,
    /// The server is reached over plain HTTP (development only): the dashboard's cookies then
    /// lack `Secure`, which browsers would not send back over HTTP.
    #[arg(long, env = "BLUE_VEST_PLAIN_HTTP")]
    pub plain_http: bool,
    /// Password checks run at once (each takes 19 MiB and a core for tens of milliseconds); more
    /// wait a little, then get 503 with Retry-After. Default: the number of cores.
    #[arg(long, env = "BLUE_VEST_PASSWORD_CHECKS", value_parser = clap::value_parser!(u32).range(1..))]
    pub password_checks: Option<u32>,
}

impl ServeSettings {
    /// Password checks at once: the setting, else the cores this process may use.
    pub fn password_checks(&self) -> usize {
        self.password_checks
            .map(|n| n as usize)
            .unwrap_or_else(|| std::thread::available_parallelism().map(usize::from).unwrap_or(2))
    }
}

/// How long a sign-in waits for a free password check before it is answered 503.
pub const PASSWORD_CHECK_WAIT: Duration = Duration::from_secs(5);

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
        #[command(flatten)]
        serve: ServeSettings,
    }

    #[test]
    fn the_flags_default_to_the_same_values_as_the_code() {
        let cli = Cli::try_parse_from(["server"]).unwrap();
        assert_eq!(cli.db, DbSettings::default());
        assert_eq!(cli.limits, RateLimits::default());
        assert_eq!(cli.serve, ServeSettings::default());
        assert_eq!(
            (cli.limits.login_burst, cli.limits.login_refill_secs, cli.limits.senior_token_burst),
            (10, 6.0, 200)
        );
    }

    #[test]
    fn flags_set_the_limits_and_bad_values_are_refused() {
        let cli = Cli::try_parse_from(["server", "--login-burst", "3", "--senior-token-refill-secs", "0.5"]).unwrap();
        assert_eq!((cli.limits.login_burst, cli.limits.senior_token_refill_secs), (3, 0.5));
        let cli = Cli::try_parse_from(["server", "--trusted-proxy", "10.0.0.0/8,::1", "--plain-http"]).unwrap();
        assert_eq!(cli.serve.trusted_proxies, vec!["10.0.0.0/8".parse().unwrap(), "::1".parse().unwrap()]);
        assert!(cli.serve.plain_http);
        for bad in [
            &["server", "--login-burst", "0"][..],
            &["server", "--login-refill-secs", "0"],
            &["server", "--login-refill-secs", "soon"],
            &["server", "--pg-connections", "0"],
            &["server", "--trusted-proxy", "10.0.0.0/40"],
            &["server", "--password-checks", "0"],
        ] {
            assert!(Cli::try_parse_from(bad).is_err(), "{bad:?}");
        }
    }
}
