//! A realistic demo campaign for the dashboard, demos and benchmarks: ~72 Chinese cities, one or
//! two organisations each, volunteers sharing one demo password, events over the past 12 months
//! (about 1% still to come in the next week, left open) and attendance uploaded the way phones do
//! it: through `Storage::ingest`, by volunteers and by seniors' own phones, some seniors checked
//! in by both (the server merges the two records into one attendance).
//!
//! Everything is decided by `SeedOptions::seed`: two runs with the same options into two empty
//! databases give the same campaign (only the database ids and the server-side times differ).

use std::collections::HashSet;
use std::time::Instant;

use anyhow::{Context, bail};
use blue_vest_protocol::{AttendanceRecord, EventCode, ItemStatus, LearnerCode, MAX_BATCH, RecordedBy};
use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

use crate::auth;
use crate::storage::{Event, NewEvent, NewVolunteer, OrgId, Storage, StorageError, Submitter, VolunteerId};

/// The password every demo volunteer signs in with.
pub const DEMO_PASSWORD: &str = "lanmajia-demo";

/// The lesson ids an event teaches (the app's built-in lessons).
pub const LESSON_IDS: [&str; 6] = [
    "phone-bigger-text",
    "phone-video-call",
    "phone-scan-to-pay",
    "safety-police-call",
    "safety-screen-sharing",
    "safety-sms-link",
];

/// The cities of the campaign: Chinese name, the pinyin used in demo emails, and a relative size
/// (more seniors, more volunteers, more events). The first is the biggest.
const CITIES: [(&str, &str, u32); 72] = [
    ("北京", "beijing", 10),
    ("上海", "shanghai", 10),
    ("重庆", "chongqing", 9),
    ("成都", "chengdu", 8),
    ("广州", "guangzhou", 8),
    ("深圳", "shenzhen", 7),
    ("天津", "tianjin", 6),
    ("武汉", "wuhan", 6),
    ("西安", "xian", 6),
    ("杭州", "hangzhou", 6),
    ("南京", "nanjing", 5),
    ("郑州", "zhengzhou", 5),
    ("长沙", "changsha", 5),
    ("沈阳", "shenyang", 5),
    ("苏州", "suzhou", 5),
    ("青岛", "qingdao", 4),
    ("济南", "jinan", 4),
    ("合肥", "hefei", 4),
    ("哈尔滨", "haerbin", 4),
    ("昆明", "kunming", 4),
    ("东莞", "dongguan", 4),
    ("佛山", "foshan", 4),
    ("大连", "dalian", 3),
    ("福州", "fuzhou", 3),
    ("厦门", "xiamen", 3),
    ("宁波", "ningbo", 3),
    ("无锡", "wuxi", 3),
    ("长春", "changchun", 3),
    ("石家庄", "shijiazhuang", 3),
    ("南宁", "nanning", 3),
    ("贵阳", "guiyang", 3),
    ("南昌", "nanchang", 3),
    ("太原", "taiyuan", 3),
    ("兰州", "lanzhou", 2),
    ("乌鲁木齐", "wulumuqi", 2),
    ("呼和浩特", "huhehaote", 2),
    ("海口", "haikou", 2),
    ("温州", "wenzhou", 2),
    ("泉州", "quanzhou", 2),
    ("烟台", "yantai", 2),
    ("徐州", "xuzhou", 2),
    ("常州", "changzhou", 2),
    ("南通", "nantong", 2),
    ("洛阳", "luoyang", 2),
    ("潍坊", "weifang", 2),
    ("临沂", "linyi", 2),
    ("唐山", "tangshan", 2),
    ("保定", "baoding", 2),
    ("银川", "yinchuan", 1),
    ("西宁", "xining", 1),
    ("拉萨", "lasa", 1),
    ("扬州", "yangzhou", 1),
    ("绍兴", "shaoxing", 1),
    ("嘉兴", "jiaxing", 1),
    ("金华", "jinhua", 1),
    ("台州", "taizhou", 1),
    ("邯郸", "handan", 1),
    ("珠海", "zhuhai", 1),
    ("中山", "zhongshan", 1),
    ("惠州", "huizhou", 1),
    ("汕头", "shantou", 1),
    ("桂林", "guilin", 1),
    ("柳州", "liuzhou", 1),
    ("绵阳", "mianyang", 1),
    ("宜昌", "yichang", 1),
    ("襄阳", "xiangyang", 1),
    ("株洲", "zhuzhou", 1),
    ("赣州", "ganzhou", 1),
    ("芜湖", "wuhu", 1),
    ("包头", "baotou", 1),
    ("大同", "datong", 1),
    ("吉林", "jilin", 1),
];

/// Cities at least this big have two organisations.
const TWO_ORGS_FROM_SIZE: u32 = 4;

const SURNAMES: [&str; 20] = [
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林",
    "罗",
];
const GIVEN_NAMES: [&str; 24] = [
    "芳", "伟", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
    "晓燕", "霞", "平", "刚", "欣怡", "子涵",
];
const COMMUNITIES: [&str; 30] = [
    "幸福", "和平", "光明", "东风", "新华", "建设", "人民", "长青", "阳光", "朝阳", "胜利", "团结", "友谊", "向阳",
    "红旗", "翠湖", "锦绣", "金桥", "滨江", "花园", "康乐", "丰收", "春晖", "松鹤", "振兴", "育才", "文化", "安居",
    "东湖", "西苑",
];
/// Kinds of venue, the first most common.
const VENUE_KINDS: [&str; 5] = ["社区活动中心", "社区活动中心", "社区老年大学", "街道党群服务中心", "社区养老服务驿站"];
/// Start times (China time, UTC+8) of events: mornings, afternoons, a few evenings.
const LOCAL_TIMES: [(u32, u32); 7] = [(9, 0), (9, 30), (10, 0), (14, 0), (14, 30), (15, 0), (19, 0)];

/// A share of attendances recorded by both the volunteer and the senior's phone.
const BOTH_SHARE: f64 = 0.05;
/// A share of attendances that are a senior's own check-in only (with `BOTH_SHARE`, ~20% of the
/// records are the seniors').
const SENIOR_ONLY_SHARE: f64 = 0.15;
/// A share of attendances by a senior who already came to an event in the city.
const RETURNING_SHARE: f64 = 0.12;
/// The most events one senior attends.
const MAX_VISITS: u8 = 5;
/// Events of one organisation that are open at once while their attendance is uploaded.
const WINDOW_DAYS: i64 = 7;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedOptions {
    pub events: usize,
    pub attendance: usize,
    pub seed: u64,
}

impl Default for SeedOptions {
    /// The campaign's size: 24,000 events and 1.56 million attendance records.
    fn default() -> Self {
        SeedOptions { events: 24_000, attendance: 1_560_000, seed: 1 }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedReport {
    pub organisations: usize,
    /// (email, password) of every demo volunteer; the first is of the biggest city.
    pub volunteers: Vec<(String, String)>,
    pub events: usize,
    /// Records uploaded (an attendance recorded by both the volunteer and the senior counts twice).
    pub attendance_records: usize,
    /// The codes of the events still to come (open).
    pub open_codes: Vec<EventCode>,
    /// Attendances recorded by both, so `attendance_records - merged_pairs` attendances.
    pub merged_pairs: usize,
    /// Distinct seniors (learner codes).
    pub unique_learners: usize,
}

/// One organisation being seeded.
struct SeedOrg {
    id: OrgId,
    city: usize,
    volunteers: Vec<VolunteerId>,
    venues: Vec<String>,
}

/// An event before it is created.
struct PlannedEvent {
    starts_at: DateTime<Utc>,
    topics: Vec<String>,
    venue: String,
    by: VolunteerId,
    client_id: Uuid,
    /// Records to upload for it.
    records: usize,
}

/// The seniors of one city who may come again, with how many events each attended.
#[derive(Default)]
struct CityLearners {
    returning: Vec<(u64, u8)>,
}

/// Hands out learner ids: distinct for new seniors (a bijection of a counter over the 35 bits
/// of a learner code), or a senior of the city who came before.
struct Learners {
    next: u64,
    offset: u64,
    cities: Vec<CityLearners>,
}

const BITS35: u64 = (1 << 35) - 1;

impl Learners {
    fn new(seed: u64) -> Learners {
        Learners { next: 0, offset: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) & BITS35, cities: Vec::new() }
    }

    fn fresh(&mut self) -> u64 {
        // Multiplying by an odd number and xor-shifting are both bijections of 35-bit values.
        let mut x = (self.next.wrapping_mul(0x2_4F6B_5A1D) + self.offset) & BITS35;
        x ^= x >> 17;
        x = x.wrapping_mul(0x5_A3C9_1E37) & BITS35;
        x ^= x >> 13;
        self.next += 1;
        x
    }

    /// A senior for an event in `city` who is not yet in `present`.
    fn pick(&mut self, rng: &mut StdRng, city: usize, present: &HashSet<u64>) -> u64 {
        if self.cities.len() <= city {
            self.cities.resize_with(city + 1, CityLearners::default);
        }
        let pool = &mut self.cities[city].returning;
        if !pool.is_empty() && rng.gen_bool(RETURNING_SHARE) {
            let i = rng.gen_range(0..pool.len());
            let (bits, visits) = pool[i];
            if !present.contains(&bits) {
                if visits + 1 >= MAX_VISITS {
                    pool.swap_remove(i);
                } else {
                    pool[i].1 += 1;
                }
                return bits;
            }
        }
        let bits = self.fresh();
        self.cities[city].returning.push((bits, 1));
        bits
    }
}

/// A UUID v7 at `at` with random bits from the seeded generator.
fn uuid_v7(rng: &mut StdRng, at: DateTime<Utc>) -> Uuid {
    let mut bytes = [0u8; 10];
    rng.fill(&mut bytes);
    uuid::Builder::from_unix_timestamp_millis(at.timestamp_millis().max(0) as u64, &bytes).into_uuid()
}

fn uuid_v4(rng: &mut StdRng) -> Uuid {
    let mut bytes = [0u8; 16];
    rng.fill(&mut bytes);
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

fn random_code(rng: &mut StdRng) -> EventCode {
    EventCode::parse(&format!("{:06}", rng.gen_range(0..1_000_000))).expect("6 digits")
}

/// A start time `days` from today (negative: in the past) at a local (UTC+8) event time.
fn event_time(rng: &mut StdRng, now: DateTime<Utc>, days: i64) -> DateTime<Utc> {
    let (h, m) = LOCAL_TIMES[rng.gen_range(0..LOCAL_TIMES.len())];
    let day = now.date_naive() + Duration::days(days);
    day.and_hms_opt(h, m, 0).expect("valid time").and_utc() - Duration::hours(8)
}

fn topics(rng: &mut StdRng) -> Vec<String> {
    let n = rng.gen_range(1..=3);
    let mut ids = LESSON_IDS;
    ids.partial_shuffle(rng, n).0.iter().map(|s| (*s).to_owned()).collect()
}

/// Creates an event with a code from the generator, drawing again while the code is taken by an
/// open event.
async fn create_event(
    storage: &dyn Storage,
    rng: &mut StdRng,
    org: &SeedOrg,
    city: &str,
    plan: &PlannedEvent,
    now: DateTime<Utc>,
) -> anyhow::Result<Event> {
    for _ in 0..100 {
        let new = NewEvent {
            client_id: Some(plan.client_id),
            city: city.to_owned(),
            venue: plan.venue.clone(),
            starts_at: plan.starts_at,
            topics: plan.topics.clone(),
            code: Some(random_code(rng)),
        };
        match storage.create_event(org.id, plan.by, &new, now).await {
            Ok((event, true)) => return Ok(event),
            Ok((event, false)) => bail!("event {} existed already: seed an empty database", event.id),
            Err(StorageError::Taken("code")) => continue,
            Err(e) => return Err(e).context("creating an event"),
        }
    }
    bail!("no free event code after 100 tries")
}

/// Uploads records in batches of at most `MAX_BATCH`; every one must be created.
async fn ingest_all(
    storage: &dyn Storage,
    by: &Submitter,
    records: &[AttendanceRecord],
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    for batch in records.chunks(MAX_BATCH) {
        let statuses = storage.ingest(by, batch, now).await.context("ingesting attendance")?;
        if statuses.len() != batch.len() {
            bail!("ingest answered {} statuses for {} records", statuses.len(), batch.len());
        }
        if let Some((record, status)) = batch.iter().zip(&statuses).find(|(_, s)| **s != ItemStatus::Created) {
            bail!("record {} for event {} was answered {status:?}, not created", record.id, record.event_code);
        }
    }
    Ok(())
}

/// Prints progress to stderr about every 10% of the work.
struct Progress {
    started: Instant,
    total: usize,
    done: usize,
    next_tenth: usize,
}

impl Progress {
    fn advance(&mut self, work: usize, events: usize, records: usize) {
        self.done += work;
        while self.total > 0 && self.next_tenth <= 10 && self.done * 10 >= self.total * self.next_tenth {
            eprintln!(
                "seed: {:>3}% ({events} events, {records} records, {:.1} s)",
                self.next_tenth * 10,
                self.started.elapsed().as_secs_f64()
            );
            self.next_tenth += 1;
        }
    }
}

/// Seeds an empty database with a demo campaign; see the module comment.
pub async fn seed_demo(storage: &dyn Storage, opts: &SeedOptions, now: DateTime<Utc>) -> anyhow::Result<SeedReport> {
    let started = Instant::now();
    let mut rng = StdRng::seed_from_u64(opts.seed);

    // Organisations and volunteers, all with one password hash (argon2 is slow on purpose).
    let password_hash = auth::hash_password(DEMO_PASSWORD);
    let founded = now - Duration::days(400);
    let mut orgs = Vec::new();
    let mut volunteers = Vec::new();
    for (city, &(name, slug, size)) in CITIES.iter().enumerate() {
        let count = if size >= TWO_ORGS_FROM_SIZE { 2 } else { 1 };
        for k in 1..=count {
            let org = storage
                .create_org(&format!("蓝马甲·{name} {k}"), name, founded)
                .await
                .with_context(|| format!("creating the organisation of {name}"))?;
            let mut ids = Vec::new();
            for v in 1..=rng.gen_range(2..=3) {
                let email = format!("vol{v}@{slug}-{k}.demo");
                let person = format!(
                    "{}{}",
                    SURNAMES[rng.gen_range(0..SURNAMES.len())],
                    GIVEN_NAMES[rng.gen_range(0..GIVEN_NAMES.len())]
                );
                let new = NewVolunteer {
                    org: org.id,
                    email: email.clone(),
                    name: person,
                    password_hash: password_hash.clone(),
                };
                ids.push(storage.create_volunteer(&new, founded).await.context("creating a volunteer")?.id);
                volunteers.push((email, DEMO_PASSWORD.to_owned()));
            }
            let mut venues = Vec::new();
            let mut names: Vec<&str> = COMMUNITIES.to_vec();
            let take = rng.gen_range(4..=8);
            for community in names.partial_shuffle(&mut rng, take).0.iter() {
                venues.push(format!("{community}{}", VENUE_KINDS[rng.gen_range(0..VENUE_KINDS.len())]));
            }
            orgs.push(SeedOrg { id: org.id, city, volunteers: ids, venues });
        }
    }

    // Events per city in proportion to its size, split between its organisations.
    let open_count = if opts.events >= 10 { (opts.events / 100).max(1) } else { 0 };
    let past_count = opts.events - open_count;
    if past_count == 0 && opts.attendance > 0 {
        bail!("{} events leave none in the past to hold {} attendance records", opts.events, opts.attendance);
    }
    let total_size: u64 = CITIES.iter().map(|c| u64::from(c.2)).sum();
    let mut city_events = Vec::with_capacity(CITIES.len());
    let mut cumulative = 0u64;
    for c in &CITIES {
        let before = cumulative * past_count as u64 / total_size;
        cumulative += u64::from(c.2);
        city_events.push((cumulative * past_count as u64 / total_size - before) as usize);
    }
    let mut plans: Vec<Vec<PlannedEvent>> = orgs.iter().map(|_| Vec::new()).collect();
    let mut weights = Vec::with_capacity(past_count);
    for (city, &n) in city_events.iter().enumerate() {
        let city_orgs: Vec<usize> = (0..orgs.len()).filter(|&o| orgs[o].city == city).collect();
        for _ in 0..n {
            let o = if city_orgs.len() > 1 && rng.gen_bool(0.4) { city_orgs[1] } else { city_orgs[0] };
            // More events lately: half spread evenly over the year, half growing towards today.
            let u: f64 = rng.r#gen();
            let back = if rng.gen_bool(0.5) { 365.0 * u } else { 365.0 * (1.0 - u.sqrt()) };
            let days = -(back as i64).clamp(1, 365);
            let org = &orgs[o];
            plans[o].push(PlannedEvent {
                starts_at: event_time(&mut rng, now, days),
                topics: topics(&mut rng),
                venue: org.venues[rng.gen_range(0..org.venues.len())].clone(),
                by: org.volunteers[rng.gen_range(0..org.volunteers.len())],
                client_id: uuid_v4(&mut rng),
                records: 0,
            });
            // Bigger cities have bigger events too.
            weights.push((
                o,
                plans[o].len() - 1,
                (0.5 + rng.r#gen::<f64>()) * (1.0 + f64::from(CITIES[city].2) / 20.0),
            ));
        }
    }
    // Exactly `opts.attendance` records, in proportion to the weights.
    let weight_sum: f64 = weights.iter().map(|w| w.2).sum();
    let mut running = 0.0;
    let mut assigned = 0usize;
    for &(o, e, w) in &weights {
        running += w;
        let upto = ((running / weight_sum) * opts.attendance as f64).round() as usize;
        let upto = upto.min(opts.attendance);
        plans[o][e].records = upto - assigned;
        assigned = upto;
    }
    if let Some(&(o, e, _)) = weights.last() {
        plans[o][e].records += opts.attendance - assigned;
    }

    // Upload, organisation by organisation, a week of events at a time: create them (open),
    // upload their attendance, close them.
    let mut progress = Progress { started, total: opts.attendance, done: 0, next_tenth: 1 };
    let mut learners = Learners::new(opts.seed);
    let (mut events_done, mut records_done, mut merged_pairs) = (0usize, 0usize, 0usize);
    for (o, org_plans) in plans.iter_mut().enumerate() {
        org_plans.sort_by_key(|p| p.starts_at);
        let org = &orgs[o];
        let city = CITIES[org.city].0;
        let submitter = Submitter::Volunteer { org: org.id };
        let mut i = 0;
        while i < org_plans.len() {
            let mut j = i;
            let mut window_records = 0;
            while j < org_plans.len()
                && (j == i
                    || (window_records + org_plans[j].records <= MAX_BATCH
                        && org_plans[j].starts_at - org_plans[i].starts_at < Duration::days(WINDOW_DAYS)))
            {
                window_records += org_plans[j].records;
                j += 1;
            }
            let window = &org_plans[i..j];
            let uploaded_at = (window[window.len() - 1].starts_at + Duration::hours(3)).min(now);

            let mut events = Vec::with_capacity(window.len());
            let mut by_volunteer = Vec::with_capacity(window_records);
            let mut by_seniors: Vec<Vec<AttendanceRecord>> = Vec::with_capacity(window.len());
            for plan in window {
                let created_at = (plan.starts_at - Duration::days(2)).min(now);
                let event = create_event(storage, &mut rng, org, city, plan, created_at).await?;
                let mut seniors = Vec::new();
                let mut present = HashSet::with_capacity(plan.records);
                let mut left = plan.records;
                while left > 0 {
                    let bits = learners.pick(&mut rng, org.city, &present);
                    present.insert(bits);
                    let roll: f64 = rng.r#gen();
                    let (volunteer, senior) = if left >= 2 && roll < BOTH_SHARE {
                        merged_pairs += 1;
                        (true, true)
                    } else if roll < BOTH_SHARE + SENIOR_ONLY_SHARE {
                        (false, true)
                    } else {
                        (true, false)
                    };
                    let checked_in = plan.starts_at + Duration::seconds(rng.gen_range(0..2 * 3600));
                    let record = |recorded_by: RecordedBy, rng: &mut StdRng| {
                        let at = checked_in + Duration::seconds(rng.gen_range(0..300));
                        let k = rng.gen_range(0..=event.topics.len().min(3));
                        let mut topics = event.topics.clone();
                        let lessons_done = topics.partial_shuffle(rng, k).0.to_vec();
                        AttendanceRecord {
                            id: uuid_v7(rng, at),
                            event_code: event.code.clone(),
                            learner: LearnerCode::from_bits(bits),
                            recorded_by,
                            lessons_done,
                            device_time: at,
                            age_ms: None,
                        }
                    };
                    if volunteer {
                        by_volunteer.push(record(RecordedBy::Volunteer, &mut rng));
                        left -= 1;
                    }
                    if senior {
                        seniors.push(record(RecordedBy::Senior, &mut rng));
                        left -= 1;
                    }
                }
                by_seniors.push(seniors);
                events.push(event);
            }
            ingest_all(storage, &submitter, &by_volunteer, uploaded_at).await?;
            for (event, seniors) in events.iter().zip(&by_seniors) {
                if !seniors.is_empty() {
                    ingest_all(
                        storage,
                        &Submitter::Senior { event_code: event.code.clone(), learner: None },
                        seniors,
                        uploaded_at,
                    )
                    .await?;
                }
            }
            for event in &events {
                storage.close_event(event.id, uploaded_at).await.context("closing an event")?;
            }
            events_done += events.len();
            records_done += window_records;
            progress.advance(window_records, events_done, records_done);
            i = j;
        }
    }
    debug_assert_eq!(records_done, opts.attendance);

    // The events of the coming week, left open.
    let mut open_codes = Vec::with_capacity(open_count);
    for n in 0..open_count {
        // The biggest cities first, round the organisations.
        let org = &orgs[n % orgs.len()];
        let plan = PlannedEvent {
            starts_at: {
                let days = rng.gen_range(1..=7);
                event_time(&mut rng, now, days)
            },
            topics: topics(&mut rng),
            venue: org.venues[rng.gen_range(0..org.venues.len())].clone(),
            by: org.volunteers[rng.gen_range(0..org.volunteers.len())],
            client_id: uuid_v4(&mut rng),
            records: 0,
        };
        let event = create_event(storage, &mut rng, org, CITIES[org.city].0, &plan, now).await?;
        open_codes.push(event.code);
    }
    events_done += open_count;
    eprintln!(
        "seed: done: {} organisations, {} volunteers, {events_done} events ({open_count} open), {records_done} records \
         in {:.1} s",
        orgs.len(),
        volunteers.len(),
        started.elapsed().as_secs_f64()
    );

    Ok(SeedReport {
        organisations: orgs.len(),
        volunteers,
        events: events_done,
        attendance_records: records_done,
        open_codes,
        merged_pairs,
        unique_learners: learners.next as usize,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{self, EventQuery, EventState, Totals};

    fn now() -> DateTime<Utc> {
        "2026-11-27T04:00:00Z".parse().unwrap()
    }

    async fn seeded(opts: &SeedOptions) -> (std::sync::Arc<dyn Storage>, SeedReport) {
        let storage = storage::open("sqlite::memory:").await.unwrap();
        let report = seed_demo(storage.as_ref(), opts, now()).await.unwrap();
        (storage, report)
    }

    #[tokio::test]
    async fn the_report_matches_the_database() {
        let opts = SeedOptions { events: 300, attendance: 6_000, seed: 7 };
        let (storage, report) = seeded(&opts).await;
        let totals = storage.totals().await.unwrap();
        assert_eq!(report.events, 300);
        assert_eq!(report.attendance_records, 6_000);
        assert_eq!(totals.organisations as usize, report.organisations);
        assert_eq!(totals.events as usize, report.events);
        assert_eq!(totals.records as usize, report.attendance_records);
        assert!(report.merged_pairs > 0, "some seniors are checked in by both");
        assert_eq!(totals.attendance as usize, report.attendance_records - report.merged_pairs);
        assert_eq!(totals.unique_learners as usize, report.unique_learners);
        assert!(report.unique_learners < totals.attendance as usize, "some seniors come again");
        assert!(report.unique_learners * 10 > totals.attendance as usize * 8, "most seniors are distinct");
        assert_eq!(totals.open_events as usize, report.open_codes.len());
        assert_eq!(totals.open_conflicts, 0);
        assert!((70..=80).contains(&CITIES.len()));
        assert!(report.organisations > CITIES.len() && report.organisations <= 2 * CITIES.len());
        assert!(report.volunteers.len() >= 2 * report.organisations);
        let emails: HashSet<&str> = report.volunteers.iter().map(|v| v.0.as_str()).collect();
        assert_eq!(emails.len(), report.volunteers.len(), "emails are unique");
        assert!(emails.contains("vol1@beijing-1.demo") && emails.contains("vol1@chengdu-2.demo"), "{emails:?}");

        // The open codes are exactly the open events.
        let mut orgs = HashSet::new();
        for (email, _) in &report.volunteers {
            orgs.insert(storage.volunteer_by_email(email).await.unwrap().unwrap().org);
        }
        let mut open = Vec::new();
        let (mut closed, mut past_attendance) = (0, 0);
        for &org in &orgs {
            let query = EventQuery { state: EventState::All, before: None, limit: 10_000 };
            for event in storage.events(org, &query).await.unwrap() {
                if event.closed_at.is_none() {
                    assert!(event.starts_at > now(), "only coming events are open");
                    assert_eq!(event.attendance, 0);
                    open.push(event.code);
                } else {
                    assert!(event.starts_at < now());
                    assert!(event.topics.iter().all(|t| LESSON_IDS.contains(&t.as_str())));
                    closed += 1;
                    past_attendance += event.attendance;
                }
            }
        }
        open.sort();
        let mut expected = report.open_codes.clone();
        expected.sort();
        assert_eq!(open, expected);
        assert_eq!(open.len(), 3);
        assert_eq!(closed, 297);
        assert_eq!(past_attendance, totals.attendance);

        // An open code takes a senior's check-in.
        let code = report.open_codes[0].clone();
        let record = AttendanceRecord {
            id: Uuid::now_v7(),
            event_code: code.clone(),
            learner: LearnerCode::from_bits(42),
            recorded_by: RecordedBy::Senior,
            lessons_done: vec![],
            device_time: now(),
            age_ms: None,
        };
        let statuses =
            storage.ingest(&Submitter::Senior { event_code: code, learner: None }, &[record], now()).await.unwrap();
        assert_eq!(statuses, vec![ItemStatus::Created]);
    }

    #[tokio::test]
    async fn the_same_seed_gives_the_same_campaign() {
        let opts = SeedOptions { events: 120, attendance: 2_500, seed: 3 };
        let (a, report_a) = seeded(&opts).await;
        let (b, report_b) = seeded(&opts).await;
        let totals: Totals = a.totals().await.unwrap();
        assert_eq!(totals, b.totals().await.unwrap());
        assert_eq!(report_a, report_b);
        assert_eq!(a.per_city().await.unwrap(), b.per_city().await.unwrap());
        assert_eq!(a.per_month().await.unwrap(), b.per_month().await.unwrap());

        let other = SeedOptions { seed: 4, ..opts };
        let (_, report_c) = seeded(&other).await;
        assert_eq!(report_c.attendance_records, report_a.attendance_records);
        assert_ne!(report_c.open_codes, report_a.open_codes);
    }

    #[tokio::test]
    async fn tiny_and_empty_campaigns() {
        let (storage, report) = seeded(&SeedOptions { events: 0, attendance: 0, seed: 1 }).await;
        assert_eq!((report.events, report.attendance_records), (0, 0));
        assert!(report.open_codes.is_empty());
        assert_eq!(storage.totals().await.unwrap().events, 0);

        let (storage, report) = seeded(&SeedOptions { events: 5, attendance: 10, seed: 1 }).await;
        let totals = storage.totals().await.unwrap();
        assert_eq!((totals.events, totals.open_events, totals.records), (5, 0, 10));
        assert!(report.open_codes.is_empty(), "too few events for one to come");

        let storage = storage::open("sqlite::memory:").await.unwrap();
        let opts = SeedOptions { events: 0, attendance: 10, seed: 1 };
        assert!(seed_demo(storage.as_ref(), &opts, now()).await.is_err(), "attendance needs events");
    }

    #[test]
    fn learner_ids_are_distinct() {
        let mut learners = Learners::new(9);
        let ids: HashSet<u64> = (0..100_000).map(|_| learners.fresh()).collect();
        assert_eq!(ids.len(), 100_000);
        assert!(ids.iter().all(|&b| b <= BITS35));
    }
}
