//! A Fluent file through the app's localizer, then a message of it formatted.
#![no_main]

use blue_vest_core::i18n::Localizer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (localizer, _errors) = Localizer::from_sources([("en-US", "fuzz.ftl", text)]);
    for id in localizer.message_ids("en-US").into_iter().take(8) {
        let _ = localizer.text_in("en-US", &id);
        let _ = localizer.text_count(&id, 3, 7);
    }
});
