//! Start-up, memory and render benchmark (`cargo bench --bench startup`), all in one run:
//! - cold start to first rendered frame, and peak RSS at that frame, of the app against a bare
//!   Slint window built with the same features (this binary re-run with `--bare-window`);
//!   both run as fresh processes under X11 with `SLINT_BACKEND=winit-software` (Xvfb is
//!   started if no DISPLAY is set);
//! - software-render time of each screen at phone size 1080×2400 px, in process.
//! Goals (issue 2): start ≤ 1.3× the bare window, RSS ≤ 1.5×, ≤ 8 ms per Home frame.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use blue_vest::app::AppOptions;
use blue_vest::desktop::{cli, headless};
use blue_vest::navigation::ScreenId;
use blue_vest::ui::App;
use slint::ComponentHandle;

/// `cargo bench` passes `--bench`; `cargo test --all-targets` does not, and then one quick
/// round checks that the benchmark still works.
fn runs() -> (usize, usize) {
    if std::env::args().any(|a| a == "--bench") { (11, 40) } else { (1, 2) }
}

slint::slint! {
    export component BareWindow inherits Window {
        preferred-width: 412px;
        preferred-height: 915px;
        Text { text: "Blue Vest"; }
    }
}

fn main() {
    if std::env::args().any(|a| a == "--bare-window") {
        let w = BareWindow::new().expect("bare window");
        cli::exit_after_first_frame(&w);
        w.run().expect("event loop");
        return;
    }
    let (start_runs, render_runs) = runs();
    let _xvfb = ensure_display();

    let scratch = tempfile::tempdir().unwrap();
    let app_exe = env!("CARGO_BIN_EXE_blue-vest");
    let this = std::env::current_exe().unwrap();
    let (mut app_ms, mut bare_ms, mut app_kb, mut bare_kb) = (vec![], vec![], vec![], vec![]);
    // One warm-up each (disk cache, font cache), then alternate so drift hits both alike.
    for run in 0..=start_runs {
        let data_dir = scratch.path().join(format!("run{run}"));
        let (ms, kb) =
            first_frame(Command::new(app_exe).arg("--data-dir").arg(&data_dir).arg("--exit-after-first-frame"));
        let (bms, bkb) = first_frame(Command::new(&this).arg("--bare-window"));
        if run > 0 {
            app_ms.push(ms);
            app_kb.push(kb as f64);
            bare_ms.push(bms);
            bare_kb.push(bkb as f64);
        }
    }
    let (a, b) = (median(&mut app_ms), median(&mut bare_ms));
    let (ak, bk) = (median(&mut app_kb), median(&mut bare_kb));
    println!("cold start to first frame (median of {start_runs}):");
    println!("  app {a:.1} ms, bare Slint window {b:.1} ms, ratio {:.2}× (goal ≤ 1.30×)", a / b);
    println!("peak RSS at first frame (median of {start_runs}):");
    println!(
        "  app {:.1} MiB, bare Slint window {:.1} MiB, ratio {:.2}× (goal ≤ 1.50×)",
        ak / 1024.0,
        bk / 1024.0,
        ak / bk
    );

    headless::init();
    println!("software render at 1080×2400 px (median of {render_runs}, zh-CN, 1.0× and 2.0×):");
    for screen in ScreenId::ALL {
        for scale in [1.0, 2.0] {
            let dir = scratch.path().join(format!("render-{}-{scale}", screen.name()));
            let app = App::new(&AppOptions { data_dir: dir, text_scale: Some(scale), ..Default::default() }).unwrap();
            app.open(screen);
            headless::set_phone_size(app.window());
            for _ in 0..3 {
                headless::snapshot(app.window()).unwrap();
            }
            let mut times: Vec<f64> = (0..render_runs)
                .map(|_| {
                    let t = Instant::now();
                    let frame = headless::snapshot(app.window()).unwrap();
                    let ms = t.elapsed().as_secs_f64() * 1000.0;
                    assert_eq!((frame.width(), frame.height()), headless::PHONE_PX);
                    ms
                })
                .collect();
            let goal = if screen == ScreenId::Home { " (goal ≤ 8 ms)" } else { "" };
            println!("  {:<9} {scale:.1}×: {:.2} ms per frame{goal}", screen.name(), median(&mut times));
        }
    }
}

/// Runs the command until it reports its first frame: (ms from spawn, peak RSS in KiB).
fn first_frame(cmd: &mut Command) -> (f64, u64) {
    let start = Instant::now();
    let mut child =
        cmd.env("SLINT_BACKEND", "winit-software").stdout(Stdio::piped()).stderr(Stdio::null()).spawn().expect("spawn");
    let stdout = child.stdout.take().unwrap();
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("read child output");
        if let Some(rest) = line.strip_prefix("FIRST_FRAME ") {
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            assert!(rest.contains("rendered=true"), "the frame was rendered: {line}");
            let kb = rest.split("peak_rss_kb=").nth(1).and_then(|v| v.trim().parse().ok()).expect("peak RSS");
            let _ = child.wait();
            return (ms, kb);
        }
    }
    let status = child.wait();
    panic!("the child exited without a first frame: {status:?}");
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 { values[n / 2] } else { (values[n / 2 - 1] + values[n / 2]) / 2.0 }
}

/// Stops the Xvfb this benchmark started, if any.
struct Xvfb(Child);

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn ensure_display() -> Option<Xvfb> {
    if std::env::var_os("DISPLAY").is_some() {
        return None;
    }
    let display = ":87";
    let child = Command::new("Xvfb")
        .args([display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("no DISPLAY and no Xvfb: install xvfb (scripts/setup-debian.sh)");
    let socket = std::path::Path::new("/tmp/.X11-unix/X87");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !socket.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    // SAFETY: single-threaded at this point; children inherit it.
    unsafe { std::env::set_var("DISPLAY", display) };
    Some(Xvfb(child))
}
