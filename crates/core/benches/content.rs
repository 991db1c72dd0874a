//! Lesson content benchmark (`cargo bench --bench content`): parse and check every lesson with
//! every locale's Fluent files, as the app does at start and `check-content` does.
//! Goal (issue 3): ≤ 20 ms for all lessons in both locales.

use std::time::Instant;

use blue_vest_core::lessons::{Content, check};

fn main() {
    let runs = if std::env::args().any(|a| a == "--bench") { 200 } else { 3 };
    let content = Content::embedded();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let (lessons, problems) = check(&content);
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            assert!(problems.is_empty() && !lessons.is_empty());
            ms
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let locales: std::collections::BTreeSet<&str> = content.locales.iter().map(|(l, _, _)| l.as_str()).collect();
    println!(
        "load + check {} lessons in {} locales ({} Fluent files): median {:.2} ms over {runs} runs (goal ≤ 20 ms)",
        content.lessons.len(),
        locales.len(),
        content.locales.len(),
        times[times.len() / 2]
    );
}
