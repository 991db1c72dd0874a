//! Voice latency benchmark (`cargo bench --bench voice`): from a lesson step being shown (the
//! speak request) to the first audio sample espeak-ng produces, and to the whole prompt being
//! rendered (when the desktop speaker starts playing). Goal (issue 4): first sample ≤ 150 ms.

use std::io::Read;
use std::time::Instant;

use blue_vest_core::i18n::Localizer;
use blue_vest_core::lessons::embedded_lessons;
use blue_vest_core::voice::Voice;
use blue_vest_core::voice::espeak::Espeak;

/// WAV header espeak-ng writes before the samples.
const HEADER: usize = 44;

fn main() {
    let runs = if std::env::args().any(|a| a == "--bench") { 20 } else { 2 };
    let Some(espeak) = Espeak::find() else {
        println!("espeak-ng is not installed: nothing to measure (scripts/setup-debian.sh installs it)");
        return;
    };
    let mut localizer = Localizer::embedded();
    let (lessons, _) = embedded_lessons(&localizer);
    // The first step of each lesson: what is said when a lesson opens.
    let ids: Vec<String> = lessons.iter().map(|l| l.steps[0].prompt_id().to_owned()).collect();
    for (locale, voice) in
        [("zh-CN", Voice::Narrator), ("en-US", Voice::Narrator), ("zh-CN", Voice::Other), ("en-US", Voice::Other)]
    {
        localizer.set_locale(locale);
        let (mut first, mut whole) = (Vec::new(), Vec::new());
        for run in 0..runs {
            let text = localizer.text(&ids[run % ids.len()]);
            let t = Instant::now();
            let mut child = espeak.spawn(&text, locale, 0.9, voice).expect("espeak-ng runs");
            let mut stdout = child.stdout.take().unwrap();
            let mut got = 0;
            let mut buf = [0u8; 4096];
            let mut first_ms = None;
            loop {
                let n = stdout.read(&mut buf).unwrap();
                if n == 0 {
                    break;
                }
                got += n;
                if first_ms.is_none() && got > HEADER + 2 {
                    first_ms = Some(t.elapsed().as_secs_f64() * 1000.0);
                }
            }
            child.wait().unwrap();
            whole.push(t.elapsed().as_secs_f64() * 1000.0);
            first.push(first_ms.expect("audio was produced"));
        }
        first.sort_by(f64::total_cmp);
        whole.sort_by(f64::total_cmp);
        println!(
            "{locale}, {voice:?} voice: step shown → first audio sample {:.1} ms (goal ≤ 150 ms); whole prompt \
             rendered {:.1} ms (medians of {runs})",
            first[first.len() / 2],
            whole[whole.len() / 2]
        );
    }
}
