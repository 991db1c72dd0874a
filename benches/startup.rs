//! Start-up, memory and render benchmark (`cargo bench --bench startup`), all in one run:
//! - cold start to first rendered frame, and peak RSS at that frame, of the app against a bare
//!   Slint window built with the same features (this binary re-run with `--bare-window`);
//!   both run as fresh processes under X11 with `SLINT_BACKEND=winit-software` (Xvfb is
//!   started if no DISPLAY is set);
//! - software-render time of a full frame of each screen at phone size 1080×2400 px, in process;
//! - stripped sizes of the desktop binary and the cdylib against a bare Slint window that links
//!   rusqlite (`examples/bare_window.rs`, built by `scripts/size.sh`, which also lists the biggest
//!   crates).
//!
//! Goals (issue 17): start ≤ 1.2× the bare window (zh-CN and en-US); RSS ≤ 1.3× the bare window
//! with a page of Chinese (zh-CN), ≤ 1.5× the plain one (en-US); stripped binary ≤ 1.5×; every
//! frame ≤ 8 ms.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use std::rc::Rc;

use blue_vest::desktop::{cli, headless};
use blue_vest::ui::{App, SettingsAdapter};
use blue_vest_core::app::AppOptions;
use slint::platform::software_renderer::{MinimalSoftwareWindow, PremultipliedRgbaColor, RepaintBufferType};
use slint::platform::{WindowAdapter, WindowEvent};
use slint::{ComponentHandle, PhysicalSize};

/// About as much wrapped Chinese text as the app's Home screen shows.
const CHINESE_PAGE: &str = "蓝马甲。欢迎！一步一步学用手机，学会识别骗局。继续学习。开始学习以后，点这个按钮就能回到上次学到的地方。学用手机。课程还没有安装，很快就会出现在这里。防范诈骗。课程还没有安装，很快就会出现在这里。设置。再听。现在没有语音。请看屏幕上的文字。";

/// `cargo bench` passes `--bench`; `cargo test --all-targets` does not, and then one quick
/// round checks that the benchmark still works.
fn runs() -> (usize, usize) {
    if std::env::args().any(|a| a == "--bench") { (11, 40) } else { (1, 2) }
}

slint::slint! {
    export component BareWindow inherits Window {
        in property <string> line: "Blue Vest";
        preferred-width: 412px;
        preferred-height: 915px;
        Text { text: root.line; wrap: word-wrap; width: 100%; font-size: 18px; }
    }
}

fn main() {
    if let Some(line) = std::env::args().skip_while(|a| a != "--bare-window").nth(1) {
        let w = BareWindow::new().expect("bare window");
        w.set_line(line.into());
        cli::exit_after_first_frame(&w);
        w.run().expect("event loop");
        return;
    }
    let (start_runs, render_runs) = runs();
    if start_runs == 1 {
        println!("quick check of the benchmark (debug build, one round): these are not the figures;");
        println!("run `cargo bench --bench startup` for them");
    }
    let _xvfb = ensure_display();

    let scratch = tempfile::tempdir().unwrap();
    let app_exe = env!("CARGO_BIN_EXE_blue-vest");
    let this = std::env::current_exe().unwrap();
    // The app in its default language (zh-CN) and in English; the bare window with a Latin line
    // (the baseline), with a Chinese line (what loading a CJK font costs by itself) and with a
    // page of wrapped Chinese (what Chinese text layout costs by itself). The app variants start
    // with a new data dir each time (a first start: the schema is created); the last one reuses
    // one (a senior's everyday start: the store is only opened).
    type MakeCommand<'a> = Box<dyn Fn(&std::path::Path) -> Command + 'a>;
    let returning = scratch.path().join("returning");
    let variants: [(&str, MakeCommand); 6] = [
        ("app, zh-CN", Box::new(|dir| app_command(app_exe, dir, "zh-CN"))),
        ("app, en-US", Box::new(|dir| app_command(app_exe, dir, "en-US"))),
        ("bare window, Latin line", Box::new(|_| bare_command(&this, "Blue Vest"))),
        ("bare window, Chinese line", Box::new(|_| bare_command(&this, "蓝马甲"))),
        ("bare window, Chinese page", Box::new(|_| bare_command(&this, CHINESE_PAGE))),
        ("app, zh-CN, existing data", Box::new(|_| app_command(app_exe, &returning, "zh-CN"))),
    ];
    let mut ms = vec![Vec::new(); variants.len()];
    let mut kb = vec![Vec::new(); variants.len()];
    // One warm-up round (disk cache, font cache), then rounds that alternate the variants so
    // drift hits all alike.
    for run in 0..=start_runs {
        for (i, (_, command)) in variants.iter().enumerate() {
            let (t, k) = first_frame(&mut command(&scratch.path().join(format!("run{run}-{i}"))));
            if run > 0 {
                ms[i].push(t);
                kb[i].push(k as f64);
            }
        }
    }
    let ms: Vec<f64> = ms.iter_mut().map(|v| median(v)).collect();
    let kb: Vec<f64> = kb.iter_mut().map(|v| median(v)).collect();
    println!("cold start to first frame, and peak RSS then (medians of {start_runs} runs):");
    for (i, (name, _)) in variants.iter().enumerate() {
        println!(
            "  {name:<26} {:>6.1} ms ({:.2}× bare)   {:>5.1} MiB ({:.2}× bare, {:.2}× Chinese page)",
            ms[i],
            ms[i] / ms[2],
            kb[i] / 1024.0,
            kb[i] / kb[2],
            kb[i] / kb[4]
        );
    }
    println!(
        "  goals: app ≤ 1.20× the bare window's start; RSS ≤ 1.30× the Chinese page (zh-CN), ≤ 1.50× bare (en-US)"
    );

    stripped_sizes(std::path::Path::new(app_exe));
    startup_order(std::path::Path::new(app_exe));
    render_times(render_runs);
}

/// Stripped sizes of the release desktop binary and cdylib next to `app_exe`, against the bare
/// window of `examples/bare_window.rs` (there once `scripts/size.sh` or `cargo build --release
/// --example bare_window` built it).
fn stripped_sizes(app_exe: &std::path::Path) {
    let dir = app_exe.parent().expect("the binary's folder");
    let scratch = tempfile::tempdir().unwrap();
    let stripped = |file: &std::path::Path| -> Option<f64> {
        let out = scratch.path().join(file.file_name()?);
        let ok = Command::new("strip").arg("-o").arg(&out).arg(file).status().ok()?.success();
        ok.then(|| std::fs::metadata(&out).ok()).flatten().map(|m| m.len() as f64 / (1024.0 * 1024.0))
    };
    println!("stripped sizes:");
    let bare = stripped(&dir.join("examples/bare_window"));
    for (name, file) in [("desktop binary", app_exe.to_owned()), ("cdylib", dir.join("libblue_vest.so"))] {
        match (stripped(&file), bare) {
            (Some(mib), Some(bare)) => {
                println!("  {name:<26} {mib:>6.1} MiB ({:.2}× bare window + rusqlite)", mib / bare)
            }
            (Some(mib), None) => println!("  {name:<26} {mib:>6.1} MiB"),
            (None, _) => println!("  {name:<26} not built ({})", file.display()),
        }
    }
    match bare {
        Some(mib) => println!("  {:<26} {mib:>6.1} MiB (goal: desktop binary ≤ 1.50× it)", "bare window + rusqlite"),
        None => println!("  (no examples/bare_window to compare with: scripts/size.sh builds it)"),
    }
}

/// How much of `scripts/startup-order.txt` (the functions that run before the first frame, laid
/// out together by the release link) the binary still has, and whether the link laid them out
/// together: the span of addresses they cover against their own size. Names of functions that
/// changed or went since the file was recorded are not found; then it is time to re-run
/// `scripts/startup-order.sh`.
fn startup_order(app_exe: &std::path::Path) {
    let order = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/startup-order.txt"))
        .expect("scripts/startup-order.txt");
    let wanted: std::collections::HashSet<&str> =
        order.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect();
    let nm = Command::new("nm").args(["--defined-only", "-S"]).arg(app_exe).output();
    let Some(nm) = nm.ok().filter(|o| o.status.success()) else {
        println!("start-up order: nm could not read {}", app_exe.display());
        return;
    };
    // `address size type name` for each listed function that the binary has.
    let found: Vec<(u64, u64)> = std::str::from_utf8(&nm.stdout)
        .unwrap_or("")
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            let (address, size) = (u64::from_str_radix(f.first()?, 16).ok()?, u64::from_str_radix(f.get(1)?, 16).ok()?);
            (f.len() == 4 && wanted.contains(f[3])).then_some((address, size))
        })
        .collect();
    let mb = |bytes: u64| bytes as f64 / 1e6;
    let code: u64 = found.iter().map(|f| f.1).sum();
    let span = found.iter().map(|f| f.0 + f.1).max().unwrap_or(0) - found.iter().map(|f| f.0).min().unwrap_or(0);
    println!(
        "start-up order: {} of the {} functions in scripts/startup-order.txt are in the binary; their {:.1} MB of \
         code span {:.1} MB of it ({})",
        found.len(),
        wanted.len(),
        mb(code),
        mb(span),
        if span < code + code / 4 {
            "laid out together"
        } else {
            "not laid out together: a debug build, or not linked with lld"
        }
    );
    // A dependency change renames the symbols of every crate above it: after the audio decoder
    // changed, 1,904 of 2,975 were found and RSS at the first frame rose by 3.6 MiB.
    if found.len() * 10 < wanted.len() * 9 {
        println!("  stale: fewer than 90 % of the listed functions are found; re-run scripts/startup-order.sh");
    }
}

fn app_command(exe: &str, data_dir: &std::path::Path, locale: &str) -> Command {
    let mut c = Command::new(exe);
    c.arg("--data-dir").arg(data_dir).args(["--locale", locale, "--exit-after-first-frame"]);
    c
}

fn bare_command(this: &std::path::Path, line: &str) -> Command {
    let mut c = Command::new(this);
    c.args(["--bare-window", line]);
    c
}

/// Full-frame software render of each screen at 1080×2400 px into a reused buffer, the way a
/// window draws a frame (`MinimalSoftwareWindow`, `RepaintBufferType::NewBuffer` so every frame
/// repaints everything).
fn render_times(runs: usize) {
    let window = MinimalSoftwareWindow::new(RepaintBufferType::NewBuffer);
    slint::platform::set_platform(Box::new(OneWindow(window.clone()))).unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let app = App::new(&AppOptions { data_dir: scratch.path().to_owned(), ..Default::default() }).unwrap();
    app.window().show().unwrap();
    window.dispatch_event(WindowEvent::ScaleFactorChanged { scale_factor: headless::PHONE_SCALE });
    window.set_size(PhysicalSize::new(headless::PHONE_PX.0, headless::PHONE_PX.1));
    let w = headless::PHONE_PX.0 as usize;
    let mut buffer = vec![PremultipliedRgbaColor::default(); w * headless::PHONE_PX.1 as usize];
    println!("software render of a full frame at 1080×2400 px (median of {runs}, zh-CN):");
    let mut heaviest = (String::new(), 0.0f64);
    let mut slowest = (String::new(), 0.0f64);
    for scene in blue_vest::desktop::scenes::names() {
        for scale in [1.0f32, 2.0] {
            app.window().global::<SettingsAdapter>().invoke_text_scale_changed(scale);
            assert!(app.enter_scene(&scene), "scene {scene}");
            let mut frame = || {
                window.request_redraw();
                let t = Instant::now();
                let drawn = window.draw_if_needed(|renderer| {
                    renderer.render(&mut buffer, w);
                });
                assert!(drawn, "a frame was drawn");
                t.elapsed().as_secs_f64() * 1000.0
            };
            for _ in 0..3 {
                frame();
            }
            let mut times: Vec<f64> = (0..runs).map(|_| frame()).collect();
            let ms = median(&mut times);
            let goal = if scene == "home" { " (goal ≤ 8 ms)" } else { "" };
            println!("  {scene:<18} {scale:.1}×: {ms:.2} ms per frame{goal}");
            if ms > slowest.1 {
                slowest = (format!("{scene} at {scale:.1}×"), ms);
            }
            if scene != "home" && scene != "settings" && ms > heaviest.1 {
                heaviest = (format!("{scene} at {scale:.1}×"), ms);
            }
        }
    }
    println!("  heaviest lesson screen: {} {:.2} ms (goal ≤ 8 ms)", heaviest.0, heaviest.1);
    println!("  slowest frame of any screen: {} {:.2} ms (goal ≤ 8 ms)", slowest.0, slowest.1);
    // Sanity: the frame is not blank (the theme's white background plus dark text).
    assert!(buffer.iter().any(|p| p.red < 128), "text was drawn");
    // To look at the last frame: BENCH_FRAME_PNG=/tmp/frame.png cargo bench --bench startup
    if let Some(path) = std::env::var_os("BENCH_FRAME_PNG") {
        let mut rgba = slint::SharedPixelBuffer::<slint::Rgba8Pixel>::new(w as u32, headless::PHONE_PX.1);
        for (out, p) in rgba.make_mut_slice().iter_mut().zip(&buffer) {
            *out = slint::Rgba8Pixel::new(p.red, p.green, p.blue, 255);
        }
        headless::write_png(&rgba, std::path::Path::new(&path)).unwrap();
    }
}

/// A platform with one software window, for the render benchmark.
struct OneWindow(Rc<MinimalSoftwareWindow>);

impl slint::platform::Platform for OneWindow {
    fn create_window_adapter(&self) -> Result<Rc<dyn WindowAdapter>, slint::PlatformError> {
        Ok(self.0.clone())
    }
}

/// Runs the command until it reports its first frame: (ms from spawn, peak RSS in KiB). A
/// child that fails before its first frame (an X server still starting) is tried twice more.
fn first_frame(cmd: &mut Command) -> (f64, u64) {
    let mut failures = Vec::new();
    for _ in 0..3 {
        match try_first_frame(cmd) {
            Ok(result) => return result,
            Err(e) => failures.push(e),
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    panic!("no first frame in 3 tries:\n{}", failures.join("\n"));
}

fn try_first_frame(cmd: &mut Command) -> Result<(f64, u64), String> {
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
            return Ok((ms, kb));
        }
    }
    let status = child.wait();
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut e, &mut stderr);
    }
    Err(format!("the child exited without a first frame: {status:?}\n{stderr}"))
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 { values[n / 2] } else { (values[n / 2 - 1] + values[n / 2]) / 2.0 }
}

/// Stops the Xvfb this benchmark started, if any: SIGTERM first, so it removes its lock file and
/// socket (after SIGKILL they stay, and each run left one display number taken).
struct Xvfb(Child);

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = Command::new("kill").arg(self.0.id().to_string()).status();
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Whether X display `n` is taken: its lock file names a running process, or it has a socket
/// but no lock file. A lock file whose process is gone (an X server that was killed) and its
/// socket are left-overs: they are removed, and the number is free.
fn display_taken(n: u32) -> bool {
    let lock = std::path::PathBuf::from(format!("/tmp/.X{n}-lock"));
    let socket = std::path::PathBuf::from(format!("/tmp/.X11-unix/X{n}"));
    match std::fs::read_to_string(&lock) {
        Ok(pid) => {
            let running =
                pid.trim().parse::<u32>().is_ok_and(|pid| std::path::Path::new(&format!("/proc/{pid}")).exists());
            if !running {
                let _ = std::fs::remove_file(&lock);
                let _ = std::fs::remove_file(&socket);
            }
            running
        }
        Err(_) => socket.exists(),
    }
}

fn ensure_display() -> Option<Xvfb> {
    if std::env::var_os("DISPLAY").is_some() {
        return None;
    }
    // A display number nobody uses.
    let n = (87..120).find(|&n| !display_taken(n)).expect("a free X display number");
    let display = format!(":{n}");
    let child = Command::new("Xvfb")
        .args([display.as_str(), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("no DISPLAY and no Xvfb: install xvfb (scripts/setup-debian.sh)");
    let socket = format!("/tmp/.X11-unix/X{n}");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !std::path::Path::new(&socket).exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(200));
    // SAFETY: single-threaded at this point; the children inherit it.
    unsafe { std::env::set_var("DISPLAY", &display) };
    Some(Xvfb(child))
}
