//! The dashboard's HTML pages: no JavaScript, no external assets, large type and high contrast
//! for organisers who are often older volunteers. Written with maud's `html!`, which escapes
//! every interpolation; only the page's own constant stylesheet goes in as it is.

use chrono::{DateTime, FixedOffset, Utc};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::charts::bar_chart;
use super::i18n::{Lang, Msg, group_thousands};
use crate::storage::{Attendance, Bucket, Conflict, Event, EventState, Keep, StoredRecord, Totals};

/// The signed-in volunteer, as every signed-in page's header shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Who {
    pub name: String,
    pub org_name: String,
    /// The session's CSRF token, put in every POST form.
    pub csrf: String,
}

/// Percent-encodes a query value (a paging cursor may hold `:`, `+` or `/`).
fn url_encode(value: &str) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Campaign events happen in China: times show in UTC+8 whatever the server's zone.
fn china_time(t: DateTime<Utc>) -> DateTime<FixedOffset> {
    t.with_timezone(&FixedOffset::east_opt(8 * 3600).expect("UTC+8 is a valid offset"))
}

/// `2026-11-27 14:00` in UTC+8.
pub fn format_time(t: DateTime<Utc>) -> String {
    china_time(t).format("%Y-%m-%d %H:%M").to_string()
}

/// With seconds, where two versions of a record may differ by less than a minute.
fn format_time_precise(t: DateTime<Utc>) -> String {
    china_time(t).format("%Y-%m-%d %H:%M:%S").to_string()
}

fn state_value(state: EventState) -> &'static str {
    match state {
        EventState::Open => "open",
        EventState::Closed => "closed",
        EventState::All => "all",
    }
}

const STYLE: &str = r#"
*,*::before,*::after{box-sizing:border-box}
html{font-size:20px;-webkit-text-size-adjust:100%}
body{
  margin:0;color:#111;background:#fff;
  font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif;
  font-size:1rem;line-height:1.5}
a{color:#0b3d91;text-decoration:underline;text-underline-offset:.15em}
a:hover{color:#062a66}
:focus-visible{outline:4px solid #b34700;outline-offset:2px}
.skip{position:absolute;left:-10000px;top:0;background:#fff;color:#0b3d91;padding:.75rem 1rem}
.skip:focus{left:1rem;top:1rem;z-index:10}
.site{background:#0b3d91;color:#fff}
.site a{color:#fff}
.site-inner{
  max-width:72rem;margin:0 auto;padding:.5rem 1rem;display:flex;flex-wrap:wrap;align-items:center;
  gap:.5rem 1.5rem}
.brand{font-weight:700;font-size:1.1rem;margin-right:auto}
.brand .org{font-weight:400}
.user{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem}
.user form{margin:0}
.site button{background:#fff;color:#0b3d91;border-color:#fff}
.lang-switch{display:inline-flex;align-items:center;min-height:48px}
nav.main{background:#e8eef8;border-bottom:2px solid #0b3d91}
nav.main ul{
  max-width:72rem;margin:0 auto;padding:0 1rem;list-style:none;display:flex;flex-wrap:wrap;
  gap:0 .25rem}
nav.main a{
  display:inline-flex;align-items:center;min-height:48px;padding:0 1rem;color:#0b3d91;
  font-weight:600}
nav.main a[aria-current=page]{background:#0b3d91;color:#fff}
main{max-width:72rem;margin:0 auto;padding:1rem 1rem 3rem}
h1{font-size:1.8rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.4rem;line-height:1.3;margin:2rem 0 .75rem}
p{margin:.5rem 0 1rem;max-width:48rem}
.note{color:#333}
button,.button{
  display:inline-flex;align-items:center;justify-content:center;min-height:48px;
  padding:.5rem 1.25rem;font:inherit;font-weight:600;line-height:1.2;border:2px solid #0b3d91;
  border-radius:6px;background:#0b3d91;color:#fff;cursor:pointer;text-decoration:none}
.button.secondary,button.secondary{background:#fff;color:#0b3d91}
button:hover{background:#062a66;border-color:#062a66}
.site button:hover{background:#e8eef8;color:#062a66;border-color:#e8eef8}
button.secondary:hover{background:#e8eef8;color:#062a66}
label{display:block;font-weight:600;margin:1rem 0 .25rem}
input[type=email],input[type=password]{
  display:block;width:100%;max-width:24rem;min-height:48px;padding:.5rem .75rem;font:inherit;
  color:#111;background:#fff;border:2px solid #555;border-radius:6px}
.login form button{margin-top:1.5rem}
.alert{
  border:3px solid #a30000;background:#fff0f0;color:#600;padding:.75rem 1rem;margin:1rem 0;
  max-width:36rem;font-weight:600}
.stats{
  display:grid;grid-template-columns:repeat(auto-fit,minmax(7.5rem,1fr));gap:1rem;margin:0 0 1rem;
  padding:0}
.stat{border:2px solid #c4cfdf;border-radius:8px;padding:.5rem .75rem;margin:0}
.stat dt{font-weight:600;color:#333}
.stat dd{margin:0;font-size:1.75rem;font-weight:700;line-height:1.2;font-variant-numeric:tabular-nums}
.stat.attention{border-color:#a30000;border-width:3px}
.stat.attention dd a{color:#a30000}
.charts{
  display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,28rem),1fr));gap:0 2rem;
  align-items:start}
.charts.stacked{grid-template-columns:minmax(0,1fr)}
figure.chart{margin:0 0 1.5rem;min-width:0}
figure.chart figcaption{font-weight:700;font-size:1.1rem;margin:1rem 0 .5rem}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
svg.chart{display:block}
details{margin:.5rem 0}
summary{
  cursor:pointer;min-height:48px;display:flex;align-items:center;color:#0b3d91;
  text-decoration:underline}
table{border-collapse:collapse;min-width:100%;font-variant-numeric:tabular-nums}
th,td{padding:.5rem .75rem;border-bottom:1px solid #bbb;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #111;white-space:nowrap}
td.num,th.num{text-align:right;white-space:nowrap}
td.nowrap{white-space:nowrap}
tbody tr:nth-child(even){background:#f4f6fa}
.tabs{list-style:none;padding:0;margin:0 0 1rem;display:flex;flex-wrap:wrap;gap:.5rem}
.tabs a{
  display:inline-flex;align-items:center;min-height:48px;padding:0 1.25rem;border:2px solid #0b3d91;
  border-radius:6px;font-weight:600}
.tabs a[aria-current=page]{background:#0b3d91;color:#fff;text-decoration:none}
.actions{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin:1rem 0}
.badge{
  display:inline-block;padding:0 .5rem;border-radius:4px;border:2px solid currentColor;
  font-weight:600;white-space:nowrap}
.badge.open{color:#0a5c1f}
.badge.closed{color:#444}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1.5rem;margin:0 0 1rem}
.facts dt{font-weight:600}
.facts dd{margin:0}
.conflict{border:2px solid #c4cfdf;border-radius:8px;padding:0 1rem 1rem;margin:0 0 2rem}
.conflict h2{margin-top:1rem}
table.versions{table-layout:fixed;width:100%;min-width:32rem}
table.versions thead th:first-child{width:30%}
table.events{min-width:52rem}
table.attendance{min-width:34rem}
.conflict tr.differs th,.conflict tr.differs td{background:#fff4d6;font-weight:700}
.conflict .marker{font-weight:700;color:#7a4a00;white-space:nowrap}
.conflict fieldset{border:0;padding:0;margin:1rem 0 0}
.conflict legend{font-weight:700;padding:0;margin-bottom:.5rem}
.conflict .choices{display:flex;flex-wrap:wrap;gap:1rem}
.lessons{font-size:.9rem;color:#333}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:40rem){.stat dd{font-size:1.4rem}.facts{grid-template-columns:1fr}.facts dd{margin-bottom:.5rem}}
"#;

/// Which page is showing, for the menu's `aria-current` and the language link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Overview,
    Events,
    Conflicts,
    Packs,
    Other,
}

/// One page's frame: head, header, `<main>` with `body` (which holds the page's only `<h1>`).
struct Frame<'a> {
    lang: Lang,
    title: &'a str,
    who: Option<&'a Who>,
    section: Section,
    /// This page's address without `lang`, for the link that shows it in the other language.
    here: Option<String>,
}

impl Frame<'_> {
    fn render(&self, body: Markup) -> String {
        let lang = self.lang;
        let page_title = match self.who {
            Some(who) => format!("{} – {} – {}", self.title, who.org_name, lang.t(Msg::AppName)),
            None => format!("{} – {}", self.title, lang.t(Msg::AppName)),
        };
        let page = html! {
            (DOCTYPE) "\n"
            html lang=(lang.html_lang()) {
                "\n"
                head {
                    "\n"
                    meta charset="utf-8"; "\n"
                    meta name="viewport" content="width=device-width, initial-scale=1"; "\n"
                    meta name="referrer" content="same-origin"; "\n"
                    title { (page_title) } "\n"
                    // The page's own constant stylesheet: CSS is not HTML, so it must not be escaped.
                    style { (PreEscaped(STYLE)) } "\n"
                }
                "\n"
                body {
                    "\n"
                    a class="skip" href="#main" { (lang.t(Msg::SkipToContent)) } "\n"
                    (self.header()) "\n"
                    @if self.who.is_some() {
                        (self.menu()) "\n"
                    }
                    main id="main" { "\n" (body) "\n" } "\n"
                }
                "\n"
            }
            "\n"
        };
        page.into_string()
    }

    /// The site bar: the campaign and organisation, who is signed in, the language switch.
    fn header(&self) -> Markup {
        let lang = self.lang;
        html! {
            header class="site" {
                div class="site-inner" {
                    div class="brand" {
                        (lang.t(Msg::AppName)) " · "
                        span class="org" {
                            @match self.who {
                                Some(who) => (who.org_name),
                                None => (lang.t(Msg::DashboardName)),
                            }
                        }
                    }
                    div class="user" {
                        @if let Some(who) = self.who {
                            span { (lang.t(Msg::SignedInAs)) (lang.t(Msg::Colon)) strong { (who.name) } }
                            form method="post" action="/dashboard/logout" {
                                input type="hidden" name="csrf" value=(who.csrf);
                                button type="submit" { (lang.t(Msg::SignOut)) }
                            }
                        }
                        @if let Some(here) = &self.here {
                            @let other = lang.other();
                            @let sep = if here.contains('?') { '&' } else { '?' };
                            a class="lang-switch" href=(format!("{here}{sep}lang={}", other.query_value()))
                                lang=(other.html_lang()) hreflang=(other.html_lang()) {
                                (other.t(Msg::LanguageName))
                            }
                        }
                    }
                }
            }
        }
    }

    /// The signed-in menu, with the current section marked.
    fn menu(&self) -> Markup {
        let lang = self.lang;
        html! {
            nav class="main" aria-label=(lang.t(Msg::MainNav)) {
                ul {
                    @for (section, href, key) in [
                        (Section::Overview, "/dashboard", Msg::NavOverview),
                        (Section::Events, "/dashboard/events", Msg::NavEvents),
                        (Section::Conflicts, "/dashboard/conflicts", Msg::NavConflicts),
                        (Section::Packs, "/dashboard/packs", Msg::NavPacks),
                    ] {
                        li { a href=(href) aria-current=[(section == self.section).then_some("page")] { (lang.t(key)) } }
                    }
                }
            }
        }
    }
}

/// A table in a sideways-scrolling box: on a phone a wide table scrolls (its class sets how
/// narrow it may get) rather than squeezing its text into one character per line.
fn table(class: &str, head: Markup, rows: Markup) -> Markup {
    html! {
        div class="scroll" {
            table class=(class) {
                thead { tr { (head) } }
                tbody { (rows) }
            }
        }
    }
}

fn th(text: &str) -> Markup {
    html! { th scope="col" { (text) } }
}

fn th_num(text: &str) -> Markup {
    html! { th scope="col" class="num" { (text) } }
}

/// The sign-in form; `csrf` is the form token its cookie carries too (see `dashboard::login`).
pub fn login_page(lang: Lang, error: Option<&str>, email: &str, csrf: &str) -> String {
    let body = html! {
        div class="login" {
            h1 { (lang.t(Msg::LoginTitle)) }
            p { (lang.t(Msg::LoginIntro)) }
            @if let Some(error) = error {
                div class="alert" role="alert" { (error) }
            }
            form method="post" action="/dashboard/login" {
                input type="hidden" name="csrf" value=(csrf);
                label for="email" { (lang.t(Msg::Email)) }
                // After a failed attempt the email is filled in: the cursor goes where typing continues.
                input id="email" name="email" type="email" value=(email) autocomplete="username" inputmode="email"
                    required autofocus[email.is_empty()];
                label for="password" { (lang.t(Msg::Password)) }
                input id="password" name="password" type="password" autocomplete="current-password" required
                    autofocus[!email.is_empty()];
                button type="submit" { (lang.t(Msg::SignIn)) }
            }
        }
    };
    let title = lang.t(Msg::SignIn);
    Frame { lang, title, who: None, section: Section::Other, here: Some("/dashboard/login".into()) }.render(body)
}

/// A chart with its heading and, under it, the same numbers as a table for screen readers and
/// for browsers without SVG.
fn chart_figure(lang: Lang, title: Msg, key_header: Msg, bars: &[(String, i64)], horizontal: bool) -> Markup {
    let title = lang.t(title);
    let rows = html! {
        @for (key, value) in bars {
            tr { th scope="row" { (key) } td class="num" { (group_thousands(*value)) } }
        }
    };
    html! {
        figure class="chart" {
            figcaption { (title) }
            div class="scroll" { (bar_chart(title, bars, horizontal)) }
            details {
                summary { (lang.t(Msg::ShowNumbers)) }
                (table("numbers", html! { (th(lang.t(key_header))) (th_num(title)) }, rows))
            }
        }
    }
}

/// One value per city, most first (ties by name, so the order is stable).
fn city_bars(per_city: &[Bucket], value: impl Fn(&Bucket) -> i64) -> Vec<(String, i64)> {
    let mut bars: Vec<(String, i64)> = per_city.iter().map(|b| (b.key.clone(), value(b))).collect();
    bars.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    bars
}

/// One value per month, oldest first: `YYYY-MM` keys sort as text.
fn month_bars(per_month: &[Bucket], value: impl Fn(&Bucket) -> i64) -> Vec<(String, i64)> {
    let mut bars: Vec<(String, i64)> = per_month.iter().map(|b| (b.key.clone(), value(b))).collect();
    bars.sort_by(|a, b| a.0.cmp(&b.0));
    bars
}

pub fn overview_page(lang: Lang, who: &Who, totals: &Totals, per_city: &[Bucket], per_month: &[Bucket]) -> String {
    let title = lang.t(Msg::OverviewTitle);
    let (conflicts_label, conflicts) = (lang.t(Msg::OpenConflicts), group_thousands(totals.open_conflicts));
    let body = html! {
        h1 { (title) }
        h2 class="sr-only" { (lang.t(Msg::HeadNumbers)) }
        dl class="stats" {
            @for (key, value) in [
                (Msg::Events, totals.events),
                (Msg::OpenEvents, totals.open_events),
                (Msg::Attendance, totals.attendance),
                (Msg::UniqueSeniors, totals.unique_learners),
                (Msg::LessonsCompleted, totals.lessons_completed),
            ] {
                div class="stat" { dt { (lang.t(key)) } dd { (group_thousands(value)) } }
            }
            div class=(if totals.open_conflicts > 0 { "stat attention" } else { "stat" }) {
                dt { (conflicts_label) }
                dd {
                    a href="/dashboard/conflicts"
                        aria-label=(format!("{conflicts_label}{}{conflicts}. {}", lang.t(Msg::Colon), lang.t(Msg::ReviewConflicts))) {
                        (conflicts)
                    }
                }
            }
        }
        h2 { (lang.t(Msg::ByCity)) }
        @if per_city.is_empty() {
            p { (lang.t(Msg::NoDataYet)) }
        } @else {
            div class="charts" {
                (chart_figure(lang, Msg::AttendancePerCity, Msg::City, &city_bars(per_city, |b| b.attendance), true))
                (chart_figure(lang, Msg::SeniorsPerCity, Msg::City, &city_bars(per_city, |b| b.unique_learners), true))
            }
        }
        h2 { (lang.t(Msg::ByMonth)) }
        @if per_month.is_empty() {
            p { (lang.t(Msg::NoDataYet)) }
        } @else {
            // Stacked, not side by side: a year of months needs the full width to stay unscrolled.
            div class="charts stacked" {
                (chart_figure(lang, Msg::AttendancePerMonth, Msg::Month, &month_bars(per_month, |b| b.attendance), false))
                (chart_figure(lang, Msg::SeniorsPerMonth, Msg::Month, &month_bars(per_month, |b| b.unique_learners), false))
                (chart_figure(lang, Msg::LessonsPerMonth, Msg::Month, &month_bars(per_month, |b| b.lessons), false))
            }
        }
    };
    Frame { lang, title, who: Some(who), section: Section::Overview, here: Some("/dashboard".into()) }.render(body)
}

fn status_badge(lang: Lang, event: &Event) -> Markup {
    html! {
        @match event.closed_at {
            None => span class="badge open" { (lang.t(Msg::StateOpen)) },
            Some(_) => span class="badge closed" { (lang.t(Msg::StateClosed)) },
        }
    }
}

fn topics_text(lang: Lang, topics: &[String]) -> String {
    if topics.is_empty() { lang.t(Msg::NoTopics).to_owned() } else { lang.join_lessons(topics) }
}

pub fn events_page(lang: Lang, who: &Who, events: &[Event], state: EventState, next_cursor: Option<&str>) -> String {
    let title = lang.t(Msg::EventsTitle);
    let head = html! {
        (th(lang.t(Msg::Code)))
        (th(lang.t(Msg::Venue)))
        (th(lang.t(Msg::City)))
        (th(lang.t(Msg::Starts)))
        (th(lang.t(Msg::Topics)))
        (th_num(lang.t(Msg::Attendance)))
        (th(lang.t(Msg::Status)))
    };
    let rows = html! {
        @for event in events {
            tr {
                td class="nowrap" { a href=(format!("/dashboard/events/{}", event.id)) { (event.code.as_str()) } }
                td { (event.venue) }
                td { (event.city) }
                td class="nowrap" { (format_time(event.starts_at)) }
                td { (topics_text(lang, &event.topics)) }
                td class="num" { (group_thousands(event.attendance)) }
                td { (status_badge(lang, event)) }
            }
        }
    };
    let body = html! {
        h1 { (title) }
        nav aria-label=(lang.t(Msg::EventStateFilter)) {
            ul class="tabs" {
                @for (tab, key) in [
                    (EventState::Open, Msg::StateOpen),
                    (EventState::Closed, Msg::StateClosed),
                    (EventState::All, Msg::StateAll),
                ] {
                    li {
                        a href=(format!("/dashboard/events?state={}", state_value(tab)))
                            aria-current=[(tab == state).then_some("page")] { (lang.t(key)) }
                    }
                }
            }
        }
        p class="actions" { a href="/dashboard/attendance.csv" download { (lang.t(Msg::DownloadAllCsv)) } }
        @if events.is_empty() {
            p { (lang.t(Msg::NoEvents)) }
        } @else {
            (table("events", head, rows))
            p class="note" { (lang.t(Msg::TimeZoneNote)) }
        }
        @if let Some(cursor) = next_cursor {
            p class="actions" {
                a class="button secondary" rel="next"
                    href=(format!("/dashboard/events?state={}&before={}", state_value(state), url_encode(cursor))) {
                    (lang.t(Msg::NextPage)) " →"
                }
            }
        }
    };
    let here = format!("/dashboard/events?state={}", state_value(state));
    Frame { lang, title, who: Some(who), section: Section::Events, here: Some(here) }.render(body)
}

fn recorded_by_text(lang: Lang, by_volunteer: bool, by_senior: bool) -> &'static str {
    match (by_volunteer, by_senior) {
        (true, true) => lang.t(Msg::ByBoth),
        (true, false) => lang.t(Msg::ByVolunteer),
        (false, true) => lang.t(Msg::BySenior),
        (false, false) => "—",
    }
}

pub fn event_page(lang: Lang, who: &Who, event: &Event, attendance: &[Attendance]) -> String {
    let title = format!("{} {}", lang.t(Msg::EventHeading), event.code.as_str());
    let status = html! {
        (status_badge(lang, event))
        @if let Some(closed_at) = event.closed_at {
            " " (lang.t(Msg::ClosedAt)) " " (format_time(closed_at))
        }
    };
    let facts = [
        (Msg::Code, html! { (event.code.as_str()) }),
        (Msg::Venue, html! { (event.venue) }),
        (Msg::City, html! { (event.city) }),
        (Msg::Starts, html! { (format_time(event.starts_at)) " " span class="note" { "(UTC+8)" } }),
        (Msg::Topics, html! { (topics_text(lang, &event.topics)) }),
        (Msg::Status, status),
        (Msg::Attendance, html! { (group_thousands(event.attendance)) }),
    ];
    let head = html! {
        (th(lang.t(Msg::Learner)))
        (th(lang.t(Msg::RecordedBy)))
        (th_num(lang.t(Msg::Lessons)))
        (th(lang.t(Msg::FirstReceived)))
    };
    let rows = html! {
        @for a in attendance {
            tr {
                td class="nowrap" { (a.learner.display_grouped()) }
                td { (recorded_by_text(lang, a.by_volunteer, a.by_senior)) }
                td class="num" { (group_thousands(a.lessons)) }
                td class="nowrap" { (format_time(a.first_received_at)) }
            }
        }
    };
    let body = html! {
        p { a href="/dashboard/events" { "← " (lang.t(Msg::BackToEvents)) } }
        h1 { (title) (lang.t(Msg::Colon)) (event.venue) }
        dl class="facts" {
            @for (key, value) in facts {
                dt { (lang.t(key)) } dd { (value) }
            }
        }
        p class="actions" {
            a href=(format!("/dashboard/events/{}/attendance.csv", event.id)) download { (lang.t(Msg::DownloadEventCsv)) }
        }
        h2 { (lang.t(Msg::AttendanceHeading)) }
        @if attendance.is_empty() {
            p { (lang.t(Msg::NoAttendance)) }
        } @else {
            (table("attendance", head, rows))
            p class="note" { (lang.t(Msg::TimeZoneNote)) }
        }
    };
    let here = format!("/dashboard/events/{}", event.id);
    Frame { lang, title: &title, who: Some(who), section: Section::Events, here: Some(here) }.render(body)
}

fn lessons_cell(lang: Lang, record: &StoredRecord) -> Markup {
    html! {
        (group_thousands(record.lessons_done.len() as i64))
        @if !record.lessons_done.is_empty() {
            br; span class="lessons" { (lang.join_lessons(&record.lessons_done)) }
        }
    }
}

fn conflict_section(lang: Lang, who: &Who, conflict: &Conflict) -> Markup {
    let (a, b) = (&conflict.stored, &conflict.incoming);
    let recorded_by = |r: &StoredRecord| match r.recorded_by {
        blue_vest_protocol::RecordedBy::Volunteer => lang.t(Msg::ByVolunteer),
        blue_vest_protocol::RecordedBy::Senior => lang.t(Msg::BySenior),
    };
    let fields: [(Msg, Markup, Markup, bool); 6] = [
        (
            Msg::EventCode,
            html! { (a.event_code.as_str()) },
            html! { (b.event_code.as_str()) },
            a.event_code != b.event_code,
        ),
        (
            Msg::Learner,
            html! { (a.learner.display_grouped()) },
            html! { (b.learner.display_grouped()) },
            a.learner != b.learner,
        ),
        (Msg::RecordedBy, html! { (recorded_by(a)) }, html! { (recorded_by(b)) }, a.recorded_by != b.recorded_by),
        (Msg::Lessons, lessons_cell(lang, a), lessons_cell(lang, b), a.lessons_done != b.lessons_done),
        (
            Msg::DeviceTime,
            html! { (format_time_precise(a.device_time)) },
            html! { (format_time_precise(b.device_time)) },
            a.device_time != b.device_time,
        ),
        (
            Msg::Received,
            html! { (format_time_precise(a.received_at)) },
            html! { (format_time_precise(b.received_at)) },
            // A later upload is always received later: that is no difference worth pointing at.
            false,
        ),
    ];
    let head = html! { (th(lang.t(Msg::Field))) (th(lang.t(Msg::FirstVersion))) (th(lang.t(Msg::NewVersion))) };
    let rows = html! {
        @for (key, first, new, differs) in fields {
            // Colour is never the only cue: a differing row also says so in words.
            tr class=[differs.then_some("differs")] {
                th scope="row" {
                    (lang.t(key))
                    @if differs {
                        " " span class="marker" { "≠ " (lang.t(Msg::Differs)) }
                    }
                }
                td { (first) }
                td { (new) }
            }
        }
    };
    let heading_id = format!("conflict-{}", conflict.id);
    html! {
        section class="conflict" aria-labelledby=(heading_id) {
            h2 id=(heading_id) {
                (lang.t(Msg::ConflictHeading)) " #" (conflict.id) " · " (lang.t(Msg::EventHeading)) " "
                (a.event_code.as_str())
            }
            p { a href=(format!("/dashboard/events/{}", conflict.event)) { (lang.t(Msg::ViewEvent)) } }
            (table("versions", head, rows))
            @match (conflict.resolved_at, conflict.kept) {
                (Some(at), kept) => {
                    p {
                        strong { (lang.t(Msg::Resolved)) } " " (format_time(at)) " "
                        @match kept {
                            Some(Keep::Stored) => (lang.t(Msg::KeptStored)),
                            Some(Keep::Incoming) => (lang.t(Msg::KeptIncoming)),
                            None => "",
                        }
                    }
                }
                (None, _) => {
                    form method="post" action=(format!("/dashboard/conflicts/{}/resolve", conflict.id)) {
                        input type="hidden" name="csrf" value=(who.csrf);
                        fieldset {
                            legend { (lang.t(Msg::ChooseVersion)) }
                            div class="choices" {
                                button type="submit" class="secondary" name="keep" value="stored" { (lang.t(Msg::KeepStored)) }
                                button type="submit" class="secondary" name="keep" value="incoming" {
                                    (lang.t(Msg::KeepIncoming))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

pub fn conflicts_page(lang: Lang, who: &Who, conflicts: &[Conflict]) -> String {
    let title = lang.t(Msg::ConflictsTitle);
    let body = html! {
        h1 { (title) }
        @if conflicts.is_empty() {
            p { (lang.t(Msg::NoConflicts)) }
        } @else {
            p { (lang.t(Msg::ConflictsIntro)) }
            p class="note" { (lang.t(Msg::TimeZoneNote)) }
            @for conflict in conflicts {
                (conflict_section(lang, who, conflict))
            }
        }
    };
    let here = "/dashboard/conflicts".to_owned();
    Frame { lang, title, who: Some(who), section: Section::Conflicts, here: Some(here) }.render(body)
}

/// What the last upload on the packs page came to.
pub enum PackOutcome {
    Accepted { pack_id: String, version: u64 },
    Refused(Vec<String>),
}

/// The organisation's lesson packs: the upload form, the last upload's outcome (the checker's
/// lines when refused), and each pack with where it went and a withdraw button.
pub fn packs_page(
    lang: Lang,
    who: &Who,
    packs: &[blue_vest_protocol::PackInfo],
    outcome: Option<&PackOutcome>,
) -> String {
    let title = lang.t(Msg::PacksTitle);
    let title_of = |p: &blue_vest_protocol::PackInfo| {
        let key = if lang == Lang::ZhCn { "zh-CN" } else { "en-US" };
        p.titles.get(key).cloned().unwrap_or_else(|| p.pack_id.clone())
    };
    let body = html! {
        h1 { (title) }
        p { (lang.t(Msg::PacksIntro)) }
        @match outcome {
            Some(PackOutcome::Accepted { pack_id, version }) => {
                p class="outcome" role="status" { (lang.t(Msg::PackAccepted)) strong { (pack_id) " v" (version) } }
            }
            Some(PackOutcome::Refused(lines)) => {
                div class="outcome" role="alert" {
                    p { (lang.t(Msg::PackRefused)) }
                    ul class="problems" { @for line in lines { li { code { (line) } } } }
                }
            }
            None => {}
        }
        section aria-labelledby="upload" {
            h2 id="upload" { (lang.t(Msg::UploadPack)) }
            form method="post" action="/dashboard/packs" enctype="multipart/form-data" {
                input type="hidden" name="csrf" value=(who.csrf);
                label for="archive" { (lang.t(Msg::PackArchive)) }
                input type="file" id="archive" name="archive" accept=".zip,application/zip" required;
                button type="submit" { (lang.t(Msg::Upload)) }
            }
        }
        @if packs.is_empty() {
            p { (lang.t(Msg::NoPacks)) }
        } @else {
            (table("packs",
                html! {
                    (th(lang.t(Msg::PackTitle))) (th(lang.t(Msg::PackValid))) (th(lang.t(Msg::PackCities)))
                    (th(lang.t(Msg::PackStatus))) (th_num(lang.t(Msg::PackPhones))) (th(lang.t(Msg::PackWhere))) (th(""))
                },
                html! {
                    @for p in packs {
                        tr {
                            td { strong { (title_of(p)) } br; span class="note" { (p.pack_id) " v" (p.version) } }
                            td { (p.valid_from) " – " (p.valid_until) }
                            td { (lang.join(&p.cities)) }
                            td {
                                @if p.withdrawn_at.is_some() { (lang.t(Msg::PackWithdrawn)) } @else { (lang.t(Msg::PackActive)) }
                            }
                            td class="num" { (p.reach.phones) }
                            td {
                                @for c in &p.reach.cities { (c.city) " " (c.phones) br; }
                                @for e in &p.reach.events {
                                    a href=(format!("/dashboard/events/{}", e.event_id)) { (e.venue) } " (" (e.city) ") " (e.phones) br;
                                }
                            }
                            td {
                                @if p.withdrawn_at.is_none() {
                                    form method="post" action=(format!("/dashboard/packs/{}/withdraw", p.pack_id)) {
                                        input type="hidden" name="csrf" value=(who.csrf);
                                        button type="submit" class="secondary" aria-label=(format!("{} {}", lang.t(Msg::Withdraw), title_of(p))) {
                                            (lang.t(Msg::Withdraw))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            ))
        }
    };
    let here = "/dashboard/packs".to_owned();
    Frame { lang, title, who: Some(who), section: Section::Packs, here: Some(here) }.render(body)
}

/// A kind error page. `message` is shown as given (escaped): pass a translated sentence, never a
/// Rust error string.
pub fn error_page(lang: Lang, who: Option<&Who>, status: u16, message: &str) -> String {
    let title = lang.t(match status {
        400 | 422 => Msg::ErrorBadRequest,
        401 => Msg::ErrorUnauthorized,
        403 => Msg::ErrorForbidden,
        404 => Msg::ErrorNotFound,
        429 => Msg::ErrorTooMany,
        500..=599 => Msg::ErrorServer,
        _ => Msg::ErrorTitle,
    });
    let (href, link) = match who {
        Some(_) => ("/dashboard", lang.t(Msg::BackToOverview)),
        None => ("/dashboard/login", lang.t(Msg::GoToSignIn)),
    };
    let body = html! {
        h1 { (title) }
        @if !message.is_empty() {
            p { (message) }
        }
        p class="actions" { a class="button" href=(href) { (link) } }
    };
    Frame { lang, title, who, section: Section::Other, here: None }.render(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use blue_vest_protocol::{EventCode, LearnerCode, RecordedBy};

    use crate::storage::{ConflictId, EventId, OrgId};
    use uuid::Uuid;

    const XSS: &str = "<script>alert('x')</script>";

    fn who() -> Who {
        Who { name: "王芳 <b>".into(), org_name: "朝阳 & 海淀".into(), csrf: "tok\"en".into() }
    }

    fn event(id: i64, venue: &str, closed: bool) -> Event {
        Event {
            id: EventId(id),
            client_id: Uuid::nil(),
            organisation: OrgId(1),
            city: "北京".into(),
            venue: venue.into(),
            starts_at: "2026-11-27T06:00:00Z".parse().unwrap(),
            topics: vec!["手机支付".into(), "防诈骗".into()],
            code: EventCode::parse("482913").unwrap(),
            closed_at: closed.then(|| "2026-11-27T09:00:00Z".parse().unwrap()),
            created_at: "2026-11-20T01:00:00Z".parse().unwrap(),
            attendance: 1234,
        }
    }

    fn record(by: RecordedBy, lessons: &[&str], received: &str) -> StoredRecord {
        StoredRecord {
            id: Uuid::nil(),
            event_code: EventCode::parse("482913").unwrap(),
            learner: LearnerCode::from_bits(42),
            recorded_by: by,
            lessons_done: lessons.iter().map(|s| s.to_string()).collect(),
            device_time: "2026-11-27T06:10:00Z".parse().unwrap(),
            received_at: received.parse().unwrap(),
        }
    }

    fn conflict(id: i64) -> Conflict {
        Conflict {
            id: ConflictId(id),
            event: EventId(7),
            stored: record(RecordedBy::Volunteer, &["wechat-pay"], "2026-11-27T06:20:00Z"),
            incoming: record(RecordedBy::Senior, &["wechat-pay", XSS], "2026-11-27T07:20:00Z"),
            resolved_at: None,
            kept: None,
        }
    }

    fn bucket(key: &str, attendance: i64) -> Bucket {
        Bucket { key: key.into(), attendance, unique_learners: attendance / 2, lessons: attendance * 3 }
    }

    /// What every page shares: one document, one `<h1>`, the language, no script, and the
    /// signed-in header when there is someone.
    fn assert_page(html: &str, lang: Lang, signed_in: bool) {
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.html_lang())));
        assert!(html.contains("<meta name=\"viewport\""));
        assert!(html.contains("html{font-size:20px"));
        assert_eq!(html.matches("<h1>").count(), 1, "one h1");
        assert!(!html.to_lowercase().contains("<script"), "no script at all");
        assert!(!has_event_handler(html), "no inline event handlers");
        assert!(!html.contains("<link ") && !html.contains(" src=\"http"));
        assert_eq!(html.contains("action=\"/dashboard/logout\""), signed_in);
        if signed_in {
            let w = who();
            assert!(html.contains(&escaped(&w.org_name)) && html.contains(&escaped(&w.name)));
            assert!(html.contains("<input type=\"hidden\" name=\"csrf\" value=\"tok&quot;en\">"));
            for href in ["/dashboard\"", "/dashboard/events\"", "/dashboard/conflicts\""] {
                assert!(html.contains(&format!("href=\"{href}")), "{href}");
            }
            assert!(!html.contains("<b>"));
        }
    }

    fn has_event_handler(html: &str) -> bool {
        html.match_indices(" on").any(|(i, _)| {
            let rest = &html[i + 3..];
            let name_len = rest.bytes().take_while(|b| b.is_ascii_lowercase()).count();
            name_len > 0 && rest[name_len..].starts_with('=')
        })
    }

    /// Text as `html!` writes it into a page.
    fn escaped(text: &str) -> String {
        maud::html! { (text) }.into_string()
    }

    #[test]
    fn data_is_escaped_for_content_and_double_quoted_attributes() {
        // Every attribute is double-quoted, so a single quote needs no escaping.
        assert_eq!(escaped(XSS), "&lt;script&gt;alert('x')&lt;/script&gt;");
        assert_eq!(escaped("a&b\"c"), "a&amp;b&quot;c");
        assert_eq!(escaped("北京"), "北京");
    }

    #[test]
    fn login_page_has_labelled_inputs_and_shows_the_error() {
        let html = login_page(Lang::EnUs, Some("Wrong <email> or password"), "a\"@b.cn", "t0ken");
        assert!(html.contains("<input type=\"hidden\" name=\"csrf\" value=\"t0ken\">"));
        assert_page(&html, Lang::EnUs, false);
        assert!(html.contains("<form method=\"post\" action=\"/dashboard/login\">"));
        assert!(html.contains("<label for=\"email\">Email</label>"));
        assert!(html.contains("<input id=\"email\" name=\"email\" type=\"email\" value=\"a&quot;@b.cn\""));
        assert!(html.contains("<label for=\"password\">Password</label>"));
        assert!(html.contains("<input id=\"password\" name=\"password\" type=\"password\""));
        assert!(html.contains(">Sign in</button>"));
        assert!(html.contains("role=\"alert\">Wrong &lt;email&gt; or password</div>"));

        let zh = login_page(Lang::ZhCn, None, "", "t0ken");
        assert_page(&zh, Lang::ZhCn, false);
        assert!(zh.contains(">登录</button>") && zh.contains("<label for=\"email\">邮箱</label>"));
        assert!(!zh.contains("role=\"alert\""));
        assert!(zh.contains("href=\"/dashboard/login?lang=en-US\""));
    }

    #[test]
    fn events_page_escapes_venues_and_links_rows_tabs_and_pages() {
        let events = [event(7, XSS, false), event(8, "社区中心", true)];
        let html = events_page(Lang::ZhCn, &who(), &events, EventState::Open, Some("2026-11-27T06:00:00Z/8"));
        assert_page(&html, Lang::ZhCn, true);
        assert!(!html.contains(XSS) && html.contains(&escaped(XSS)));
        assert!(html.contains("href=\"/dashboard/events/7\"") && html.contains("href=\"/dashboard/events/8\""));
        assert!(html.contains("2026-11-27 14:00"), "start in UTC+8");
        assert!(html.contains("1,234"));
        assert!(html.contains("手机支付、防诈骗"));
        assert!(html.contains(">进行中<") && html.contains(">已结束<"));
        for state in ["open", "closed", "all"] {
            assert!(html.contains(&format!("href=\"/dashboard/events?state={state}\"")));
        }
        assert!(html.contains("href=\"/dashboard/events?state=open\" aria-current=\"page\""));
        assert!(html.contains("href=\"/dashboard/events?state=open&amp;before=2026-11-27T06%3A00%3A00Z%2F8\""));
        assert!(html.contains("href=\"/dashboard/attendance.csv\""));

        let last = events_page(Lang::EnUs, &who(), &[], EventState::All, None);
        assert_page(&last, Lang::EnUs, true);
        assert!(!last.contains("before=") && last.contains("There are no events here yet."));
    }

    #[test]
    fn event_page_lists_attendance_and_links_its_csv() {
        let attendance = [
            Attendance {
                learner: LearnerCode::from_bits(42),
                by_volunteer: true,
                by_senior: true,
                lessons: 3,
                first_received_at: "2026-11-27T06:31:00Z".parse().unwrap(),
            },
            Attendance {
                learner: LearnerCode::from_bits(43),
                by_volunteer: false,
                by_senior: true,
                lessons: 0,
                first_received_at: "2026-11-27T16:05:00Z".parse().unwrap(),
            },
        ];
        let html = event_page(Lang::EnUs, &who(), &event(7, XSS, true), &attendance);
        assert_page(&html, Lang::EnUs, true);
        assert!(!html.contains(XSS));
        assert!(html.contains(&LearnerCode::from_bits(42).display_grouped()));
        assert!(html.contains(">Both<") && html.contains(">Senior<"));
        assert!(html.contains("2026-11-28 00:05"), "received time in UTC+8 crosses midnight");
        assert!(html.contains("href=\"/dashboard/events/7/attendance.csv\""));
        assert!(html.contains("Closed at 2026-11-27 17:00"));

        let empty = event_page(Lang::ZhCn, &who(), &event(9, "x", false), &[]);
        assert_page(&empty, Lang::ZhCn, true);
        assert!(empty.contains("这个活动还没有人签到。"));
    }

    #[test]
    fn conflicts_page_offers_both_versions_with_csrf() {
        let html = conflicts_page(Lang::EnUs, &who(), &[conflict(5)]);
        assert_page(&html, Lang::EnUs, true);
        assert!(html.contains("<form method=\"post\" action=\"/dashboard/conflicts/5/resolve\">"));
        assert_eq!(html.matches("name=\"csrf\" value=\"tok&quot;en\"").count(), 2, "logout and resolve");
        assert!(html.contains("name=\"keep\" value=\"stored\">Keep the first version</button>"));
        assert!(html.contains("name=\"keep\" value=\"incoming\">Use the new version</button>"));
        assert!(html.contains(">First version<") && html.contains(">New version<"));
        assert!(!html.contains(XSS), "lesson ids are escaped");
        // Who recorded it and the lessons differ; a later receipt time is expected, not marked.
        assert_eq!(html.matches("<tr class=\"differs\">").count(), 2);
        assert!(html.contains("2026-11-27 14:20:00") && html.contains("2026-11-27 15:20:00"));

        let zh = conflicts_page(Lang::ZhCn, &who(), &[conflict(5)]);
        assert!(zh.contains(">保留先收到的版本</button>") && zh.contains(">改用新上传的版本</button>"));

        let none = conflicts_page(Lang::ZhCn, &who(), &[]);
        assert_page(&none, Lang::ZhCn, true);
        assert!(none.contains("没有需要处理的冲突") && !none.contains("/resolve"));
    }

    #[test]
    fn resolved_conflicts_show_the_decision_instead_of_buttons() {
        let mut c = conflict(6);
        c.resolved_at = Some("2026-11-28T01:00:00Z".parse().unwrap());
        c.kept = Some(Keep::Incoming);
        let html = conflicts_page(Lang::EnUs, &who(), &[c]);
        assert!(!html.contains("/resolve") && html.contains("The new version was used"));
    }

    #[test]
    fn overview_has_numbers_charts_and_tables() {
        let totals = Totals {
            events: 12,
            open_events: 3,
            attendance: 45678,
            unique_learners: 1200,
            lessons_completed: 99999,
            open_conflicts: 2,
            ..Totals::default()
        };
        let per_city = [bucket("上海", 10), bucket(XSS, 30), bucket("北京", 20)];
        let per_month = [bucket("2026-11", 5), bucket("2026-10", 50)];
        let html = overview_page(Lang::ZhCn, &who(), &totals, &per_city, &per_month);
        assert_page(&html, Lang::ZhCn, true);
        assert!(!html.contains(XSS));
        for n in ["45,678", "1,200", "99,999", ">12<", ">3<"] {
            assert!(html.contains(n), "{n}");
        }
        assert!(html.contains("href=\"/dashboard/conflicts\""));
        assert_eq!(html.matches("<svg").count(), 5);
        assert_eq!(html.matches("role=\"img\"").count(), 5);
        assert_eq!(html.matches("<details>").count(), 5);
        assert_eq!(html.matches("<rect class=\"bar\"").count(), 3 * 2 + 2 * 3);
        // Cities by value, most first; months in time order.
        let city_chart = &html[html.find("各城市签到人次").unwrap()..];
        let (a, b, c) = (
            city_chart.find("&lt;script").unwrap(),
            city_chart.find("北京").unwrap(),
            city_chart.find("上海").unwrap(),
        );
        assert!(a < b && b < c);
        let month_chart = &html[html.find("每月签到人次").unwrap()..];
        assert!(month_chart.find("2026-10").unwrap() < month_chart.find("2026-11").unwrap());
    }

    #[test]
    fn overview_without_data_renders() {
        let html = overview_page(Lang::EnUs, &who(), &Totals::default(), &[], &[]);
        assert_page(&html, Lang::EnUs, true);
        assert_eq!(html.matches("No data yet.").count(), 2, "one sentence per section, not per chart");
        assert!(!html.contains("NaN"));
        let zeros = overview_page(Lang::EnUs, &who(), &Totals::default(), &[bucket("a", 0)], &[bucket("2026-01", 0)]);
        assert_eq!(zeros.matches("<rect class=\"bar\"").count(), 5);
        assert!(!zeros.contains("NaN") && !zeros.contains("inf\""));
    }

    #[test]
    fn error_page_is_kind_and_escaped() {
        let html = error_page(Lang::EnUs, None, 404, XSS);
        assert_page(&html, Lang::EnUs, false);
        assert!(html.contains("<h1>This page was not found</h1>") && !html.contains(XSS));
        assert!(html.contains("href=\"/dashboard/login\""));
        let signed_in = error_page(Lang::ZhCn, Some(&who()), 500, "请稍后再试。");
        assert_page(&signed_in, Lang::ZhCn, true);
        assert!(signed_in.contains("服务器出了点问题") && signed_in.contains("请稍后再试。"));
    }
}
