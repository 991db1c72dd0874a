//! `blue-vest-server`: serve, admin and seed-demo.

use std::io::BufRead;
use std::net::SocketAddr;

use anyhow::Context;
use blue_vest_server::settings::{DbSettings, RateLimits, ServeSettings};
use blue_vest_server::state::AppState;
use blue_vest_server::{admin, seed, server, storage};
use clap::{Parser, Subcommand};

/// The default database: one SQLite file in the working directory, no set-up.
const DEFAULT_DATABASE_URL: &str = "sqlite://blue-vest-server.sqlite3";

#[derive(Parser)]
#[command(name = "blue-vest-server", version, about = "Blue Vest volunteer server")]
struct Cli {
    /// sqlite://FILE (created if missing) or postgres://USER:PASSWORD@HOST/DB
    #[arg(long, global = true, env = "BLUE_VEST_DATABASE_URL", default_value = DEFAULT_DATABASE_URL)]
    database_url: String,
    #[command(flatten)]
    db: DbSettings,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API and the dashboard.
    Serve {
        /// The address and port to listen on (port 0 picks a free one)
        #[arg(long, env = "BLUE_VEST_LISTEN", default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        #[command(flatten)]
        limits: RateLimits,
        #[command(flatten)]
        serve: ServeSettings,
        /// The campaign's lesson pack signing key (made by `admin pack-key`); without it pack
        /// uploads are answered 503
        #[arg(long, env = "BLUE_VEST_PACK_KEY")]
        pack_key: Option<std::path::PathBuf>,
    },
    /// Organisations, volunteers, tokens and totals.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Fill the database with a realistic demo campaign; prints the codes of its open events.
    SeedDemo {
        #[arg(long, default_value_t = 240)]
        events: usize,
        #[arg(long, default_value_t = 15_600)]
        attendance: usize,
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    CreateOrg {
        #[arg(long)]
        name: String,
        #[arg(long)]
        city: String,
    },
    /// The password is read from standard input (one line), never from the command line.
    CreateVolunteer {
        #[arg(long)]
        org: String,
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
    /// Sets a new password (read from standard input) and signs the volunteer out everywhere.
    ResetPassword {
        #[arg(long)]
        email: String,
    },
    /// Signs a volunteer out on every device.
    RevokeTokens {
        #[arg(long)]
        email: String,
    },
    /// Prints the campaign's totals as one JSON object.
    Stats,
    /// Counts attendance, records, unique seniors and lessons again from the rows and compares
    /// them with the totals the server keeps.
    Recount {
        /// Print every difference and exit with status 1 if there is one.
        #[arg(long)]
        check: bool,
    },
    /// Makes the campaign's lesson pack signing key in a new file; prints its public key.
    PackKey {
        /// Where to write the private key (must not exist)
        #[arg(long)]
        out: std::path::PathBuf,
    },
}

fn read_password() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).context("reading the password from standard input")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,tower_http=info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    // The pack key is a file of its own: no database needed.
    if let Command::Admin { command: AdminCommand::PackKey { out } } = &cli.command {
        let public = admin::create_pack_key(out)?;
        println!("{}", serde_json::json!({ "private_key_file": out, "public_key": public }));
        return Ok(());
    }
    let store = storage::open_with(&cli.database_url, &cli.db).await.context("opening the database")?;
    match cli.command {
        Command::Serve { listen, limits, serve, pack_key } => {
            let mut state = AppState::with_settings(store.clone(), &limits, &serve);
            if let Some(path) = pack_key {
                state = state.with_pack_key(admin::read_pack_key(&path)?);
            }
            let running = server::spawn_with(state, listen).await?;
            tracing::info!(addr = %running.addr, backend = store.backend(), "serving");
            println!("listening on http://{}", running.addr);
            tokio::signal::ctrl_c().await?;
            running.shutdown().await;
        }
        Command::Admin { command } => match command {
            AdminCommand::CreateOrg { name, city } => {
                let org = admin::create_org(&*store, &name, &city).await?;
                println!("{}", serde_json::json!({ "id": org.id, "name": org.name, "city": org.city }));
            }
            AdminCommand::CreateVolunteer { org, email, name } => {
                let v = admin::create_volunteer(&*store, &org, &email, &name, &read_password()?).await?;
                println!("{}", serde_json::json!({ "id": v.id, "email": v.email, "organisation": v.org }));
            }
            AdminCommand::ResetPassword { email } => {
                let ended = admin::reset_password(&*store, &email, &read_password()?).await?;
                println!("{}", serde_json::json!({ "email": email, "signed_out": ended }));
            }
            AdminCommand::RevokeTokens { email } => {
                let ended = admin::revoke_tokens(&*store, &email).await?;
                println!("{}", serde_json::json!({ "email": email, "revoked": ended }));
            }
            AdminCommand::Stats => println!("{}", admin::stats(&*store).await?),
            AdminCommand::Recount { check } => {
                let report = admin::recount(&*store).await?;
                println!("{report}");
                if check && !report["differences"].as_array().is_none_or(Vec::is_empty) {
                    std::process::exit(1);
                }
            }
            AdminCommand::PackKey { .. } => unreachable!("handled before the database is opened"),
        },
        Command::SeedDemo { events, attendance, seed } => {
            let opts = seed::SeedOptions { events, attendance, seed };
            let report = seed::seed_demo(&*store, &opts, chrono::Utc::now()).await?;
            eprintln!(
                "seeded {} organisations, {} events, {} attendance records; volunteers sign in with e.g. {} / {}",
                report.organisations,
                report.events,
                report.attendance_records,
                report.volunteers.first().map(|v| v.0.as_str()).unwrap_or("-"),
                report.volunteers.first().map(|v| v.1.as_str()).unwrap_or("-"),
            );
            for code in &report.open_codes {
                println!("{code}");
            }
        }
    }
    Ok(())
}
