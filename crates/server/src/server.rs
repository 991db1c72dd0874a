//! The HTTP server: the router with its middleware (body limit, timeout, request ids, tracing
//! without secrets, panics caught), and starting it on a listener.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::sensitive_headers::SetSensitiveRequestHeadersLayer;
use tower_http::trace::TraceLayer;

use crate::problem::Problem;
use crate::settings::MAX_BODY_BYTES;
use crate::state::AppState;
use crate::storage::Storage;
use crate::{api, dashboard};

pub fn router(state: AppState) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .merge(api::routes())
        .merge(dashboard::routes())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn_with_state(state.clone(), timeout))
        .with_state(state)
        .layer(CatchPanicLayer::custom(|_| {
            tracing::error!("a handler panicked");
            Problem::internal().into_response()
        }))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
            // The path only: no query string, no headers (tokens and cookies never reach a log).
            let id = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
            tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), id = %id)
        }))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .layer(SetSensitiveRequestHeadersLayer::new([header::AUTHORIZATION, header::COOKIE]))
}

/// The slowest link a request body is given time for (a crowded event's Wi-Fi or 2G): a body of
/// `n` bytes gets `n / UPLOAD_BYTES_PER_SECOND` seconds on top of the request timeout.
pub const UPLOAD_BYTES_PER_SECOND: u64 = 4 * 1024;
/// The most any request may take, however large its body (a 5 MiB lesson pack at the slowest
/// link would take longer; 5 minutes is what an organiser would wait).
pub const UPLOAD_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(300);

/// How long a request may take: the request timeout, plus the time its declared body needs at
/// `UPLOAD_BYTES_PER_SECOND`, at most `UPLOAD_TIMEOUT`.
fn time_limit(request_timeout: std::time::Duration, body_bytes: u64) -> std::time::Duration {
    let upload = std::time::Duration::from_secs_f64(body_bytes as f64 / UPLOAD_BYTES_PER_SECOND as f64);
    (request_timeout + upload).min(UPLOAD_TIMEOUT.max(request_timeout))
}

/// No request takes longer than its `time_limit`; one that would is answered 408 `timeout`
/// (JSON, as every API error) and its work is dropped, its transaction rolled back.
async fn timeout(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: Request<axum::body::Body>,
    next: axum::middleware::Next,
) -> Response {
    let body_bytes =
        req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse().ok()).unwrap_or(0u64);
    match tokio::time::timeout(time_limit(state.request_timeout, body_bytes), next.run(req)).await {
        Ok(response) => response,
        Err(_) => Problem::timeout().into_response(),
    }
}

async fn not_found(uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/dashboard") {
        dashboard::not_found_page().into_response()
    } else {
        Problem::not_found().into_response()
    }
}

async fn method_not_allowed() -> Response {
    Problem::new(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", "this path does not take that method")
        .into_response()
}

/// A server running on a task; `shutdown` stops it gracefully.
pub struct Running {
    pub addr: SocketAddr,
    pub state: AppState,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Running {
    pub async fn shutdown(self) {
        let _ = self.stop.send(());
        let _ = self.task.await;
    }
}

/// A listening socket with a long accept queue: a hall of phones syncing at the same moment must
/// not wait for SYN retries (the default backlog of 128 made a burst of 1,000 connections wait
/// about a second).
pub fn listener(listen: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = if listen.is_ipv4() { tokio::net::TcpSocket::new_v4()? } else { tokio::net::TcpSocket::new_v6()? };
    socket.set_reuseaddr(true)?;
    socket.bind(listen)?;
    socket.listen(4096)
}

/// Serves the full router with the default settings on `listen` (port 0 picks a free port)
/// until shut down.
pub async fn spawn(storage: Arc<dyn Storage>, listen: SocketAddr) -> anyhow::Result<Running> {
    spawn_with(AppState::new(storage), listen).await
}

/// Serves the full router over `state` on `listen` until shut down.
pub async fn spawn_with(state: AppState, listen: SocketAddr) -> anyhow::Result<Running> {
    let listener = listener(listen)?;
    let addr = listener.local_addr()?;
    let app = router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = stopped.await;
            })
            .await
    });
    Ok(Running { addr, state, stop, task })
}
