//! Lesson packs end to end: the REAL server binary (`admin pack-key`, `serve --pack-key`) takes
//! an organiser's upload; a senior's phone at the event runs the core's pack sync over HTTP,
//! which verifies and installs the pack; a withdrawal removes it at the next sync. Build the
//! server first: `cargo build -p blue-vest-server`. (The app's own sync worker and Home are
//! tested through the UI in `tests/ui/packs.rs`; the 2 MB timing is `cargo bench -p
//! blue-vest-server --bench packs`.)

#[path = "common/packs.rs"]
mod packs;
#[path = "common/server.rs"]
mod server;

use blue_vest_core::attendance::http::HttpTransport;
use blue_vest_core::packs::{ServerPacks, installed, sync_packs};
use packs::{demo_archive, today};
use server::ServerProcess;

#[test]
fn a_seniors_phone_installs_the_pack_and_removes_it_when_withdrawn() {
    let server = ServerProcess::start();
    let key = server.pack_key;
    server.upload_pack(demo_archive(&["成都"]));
    let senior = server.senior_token(&server.create_event("Community centre"));
    let today = today();
    let phone = tempfile::tempdir().unwrap();
    let packs_dir = phone.path().join("packs");

    let transport = HttpTransport::new().unwrap();
    let source = ServerPacks {
        transport: &transport,
        server: &server.url,
        token: &senior,
        phone: "0123456789abcdef0123456789abcdef",
    };
    let report = sync_packs(&packs_dir, &source, &key, today).unwrap();
    assert_eq!(report.installed, [("demo".to_owned(), 1)], "{report:?}");
    let packs = installed(&packs_dir, &key, today);
    assert_eq!(packs.len(), 1);
    assert_eq!(packs[0].statement.titles["zh-CN"], "假客服电话");
    assert!(packs[0].load().unwrap().is_ok());
    let again = sync_packs(&packs_dir, &source, &key, today).unwrap();
    assert_eq!((again.unchanged, again.installed), (vec!["demo".to_owned()], vec![]));

    // A phone built with another key refuses it.
    let (_, stranger) = blue_vest_core::packs::generate_keypair();
    let elsewhere = tempfile::tempdir().unwrap();
    let report = sync_packs(elsewhere.path(), &source, &stranger, today).unwrap();
    assert_eq!(report.refused.len(), 1, "{report:?}");
    assert_eq!(std::fs::read_dir(elsewhere.path()).map(|d| d.count()).unwrap_or(0), 0);

    // Withdrawn on the server: gone from the phone at its next sync.
    server.withdraw_pack("demo");
    let report = sync_packs(&packs_dir, &source, &key, today).unwrap();
    assert_eq!(report.removed, ["demo"]);
    assert_eq!(installed(&packs_dir, &key, today), []);
}
