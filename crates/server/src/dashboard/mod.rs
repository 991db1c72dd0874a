//! The organiser dashboard: server-rendered HTML (no JavaScript), signed in with a session
//! cookie that carries a volunteer token. Handlers here fetch and check; `pages`, `charts` and
//! `csv` render.

pub mod charts;
pub mod csv;
pub mod i18n;
mod packs;
pub mod pages;

use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;

use crate::auth;
use crate::client::ClientKey;
use crate::problem::Problem;
use crate::service::{accounts, events};
use crate::session;
use crate::state::AppState;
use crate::storage::{ConflictId, EventId, Grant, Keep, OrgId, TokenHash, VolunteerId};
use i18n::{Lang, Msg};
use pages::Who;

const PAGE_SIZE: i64 = 50;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(|| async { Redirect::to("/dashboard") }))
        .route("/dashboard/login", get(login_form).post(login))
        .route("/dashboard/logout", post(logout))
        .route("/dashboard", get(overview))
        .route("/dashboard/events", get(events))
        .route("/dashboard/events/{id}", get(event))
        .route("/dashboard/events/{id}/attendance.csv", get(event_csv))
        .route("/dashboard/attendance.csv", get(org_csv))
        .route("/dashboard/conflicts", get(conflicts))
        .route("/dashboard/conflicts/{id}/resolve", post(resolve))
        .merge(packs::routes())
}

/// The page language: `?lang=`, else `Accept-Language`, else Chinese.
pub struct PageLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for PageLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        #[derive(Deserialize)]
        struct LangQuery {
            lang: Option<String>,
        }
        // Decoded like every other query parameter; other parameters are the page's own.
        let query_lang = Query::<LangQuery>::try_from_uri(&parts.uri).ok().and_then(|q| q.0.lang);
        let accept = parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
        Ok(PageLang(Lang::from_request(query_lang.as_deref(), accept)))
    }
}

/// A signed-in volunteer on the dashboard; without a live session the page sends them to sign in.
pub struct Session {
    pub who: Who,
    pub org: OrgId,
    pub volunteer: VolunteerId,
    pub token_hash: TokenHash,
    pub lang: Lang,
}

/// The per-session form token: a hash of the session token, so no state is kept for it.
fn csrf_of(token_hash: &TokenHash) -> String {
    auth::token_hash(&format!("csrf:{}", token_hash.as_str())).as_str()[..32].to_owned()
}

impl FromRequestParts<AppState> for Session {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let PageLang(lang) = PageLang::from_request_parts(parts, state).await.unwrap_or(PageLang(Lang::ZhCn));
        let to_login = || Redirect::to("/dashboard/login").into_response();
        let token = session::session_token(parts).ok_or_else(to_login)?.to_owned();
        let found = session::lookup(state, &token).await.map_err(|p| error_response(lang, None, p))?;
        let Some((Grant::Volunteer { volunteer, org, .. }, token_hash)) = found else {
            return Err(to_login());
        };
        let load = async {
            let v = state.storage.volunteer(volunteer).await?;
            let o = state.storage.org(org).await?;
            Ok::<_, crate::storage::StorageError>(v.zip(o))
        };
        let Some((v, o)) = load.await.map_err(|e| error_response(lang, None, e.into()))? else {
            return Err(to_login());
        };
        let who = Who { name: v.name, org_name: o.name, csrf: csrf_of(&token_hash) };
        Ok(Session { who, org, volunteer, token_hash, lang })
    }
}

fn error_response(lang: Lang, who: Option<&Who>, p: Problem) -> Response {
    // The page's heading already says what kind of problem it is; a 403 also says whose it is.
    let message = if p.status == StatusCode::FORBIDDEN { lang.t(Msg::EventOfAnotherOrg) } else { "" };
    (p.status, Html(pages::error_page(lang, who, p.status.as_u16(), message))).into_response()
}

pub fn not_found_page() -> Response {
    (StatusCode::NOT_FOUND, Html(pages::error_page(Lang::ZhCn, None, 404, ""))).into_response()
}

/// The page with headers that keep it out of caches and frames.
fn page(html: String) -> Response {
    let mut r = Html(html).into_response();
    let h = r.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'",
        ),
    );
    r
}

/// The sign-in form's own CSRF cookie (double submit: the form carries the same random value),
/// so another site cannot sign a browser in to an account of its choosing.
const LOGIN_CSRF_COOKIE: &str = "bv_login";

/// A cookie with the attributes every dashboard cookie has: `Secure` unless the server was told
/// it is reached over plain HTTP (development).
fn cookie(state: &AppState, name: &str, value: &str, path: &str, max_age: i64) -> HeaderValue {
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let text = format!("{name}={value}; Path={path}; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}");
    HeaderValue::from_str(&text).expect("cookie values are URL-safe")
}

/// The sign-in form with a new form token and its cookie.
fn login_response(state: &AppState, lang: Lang, status: StatusCode, error: Option<&str>, email: &str) -> Response {
    let csrf = auth::new_token();
    let mut r = page_status(status, pages::login_page(lang, error, email, &csrf));
    r.headers_mut().append(header::SET_COOKIE, cookie(state, LOGIN_CSRF_COOKIE, &csrf, "/dashboard/login", 3600));
    r
}

async fn login_form(State(state): State<AppState>, PageLang(lang): PageLang) -> Response {
    login_response(&state, lang, StatusCode::OK, None, "")
}

#[derive(Deserialize)]
struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
}

/// The value of a cookie of the request.
fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(';')).find_map(|pair| {
        let (n, value) = pair.trim().split_once('=')?;
        (n == name && !value.is_empty()).then_some(value)
    })
}

async fn login(
    State(state): State<AppState>,
    ClientKey(client): ClientKey,
    PageLang(lang): PageLang,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    if form.csrf.is_empty() || cookie_value(&headers, LOGIN_CSRF_COOKIE) != Some(form.csrf.as_str()) {
        return login_response(&state, lang, StatusCode::FORBIDDEN, Some(lang.t(Msg::FormExpired)), "");
    }
    match accounts::sign_in(&state, client, &form.email, &form.password).await {
        Ok(s) => {
            let max_age = auth::VOLUNTEER_TOKEN_DAYS * 24 * 3600;
            let mut r = Redirect::to("/dashboard").into_response();
            r.headers_mut().append(header::SET_COOKIE, cookie(&state, session::SESSION_COOKIE, &s.token, "/", max_age));
            r.headers_mut().append(header::SET_COOKIE, cookie(&state, LOGIN_CSRF_COOKIE, "", "/dashboard/login", 0));
            r
        }
        Err(p) => {
            let msg = match p.status {
                StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE => lang.t(Msg::ErrorTooMany),
                StatusCode::UNAUTHORIZED | StatusCode::BAD_REQUEST => lang.t(Msg::LoginFailed),
                _ => lang.t(Msg::ErrorServer),
            };
            // The typed email is shown again, without what no form should hold.
            let email: String = form.email.chars().filter(|c| !c.is_control()).take(accounts::MAX_EMAIL).collect();
            login_response(&state, lang, p.status, Some(msg), &email)
        }
    }
}

#[derive(Deserialize)]
struct CsrfForm {
    csrf: String,
}

/// The page that refuses a form whose CSRF token is not this session's, if it is not.
fn csrf_refusal(s: &Session, given: &str) -> Option<Response> {
    (given != s.who.csrf).then(|| {
        page_status(StatusCode::FORBIDDEN, pages::error_page(s.lang, Some(&s.who), 403, s.lang.t(Msg::FormExpired)))
    })
}

fn page_status(status: StatusCode, html: String) -> Response {
    let mut r = page(html);
    *r.status_mut() = status;
    r
}

async fn logout(State(state): State<AppState>, s: Session, Form(form): Form<CsrfForm>) -> Response {
    if let Some(r) = csrf_refusal(&s, &form.csrf) {
        return r;
    }
    if let Err(p) = accounts::sign_out(&state, &s.token_hash).await {
        return error_response(s.lang, Some(&s.who), p);
    }
    let mut r = Redirect::to("/dashboard/login").into_response();
    r.headers_mut().insert(header::SET_COOKIE, cookie(&state, session::SESSION_COOKIE, "", "/", 0));
    r
}

async fn overview(State(state): State<AppState>, s: Session) -> Response {
    let data = async {
        let mut totals = state.storage.totals().await?;
        // The charts and totals are campaign-wide; the conflicts to resolve are this organisation's.
        totals.open_conflicts = state.storage.open_conflicts(s.org).await?;
        let cities = state.storage.per_city().await?;
        let months = state.storage.per_month().await?;
        Ok::<_, crate::storage::StorageError>((totals, cities, months))
    };
    match data.await {
        Ok((totals, cities, months)) => page(pages::overview_page(s.lang, &s.who, &totals, &cities, &months)),
        Err(e) => error_response(s.lang, Some(&s.who), e.into()),
    }
}

#[derive(Deserialize)]
struct EventsQuery {
    state: Option<String>,
    before: Option<String>,
}

async fn events(State(state): State<AppState>, s: Session, Query(q): Query<EventsQuery>) -> Response {
    match events::page(&state, s.org, q.state.as_deref(), q.before.as_deref(), PAGE_SIZE).await {
        Ok(p) => page(pages::events_page(s.lang, &s.who, &p.events, p.filter, p.next.as_deref())),
        Err(p) => error_response(s.lang, Some(&s.who), p),
    }
}

async fn event(State(state): State<AppState>, s: Session, Path(id): Path<EventId>) -> Response {
    let result = async {
        let event = events::own_event(&state, s.org, id).await?;
        let attendance = state.storage.event_attendance(id).await?;
        Ok::<_, Problem>((event, attendance))
    };
    match result.await {
        Ok((event, attendance)) => page(pages::event_page(s.lang, &s.who, &event, &attendance)),
        Err(p) => error_response(s.lang, Some(&s.who), p),
    }
}

fn csv_response(filename: &str, body: String) -> Response {
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")).expect("ascii filename"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // Excel on Chinese Windows reads a CSV without a byte-order mark as GBK.
    (headers, format!("{}{body}", csv::UTF8_BOM)).into_response()
}

async fn event_csv(State(state): State<AppState>, s: Session, Path(id): Path<EventId>) -> Response {
    let result = async {
        let event = events::own_event(&state, s.org, id).await?;
        Ok::<_, Problem>((event.code, state.storage.export_attendance(s.org, Some(id)).await?))
    };
    match result.await {
        Ok((code, rows)) => csv_response(&format!("attendance-{id}-{code}.csv"), csv::attendance_csv(&rows)),
        Err(p) => error_response(s.lang, Some(&s.who), p),
    }
}

async fn org_csv(State(state): State<AppState>, s: Session) -> Response {
    match state.storage.export_attendance(s.org, None).await {
        Ok(rows) => csv_response(&format!("attendance-org-{}.csv", s.org), csv::attendance_csv(&rows)),
        Err(e) => error_response(s.lang, Some(&s.who), e.into()),
    }
}

async fn conflicts(State(state): State<AppState>, s: Session) -> Response {
    match state.storage.conflicts(s.org, true).await {
        Ok(list) => page(pages::conflicts_page(s.lang, &s.who, &list)),
        Err(e) => error_response(s.lang, Some(&s.who), e.into()),
    }
}

#[derive(Deserialize)]
struct ResolveForm {
    csrf: String,
    keep: Keep,
}

async fn resolve(
    State(state): State<AppState>,
    s: Session,
    Path(id): Path<ConflictId>,
    Form(form): Form<ResolveForm>,
) -> Response {
    if let Some(r) = csrf_refusal(&s, &form.csrf) {
        return r;
    }
    match state.storage.resolve_conflict(s.org, id, form.keep, state.now()).await {
        Ok(()) => Redirect::to("/dashboard/conflicts").into_response(),
        Err(e) => error_response(s.lang, Some(&s.who), e.into()),
    }
}
