//! Lesson content benchmark (`cargo bench --bench content`): parse and check every lesson with
//! every locale's Fluent files, as `check-content` does (goal, issue 3: ≤ 20 ms for all lessons
//! in both locales); and the parts of it the app runs before its first frame (issue 17): the
//! localizer and the embedded lessons.

use std::time::Instant;

use blue_vest_core::i18n::Localizer;
use blue_vest_core::lessons::{Content, check, parse_embedded_lessons};

fn main() {
    let runs = if std::env::args().any(|a| a == "--bench") { 200 } else { 3 };
    let content = Content::embedded();
    let ms = median_ms(runs, || {
        let (lessons, problems) = check(&content);
        assert!(problems.is_empty() && !lessons.is_empty());
    });
    let locales: std::collections::BTreeSet<&str> = content.locales.iter().map(|(l, _, _)| l.as_str()).collect();
    println!(
        "load + check {} lessons in {} locales ({} Fluent files): median {ms:.2} ms over {runs} runs (goal ≤ 20 ms)",
        content.lessons.len(),
        locales.len(),
        content.locales.len(),
    );
    println!("before the app's first frame (zh-CN), medians over {runs} runs:");
    let localizer_ms = median_ms(runs, || {
        let mut l = Localizer::embedded();
        l.set_locale("zh-CN");
        assert!(!l.text("app-name").is_empty());
    });
    println!("  Localizer::embedded + one message: {localizer_ms:.2} ms");
    let lessons_ms = median_ms(runs, || {
        let (lessons, problems) = parse_embedded_lessons();
        assert!(problems.is_empty() && !lessons.is_empty());
    });
    println!("  parse_embedded_lessons:            {lessons_ms:.2} ms (on its own thread, beside the store's opening)");
}

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}
