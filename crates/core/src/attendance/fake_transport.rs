//! The one fake transport of the unit tests: it records every call, answers uploads from a
//! script, hands out numbered senior tokens and answers sign-ins from a queue.

use std::collections::{BTreeMap, VecDeque};
use std::sync::Mutex;

use blue_vest_protocol::{
    AttendanceBatch, BatchResult, EventCode, EventInfo, ItemResult, ItemStatus, LoginResponse, NewEventRequest,
    PackList, ReservedCodes, SeniorTokenResponse,
};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::transport::{Transport, TransportError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Call {
    Login,
    SeniorToken(String),
    Upload {
        token: String,
        ids: Vec<Uuid>,
    },
    Events(String),
    /// An event made offline, by its venue.
    CreateEvent(String),
    ReserveCodes,
    /// The pack list, with this token.
    Packs(String),
    /// A pack archive, by its path, and the phone's id sent with it.
    PackArchive {
        path: String,
        phone: String,
    },
}

pub type UploadScript = Box<dyn FnMut(&str, &AttendanceBatch) -> Result<BatchResult, TransportError> + Send>;
/// Pack archives by their path on the server.
pub type Archives = BTreeMap<String, Vec<u8>>;
pub type CreateScript = Box<dyn FnMut(&NewEventRequest) -> Result<EventInfo, TransportError> + Send>;

pub struct FakeTransport {
    calls: Mutex<Vec<Call>>,
    upload: Mutex<UploadScript>,
    create: Mutex<CreateScript>,
    reserved: Mutex<Result<ReservedCodes, TransportError>>,
    logins: Mutex<VecDeque<Result<LoginResponse, TransportError>>>,
    /// The pack list and the archives by path (default: no packs).
    packs: Mutex<(Option<PackList>, Archives)>,
    /// Senior tokens handed out so far; the next is `senior-<n+1>`.
    issued: Mutex<u32>,
    /// When set, every call must go to this server.
    server: Option<String>,
    /// Senior tokens expire this long after `token_clock`.
    token_clock: DateTime<Utc>,
}

fn offline() -> TransportError {
    TransportError::Offline("not scripted in this test".into())
}

impl FakeTransport {
    pub fn new(
        upload: impl FnMut(&str, &AttendanceBatch) -> Result<BatchResult, TransportError> + Send + 'static,
    ) -> FakeTransport {
        FakeTransport {
            calls: Mutex::new(Vec::new()),
            upload: Mutex::new(Box::new(upload)),
            create: Mutex::new(Box::new(|_| Err(offline()))),
            // A server without code reservations (older) unless a test scripts them.
            reserved: Mutex::new(Err(TransportError::Refused {
                status: 404,
                code: "not_found".into(),
                message: "not scripted in this test".into(),
            })),
            logins: Mutex::new(VecDeque::new()),
            packs: Mutex::new((None, BTreeMap::new())),
            issued: Mutex::new(0),
            server: None,
            token_clock: Utc::now(),
        }
    }

    /// Answers every record with `status`.
    pub fn answering(status: ItemStatus) -> FakeTransport {
        FakeTransport::new(move |_, batch| Ok(answer(batch, |_| Some(status.clone()))))
    }

    /// Answers sign-ins, in order, from `answers`; uploads fail as offline.
    pub fn with_logins(answers: Vec<Result<LoginResponse, TransportError>>) -> FakeTransport {
        let fake = FakeTransport::new(|_, _| Err(offline()));
        *fake.logins.lock().unwrap() = answers.into();
        fake
    }

    /// Every call must name `server`; senior tokens are valid two days from `clock`.
    pub fn at(mut self, server: &str, clock: DateTime<Utc>) -> FakeTransport {
        self.server = Some(server.to_owned());
        self.token_clock = clock;
        self
    }

    pub fn script(
        &self,
        upload: impl FnMut(&str, &AttendanceBatch) -> Result<BatchResult, TransportError> + Send + 'static,
    ) {
        *self.upload.lock().unwrap() = Box::new(upload);
    }

    /// Answers events made offline with `create` (default: offline).
    pub fn script_events(
        &self,
        create: impl FnMut(&NewEventRequest) -> Result<EventInfo, TransportError> + Send + 'static,
    ) {
        *self.create.lock().unwrap() = Box::new(create);
    }

    /// Answers code reservations with `answer` (default: 404, as a server without them).
    pub fn script_reservations(&self, answer: Result<ReservedCodes, TransportError>) {
        *self.reserved.lock().unwrap() = answer;
    }

    /// Offers `list` with `archives` by path (default: an empty list).
    pub fn script_packs(&self, list: PackList, archives: Archives) {
        *self.packs.lock().unwrap() = (Some(list), archives);
    }

    pub fn calls(&self) -> Vec<Call> {
        self.calls.lock().unwrap().clone()
    }

    pub fn uploads(&self) -> Vec<(String, Vec<Uuid>)> {
        self.calls()
            .into_iter()
            .filter_map(|c| match c {
                Call::Upload { token, ids } => Some((token, ids)),
                _ => None,
            })
            .collect()
    }

    fn called(&self, server: &str, call: Call) {
        if let Some(expected) = &self.server {
            assert_eq!(server, expected, "{call:?} went to another server");
        }
        self.calls.lock().unwrap().push(call);
    }
}

/// The server's answer to `batch`: `status(id)` for each record (`None` leaves it out).
pub fn answer(batch: &AttendanceBatch, status: impl Fn(Uuid) -> Option<ItemStatus>) -> BatchResult {
    BatchResult {
        results: batch
            .records
            .iter()
            .filter_map(|r| status(r.id).map(|s| ItemResult { id: r.id, status: s }))
            .collect(),
    }
}

impl Transport for FakeTransport {
    fn login(&self, server: &str, _: &str, _: &str) -> Result<LoginResponse, TransportError> {
        self.called(server, Call::Login);
        self.logins.lock().unwrap().pop_front().unwrap_or_else(|| Err(offline()))
    }

    fn senior_token(&self, server: &str, code: &EventCode) -> Result<SeniorTokenResponse, TransportError> {
        self.called(server, Call::SeniorToken(code.to_string()));
        let mut n = self.issued.lock().unwrap();
        *n += 1;
        Ok(SeniorTokenResponse {
            token: format!("senior-{n}"),
            event_code: code.clone(),
            expires_at: self.token_clock + chrono::Duration::days(2),
        })
    }

    fn upload(&self, server: &str, token: &str, batch: &AttendanceBatch) -> Result<BatchResult, TransportError> {
        assert!(
            !batch.records.is_empty() && batch.records.len() <= super::engine::BATCH,
            "batch of {}",
            batch.records.len()
        );
        self.called(
            server,
            Call::Upload { token: token.to_owned(), ids: batch.records.iter().map(|r| r.id).collect() },
        );
        (self.upload.lock().unwrap())(token, batch)
    }

    fn events(&self, server: &str, token: &str) -> Result<Vec<EventInfo>, TransportError> {
        self.called(server, Call::Events(token.to_owned()));
        Ok(Vec::new())
    }

    fn create_event(&self, server: &str, _: &str, event: &NewEventRequest) -> Result<EventInfo, TransportError> {
        self.called(server, Call::CreateEvent(event.venue.clone()));
        (self.create.lock().unwrap())(event)
    }

    fn reserve_codes(&self, server: &str, _: &str, _: u32) -> Result<ReservedCodes, TransportError> {
        self.called(server, Call::ReserveCodes);
        self.reserved.lock().unwrap().clone()
    }

    fn logout(&self, _: &str, _: &str) -> Result<(), TransportError> {
        Err(offline())
    }

    fn packs(&self, server: &str, token: &str) -> Result<PackList, TransportError> {
        self.called(server, Call::Packs(token.to_owned()));
        let scripted = self.packs.lock().unwrap().0.clone();
        Ok(scripted.unwrap_or_else(|| PackList {
            city: String::new(),
            date: self.token_clock.date_naive(),
            packs: Vec::new(),
            withdrawn: Vec::new(),
        }))
    }

    fn pack_archive(
        &self,
        server: &str,
        _: &str,
        phone: &str,
        path: &str,
        max_bytes: u64,
    ) -> Result<Vec<u8>, TransportError> {
        self.called(server, Call::PackArchive { path: path.to_owned(), phone: phone.to_owned() });
        let bytes = self.packs.lock().unwrap().1.get(path).cloned().ok_or_else(offline)?;
        if bytes.len() as u64 > max_bytes {
            return Err(TransportError::Refused {
                status: 413,
                code: "archive_too_large".into(),
                message: String::new(),
            });
        }
        Ok(bytes)
    }
}
