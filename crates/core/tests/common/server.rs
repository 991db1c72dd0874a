//! The real volunteer server binary (`blue-vest-server`) on 127.0.0.1 over a SQLite file, for
//! the app's end-to-end tests: started as a process (and stopped and started again on the same
//! port, to play "the server is down"), set up through its admin CLI and HTTP API (with a lesson
//! pack signing key of its own, `admin pack-key`), and checked by reading its database file
//! directly.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use serde_json::{Value, json};

pub const PASSWORD: &str = "volunteer password 1";

/// `target/<profile>/blue-vest-server`, next to this test's own executable: the workspace's test
/// build makes it (`scripts/test.sh` runs that first), as does `cargo build -p blue-vest-server`.
pub fn server_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("the test executable");
    let dir = exe.parent().and_then(Path::parent).expect("target/<profile>/deps/..");
    let bin = dir.join("blue-vest-server");
    assert!(
        bin.exists(),
        "{} is missing: build it first with `cargo build -p blue-vest-server` (scripts/test.sh's test build makes it)",
        bin.display()
    );
    bin
}

/// Runs a command with `stdin` written to it; returns (success, stdout, stderr).
pub fn run_piped(cmd: &mut Command, stdin: &str) -> (bool, String, String) {
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.success(), text(&out.stdout), text(&out.stderr))
}

pub struct ServerProcess {
    pub url: String,
    pub port: u16,
    pub db: PathBuf,
    /// The key this server signs lesson packs with: a phone of the test trusts it.
    pub pack_key: blue_vest_core::packs::VerifyingKey,
    pack_key_file: PathBuf,
    child: Option<Child>,
    _dir: tempfile::TempDir,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl ServerProcess {
    /// A new server with one organisation (city 成都) and one volunteer `lead@example.org`.
    pub fn start() -> ServerProcess {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("server.sqlite3");
        let port = free_port();
        let pack_key_file = dir.path().join("pack.key");
        let mut cmd = Command::new(server_binary());
        cmd.args(["admin", "pack-key", "--out"]).arg(&pack_key_file);
        let (ok, out, err) = run_piped(&mut cmd, "");
        assert!(ok, "admin pack-key: {err}");
        let made: Value = serde_json::from_str(&out).unwrap();
        let pack_key = blue_vest_core::packs::verifying_key_from_text(made["public_key"].as_str().unwrap()).unwrap();
        let mut server = ServerProcess {
            url: format!("http://127.0.0.1:{port}"),
            port,
            db,
            pack_key,
            pack_key_file,
            child: None,
            _dir: dir,
        };
        server.admin(&["admin", "create-org", "--name", "Chengdu Blue Vest", "--city", "成都"], "");
        server.admin(
            &[
                "admin",
                "create-volunteer",
                "--org",
                "Chengdu Blue Vest",
                "--email",
                "lead@example.org",
                "--name",
                "李伟",
            ],
            &format!("{PASSWORD}\n"),
        );
        server.up();
        server
    }

    pub fn database_url(&self) -> String {
        format!("sqlite://{}", self.db.display())
    }

    /// Runs an admin command on the server's database; returns its standard output.
    pub fn admin(&self, args: &[&str], stdin: &str) -> String {
        let mut cmd = Command::new(server_binary());
        cmd.arg("--database-url").arg(self.database_url()).args(args);
        let (ok, out, err) = run_piped(&mut cmd, stdin);
        assert!(ok, "{args:?}: {err}");
        out
    }

    /// Starts the server process (again) on its port.
    pub fn up(&mut self) {
        assert!(self.child.is_none(), "already up");
        let mut child = Command::new(server_binary())
            .arg("--database-url")
            .arg(self.database_url())
            // Plain HTTP on 127.0.0.1: the dashboard's cookies without the Secure flag.
            .args(["serve", "--plain-http", "--listen", &format!("127.0.0.1:{}", self.port), "--pack-key"])
            .arg(&self.pack_key_file)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        assert!(line.starts_with("listening on"), "server did not start: {line:?}");
        self.child = Some(child);
    }

    /// Stops the server process: the port refuses connections until `up`.
    pub fn down(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub fn http(&self) -> reqwest::blocking::Client {
        reqwest::blocking::Client::new()
    }

    pub fn volunteer_token(&self) -> String {
        let r = self
            .http()
            .post(format!("{}/api/v1/login", self.url))
            .json(&json!({"email": "lead@example.org", "password": PASSWORD}))
            .send()
            .unwrap();
        assert_eq!(r.status(), 200);
        r.json::<Value>().unwrap()["token"].as_str().unwrap().to_owned()
    }

    /// Publishes a lesson pack over the API as the volunteer; returns the server's answer.
    pub fn upload_pack(&self, archive: Vec<u8>) -> Value {
        let r = self
            .http()
            .post(format!("{}/api/v1/packs", self.url))
            .bearer_auth(self.volunteer_token())
            .header("Content-Type", "application/zip")
            .body(archive)
            .send()
            .unwrap();
        let status = r.status();
        let body: Value = r.json().unwrap();
        assert_eq!(status, 201, "{body}");
        body
    }

    /// Withdraws a lesson pack over the API as the volunteer.
    pub fn withdraw_pack(&self, pack_id: &str) {
        let r = self
            .http()
            .post(format!("{}/api/v1/packs/{pack_id}/withdraw", self.url))
            .bearer_auth(self.volunteer_token())
            .send()
            .unwrap();
        assert_eq!(r.status(), 200);
    }

    /// A senior token for an event code, as a senior's phone asks for one.
    pub fn senior_token(&self, code: &str) -> String {
        let r = self.http().post(format!("{}/api/v1/senior-token", self.url)).json(&json!({"event_code": code})).send();
        r.unwrap().json::<Value>().unwrap()["token"].as_str().unwrap().to_owned()
    }

    /// Creates an open event over the API; returns its code.
    pub fn create_event(&self, venue: &str) -> String {
        let r = self
            .http()
            .post(format!("{}/api/v1/events", self.url))
            .bearer_auth(self.volunteer_token())
            .json(&json!({"venue": venue, "starts_at": chrono::Utc::now()}))
            .send()
            .unwrap();
        assert_eq!(r.status(), 201);
        r.json::<Value>().unwrap()["code"].as_str().unwrap().to_owned()
    }

    /// Reads the server's database file: (records, distinct record ids, attendances).
    pub fn counts(&self) -> (i64, i64, i64) {
        let conn = rusqlite::Connection::open_with_flags(&self.db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
        let records: (i64, i64) = conn
            .query_row("SELECT COUNT(*), COUNT(DISTINCT id) FROM records", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        let attendances: i64 = conn.query_row("SELECT COUNT(*) FROM attendances", [], |r| r.get(0)).unwrap();
        (records.0, records.1, attendances)
    }

    /// Every record id the server holds.
    pub fn record_ids(&self) -> Vec<String> {
        let conn = rusqlite::Connection::open_with_flags(&self.db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
        let mut stmt = conn.prepare("SELECT id FROM records ORDER BY id").unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.down();
    }
}
