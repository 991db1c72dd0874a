//! An attendance upload's JSON body as the server decodes and validates it.
#![no_main]

use blue_vest_protocol::AttendanceBatch;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(batch) = serde_json::from_slice::<AttendanceBatch>(data) {
        let _ = batch.validate();
    }
});
