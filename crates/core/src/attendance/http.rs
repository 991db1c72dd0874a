//! The real transport: reqwest's blocking client (it runs on the sync worker thread) with
//! rustls and bundled web-PKI roots, a timeout on every request, and API v1's JSON bodies.

use std::io::Read;
use std::time::Duration;

use blue_vest_protocol::{
    ApiError, AttendanceBatch, BatchResult, CodeReservationRequest, EventCode, EventInfo, EventList, LoginRequest,
    LoginResponse, NewEventRequest, PackList, ReservedCodes, SeniorTokenRequest, SeniorTokenResponse,
};
use reqwest::blocking::{Client, RequestBuilder, Response};
use serde::de::DeserializeOwned;

use super::transport::{Transport, TransportError};

/// No request waits longer than this for the whole answer.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(8);
/// A lesson pack's archive (up to a few MB at an event's Wi-Fi) may take this long.
pub const ARCHIVE_TIMEOUT: Duration = Duration::from_secs(120);

pub struct HttpTransport {
    client: Client,
}

impl HttpTransport {
    pub fn new() -> Result<HttpTransport, TransportError> {
        Self::with_timeouts(CONNECT_TIMEOUT, REQUEST_TIMEOUT)
    }

    pub fn with_timeouts(connect: Duration, whole: Duration) -> Result<HttpTransport, TransportError> {
        let client = Client::builder()
            .connect_timeout(connect)
            .timeout(whole)
            .user_agent(concat!("blue-vest/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| TransportError::Offline(e.to_string()))?;
        Ok(HttpTransport { client })
    }

    /// Over a client built elsewhere (the fault-injection test turns connection reuse off, so
    /// each request is its own connection through its proxy).
    pub fn with_client(client: Client) -> HttpTransport {
        HttpTransport { client }
    }

    fn url(server: &str, path: &str) -> String {
        format!("{}/api/v1/{path}", server.trim_end_matches('/'))
    }

    fn send<T: DeserializeOwned>(&self, req: RequestBuilder) -> Result<T, TransportError> {
        // A cut-off or garbled body is a transport failure: the same request is retried.
        Self::call(req)?.json::<T>().map_err(|e| TransportError::Offline(without_url(&e)))
    }

    /// Sends a request; a 2xx answer is returned to be read, any other is the error it means.
    fn call(req: RequestBuilder) -> Result<Response, TransportError> {
        let response = req.send().map_err(|e| TransportError::Offline(without_url(&e)))?;
        let status = response.status().as_u16();
        if (200..300).contains(&status) {
            return Ok(response);
        }
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok())
            .unwrap_or(60);
        let body: Option<ApiError> = response.json().ok();
        Err(match status {
            401 => TransportError::Unauthorized,
            429 => TransportError::RateLimited(retry_after),
            408 => TransportError::Offline("timeout".into()),
            500.. => TransportError::Server(status),
            _ => {
                let body = body.unwrap_or(ApiError { error: "unknown".into(), message: String::new() });
                TransportError::Refused { status, code: body.error, message: body.message }
            }
        })
    }
}

/// reqwest's errors name the URL; tokens never ride in URLs, but keep messages short anyway.
fn without_url(e: &reqwest::Error) -> String {
    let kind = if e.is_timeout() {
        "timeout"
    } else if e.is_connect() {
        "connection failed"
    } else if e.is_body() || e.is_decode() {
        "the answer was cut off or garbled"
    } else {
        "request failed"
    };
    kind.to_owned()
}

impl Transport for HttpTransport {
    fn login(&self, server: &str, email: &str, password: &str) -> Result<LoginResponse, TransportError> {
        let body = LoginRequest { email: email.to_owned(), password: password.to_owned() };
        self.send(self.client.post(Self::url(server, "login")).json(&body))
    }

    fn senior_token(&self, server: &str, code: &EventCode) -> Result<SeniorTokenResponse, TransportError> {
        let body = SeniorTokenRequest { event_code: code.clone() };
        self.send(self.client.post(Self::url(server, "senior-token")).json(&body))
    }

    fn upload(&self, server: &str, token: &str, batch: &AttendanceBatch) -> Result<BatchResult, TransportError> {
        self.send(self.client.post(Self::url(server, "attendance")).bearer_auth(token).json(batch))
    }

    fn events(&self, server: &str, token: &str) -> Result<Vec<EventInfo>, TransportError> {
        let list: EventList =
            self.send(self.client.get(Self::url(server, "events?state=all&limit=200")).bearer_auth(token))?;
        Ok(list.events)
    }

    fn create_event(&self, server: &str, token: &str, event: &NewEventRequest) -> Result<EventInfo, TransportError> {
        self.send(self.client.post(Self::url(server, "events")).bearer_auth(token).json(event))
    }

    fn reserve_codes(&self, server: &str, token: &str, count: u32) -> Result<ReservedCodes, TransportError> {
        let body = CodeReservationRequest { count };
        self.send(self.client.post(Self::url(server, "code-reservations")).bearer_auth(token).json(&body))
    }

    fn logout(&self, server: &str, token: &str) -> Result<(), TransportError> {
        let response = self
            .client
            .post(Self::url(server, "logout"))
            .bearer_auth(token)
            .send()
            .map_err(|e| TransportError::Offline(without_url(&e)))?;
        match response.status().as_u16() {
            // 401: the token was already revoked or expired, which is what signing out wants.
            204 | 401 => Ok(()),
            500.. => Err(TransportError::Server(response.status().as_u16())),
            status => Err(TransportError::Refused { status, code: "logout".into(), message: String::new() }),
        }
    }

    fn packs(&self, server: &str, token: &str) -> Result<PackList, TransportError> {
        self.send(self.client.get(Self::url(server, "packs")).bearer_auth(token))
    }

    fn pack_archive(
        &self,
        server: &str,
        token: &str,
        phone: &str,
        path: &str,
        max_bytes: u64,
    ) -> Result<Vec<u8>, TransportError> {
        let Some(rest) = path.strip_prefix("/api/v1/packs/") else {
            return Err(TransportError::Refused {
                status: 400,
                code: "bad_path".into(),
                message: format!("{path:?} is not a pack archive's path on this server"),
            });
        };
        let url = Self::url(server, &format!("packs/{rest}"));
        let req = self.client.get(url).bearer_auth(token).header(super::transport::PHONE_HEADER, phone);
        let response = Self::call(req.timeout(ARCHIVE_TIMEOUT))?;
        if response.content_length().is_some_and(|n| n > max_bytes) {
            return Err(too_large(max_bytes));
        }
        let mut bytes = Vec::new();
        response
            .take(max_bytes.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|_| TransportError::Offline("the answer was cut off".into()))?;
        if bytes.len() as u64 > max_bytes {
            return Err(too_large(max_bytes));
        }
        Ok(bytes)
    }
}

/// An archive larger than a pack may be: the pack is refused, not fetched again.
fn too_large(max_bytes: u64) -> TransportError {
    TransportError::Refused {
        status: 413,
        code: "archive_too_large".into(),
        message: format!("the archive is larger than {max_bytes} bytes"),
    }
}

/// `HttpTransport` built on first use: the app starts its sync worker before the window's first
/// frame, and building the TLS client (its root store) is work that frame should not wait for.
#[derive(Default)]
pub struct LazyHttpTransport {
    inner: std::sync::OnceLock<Result<HttpTransport, TransportError>>,
}

impl LazyHttpTransport {
    fn get(&self) -> Result<&HttpTransport, TransportError> {
        self.inner.get_or_init(HttpTransport::new).as_ref().map_err(Clone::clone)
    }
}

impl Transport for LazyHttpTransport {
    fn login(&self, server: &str, email: &str, password: &str) -> Result<LoginResponse, TransportError> {
        self.get()?.login(server, email, password)
    }

    fn senior_token(&self, server: &str, code: &EventCode) -> Result<SeniorTokenResponse, TransportError> {
        self.get()?.senior_token(server, code)
    }

    fn upload(&self, server: &str, token: &str, batch: &AttendanceBatch) -> Result<BatchResult, TransportError> {
        self.get()?.upload(server, token, batch)
    }

    fn events(&self, server: &str, token: &str) -> Result<Vec<EventInfo>, TransportError> {
        self.get()?.events(server, token)
    }

    fn create_event(&self, server: &str, token: &str, event: &NewEventRequest) -> Result<EventInfo, TransportError> {
        self.get()?.create_event(server, token, event)
    }

    fn reserve_codes(&self, server: &str, token: &str, count: u32) -> Result<ReservedCodes, TransportError> {
        self.get()?.reserve_codes(server, token, count)
    }

    fn logout(&self, server: &str, token: &str) -> Result<(), TransportError> {
        self.get()?.logout(server, token)
    }

    fn packs(&self, server: &str, token: &str) -> Result<PackList, TransportError> {
        self.get()?.packs(server, token)
    }

    fn pack_archive(
        &self,
        server: &str,
        token: &str,
        phone: &str,
        path: &str,
        max_bytes: u64,
    ) -> Result<Vec<u8>, TransportError> {
        self.get()?.pack_archive(server, token, phone, path, max_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lazy_transport_builds_its_client_on_first_use() {
        let lazy = LazyHttpTransport::default();
        assert!(lazy.inner.get().is_none(), "nothing is built up front");
        // A port nobody listens on: the call reaches the network layer and fails as offline.
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let err = lazy.events(&format!("http://127.0.0.1:{port}"), "token").unwrap_err();
        assert!(matches!(err, TransportError::Offline(_)), "{err:?}");
        assert!(lazy.inner.get().is_some_and(Result::is_ok), "built on first use");
    }
}
