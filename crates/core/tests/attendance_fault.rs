//! Attendance sync through a faulty network: a TCP proxy in this test sits between the app's
//! transport and the REAL server binary and, per connection (seeded), drops it, cuts it in the
//! middle of the request or of the response, delays it (sometimes past the client's timeout, so
//! the server stores a batch whose answer never arrives), or answers 500 itself. Whatever
//! happens, once the outbox is empty the server must hold exactly the records made on the
//! phones: none missing, none extra, none twice.

#[path = "common/server.rs"]
mod server;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read as _, Write as _};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use blue_vest_core::attendance::http::HttpTransport;
use blue_vest_core::attendance::{self, SyncOptions, SyncReport};
use blue_vest_core::store::{DB_FILE, RecordState, Store};
use blue_vest_protocol::{EventCode, LearnerCode};
use chrono::Utc;
use rand::rngs::StdRng;
use rand::seq::SliceRandom as _;
use rand::{Rng as _, SeedableRng as _};
use server::{PASSWORD, ServerProcess};

/// The client gives up on a request after this long.
const CLIENT_TIMEOUT: Duration = Duration::from_millis(1500);
/// A stalled answer is held this long: past the client's timeout.
const STALL: Duration = Duration::from_millis(1900);
const VOLUNTEER_RECORDS: usize = 1_000;
const SENIORS: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fault {
    /// Forwarded as it is.
    Faithful,
    /// Forwarded after 0–300 ms.
    Delay,
    /// Closed at once, nothing forwarded.
    Drop,
    /// Part of the request forwarded, then both sides closed.
    CutRequest,
    /// The whole request forwarded (the server acts on it), part of the answer, then closed.
    CutResponse,
    /// The whole request forwarded, the answer held past the client's timeout.
    Stall,
    /// The proxy answers `HTTP/1.1 500` itself; nothing reaches the server.
    Answer500,
}

/// One shuffled deck per 18 connections: random order, but every kind comes up in each deck.
const DECK: &[(Fault, usize)] = &[
    (Fault::Faithful, 6),
    (Fault::Delay, 3),
    (Fault::Drop, 2),
    (Fault::CutRequest, 2),
    (Fault::CutResponse, 2),
    (Fault::Answer500, 2),
    (Fault::Stall, 1),
];

struct Proxy {
    url: String,
    counts: Arc<Mutex<BTreeMap<Fault, usize>>>,
}

impl Proxy {
    fn start(upstream: SocketAddr, seed: u64) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let counts = Arc::new(Mutex::new(BTreeMap::new()));
        let tally = counts.clone();
        thread::spawn(move || {
            let mut rng = StdRng::seed_from_u64(seed);
            let mut deck: Vec<Fault> = Vec::new();
            for conn in listener.incoming() {
                let Ok(client) = conn else { continue };
                if deck.is_empty() {
                    deck = DECK.iter().flat_map(|&(f, n)| std::iter::repeat_n(f, n)).collect();
                    deck.shuffle(&mut rng);
                }
                let fault = deck.pop().unwrap();
                let delay = Duration::from_millis(rng.gen_range(0..=300));
                let fraction: f64 = rng.gen_range(0.05..0.95);
                *tally.lock().unwrap().entry(fault).or_insert(0) += 1;
                thread::spawn(move || handle(client, upstream, fault, delay, fraction));
            }
        });
        Proxy { url, counts }
    }

    fn counts(&self) -> BTreeMap<Fault, usize> {
        self.counts.lock().unwrap().clone()
    }
}

fn handle(client: TcpStream, upstream: SocketAddr, fault: Fault, delay: Duration, fraction: f64) {
    match fault {
        Fault::Drop => drop(client),
        Fault::Answer500 => answer_500(client),
        _ => {
            if fault == Fault::Delay {
                thread::sleep(delay);
            }
            let Ok(server) = TcpStream::connect(upstream) else { return };
            let (client, server) = (Arc::new(client), Arc::new(server));
            let up = {
                let (client, server) = (client.clone(), server.clone());
                let cut = (fault == Fault::CutRequest).then_some(fraction);
                thread::spawn(move || pump(&client, &server, cut, Duration::ZERO, [&client, &server]))
            };
            let cut = (fault == Fault::CutResponse).then_some(fraction);
            let hold = if fault == Fault::Stall { STALL } else { Duration::ZERO };
            pump(&server, &client, cut, hold, [&client, &server]);
            let _ = up.join();
        }
    }
}

/// Copies bytes from `from` to `to` until the end. With `cut`, only that share of the first read
/// is forwarded and then both connections are closed. With `hold`, nothing moves before then.
fn pump(from: &TcpStream, to: &TcpStream, cut: Option<f64>, hold: Duration, ends: [&TcpStream; 2]) {
    thread::sleep(hold);
    let mut buf = vec![0u8; 64 * 1024];
    let mut first = true;
    loop {
        let n = match (&*from).read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        if let (true, Some(share)) = (first, cut) {
            let keep = ((n as f64 * share) as usize).min(n - 1);
            let _ = (&*to).write_all(&buf[..keep]);
            for s in ends {
                let _ = s.shutdown(Shutdown::Both);
            }
            return;
        }
        first = false;
        if (&*to).write_all(&buf[..n]).is_err() {
            break;
        }
    }
    let _ = to.shutdown(Shutdown::Write);
}

fn answer_500(mut client: TcpStream) {
    let _ = client.set_read_timeout(Some(Duration::from_secs(3)));
    let mut buf = vec![0u8; 64 * 1024];
    let _ = client.read(&mut buf);
    let body = r#"{"error":"internal","message":"injected by the test proxy"}"#;
    let _ = write!(
        client,
        "HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = client.shutdown(Shutdown::Write);
    // Read what is left of the request, so closing does not reset the answer away.
    while let Ok(n) = client.read(&mut buf) {
        if n == 0 {
            break;
        }
    }
}

fn add(total: &mut SyncReport, r: &SyncReport) {
    total.created += r.created;
    total.duplicate += r.duplicate;
    total.conflict += r.conflict;
    total.rejected += r.rejected;
    total.quarantined += r.quarantined;
    total.deferred += r.deferred;
}

#[test]
fn every_record_arrives_exactly_once_through_a_faulty_network() {
    let started = Instant::now();
    let server = ServerProcess::start();
    let code = EventCode::parse(&server.create_event("锦江区社区学校")).unwrap();
    let proxy = Proxy::start(format!("127.0.0.1:{}", server.port).parse().unwrap(), 0xB1DE_7E57);

    // Every request is its own connection, so faults fall per request.
    let client = reqwest::blocking::Client::builder()
        .connect_timeout(Duration::from_secs(1))
        .timeout(CLIENT_TIMEOUT)
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    let transport = HttpTransport::with_client(client);

    // Seniors check themselves in on their own phones...
    let mut dirs = Vec::new();
    let mut phones: Vec<Store> = Vec::new();
    let mut learners = BTreeSet::new();
    for _ in 0..SENIORS {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join(DB_FILE)).unwrap();
        store.give_attendance_consent(Utc::now()).unwrap();
        attendance::senior_check_in(&mut store, code.as_str(), Utc::now()).unwrap();
        learners.insert(store.learner_code().unwrap());
        phones.push(store);
        dirs.push(dir);
    }
    // ...and a volunteer checks in 1,000 learners: those seniors too, and 990 others.
    let dir = tempfile::tempdir().unwrap();
    let mut volunteer = Store::open(&dir.path().join(DB_FILE)).unwrap();
    attendance::sign_in(&mut volunteer, &HttpTransport::new().unwrap(), &server.url, "lead@example.org", PASSWORD)
        .unwrap();
    let mut rng = StdRng::seed_from_u64(42);
    while learners.len() < VOLUNTEER_RECORDS {
        learners.insert(LearnerCode::from_bits(rng.r#gen()));
    }
    for l in &learners {
        attendance::volunteer_check_in(&mut volunteer, &code, l.as_str(), Utc::now()).unwrap();
    }
    phones.push(volunteer);
    dirs.push(dir);

    let local: BTreeSet<String> =
        phones.iter().flat_map(|s| s.attendance_records(None).unwrap()).map(|r| r.record.id.to_string()).collect();
    assert_eq!(local.len(), VOLUNTEER_RECORDS + SENIORS);
    let recorded = started.elapsed();

    // Sync ("Send now") through the proxy until nothing waits.
    let options = SyncOptions { server: Some(proxy.url.clone()), force: true };
    let mut total = SyncReport::default();
    let mut rounds = 0;
    let mut problems = BTreeMap::new();
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let waiting: usize = phones.iter().map(|s| s.outbox_counts().unwrap().0).sum();
        if waiting == 0 {
            break;
        }
        rounds += 1;
        assert!(
            rounds <= 400 && Instant::now() < deadline,
            "still {waiting} waiting after {rounds} rounds; faults {:?}",
            proxy.counts()
        );
        for store in phones.iter_mut() {
            if store.outbox_counts().unwrap().0 > 0 {
                let r = attendance::sync_once(store, &transport, &options, Utc::now(), &mut rng);
                add(&mut total, &r);
                if let Some(p) = r.problem {
                    *problems.entry(p.code()).or_insert(0usize) += 1;
                }
            }
        }
    }
    let counts = proxy.counts();
    eprintln!(
        "fault test: {} records made in {recorded:?}; synced in {rounds} rounds, {:?} in all; faults {counts:?}; \
         problems {problems:?}; created {}, duplicate {}, conflict {}, deferred {}",
        local.len(),
        started.elapsed(),
        total.created,
        total.duplicate,
        total.conflict,
        total.deferred
    );

    // The server holds exactly the phones' records: none missing, none extra, none twice.
    let on_server: Vec<String> = server.record_ids();
    let distinct: BTreeSet<String> = on_server.iter().cloned().collect();
    assert_eq!(on_server.len(), distinct.len(), "no record twice");
    assert_eq!(distinct, local, "exactly the phones' records");
    assert_eq!(server.counts(), (1_010, 1_010, 1_000), "(records, distinct ids, attendances)");

    // Every phone: outbox empty, every record Sent.
    for store in &phones {
        assert_eq!(store.outbox_counts().unwrap(), (0, 0));
        for r in store.attendance_records(None).unwrap() {
            assert_eq!(r.state, RecordState::Sent, "{r:?}");
        }
    }
    assert_eq!(
        (total.rejected, total.quarantined, total.conflict),
        (0, 0, 0),
        "a network fault is never the record's fault"
    );
    assert_eq!(
        total.created + total.duplicate,
        local.len(),
        "each record answered once: created, or a retry's duplicate"
    );
    assert!(total.duplicate > 0, "some answers were lost after the server had stored the batch: {total:?}");
    assert!(total.deferred > 0);

    // The proxy really did its damage, of every kind, and the app saw it as what it was.
    // A sync stops at its first failure, so each failing connection is one sync's problem: every
    // 500 was seen as the server's trouble, every drop, cut and stall as being offline (a slow
    // faithful answer could add a timeout, hence "at least").
    let n = |f: Fault| counts.get(&f).copied().unwrap_or(0);
    assert_eq!(problems.get("server_trouble").copied().unwrap_or(0), n(Fault::Answer500), "{problems:?}");
    let cut_off = n(Fault::Drop) + n(Fault::CutRequest) + n(Fault::CutResponse) + n(Fault::Stall);
    assert!(problems.get("offline").copied().unwrap_or(0) >= cut_off, "{problems:?} {counts:?}");
    assert_eq!(problems.len(), 2, "only network trouble: {problems:?}");
    for (fault, _) in DECK {
        let n = counts.get(fault).copied().unwrap_or(0);
        assert!(n >= 3, "{fault:?} happened {n} times: {counts:?}");
    }
}
