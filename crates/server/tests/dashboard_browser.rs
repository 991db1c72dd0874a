//! The organiser dashboard in a real browser: Debian's chromium, headless, driven through
//! chromedriver, on SQLite and on PostgreSQL. An organiser signs in (after one wrong password),
//! reads the totals, sees the SVG charts laid out with real sizes, opens an event's attendance
//! (learner codes, the merged volunteer-and-senior check-in), downloads the event's and the
//! organisation's CSV through the browser, resolves a conflict and signs out. Screenshots of the
//! overview and of an event page go to `target/dashboard-screenshots/{backend}-{page}.png` for
//! people to look at.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use blue_vest_protocol::{LearnerCode, RecordedBy};
use common::{Ctx, record, statuses};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

on_both_backends!(an_organiser_works_through_the_dashboard_in_chromium, an_organiser_uploads_a_lesson_pack_in_chromium);

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const WAIT: Duration = Duration::from_secs(10);
const CSV_HEADER: &str =
    "event_id,event_code,city,venue,starts_at,learner,by_volunteer,by_senior,lessons,first_received_at";

/// What the scenario uploaded over the API, to compare the pages with.
struct Seeded {
    email: String,
    chengdu: Value,
    chongqing: Value,
    /// Everyone at the Chengdu event, as learner codes without the display dash.
    chengdu_learners: BTreeSet<String>,
    chongqing_learners: BTreeSet<String>,
    /// Checked in by a volunteer and by their own phone.
    both: LearnerCode,
    senior_only: LearnerCode,
    /// The learner whose record comes back with more lessons.
    conflicted: LearnerCode,
}

/// Two events in two cities and two months; 31 records that merge into 30 attendances (one
/// senior checked in by a volunteer and by their own phone); one record re-sent with more lessons.
async fn seed(ctx: &Ctx) -> Seeded {
    let email = ctx.org_with_volunteer("Chengdu One", "成都").await;
    let token = ctx.login(&email).await;
    let chengdu = new_event(ctx, &token, "成都", "玉林社区活动中心", "2026-11-27T06:00:00Z").await;
    let chongqing = new_event(ctx, &token, "重庆", "解放碑老年大学", "2026-10-15T02:00:00Z").await;
    let (cd_code, cq_code) = (chengdu["code"].as_str().unwrap(), chongqing["code"].as_str().unwrap());

    let by_volunteer: Vec<_> = (1001..=1018)
        .map(|bits| record(cd_code, bits, RecordedBy::Volunteer))
        .chain((2001..=2011).map(|bits| record(cq_code, bits, RecordedBy::Volunteer)))
        .collect();
    let (s, body) = ctx.upload(&token, &by_volunteer).await;
    assert_eq!(s, 200, "{body}");
    assert!(statuses(&body).iter().all(|st| st == "created"), "{body}");

    // Two seniors check themselves in, each with a token of their own (a senior token checks in
    // one learner).
    let mut own = record(cd_code, 1005, RecordedBy::Senior);
    own.lessons_done = vec!["safety-police-call".into(), "safety-sms-link".into()];
    for senior_record in [own, record(cd_code, 1099, RecordedBy::Senior)] {
        let (s, senior) = ctx.post("/api/v1/senior-token", None, &json!({"event_code": cd_code})).await;
        assert_eq!(s, 201, "{senior}");
        let (s, body) = ctx.upload(senior["token"].as_str().unwrap(), &[senior_record]).await;
        assert_eq!((s, statuses(&body)), (200, vec!["created".to_owned()]), "{body}");
    }

    let mut resent = by_volunteer.iter().find(|r| r.event_code.as_str() == cq_code).unwrap().clone();
    resent.lessons_done.push("safety-sms-link".into());
    let (_, body) = ctx.upload(&token, std::slice::from_ref(&resent)).await;
    assert_eq!(statuses(&body), vec!["conflict".to_owned()], "{body}");

    let codes =
        |bits: &mut dyn Iterator<Item = u64>| bits.map(|b| LearnerCode::from_bits(b).as_str().to_owned()).collect();
    Seeded {
        email,
        chengdu_learners: codes(&mut (1001..=1018).chain([1099])),
        chongqing_learners: codes(&mut (2001..=2011)),
        chengdu,
        chongqing,
        both: LearnerCode::from_bits(1005),
        senior_only: LearnerCode::from_bits(1099),
        conflicted: resent.learner,
    }
}

async fn new_event(ctx: &Ctx, token: &str, city: &str, venue: &str, starts_at: &str) -> Value {
    let body = json!({"city": city, "venue": venue, "starts_at": starts_at, "topics": ["safety-police-call"]});
    let (status, event) = ctx.post("/api/v1/events", Some(token), &body).await;
    assert_eq!(status, 201, "{event}");
    event
}

async fn an_organiser_works_through_the_dashboard_in_chromium(ctx: Ctx) {
    let backend = if ctx.url.starts_with("sqlite:") { "sqlite" } else { "postgres" };
    let seeded = seed(&ctx).await;
    let downloads = tempfile::tempdir().unwrap();
    let driver = Chromedriver::start().await;
    let browser = driver.browser(downloads.path()).await;
    let b = &browser;
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap().join("dashboard-screenshots");
    std::fs::create_dir_all(&shots).unwrap();

    // Signing in: the dashboard sends a stranger to the form; a wrong password is explained.
    b.goto(&ctx.url("/dashboard")).await.unwrap();
    wait_for_path(b, "/dashboard/login").await;
    assert_eq!(attr(&find(b, "html").await, "lang").await, "zh-CN", "chromium asks for Chinese");
    find(b, "#email").await.send_keys(&seeded.email).await.unwrap();
    find(b, "#password").await.send_keys("not the password").await.unwrap();
    let sign_in = find(b, "form[action='/dashboard/login'] button[type=submit]").await;
    assert_eq!(sign_in.text().await.unwrap(), "登录");
    click_to_new_page(b, &sign_in).await;
    assert_eq!(path_of(b).await, "/dashboard/login");
    assert_eq!(find(b, "[role=alert]").await.text().await.unwrap(), "邮箱或密码不对，请再试一次。");
    assert_eq!(find(b, "#email").await.prop("value").await.unwrap().as_deref(), Some(seeded.email.as_str()));
    find(b, "#password").await.send_keys(common::PASSWORD).await.unwrap();
    click_to_new_page(b, &find(b, "form[action='/dashboard/login'] button[type=submit]").await).await;
    wait_for_path(b, "/dashboard").await;

    // The overview: totals of the merged attendance, and charts the browser really lays out.
    assert_eq!(find(b, "main h1").await.text().await.unwrap(), "概览");
    let lessons = 17 + 2 + 1 + 11; // the merged senior counts the larger of their two lesson lists
    for (label, want) in
        [("活动总数", 2), ("进行中的活动", 2), ("签到人次", 30), ("参加的老人", 30), ("完成的课程", lessons)]
    {
        assert_eq!(stat(b, label).await, want.to_string(), "{label}");
    }
    assert_eq!(stat(b, "待处理的冲突").await, "1");
    find(b, "div.stat.attention a[href='/dashboard/conflicts']").await;
    let charts = b.find_all(Locator::Css("svg[role=img]")).await.unwrap();
    assert!(charts.len() >= 4, "{} charts", charts.len());
    let mut lengths = BTreeMap::new();
    for chart in &charts {
        let title = attr(chart, "aria-label").await;
        let bars = chart.find_all(Locator::Css("rect.bar")).await.unwrap();
        assert_eq!(bars.len(), 2, "{title}: one bar per city (成都, 重庆) or per month (2026-10, 2026-11)");
        let mut drawn = Vec::new();
        for bar in &bars {
            let (_, _, width, height) = bar.rectangle().await.unwrap();
            assert!(width > 0.0 && height > 0.0, "{title}: a bar of {width}×{height} px");
            drawn.push((attr(bar, "data-value").await, width, height));
        }
        lengths.insert(title, drawn);
    }
    // Cities most first and drawn sideways; months in time order and drawn upwards.
    let per_city = &lengths["各城市签到人次"];
    assert_eq!((per_city[0].0.as_str(), per_city[1].0.as_str()), ("19", "11"));
    assert!((per_city[1].1 / per_city[0].1 - 11.0 / 19.0).abs() < 0.02, "{per_city:?}");
    let per_month = &lengths["每月签到人次"];
    assert_eq!((per_month[0].0.as_str(), per_month[1].0.as_str()), ("11", "19"));
    assert!((per_month[0].2 / per_month[1].2 - 11.0 / 19.0).abs() < 0.02, "{per_month:?}");
    screenshot(b, &shots.join(format!("{backend}-overview.png"))).await;

    // Events, then one event's attendance.
    click_to_new_page(b, &find(b, "nav.main a[href='/dashboard/events']").await).await;
    wait_for_path(b, "/dashboard/events").await;
    assert_eq!(b.find_all(Locator::Css("table.events tbody tr")).await.unwrap().len(), 2);
    let (cd_id, cd_code) = (seeded.chengdu["id"].as_i64().unwrap(), seeded.chengdu["code"].as_str().unwrap());
    let row_link = find(b, &format!("table.events a[href='/dashboard/events/{cd_id}']")).await;
    assert_eq!(row_link.text().await.unwrap(), cd_code);
    click_to_new_page(b, &row_link).await;
    wait_for_path(b, &format!("/dashboard/events/{cd_id}")).await;
    assert_eq!(find(b, "main h1").await.text().await.unwrap(), format!("活动 {cd_code}：玉林社区活动中心"));
    let mut shown = BTreeMap::new();
    for row in b.find_all(Locator::Css("table.attendance tbody tr")).await.unwrap() {
        let cells = row.find_all(Locator::Css("td")).await.unwrap();
        let mut texts = Vec::new();
        for cell in &cells {
            texts.push(cell.text().await.unwrap());
        }
        assert!(shown.insert(texts[0].clone(), texts).is_none(), "one row per senior");
    }
    let grouped: BTreeSet<String> =
        seeded.chengdu_learners.iter().map(|c| LearnerCode::parse(c).unwrap().display_grouped()).collect();
    assert_eq!(shown.keys().cloned().collect::<BTreeSet<_>>(), grouped, "learner codes as printed on the cards");
    for (code, cells) in &shown {
        let (by, lessons) = if *code == seeded.both.display_grouped() {
            ("志愿者和老人都签了", "2")
        } else if *code == seeded.senior_only.display_grouped() {
            ("老人自己", "1")
        } else {
            ("志愿者", "1")
        };
        assert_eq!((cells[1].as_str(), cells[2].as_str()), (by, lessons), "{code}");
    }
    screenshot(b, &shots.join(format!("{backend}-event.png"))).await;

    // The event's CSV, downloaded by the browser.
    find(b, &format!("a[href='/dashboard/events/{cd_id}/attendance.csv']")).await.click().await.unwrap();
    let file = wait_for_download(downloads.path(), &format!("attendance-{cd_id}-{cd_code}.csv")).await;
    let rows = read_csv(&file);
    assert_eq!(rows.len(), seeded.chengdu_learners.len());
    assert_eq!(rows.iter().map(|r| r[5].clone()).collect::<BTreeSet<_>>(), seeded.chengdu_learners);
    for row in &rows {
        assert_eq!(
            row[..5],
            [
                cd_id.to_string(),
                cd_code.into(),
                "成都".into(),
                "玉林社区活动中心".into(),
                "2026-11-27T06:00:00Z".into()
            ]
        );
        let flags = if row[5] == seeded.both.as_str() {
            ["true", "true", "2"]
        } else if row[5] == seeded.senior_only.as_str() {
            ["false", "true", "1"]
        } else {
            ["true", "false", "1"]
        };
        assert_eq!(row[6..9], flags, "{row:?}");
    }

    // The organisation's CSV, from the events list.
    click_to_new_page(b, &find(b, "main a[href='/dashboard/events']").await).await;
    find(b, "a[href='/dashboard/attendance.csv']").await.click().await.unwrap();
    let org = ctx.storage.org_by_name("Chengdu One").await.unwrap().unwrap().id;
    let rows = read_csv(&wait_for_download(downloads.path(), &format!("attendance-org-{org}.csv")).await);
    let cq_id = seeded.chongqing["id"].as_i64().unwrap().to_string();
    let learners_of =
        |event: &str| -> BTreeSet<String> { rows.iter().filter(|r| r[0] == event).map(|r| r[5].clone()).collect() };
    assert_eq!(rows.len(), 30);
    assert_eq!(learners_of(&cd_id.to_string()), seeded.chengdu_learners);
    assert_eq!(learners_of(&cq_id), seeded.chongqing_learners);

    // The conflict: both versions side by side; the organiser takes the new one.
    click_to_new_page(b, &find(b, "nav.main a[href='/dashboard/conflicts']").await).await;
    wait_for_path(b, "/dashboard/conflicts").await;
    let sections = b.find_all(Locator::Css("section.conflict")).await.unwrap();
    assert_eq!(sections.len(), 1);
    let learner_row = sections[0].find(Locator::XPath(".//tr[th[normalize-space()='学员码']]")).await.unwrap();
    let learner = seeded.conflicted.display_grouped();
    assert_eq!(learner_row.text().await.unwrap(), format!("学员码 {learner} {learner}"));
    let differs = sections[0].find_all(Locator::Css("tr.differs")).await.unwrap();
    assert_eq!(differs.len(), 1, "only the lessons differ");
    let cells = differs[0].find_all(Locator::Css("td")).await.unwrap();
    assert!(cells[0].text().await.unwrap().starts_with('1') && cells[1].text().await.unwrap().starts_with('2'));
    let use_new = sections[0].find(Locator::Css("button[name=keep][value=incoming]")).await.unwrap();
    assert_eq!(use_new.text().await.unwrap(), "改用新上传的版本");
    click_to_new_page(b, &use_new).await;
    wait_for_path(b, "/dashboard/conflicts").await;
    assert!(b.find_all(Locator::Css("section.conflict")).await.unwrap().is_empty());
    assert_eq!(find(b, "main p").await.text().await.unwrap(), "没有需要处理的冲突，一切正常。谢谢您！");
    click_to_new_page(b, &find(b, "nav.main a[href='/dashboard']").await).await;
    assert_eq!(stat(b, "待处理的冲突").await, "0");
    assert_eq!(stat(b, "完成的课程").await, (lessons + 1).to_string(), "the new version has one lesson more");

    // Signing out ends the session: the dashboard asks to sign in again.
    let sign_out = find(b, "header form[action='/dashboard/logout'] button").await;
    assert_eq!(sign_out.text().await.unwrap(), "退出登录");
    click_to_new_page(b, &sign_out).await;
    wait_for_path(b, "/dashboard/login").await;
    assert!(b.get_all_cookies().await.unwrap().iter().all(|c| c.name() != "bv_session"));
    b.goto(&ctx.url("/dashboard")).await.unwrap();
    wait_for_path(b, "/dashboard/login").await;

    browser.close().await.unwrap();
}

/// A chromedriver of our own on a free port, in its own process group so that dropping it (also
/// when a test panics) ends the chromium it started too.
/// The lesson packs page in chromium: a pack with a broken lesson is refused with the checker's
/// line, the good one is published and signed, a phone's fetch shows where it went, and the
/// pack is withdrawn with its button.
async fn an_organiser_uploads_a_lesson_pack_in_chromium(ctx: Ctx) {
    use blue_vest_core::packs::verify;
    use common::packs::{demo_files, test_pack_key, with, zip_of};

    let email = ctx.org_with_volunteer("Hangzhou Browser", "杭州").await;
    let files = tempfile::tempdir().unwrap();
    let good = demo_files();
    let lesson = "lessons/demo--call.toml";
    let text = String::from_utf8(good.iter().find(|(p, _)| p == lesson).unwrap().1.clone()).unwrap();
    let broken_path = files.path().join("broken.zip");
    std::fs::write(&broken_path, zip_of(&with(&good, lesson, text.replacen("correct = false", "correct = true", 1))))
        .unwrap();
    let good_path = files.path().join("pack.zip");
    let archive = zip_of(&good);
    std::fs::write(&good_path, &archive).unwrap();

    let downloads = tempfile::tempdir().unwrap();
    let driver = Chromedriver::start().await;
    let browser = driver.browser(downloads.path()).await;
    let b = &browser;
    b.goto(&ctx.url("/dashboard/login")).await.unwrap();
    find(b, "#email").await.send_keys(&email).await.unwrap();
    find(b, "#password").await.send_keys(common::PASSWORD).await.unwrap();
    click_to_new_page(b, &find(b, "form[action='/dashboard/login'] button[type=submit]").await).await;
    wait_for_path(b, "/dashboard").await;
    click_to_new_page(b, &find(b, "nav.main a[href='/dashboard/packs']").await).await;
    assert_eq!(find(b, "main h1").await.text().await.unwrap(), "新骗局课程包");

    // A broken lesson: the checker's line on the page, nothing published.
    find(b, "#archive").await.send_keys(broken_path.to_str().unwrap()).await.unwrap();
    click_to_new_page(b, &find(b, "form[action='/dashboard/packs'] button[type=submit]").await).await;
    let lines = b.find_all(Locator::Css("[role=alert] li code")).await.unwrap();
    assert_eq!(lines.len(), 1);
    assert_eq!(
        lines[0].text().await.unwrap(),
        "lessons/demo--call.toml: step 4: a question needs exactly one right answer, not 2"
    );
    assert!(b.find_all(Locator::Css("table.packs")).await.unwrap().is_empty(), "nothing published");

    // The good pack: published and signed.
    find(b, "#archive").await.send_keys(good_path.to_str().unwrap()).await.unwrap();
    click_to_new_page(b, &find(b, "form[action='/dashboard/packs'] button[type=submit]").await).await;
    assert_eq!(find(b, "[role=status] strong").await.text().await.unwrap(), "demo v1");
    let row = find(b, "table.packs tbody tr").await.text().await.unwrap();
    assert!(row.contains("假客服电话") && row.contains("杭州、宁波") && row.contains("已发布"), "{row}");

    // A senior's phone at an event fetches it; the page says where it went.
    let token = ctx.login(&email).await;
    let event = new_event(&ctx, &token, "杭州", "湖滨社区中心", "2026-11-27T06:00:00Z").await;
    let (_, senior) = ctx.post("/api/v1/senior-token", None, &json!({"event_code": event["code"]})).await;
    let senior = senior["token"].as_str().unwrap();
    let (_, list) = ctx.get("/api/v1/packs", Some(senior)).await;
    let signed = serde_json::from_value(list["packs"][0]["signed"].clone()).unwrap();
    verify(&signed, &test_pack_key().verifying_key()).expect("signed with the campaign's key");
    let r = ctx.http.get(ctx.url(list["packs"][0]["archive"].as_str().unwrap())).bearer_auth(senior).send().await;
    assert_eq!(r.unwrap().bytes().await.unwrap().to_vec(), archive);
    b.refresh().await.unwrap();
    let place = find(b, &format!("table.packs a[href='/dashboard/events/{}']", event["id"])).await;
    assert_eq!(place.text().await.unwrap(), "湖滨社区中心");

    // Withdrawn with its button.
    let withdraw = find(b, "form[action='/dashboard/packs/demo/withdraw'] button").await;
    assert_eq!(attr(&withdraw, "aria-label").await, "撤回 假客服电话");
    click_to_new_page(b, &withdraw).await;
    wait_for_path(b, "/dashboard/packs").await;
    assert!(find(b, "table.packs tbody tr").await.text().await.unwrap().contains("已撤回"));
    let (_, list) = ctx.get("/api/v1/packs", Some(senior)).await;
    assert_eq!(list["withdrawn"], json!(["demo"]));
    browser.close().await.unwrap();
}

struct Chromedriver {
    child: Child,
    port: u16,
    profile: tempfile::TempDir,
}

impl Chromedriver {
    async fn start() -> Chromedriver {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("start /usr/bin/chromedriver");
        let driver = Chromedriver { child, port, profile: tempfile::tempdir().unwrap() };
        let status = format!("http://127.0.0.1:{port}/status");
        let deadline = Instant::now() + WAIT;
        loop {
            let answer = reqwest::get(&status).await.ok().filter(|r| r.status().is_success());
            if let Some(r) = answer {
                let body: Value = r.json().await.unwrap();
                if body["value"]["ready"] == true {
                    return driver;
                }
            }
            assert!(Instant::now() < deadline, "chromedriver did not answer on {status}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn browser(&self, downloads: &Path) -> Client {
        // fantoccini's TLS stack links two rustls crypto providers; this picks one for the process.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", format!("--user-data-dir={}", self.profile.path().display()),
                    "--window-size=1280,1800",
                ],
                "prefs": {
                    "download.default_directory": downloads,
                    "download.prompt_for_download": false,
                    "intl.accept_languages": "zh-CN,zh",
                },
            },
        });
        ClientBuilder::rustls()
            .unwrap()
            .capabilities(caps.as_object().unwrap().clone())
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("a chromium session")
    }
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        // chromedriver's own way out quits the browsers it started; the process group's end is for
        // a driver that no longer answers.
        if let Ok(mut s) = TcpStream::connect(("127.0.0.1", self.port)) {
            let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
            let _ = write!(s, "GET /shutdown HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n", self.port);
            let _ = s.read(&mut [0; 512]);
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while matches!(self.child.try_wait(), Ok(None)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        if matches!(self.child.try_wait(), Ok(None)) {
            // Not reaped yet, so its id still names our process group and no other.
            let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", self.child.id())]).status();
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

async fn find(b: &Client, css: &str) -> Element {
    b.wait().at_most(WAIT).for_element(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}"))
}

async fn attr(element: &Element, name: &str) -> String {
    element.attr(name).await.unwrap().unwrap_or_else(|| panic!("no attribute {name}"))
}

async fn path_of(b: &Client) -> String {
    b.current_url().await.unwrap().path().to_owned()
}

async fn wait_for_path(b: &Client, path: &str) {
    let deadline = Instant::now() + WAIT;
    while path_of(b).await != path {
        assert!(Instant::now() < deadline, "at {} instead of {path}", b.current_url().await.unwrap());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Clicks and waits until the browser shows another document: the old page's root goes stale.
/// (A form posted back to the same address would fool a wait for the address.)
async fn click_to_new_page(b: &Client, element: &Element) {
    let root = find(b, "html").await;
    element.click().await.unwrap();
    let deadline = Instant::now() + WAIT;
    while root.tag_name().await.is_ok() {
        assert!(Instant::now() < deadline, "no new page after the click at {}", b.current_url().await.unwrap());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    find(b, "main").await;
}

/// The number the overview shows under a label.
async fn stat(b: &Client, label: &str) -> String {
    let xpath = format!("//dl[@class='stats']//dt[normalize-space()='{label}']/following-sibling::dd");
    b.find(Locator::XPath(&xpath)).await.unwrap_or_else(|e| panic!("{label}: {e}")).text().await.unwrap()
}

/// The whole page, not just the window: the window grows by what the page is taller than it, for
/// the one picture.
async fn screenshot(b: &Client, to: &Path) {
    let png = b.screenshot().await.unwrap();
    let shown = u32::from_be_bytes(png[20..24].try_into().unwrap()); // the PNG header's height
    let (_, _, _, page) = find(b, "html").await.rectangle().await.unwrap();
    let (width, height) = b.get_window_size().await.unwrap();
    let png = if page.ceil() as u32 > shown {
        b.set_window_size(width as u32, height as u32 + page.ceil() as u32 - shown).await.unwrap();
        let full = b.screenshot().await.unwrap();
        b.set_window_size(width as u32, height as u32).await.unwrap();
        full
    } else {
        png
    };
    std::fs::write(to, png).unwrap();
}

/// The finished download named `name` (chromium writes `*.crdownload` first, then renames it).
async fn wait_for_download(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let deadline = Instant::now() + WAIT;
    while !path.is_file() {
        let seen: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert!(Instant::now() < deadline, "no {name} in the download folder, only {seen:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    path
}

/// The data rows of a downloaded CSV, after checking its byte-order mark, header and line ends.
fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a UTF-8 byte-order mark for Excel");
    let mut lines = text.strip_suffix("\r\n").expect("CRLF line ends").split("\r\n");
    assert_eq!(lines.next(), Some(CSV_HEADER));
    lines.map(|line| line.split(',').map(str::to_owned).collect()).collect()
}
