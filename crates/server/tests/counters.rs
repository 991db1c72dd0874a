//! The kept counters (attendance, records, unique seniors and lessons per event, city and month,
//! and the campaign's unique seniors) equal a recount from the rows after every step of random
//! sequences of uploads (new records, duplicates, conflicts, by volunteers and seniors, late and
//! early), conflict resolutions, event edits and closings, on SQLite and on PostgreSQL.
//!
//! proptest generates each sequence (up to 30 steps) over a small world: two organisations,
//! three cities, two months, three event codes (so codes are taken again after an event
//! closes), six seniors and eight record ids (so the same record comes back, changed or not).

mod common;

use std::sync::Arc;

use blue_vest_protocol::{AttendanceRecord, EventCode, LearnerCode, RecordedBy};
use blue_vest_server::storage::{
    self, EventPatch, Keep, NewEvent, NewVolunteer, OrgId, Storage, Submitter, VolunteerId,
};
use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;
use uuid::Uuid;

const CODES: [&str; 3] = ["111111", "222222", "333333"];
const CITIES: [&str; 3] = ["成都", "西安", "重庆"];
const LESSONS: [&str; 3] = ["safety-police-call", "safety-sms-link", "phone-video-call"];

#[derive(Debug, Clone)]
enum Step {
    /// An event of organisation `org` in a city and month, with one of the codes.
    Create {
        org: usize,
        city: usize,
        month: usize,
        code: usize,
    },
    /// Records uploaded by a volunteer of `org`, or by a senior's phone for a code.
    Upload {
        senior: Option<usize>,
        org: usize,
        records: Vec<Rec>,
    },
    Resolve {
        pick: usize,
        incoming: bool,
    },
    Edit {
        pick: usize,
        city: usize,
        month: usize,
    },
    Close {
        pick: usize,
    },
    /// Time passes (hours).
    Wait {
        hours: i64,
    },
}

#[derive(Debug, Clone)]
struct Rec {
    id: usize,
    code: usize,
    learner: usize,
    senior: bool,
    lessons: Vec<usize>,
    /// Minutes before now the record was made.
    ago: i64,
}

fn rec() -> impl Strategy<Value = Rec> {
    (0..8usize, 0..3usize, 0..6usize, any::<bool>(), proptest::collection::vec(0..3usize, 0..3), 0..240i64)
        .prop_map(|(id, code, learner, senior, lessons, ago)| Rec { id, code, learner, senior, lessons, ago })
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        2 => (0..2usize, 0..3usize, 0..2usize, 0..3usize).prop_map(|(org, city, month, code)| Step::Create { org, city, month, code }),
        5 => (proptest::option::of(0..3usize), 0..2usize, proptest::collection::vec(rec(), 1..5))
            .prop_map(|(senior, org, records)| Step::Upload { senior, org, records }),
        2 => (0..8usize, any::<bool>()).prop_map(|(pick, incoming)| Step::Resolve { pick, incoming }),
        1 => (0..8usize, 0..3usize, 0..2usize).prop_map(|(pick, city, month)| Step::Edit { pick, city, month }),
        1 => (0..8usize).prop_map(|pick| Step::Close { pick }),
        1 => (1..30i64).prop_map(|hours| Step::Wait { hours }),
    ]
}

struct World {
    storage: Arc<dyn Storage>,
    orgs: Vec<(OrgId, VolunteerId)>,
    ids: Vec<Uuid>,
    now: DateTime<Utc>,
}

fn month_start(month: usize) -> DateTime<Utc> {
    ["2026-10-10T02:00:00Z", "2026-11-10T02:00:00Z"][month].parse().unwrap()
}

impl World {
    async fn new(backend: common::Backend, dir: &std::path::Path) -> World {
        let url = common::fresh_database(backend, dir).await;
        let storage = storage::open(&url).await.unwrap();
        let now: DateTime<Utc> = "2026-11-10T00:00:00Z".parse().unwrap();
        let mut orgs = Vec::new();
        for (i, name) in ["Org A", "Org B"].into_iter().enumerate() {
            let org = storage.create_org(name, CITIES[i], now).await.unwrap();
            let new = NewVolunteer {
                org: org.id,
                email: format!("v{i}@x.example"),
                name: "v".into(),
                password_hash: "x".into(),
            };
            orgs.push((org.id, storage.create_volunteer(&new, now).await.unwrap().id));
        }
        let ids = (0..8).map(|i| Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000 | i as u128)).collect();
        World { storage, orgs, ids, now }
    }

    async fn events(&self) -> Vec<storage::Event> {
        let mut all = Vec::new();
        for (org, _) in &self.orgs {
            let q = storage::EventQuery { limit: 500, ..Default::default() };
            all.extend(self.storage.events(*org, &q).await.unwrap());
        }
        all.sort_by_key(|e| e.id);
        all
    }

    async fn apply(&mut self, step: &Step) {
        let s = &self.storage;
        match step {
            Step::Create { org, city, month, code } => {
                let (org, by) = self.orgs[*org];
                let new = NewEvent {
                    client_id: None,
                    city: CITIES[*city].into(),
                    venue: "v".into(),
                    starts_at: month_start(*month).min(self.now),
                    topics: vec![],
                    code: Some(EventCode::parse(CODES[*code]).unwrap()),
                };
                // A code an open event carries is refused: fine.
                let _ = s.create_event(org, by, &new, self.now).await;
            }
            Step::Upload { senior, org, records } => {
                let records: Vec<AttendanceRecord> = records
                    .iter()
                    .map(|r| AttendanceRecord {
                        id: self.ids[r.id],
                        event_code: EventCode::parse(CODES[senior.unwrap_or(r.code)]).unwrap(),
                        learner: LearnerCode::from_bits(r.learner as u64 + 1),
                        recorded_by: if senior.is_some() || r.senior {
                            RecordedBy::Senior
                        } else {
                            RecordedBy::Volunteer
                        },
                        lessons_done: r
                            .lessons
                            .iter()
                            .map(|l| LESSONS[*l].to_owned())
                            .collect::<std::collections::BTreeSet<_>>()
                            .into_iter()
                            .collect(),
                        device_time: self.now - Duration::minutes(r.ago),
                        age_ms: None,
                    })
                    .collect();
                // One upload has each id once (the API refuses repeats).
                let mut seen = std::collections::HashSet::new();
                let records: Vec<_> = records.into_iter().filter(|r| seen.insert(r.id)).collect();
                let by = match senior {
                    Some(code) => {
                        Submitter::Senior { event_code: EventCode::parse(CODES[*code]).unwrap(), learner: None }
                    }
                    None => Submitter::Volunteer { org: self.orgs[*org].0 },
                };
                let statuses = s.ingest(&by, &records, self.now).await.unwrap();
                assert_eq!(statuses.len(), records.len());
            }
            Step::Resolve { pick, incoming } => {
                let mut open = Vec::new();
                for (org, _) in &self.orgs {
                    open.extend(s.conflicts(*org, true).await.unwrap().into_iter().map(|c| (*org, c.id)));
                }
                if !open.is_empty() {
                    let (org, id) = open[pick % open.len()];
                    let keep = if *incoming { Keep::Incoming } else { Keep::Stored };
                    s.resolve_conflict(org, id, keep, self.now).await.unwrap();
                }
            }
            Step::Edit { pick, city, month } => {
                let events = self.events().await;
                if !events.is_empty() {
                    let e = &events[pick % events.len()];
                    let patch = EventPatch {
                        city: Some(CITIES[*city].into()),
                        starts_at: Some(month_start(*month)),
                        ..Default::default()
                    };
                    // Refused once counted, or closed: fine.
                    let _ = s.update_event(e.id, &patch, self.now).await;
                }
            }
            Step::Close { pick } => {
                let events = self.events().await;
                if !events.is_empty() {
                    s.close_event(events[pick % events.len()].id, self.now).await.unwrap();
                }
            }
            Step::Wait { hours } => self.now += Duration::hours(*hours),
        }
        self.now += Duration::minutes(1);
    }
}

fn run(backend: common::Backend, steps: &[Step]) -> Result<(), TestCaseError> {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    rt.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let mut world = World::new(backend, dir.path()).await;
        for (i, step) in steps.iter().enumerate() {
            world.apply(step).await;
            let differences = world.storage.recount_differences().await.unwrap();
            prop_assert!(differences.is_empty(), "after step {i} ({step:?}): {differences:#?}");
        }
        Ok(())
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn counters_equal_a_recount_on_sqlite(steps in proptest::collection::vec(step(), 1..30)) {
        run(common::Backend::Sqlite, &steps)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn counters_equal_a_recount_on_postgres(steps in proptest::collection::vec(step(), 1..30)) {
        run(common::Backend::Postgres, &steps)?;
    }
}
