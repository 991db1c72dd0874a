//! The app killed with SIGKILL while it records and syncs: `attend` and `sync` processes on one
//! data directory, killed after a random short delay, round after round (some rounds run many
//! check-ins back to back in a shell so kills land inside transactions). A record whose
//! "recorded <id>" line was printed was committed: it must survive, reach the server exactly
//! once, and the store must stay sound.
//!
//! The processes are this test binary itself (no test harness): with `BV_APP_CHILD` set it runs
//! the same headless commands `blue-vest attend|sync|volunteer sign-in` run
//! (`attendance::commands`), with the same arguments, so the test needs no UI build.

#[path = "common/server.rs"]
mod server;

use std::collections::BTreeSet;
use std::io::Read as _;
use std::os::unix::process::CommandExt as _;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use blue_vest_core::store::{RecordState, Store};
use blue_vest_protocol::LearnerCode;
use rand::rngs::StdRng;
use rand::{Rng as _, SeedableRng as _};
use server::{PASSWORD, ServerProcess};

const ROUNDS: usize = 60;

/// This binary, which plays the app when `BV_APP_CHILD` is set.
fn bin() -> std::path::PathBuf {
    std::env::current_exe().expect("the test executable")
}

/// The child's side: `--data-dir DIR attend --event-code C --learner L`, `--data-dir DIR sync
/// --server URL` or `--data-dir DIR volunteer sign-in --server URL --email E`.
fn child(args: &[String]) -> anyhow::Result<()> {
    use blue_vest_core::attendance::commands;
    let value = |name: &str| -> anyhow::Result<&str> {
        let i = args.iter().position(|a| a == name).ok_or_else(|| anyhow::anyhow!("{name} is missing"))?;
        args.get(i + 1).map(String::as_str).ok_or_else(|| anyhow::anyhow!("{name} needs a value"))
    };
    let dir = Path::new(value("--data-dir")?);
    let out = &mut std::io::stdout();
    match args.get(2).map(String::as_str) {
        Some("attend") => commands::attend(dir, value("--event-code")?, Some(value("--learner")?), false, out),
        Some("sync") => commands::sync(dir, Some(value("--server")?.to_owned()), out),
        Some("volunteer") => {
            let password = commands::read_password(&mut std::io::stdin().lock())?;
            commands::sign_in(dir, value("--server")?, value("--email")?, &password, out)
        }
        other => anyhow::bail!("unknown command {other:?}"),
    }
}

fn main() {
    if std::env::var_os("BV_APP_CHILD").is_some() {
        let args: Vec<String> = std::env::args().skip(1).collect();
        if let Err(e) = child(&args) {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
        return;
    }
    killing_the_app_while_it_records_and_syncs_loses_and_doubles_nothing();
    println!("test killing_the_app_while_it_records_and_syncs_loses_and_doubles_nothing ... ok");
}

/// Spawns in its own process group, so a kill takes the whole group (a shell and its child).
fn spawn(cmd: &mut Command, capture: bool) -> Child {
    cmd.stdin(Stdio::null())
        .stdout(if capture { Stdio::piped() } else { Stdio::null() })
        .stderr(Stdio::null())
        .env("RUST_LOG", "off")
        .env("BV_APP_CHILD", "1")
        .process_group(0)
        .spawn()
        .unwrap()
}

fn attend(dir: &Path, code: &str, learner: &LearnerCode) -> Command {
    let mut c = Command::new(bin());
    c.arg("--data-dir").arg(dir).args(["attend", "--event-code", code, "--learner", learner.as_str()]);
    c
}

/// Many check-ins back to back, each its own process.
fn attend_loop(dir: &Path, code: &str, learners: &[LearnerCode]) -> Command {
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(r#"for l in "$@"; do "$BV" --data-dir "$DIR" attend --event-code "$CODE" --learner "$l"; done"#)
        .arg("sh")
        .args(learners.iter().map(LearnerCode::as_str))
        .env("BV", bin())
        .env("DIR", dir)
        .env("CODE", code);
    c
}

/// Syncs back to back until killed.
fn sync_loop(dir: &Path, url: &str) -> Command {
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(r#"while :; do "$BV" --data-dir "$DIR" sync --server "$URL"; done"#)
        .env("BV", bin())
        .env("DIR", dir)
        .env("URL", url);
    c
}

fn sync(dir: &Path, url: &str) -> Command {
    let mut c = Command::new(bin());
    c.arg("--data-dir").arg(dir).args(["sync", "--server", url]);
    c
}

/// SIGKILL to the child's whole process group; true if it was still running.
fn kill(child: &mut Child) -> bool {
    // A child that has ended (and is now reaped) is left alone: its group id could be reused.
    let running = child.try_wait().unwrap().is_none();
    if running {
        // SAFETY: kill(2) on a process group this test created; no memory is involved.
        unsafe {
            libc::kill(-(child.id() as i32), libc::SIGKILL);
        }
    }
    running
}

/// The ids of "recorded <id> event … learner … (waiting to send)" lines.
fn recorded_ids(out: &str, code: &str) -> Vec<String> {
    out.lines()
        .filter(|l| l.ends_with("(waiting to send)") && l.contains(&format!(" event {code} ")))
        .filter_map(|l| l.strip_prefix("recorded ")?.split_whitespace().next().map(str::to_owned))
        .collect()
}

fn run(cmd: &mut Command, stdin: &str) -> (bool, String) {
    let (ok, out, err) = server::run_piped(cmd.env("BV_APP_CHILD", "1"), stdin);
    (ok, out + &err)
}

fn killing_the_app_while_it_records_and_syncs_loses_and_doubles_nothing() {
    let started = Instant::now();
    let server = ServerProcess::start();
    let code = server.create_event("成华区社区服务中心");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();

    let mut signin = Command::new(bin());
    signin.arg("--data-dir").arg(dir).args([
        "volunteer",
        "sign-in",
        "--server",
        &server.url,
        "--email",
        "lead@example.org",
    ]);
    let (ok, out) = run(&mut signin, &format!("{PASSWORD}\n"));
    assert!(ok && out.contains("signed in as"), "{out}");

    let mut rng = StdRng::seed_from_u64(0xDEAD_BEEF);
    let mut next = 0u64;
    let mut learners = |n: usize| -> Vec<LearnerCode> {
        (0..n)
            .map(|_| {
                next += 1;
                LearnerCode::from_bits(0x3_0000_0000 + next * 7_919)
            })
            .collect()
    };
    let mut printed: BTreeSet<String> = BTreeSet::new();
    let (mut attempted, mut killed_running) = (0usize, 0usize);

    for round in 0..ROUNDS {
        let mut recorders: Vec<Child> = Vec::new();
        let mut syncers: Vec<Child> = Vec::new();
        // A process lives ~10 ms, so most single kills come early, to land inside it.
        let short = |rng: &mut StdRng| {
            Duration::from_millis(if rng.gen_bool(0.7) { rng.gen_range(0..=12) } else { rng.gen_range(0..=80) })
        };
        let delay = match round % 3 {
            // One check-in and a sync side by side.
            0 => {
                recorders.push(spawn(&mut attend(dir, &code, &learners(1)[0]), true));
                syncers.push(spawn(&mut sync(dir, &server.url), false));
                attempted += 1;
                short(&mut rng)
            }
            // Two bursts of check-ins side by side, one process after another, while syncs run
            // back to back: the writers wait for each other, so kills land inside transactions.
            1 => {
                for _ in 0..2 {
                    let batch = learners(30);
                    attempted += batch.len();
                    recorders.push(spawn(&mut attend_loop(dir, &code, &batch), true));
                }
                thread::sleep(Duration::from_millis(rng.gen_range(0..=40)));
                syncers.push(spawn(&mut sync_loop(dir, &server.url), false));
                Duration::from_millis(rng.gen_range(30..=300))
            }
            // A sync first, then a check-in while it runs.
            _ => {
                syncers.push(spawn(&mut sync(dir, &server.url), false));
                thread::sleep(Duration::from_millis(rng.gen_range(0..=8)));
                recorders.push(spawn(&mut attend(dir, &code, &learners(1)[0]), true));
                attempted += 1;
                short(&mut rng)
            }
        };
        thread::sleep(delay);
        for child in recorders.iter_mut().chain(syncers.iter_mut()) {
            if kill(child) {
                killed_running += 1;
            }
        }
        for mut child in recorders {
            let mut out = String::new();
            child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
            child.wait().unwrap();
            printed.extend(recorded_ids(&out, &code));
        }
        for mut child in syncers {
            child.wait().unwrap();
        }
    }
    let chaos = started.elapsed();

    // Now a sync that runs to its end (more than one if the server answered some late).
    let mut finished = None;
    for _ in 0..5 {
        let (ok, out) = run(&mut sync(dir, &server.url), "");
        assert!(ok, "{out}");
        assert!(!out.contains("problem:"), "{out}");
        if out.contains("still waiting 0") {
            finished = Some(out);
            break;
        }
    }
    let last_sync = finished.expect("the outbox empties");

    // The store is sound and opens normally, without recovery.
    let (store, note) = Store::open_or_recover(dir);
    assert!(note.is_none(), "opened without recovery: {note:?}");
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let moved_aside: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("corrupt"))
        .collect();
    assert!(moved_aside.is_empty(), "{moved_aside:?}");

    let records = store.attendance_records(None).unwrap();
    let local: BTreeSet<String> = records.iter().map(|r| r.record.id.to_string()).collect();
    assert_eq!(local.len(), records.len());
    let learners_local: BTreeSet<&str> = records.iter().map(|r| r.record.learner.as_str()).collect();
    assert_eq!(learners_local.len(), records.len(), "one record per learner: a check-in is never made twice");
    let sent: BTreeSet<String> =
        records.iter().filter(|r| r.state == RecordState::Sent).map(|r| r.record.id.to_string()).collect();
    assert_eq!(sent, local, "every record sent: {records:?}");
    assert_eq!(store.outbox_counts().unwrap(), (0, 0));

    // Nothing committed is lost: every printed id is on the phone and on the server.
    let missing_local: Vec<&String> = printed.difference(&local).collect();
    assert!(missing_local.is_empty(), "printed but not in the store: {missing_local:?}");
    let on_server = server.record_ids();
    let server_set: BTreeSet<String> = on_server.iter().cloned().collect();
    assert_eq!(on_server.len(), server_set.len(), "no record twice on the server");
    assert!(printed.is_subset(&server_set), "printed but not on the server");
    assert_eq!(server_set, sent, "the server holds exactly the records the phone has sent");
    let (records_n, distinct_n, attendances) = server.counts();
    assert_eq!((records_n, distinct_n, attendances), (local.len() as i64, local.len() as i64, local.len() as i64));

    // The kills really happened in the middle of things, and work still got done.
    eprintln!(
        "crash test: {ROUNDS} rounds in {chaos:?}; {attempted} check-ins tried, {} printed, {} committed; \
         {killed_running} processes killed while running; the sync after: {}; total {:?}",
        printed.len(),
        local.len(),
        last_sync.lines().next().unwrap_or_default(),
        started.elapsed()
    );
    assert!(killed_running >= ROUNDS / 2, "{killed_running} kills landed in running processes");
    assert!(printed.len() >= 20, "only {} check-ins got through", printed.len());
    assert!(local.len() < attempted, "some check-ins were cut off by a kill");

    // And the app carries on: a check-in and a sync on the same data.
    drop(store);
    let last = learners(1).remove(0);
    let (ok, out) = run(&mut attend(dir, &code, &last), "");
    assert!(ok, "{out}");
    let id = recorded_ids(&out, &code);
    assert_eq!(id.len(), 1, "{out}");
    let (ok, out) = run(&mut sync(dir, &server.url), "");
    assert!(ok && out.contains("created 1") && out.contains("still waiting 0"), "{out}");
    assert!(server.record_ids().contains(&id[0]));
    assert_eq!(server.counts().0, local.len() as i64 + 1);
}
