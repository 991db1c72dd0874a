//! The dashboard's lesson packs page: the organisation's packs with where they went, an upload
//! form (a plain HTML form, `multipart/form-data`, no JavaScript) whose refusals show the
//! checker's lines, and a withdraw button per pack. The work is `service::packs`, as for the API.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};

use super::pages::{self, PackOutcome};
use super::{CsrfForm, Session, csrf_refusal, error_response, page, page_status};
use crate::problem::Problem;
use crate::service::packs::{self as service, UploadError};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    // The archive plus the form's own few hundred bytes.
    let limit = usize::try_from(service::limits().archive_bytes).unwrap_or(usize::MAX) + 64 * 1024;
    Router::new()
        .route("/dashboard/packs", get(list).post(upload).layer(DefaultBodyLimit::max(limit)))
        .route("/dashboard/packs/{pack_id}/withdraw", post(withdraw))
}

async fn render(state: &AppState, s: &Session, outcome: Option<&PackOutcome>) -> Result<String, Problem> {
    let mut packs = Vec::new();
    for v in state.storage.org_packs(s.org).await? {
        packs.push(service::info(state, v).await?);
    }
    Ok(pages::packs_page(s.lang, &s.who, &packs, outcome))
}

async fn list(State(state): State<AppState>, s: Session) -> Response {
    match render(&state, &s, None).await {
        Ok(html) => page(html),
        Err(p) => error_response(s.lang, Some(&s.who), p),
    }
}

async fn upload(
    State(state): State<AppState>,
    s: Session,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let too_large = || {
        let limit = service::limits().archive_bytes;
        PackOutcome::Refused(vec![format!("the archive is larger than {limit} bytes, the most a pack may be")])
    };
    let (status, outcome) = match body {
        Err(r) if r.status() == StatusCode::PAYLOAD_TOO_LARGE => (StatusCode::PAYLOAD_TOO_LARGE, too_large()),
        Err(r) => return error_response(s.lang, Some(&s.who), Problem::new(r.status(), "bad_request", "")),
        Ok(body) => {
            let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
            let Some(parts) = multipart_parts(content_type, &body) else {
                return error_response(s.lang, Some(&s.who), Problem::bad_request("not a multipart form"));
            };
            let field = |name: &str| parts.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_slice());
            let csrf = field("csrf").map(String::from_utf8_lossy).unwrap_or_default();
            if let Some(r) = csrf_refusal(&s, &csrf) {
                return r;
            }
            let archive = field("archive").unwrap_or_default().to_vec();
            if archive.len() as u64 > service::limits().archive_bytes {
                (StatusCode::PAYLOAD_TOO_LARGE, too_large())
            } else {
                match service::publish(&state, s.org, s.volunteer, archive).await {
                    Ok((v, _)) => (StatusCode::OK, PackOutcome::Accepted { pack_id: v.pack_id, version: v.version }),
                    Err(UploadError::Refused(e)) => {
                        (service::refusal_status(&e), PackOutcome::Refused(service::refusal_lines(&e)))
                    }
                    Err(UploadError::Problem(p)) => return error_response(s.lang, Some(&s.who), p),
                }
            }
        }
    };
    match render(&state, &s, Some(&outcome)).await {
        Ok(html) => page_status(status, html),
        Err(p) => error_response(s.lang, Some(&s.who), p),
    }
}

async fn withdraw(
    State(state): State<AppState>,
    s: Session,
    Path(pack_id): Path<String>,
    Form(form): Form<CsrfForm>,
) -> Response {
    if let Some(r) = csrf_refusal(&s, &form.csrf) {
        return r;
    }
    match service::withdraw(&state, s.org, &pack_id, state.now()).await {
        Ok(_) => Redirect::to("/dashboard/packs").into_response(),
        Err(p) => error_response(s.lang, Some(&s.who), p),
    }
}

/// The named parts of a `multipart/form-data` body (RFC 7578), or `None` if it is not one.
/// Enough for one small form: every part is held in memory, and the body's size is already
/// limited by the route.
fn multipart_parts(content_type: &str, body: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    let (media, params) = content_type.split_once(';')?;
    if !media.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    let boundary = params.split(';').find_map(|p| {
        let (k, v) = p.trim().split_once('=')?;
        k.trim().eq_ignore_ascii_case("boundary").then(|| v.trim().trim_matches('"').to_owned())
    })?;
    if boundary.is_empty() || boundary.len() > 70 {
        return None;
    }
    let delimiter = format!("--{boundary}").into_bytes();
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    let mut rest = &body[find(body, &delimiter)? + delimiter.len()..];
    let mut parts = Vec::new();
    loop {
        if rest.starts_with(b"--") {
            return Some(parts);
        }
        rest = rest.strip_prefix(b"\r\n")?;
        let end = find(rest, &[b"\r\n".as_slice(), &delimiter].concat())?;
        let part = &rest[..end];
        rest = &rest[end + 2 + delimiter.len()..];
        let split = find(part, b"\r\n\r\n")?;
        let head = std::str::from_utf8(&part[..split]).ok()?;
        let content = &part[split + 4..];
        let name = head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            if !key.trim().eq_ignore_ascii_case("content-disposition") {
                return None;
            }
            value.split(';').find_map(|p| {
                let (k, v) = p.trim().split_once('=')?;
                (k.trim() == "name").then(|| v.trim().trim_matches('"').to_owned())
            })
        })?;
        parts.push((name, content.to_vec()));
    }
}

#[cfg(test)]
mod tests {
    use super::multipart_parts;

    #[test]
    fn a_browsers_form_body_is_read_and_anything_else_is_refused() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n\
            --XyZ\r\nContent-Disposition: form-data; name=\"archive\"; filename=\"p.zip\"\r\n\
            Content-Type: application/zip\r\n\r\nPK\x03\x04\r\n--Xy\r\n--XyZ--\r\n";
        let parts = multipart_parts("multipart/form-data; boundary=XyZ", body).unwrap();
        assert_eq!(
            parts,
            [("csrf".to_owned(), b"abc".to_vec()), ("archive".to_owned(), b"PK\x03\x04\r\n--Xy".to_vec())]
        );
        assert_eq!(multipart_parts("multipart/form-data; boundary=\"XyZ\"", body).unwrap().len(), 2);
        assert_eq!(multipart_parts("application/zip", body), None);
        assert_eq!(multipart_parts("multipart/form-data; boundary=Other", body), None);
        assert_eq!(multipart_parts("multipart/form-data; boundary=XyZ", b"--XyZ\r\nno headers end"), None);
    }
}
