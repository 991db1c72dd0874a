//! `PackSource` over HTTP (reqwest's blocking client, as the attendance sync's transport): the
//! list for the token's city, and archives read no further than the size limit.

use std::io::Read;
use std::time::Duration;

use blue_vest_protocol::{ApiError, PackList};
use reqwest::blocking::{Client, Response};

use super::sync::PackSource;
use crate::attendance::transport::TransportError;

/// A server, a token (a volunteer's or a senior's) and, if the phone knows it, its city.
pub struct HttpPackSource {
    client: Client,
    server: String,
    token: String,
    city: Option<String>,
}

impl HttpPackSource {
    pub fn new(server: &str, token: &str, city: Option<&str>) -> Result<HttpPackSource, TransportError> {
        let client = Client::builder()
            .connect_timeout(Duration::from_secs(8))
            .timeout(Duration::from_secs(120))
            .user_agent(concat!("blue-vest/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| TransportError::Offline(e.to_string()))?;
        Ok(HttpPackSource {
            client,
            server: server.trim_end_matches('/').to_owned(),
            token: token.to_owned(),
            city: city.map(str::to_owned),
        })
    }

    fn get(&self, path: &str) -> Result<Response, TransportError> {
        let mut req = self.client.get(format!("{}{path}", self.server)).bearer_auth(&self.token);
        if path == "/api/v1/packs"
            && let Some(city) = &self.city
        {
            req = req.query(&[("city", city)]);
        }
        let response = req.send().map_err(|e| TransportError::Offline(short(&e)))?;
        let status = response.status().as_u16();
        if (200..300).contains(&status) {
            return Ok(response);
        }
        Err(match status {
            401 => TransportError::Unauthorized,
            429 => TransportError::RateLimited(60),
            408 => TransportError::Offline("timeout".into()),
            500.. => TransportError::Server(status),
            _ => {
                let body = response.json::<ApiError>().ok();
                let body = body.unwrap_or(ApiError { error: "unknown".into(), message: String::new() });
                TransportError::Refused { status, code: body.error, message: body.message }
            }
        })
    }
}

fn short(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timeout"
    } else if e.is_connect() {
        "connection failed"
    } else {
        "request failed"
    }
    .to_owned()
}

impl PackSource for HttpPackSource {
    fn list(&self) -> Result<PackList, TransportError> {
        self.get("/api/v1/packs")?.json().map_err(|e| TransportError::Offline(short(&e)))
    }

    fn archive(&self, path: &str, max_bytes: u64) -> Result<Vec<u8>, TransportError> {
        if !path.starts_with("/api/v1/packs/") {
            return Err(TransportError::Refused {
                status: 400,
                code: "bad_path".into(),
                message: format!("{path:?} is not a pack archive's path on this server"),
            });
        }
        let response = self.get(path)?;
        let mut bytes = Vec::new();
        response
            .take(max_bytes.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|_| TransportError::Offline("the answer was cut off".into()))?;
        if bytes.len() as u64 > max_bytes {
            return Err(TransportError::Refused {
                status: 413,
                code: "archive_too_large".into(),
                message: format!("the archive is larger than {max_bytes} bytes"),
            });
        }
        Ok(bytes)
    }
}
