//! A lesson pack's archive, as an organiser's upload or a phone's download: read under the
//! limits, then checked with the content checker. Neither may panic, hang or run out of memory.
#![no_main]

use blue_vest_core::packs::{Limits, check_pack, read_archive};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(files) = read_archive(data, &Limits::default()) {
        let _ = check_pack(&files);
    }
});
