//! Every error a program sees: a status, a stable code and a sentence (`ApiError`), never a
//! Rust error string or a stack trace. Bad input is a 4xx; only our own faults are a 500.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use blue_vest_protocol::ApiError;
use serde::de::DeserializeOwned;

use crate::storage::StorageError;

#[derive(Debug)]
pub struct Problem {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub retry_after: Option<u64>,
}

impl Problem {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Problem {
        Problem { status, code, message: message.into(), retry_after: None }
    }

    pub fn bad_request(message: impl Into<String>) -> Problem {
        Problem::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }

    pub fn unauthorized() -> Problem {
        Problem::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "sign in again: the token is missing, unknown, expired or revoked",
        )
    }

    pub fn forbidden() -> Problem {
        Problem::new(StatusCode::FORBIDDEN, "forbidden", "this belongs to another organisation")
    }

    pub fn forbidden_for_senior() -> Problem {
        Problem::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "a senior's token may only upload attendance and fetch lesson packs",
        )
    }

    pub fn not_found() -> Problem {
        Problem::new(StatusCode::NOT_FOUND, "not_found", "no such thing here")
    }

    pub fn rate_limited(retry_after: u64) -> Problem {
        Problem {
            retry_after: Some(retry_after),
            ..Problem::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                "too many attempts: wait a little and try again",
            )
        }
    }

    /// Too much of the server is busy (password checks): come back in `retry_after` seconds.
    pub fn busy(retry_after: u64) -> Problem {
        Problem {
            retry_after: Some(retry_after),
            ..Problem::new(StatusCode::SERVICE_UNAVAILABLE, "busy", "the server is busy: try again in a moment")
        }
    }

    pub fn timeout() -> Problem {
        Problem::new(StatusCode::REQUEST_TIMEOUT, "timeout", "the request took too long; nothing was changed by halves")
    }

    pub fn internal() -> Problem {
        Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the server had a problem; nothing was lost, try again",
        )
    }
}

impl From<StorageError> for Problem {
    fn from(e: StorageError) -> Problem {
        match e {
            StorageError::NotFound => Problem::not_found(),
            StorageError::Taken("code") => {
                Problem::new(StatusCode::CONFLICT, "code_taken", "another open event uses this code; choose another")
            }
            StorageError::Taken(what) => {
                Problem::new(StatusCode::CONFLICT, "taken", format!("this {what} is already taken"))
            }
            StorageError::Closed => Problem::new(StatusCode::CONFLICT, "event_closed", "the event is closed"),
            StorageError::HasAttendance => Problem::new(
                StatusCode::CONFLICT,
                "event_has_attendance",
                "the event already has attendance, so its city and month cannot change",
            ),
            other => {
                tracing::error!(error = %other, "storage failed");
                Problem::internal()
            }
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let body = ApiError { error: self.code.to_owned(), message: self.message };
        let mut response = (self.status, axum::Json(body)).into_response();
        if let Some(secs) = self.retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

/// `axum::Json`, with its rejections answered as `ApiError`s that name the problem.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = Problem;

    async fn from_request(req: Request, state: &S) -> Result<Self, Problem> {
        let axum::Json(value) =
            axum::Json::<serde_json::Value>::from_request(req, state).await.map_err(json_problem)?;
        // serde reads a struct from an array too (its fields in order); the API's bodies are
        // objects, and none has an array of arrays.
        if !value.is_object() || has_nested_array(&value) {
            return Err(Problem::bad_request("the JSON does not fit: the body is an object of the documented fields"));
        }
        // With the path of the field that does not fit, as axum's own `Json` names it.
        serde_path_to_error::deserialize(value)
            .map(ApiJson)
            .map_err(|e| Problem::bad_request(format!("the JSON does not fit: {e}")))
    }
}

fn has_nested_array(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Array(items) => items.iter().any(|i| i.is_array() || has_nested_array(i)),
        serde_json::Value::Object(fields) => fields.values().any(has_nested_array),
        _ => false,
    }
}

fn json_problem(rejection: JsonRejection) -> Problem {
    match rejection {
        JsonRejection::JsonDataError(e) => Problem::bad_request(format!("the JSON does not fit: {}", e.body_text())),
        JsonRejection::JsonSyntaxError(e) => Problem::bad_request(format!("malformed JSON: {}", e.body_text())),
        JsonRejection::MissingJsonContentType(_) => Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send the body as JSON with Content-Type: application/json",
        ),
        JsonRejection::BytesRejection(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            format!("the body is larger than {} KiB", crate::settings::MAX_BODY_BYTES / 1024),
        ),
        other => Problem::new(other.status(), "bad_request", other.body_text()),
    }
}

/// `axum::extract::Path`, with a bad path parameter (not a number, out of range) answered as a
/// JSON `bad_request` that names it.
pub struct ApiPath<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for ApiPath<T> {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Problem> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(v)) => Ok(ApiPath(v)),
            Err(PathRejection::FailedToDeserializePathParams(e)) => {
                Err(Problem::bad_request(format!("the path does not fit: {}", e.body_text())))
            }
            Err(other) => Err(Problem::new(other.status(), "bad_request", other.body_text())),
        }
    }
}

/// `axum::extract::Query`, with a bad query string answered as a JSON `bad_request`.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Problem> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(v)) => Ok(ApiQuery(v)),
            Err(QueryRejection::FailedToDeserializeQueryString(e)) => {
                Err(Problem::bad_request(format!("the query does not fit: {}", e.body_text())))
            }
            Err(other) => Err(Problem::new(other.status(), "bad_request", other.body_text())),
        }
    }
}
