//! An organisation's events as both front ends show them: one event checked to be the caller's
//! own, and pages of events newest first with a cursor for the next page.

use chrono::{DateTime, Utc};

use crate::problem::Problem;
use crate::state::AppState;
use crate::storage::{Event, EventId, EventQuery, EventState, OrgId};

/// An event of the caller's own organisation: 404 if there is none, 403 if it is another's.
pub async fn own_event(state: &AppState, org: OrgId, id: EventId) -> Result<Event, Problem> {
    let event = state.storage.event(id).await?.ok_or_else(Problem::not_found)?;
    if event.organisation != org {
        return Err(Problem::forbidden());
    }
    Ok(event)
}

/// One page of an organisation's events.
pub struct EventPage {
    /// Which events were asked for (`?state=`).
    pub filter: EventState,
    pub events: Vec<Event>,
    /// The cursor of the next page (`?before=`), if there may be one.
    pub next: Option<String>,
}

/// A page of `limit` events from the query's `state` and `before` as they came in the URL.
pub async fn page(
    state: &AppState,
    org: OrgId,
    filter: Option<&str>,
    before: Option<&str>,
    limit: i64,
) -> Result<EventPage, Problem> {
    let query = EventQuery { state: parse_state(filter)?, before: before.map(parse_cursor).transpose()?, limit };
    let events = state.storage.events(org, &query).await?;
    let next = (events.len() as i64 == limit).then(|| events.last().map(cursor_of)).flatten();
    Ok(EventPage { filter: query.state, events, next })
}

/// A page cursor: the last row's start (Unix ms) and id.
pub fn cursor_of(e: &Event) -> String {
    format!("{}_{}", e.starts_at.timestamp_millis(), e.id)
}

/// A cursor as `cursor_of` writes it, of the form `form::CURSOR_PATTERN` states.
pub fn parse_cursor(s: &str) -> Result<(DateTime<Utc>, EventId), Problem> {
    let bad = || Problem::bad_request("before: not a cursor from a previous page");
    let (at, id) = s.split_once('_').ok_or_else(bad)?;
    let digits = |d: &str, max: usize| (1..=max).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit());
    if !digits(at.strip_prefix('-').unwrap_or(at), 15) || !digits(id, 18) {
        return Err(bad());
    }
    let at = DateTime::from_timestamp_millis(at.parse().map_err(|_| bad())?).ok_or_else(bad)?;
    Ok((at, id.parse().map_err(|_| bad())?))
}

pub fn parse_state(s: Option<&str>) -> Result<EventState, Problem> {
    match s {
        None | Some("all") => Ok(EventState::All),
        Some("open") => Ok(EventState::Open),
        Some("closed") => Ok(EventState::Closed),
        Some(_) => Err(Problem::bad_request("state: open, closed or all")),
    }
}
