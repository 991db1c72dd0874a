//! Sending one batch and storing each record's answer: a batch refused as a body is halved
//! until the bad record stands alone; a record refused on its own too often is quarantined; a
//! failed request leaves its records with a later retry time (backoff with full jitter).

use blue_vest_protocol::{AttendanceBatch, AttendanceRecord, ItemStatus, RejectReason};
use chrono::{DateTime, Utc};
use rand::Rng;
use uuid::Uuid;

use super::{QUARANTINE_AFTER, RECHECK_UNKNOWN_HOURS, Run, SyncProblem, UPDATE_APP, age_ms, reason_code};
use crate::attendance::backoff::retry_delay;
use crate::attendance::transport::TransportError;
use crate::store::{RecordState, StoreError};

/// What the sync does after a batch.
pub(super) enum Flow {
    /// On with the next batch.
    Go,
    /// The server is out of reach: the rest waits.
    Stop,
    /// The token was refused: the rest of this token's records waits.
    TokenGone,
}

/// Whether a refusal can be about what was sent (one bad record spoils the body) rather than
/// where it went: a 404, 405 or 403 from a wrong address or a proxy is the same for every record,
/// so it is not split down or held against each record (that quarantined the whole queue).
fn about_the_records(status: u16) -> bool {
    matches!(status, 400 | 413 | 422)
}

impl<R: Rng> Run<'_, R> {
    pub(super) fn send(&mut self, token: &str, chunk: &[AttendanceRecord]) -> Result<Flow, StoreError> {
        // Each record says how old it is by this phone's clock: the server places it by that,
        // not by a clock that may be hours off.
        let now = self.now;
        let records = chunk.iter().map(|r| AttendanceRecord { age_ms: Some(age_ms(r.device_time, now)), ..r.clone() });
        let batch = AttendanceBatch { records: records.collect() };
        match self.transport.upload(&self.server, token, &batch) {
            Ok(answer) => {
                self.settle(chunk, answer.results)?;
                Ok(Flow::Go)
            }
            Err(TransportError::Unauthorized) => Ok(Flow::TokenGone),
            Err(TransportError::Refused { status, code, message }) if chunk.len() > 1 && about_the_records(status) => {
                // One bad record spoils a batch: halve it until the bad one stands alone.
                log::info!("sync: batch of {} refused ({status} {code}: {message}); splitting", chunk.len());
                let (a, b) = chunk.split_at(chunk.len() / 2);
                for half in [a, b] {
                    if let Flow::TokenGone = self.send(token, half)? {
                        return Ok(Flow::TokenGone);
                    }
                }
                Ok(Flow::Go)
            }
            Err(TransportError::Refused { status, code, .. }) if about_the_records(status) => {
                let record = &chunk[0];
                if self.store.refusals(record.id)? + 1 >= QUARANTINE_AFTER {
                    let reason = Some(format!("refused_{status}_{code}"));
                    self.store.settle(&[(record.id, RecordState::Quarantined, reason)], self.now)?;
                    self.report.quarantined += 1;
                } else {
                    self.retry_later(&[record.id], &format!("refused {status} {code}"))?;
                    self.store.count_refusal(record.id)?;
                    self.report.deferred += 1;
                }
                Ok(Flow::Go)
            }
            Err(e) => {
                self.report.note(&e);
                let ids: Vec<Uuid> = chunk.iter().map(|r| r.id).collect();
                self.retry_later(&ids, &e.to_string())?;
                self.report.deferred += ids.len();
                Ok(Flow::Stop)
            }
        }
    }

    /// Stores the server's answer for each record of `chunk` it names; the rest stays waiting.
    fn settle(
        &mut self,
        chunk: &[AttendanceRecord],
        results: Vec<blue_vest_protocol::ItemResult>,
    ) -> Result<(), StoreError> {
        let mut outcomes = Vec::new();
        let mut recheck = Vec::new();
        let mut newer = Vec::new();
        for item in results {
            let Some(record) = chunk.iter().find(|r| r.id == item.id) else { continue };
            let (state, reason) = match item.status {
                // A newer server's answer: the record waits, and the app asks to be updated.
                ItemStatus::Unknown | ItemStatus::Rejected(RejectReason::Other) => {
                    newer.push(item.id);
                    continue;
                }
                ItemStatus::Created => {
                    self.report.created += 1;
                    (RecordState::Sent, None)
                }
                ItemStatus::Duplicate => {
                    self.report.duplicate += 1;
                    (RecordState::Sent, None)
                }
                ItemStatus::Conflict => {
                    self.report.conflict += 1;
                    (RecordState::Sent, Some("conflict".to_owned()))
                }
                ItemStatus::Rejected(reason) => {
                    self.report.rejected += 1;
                    let recent = self.now - record.device_time < chrono::Duration::hours(RECHECK_UNKNOWN_HOURS);
                    if reason == RejectReason::UnknownEventCode && recent {
                        recheck.push(item.id);
                    }
                    (RecordState::Rejected, Some(reason_code(&reason).to_owned()))
                }
            };
            outcomes.push((item.id, state, reason));
        }
        self.store.settle(&outcomes, self.now)?;
        if !newer.is_empty() {
            self.report.update_needed += newer.len();
            self.report.deferred += newer.len();
            self.report.problem.get_or_insert(SyncProblem::UpdateNeeded);
            self.store.note_waiting(&newer, UPDATE_APP, self.now)?;
            self.retry_later(&newer, "the server's answer needs a newer app")?;
        }
        if !recheck.is_empty() {
            // Shown as not recognised now, and asked about again with backoff for a while.
            let times = self.retry_times(&recheck);
            self.store.requeue(&times, "event code not known (yet)")?;
        }
        // Anything the answer left out stays in the outbox.
        let missing: Vec<Uuid> = chunk
            .iter()
            .map(|r| r.id)
            .filter(|id| !outcomes.iter().any(|o| o.0 == *id) && !newer.contains(id))
            .collect();
        if !missing.is_empty() {
            self.retry_later(&missing, "no answer for this record")?;
            self.report.deferred += missing.len();
        }
        Ok(())
    }

    pub(super) fn retry_later(&mut self, ids: &[Uuid], error: &str) -> Result<(), StoreError> {
        let times = self.retry_times(ids);
        self.store.defer(&times, error)
    }

    /// Each record's next try: one more attempt, after a backoff delay with full jitter.
    fn retry_times(&mut self, ids: &[Uuid]) -> Vec<(Uuid, u32, DateTime<Utc>)> {
        ids.iter()
            .map(|id| {
                let tries = self.attempts.get(id).copied().unwrap_or(0).saturating_add(1);
                let wait = chrono::Duration::from_std(retry_delay(tries, self.rng)).unwrap_or_default();
                (*id, tries, self.now + wait)
            })
            .collect()
    }

    /// The server is out of reach: everything due waits for its next try.
    pub(super) fn defer_all(&mut self, force: bool, e: &TransportError) -> Result<(), StoreError> {
        let due = self.store.outbox_due(self.now, force, super::PER_SYNC)?;
        self.attempts = due.iter().map(|d| (d.record.id, d.attempts)).collect();
        let ids: Vec<Uuid> = self.attempts.keys().copied().collect();
        self.retry_later(&ids, &e.to_string())?;
        self.report.deferred += ids.len();
        Ok(())
    }
}
