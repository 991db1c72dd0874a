//! The desktop command line. No subcommand opens the app window.

use std::io::Write as _;
use std::path::PathBuf;

use anyhow::{Context as _, bail};
use clap::{Parser, Subcommand};
use slint::ComponentHandle;

use blue_vest_core::app::{AppOptions, PACKS_FOLDER};
use blue_vest_core::attendance::commands;
use blue_vest_core::voice::clips::VoicePack;

use crate::ui::{App, SettingsAdapter};

#[derive(Debug, Parser)]
#[command(name = "blue-vest", version, about = "Blue Vest: phone and anti-fraud lessons for older people")]
pub struct Cli {
    /// Where the app keeps its data (default: the platform's data directory).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Language for this run: zh-CN or en-US (default: the saved choice, else the system's).
    #[arg(long, global = true, value_name = "LOCALE")]
    pub locale: Option<String>,
    /// Text size for this run, 1.0 to 2.0 (default: the saved choice).
    #[arg(long, global = true, value_name = "SCALE")]
    pub text_scale: Option<f32>,
    /// For the start-up benchmark: print a line when the first frame is drawn, then quit.
    #[arg(long, hide = true)]
    pub exit_after_first_frame: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render one prompt through the voice chain (clip, else espeak-ng) to a WAV file.
    Say {
        /// The message id, e.g. prompt-home.
        #[arg(long)]
        id: String,
        /// The WAV (or, for an Ogg clip, Ogg) file to write.
        #[arg(long)]
        out: PathBuf,
        /// A voice pack folder (`<locale>/<id>.ogg|wav`) to use besides the bundled clips.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Voice packs.
    VoicePack {
        #[command(subcommand)]
        command: VoicePackCommand,
    },
    /// Check the lessons and their texts; one line per problem, non-zero exit if any.
    CheckContent {
        /// An assets folder to check instead of the built-in content (with --locales).
        #[arg(long, requires = "locales")]
        assets: Option<PathBuf>,
        /// A locales folder to check instead of the built-in texts (with --assets).
        #[arg(long, requires = "assets")]
        locales: Option<PathBuf>,
    },
    /// Run one sync of the attendance outbox (and fetch new lesson packs); print what was sent and what failed.
    Sync {
        /// The volunteer server, e.g. http://127.0.0.1:8080 (default: the one saved on this phone).
        #[arg(long)]
        server: Option<String>,
    },
    /// Record a check-in at an event as the app does: the senior's own (by event code), or with
    /// --learner a volunteer's check-in of that learner code.
    Attend {
        #[arg(long)]
        event_code: String,
        /// A learner code from a learner card: record it as a volunteer's check-in.
        #[arg(long)]
        learner: Option<String>,
        /// Agree to share attendance, as the consent screen does (asked once).
        #[arg(long)]
        consent: bool,
    },
    /// Volunteer mode: sign in or out.
    Volunteer {
        #[command(subcommand)]
        command: VolunteerCommand,
    },
    /// Render one screen headless at phone size (1080×2400 px) to a PNG.
    Screenshot {
        /// Screen name, `lesson:<id>:<step>[:<target>]` for one lesson step (and a tap), or `list`.
        #[arg(long)]
        screen: String,
        /// The PNG to write.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Switch the high-contrast theme on (stored in --data-dir if one is given).
        #[arg(long)]
        high_contrast: bool,
        /// Height in px (default: the phone's 2400); taller shows a whole long page at once.
        #[arg(long, default_value_t = super::headless::PHONE_PX.1)]
        height_px: u32,
    },
}

#[derive(Debug, Subcommand)]
pub enum VolunteerCommand {
    /// Sign in as a volunteer (the password is read from standard input); the token is kept in the store.
    SignIn {
        #[arg(long)]
        server: String,
        #[arg(long)]
        email: String,
    },
    /// Sign out: the token is removed from the store.
    SignOut,
}

#[derive(Debug, Subcommand)]
pub enum VoicePackCommand {
    /// List which prompts have a recorded clip and which fall back to text-to-speech.
    Check {
        /// A voice pack folder (`<locale>/<id>.ogg|wav`); default: the data dir's `voice/`.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}

pub fn main() -> anyhow::Result<()> {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    if let Some(scale) = cli.text_scale
        && !(blue_vest_core::settings::TEXT_SCALE_MIN..=blue_vest_core::settings::TEXT_SCALE_MAX).contains(&scale)
    {
        bail!("--text-scale must be between 1.0 and 2.0, not {scale}");
    }
    match cli.command {
        None => run_window(&cli),
        Some(Command::Say { ref id, ref out, ref dir }) => say(&cli, id, out, dir.clone()),
        Some(Command::VoicePack { command: VoicePackCommand::Check { ref dir } }) => {
            let dir = dir.clone().unwrap_or_else(|| voice_dir(&cli));
            voice_pack_check(&cli, &dir)
        }
        Some(Command::CheckContent { ref assets, ref locales }) => {
            let content = match (assets, locales) {
                (Some(a), Some(l)) => blue_vest_core::lessons::Content::from_dirs(a, l)
                    .with_context(|| format!("reading {} and {}", a.display(), l.display()))?,
                _ => blue_vest_core::lessons::Content::embedded(),
            };
            let (lessons, problems) = blue_vest_core::lessons::check(&content);
            for p in &problems {
                println!("{p}");
            }
            if problems.is_empty() {
                println!("content ok: {} lessons", lessons.len());
                Ok(())
            } else {
                eprintln!("{} problem(s)", problems.len());
                std::process::exit(1);
            }
        }
        Some(Command::Sync { ref server }) => commands::sync(&data_dir(&cli), server.clone(), &mut std::io::stdout()),
        Some(Command::Attend { ref event_code, ref learner, consent }) => {
            commands::attend(&data_dir(&cli), event_code, learner.as_deref(), consent, &mut std::io::stdout())
        }
        Some(Command::Volunteer { command: VolunteerCommand::SignIn { ref server, ref email } }) => {
            let password = commands::read_password(&mut std::io::stdin().lock())?;
            commands::sign_in(&data_dir(&cli), server, email, &password, &mut std::io::stdout())
        }
        Some(Command::Volunteer { command: VolunteerCommand::SignOut }) => {
            commands::sign_out(&data_dir(&cli), &mut std::io::stdout())
        }
        Some(Command::Screenshot { ref screen, ref out, high_contrast, height_px }) => {
            let names = super::scenes::names();
            if screen == "list" {
                for name in names {
                    println!("{name}");
                }
                return Ok(());
            }
            if !names.contains(screen) && !screen.starts_with("lesson:") {
                bail!("unknown screen {screen:?}; known screens: {}, lesson:<id>:<step>[:<target>]", names.join(", "));
            }
            let out = out.as_ref().context("--out FILE.png is required")?;
            screenshot(&cli, screen, out, high_contrast, height_px)
        }
    }
}

fn options(cli: &Cli, data_dir: PathBuf) -> AppOptions {
    AppOptions {
        data_dir,
        locale: cli.locale.clone(),
        text_scale: cli.text_scale,
        system_locale: super::system_locale_tag(),
        // The desktop does not read its theme: high contrast is the senior's switch.
        system_look: Default::default(),
        pack_key: None,
    }
}

/// The installed voice pack: `<data dir>/voice/<locale>/<message-id>.ogg|wav`.
fn data_dir(cli: &Cli) -> PathBuf {
    cli.data_dir.clone().unwrap_or_else(super::default_data_dir)
}

fn voice_dir(cli: &Cli) -> PathBuf {
    data_dir(cli).join("voice")
}

/// The localizer in the language the command line asks for (else the system's, else zh-CN).
fn localizer_for(cli: &Cli) -> blue_vest_core::i18n::Localizer {
    let mut localizer = blue_vest_core::i18n::Localizer::embedded();
    let available = localizer.available();
    let locale = cli
        .locale
        .clone()
        .or_else(super::system_locale_tag)
        .and_then(|tag| blue_vest_core::i18n::match_locale(&tag, &available))
        .unwrap_or_else(|| blue_vest_core::i18n::DEFAULT_LOCALE.to_owned());
    localizer.set_locale(&locale);
    localizer
}

fn say(cli: &Cli, id: &str, out: &std::path::Path, dir: Option<PathBuf>) -> anyhow::Result<()> {
    let localizer = localizer_for(cli);
    if localizer.text_in(localizer.locale(), id).is_none() {
        bail!("no message {id:?} in {}", localizer.locale());
    }
    let pack = VoicePack::new(dir.or_else(|| Some(voice_dir(cli)))).with_packs(data_dir(cli).join(PACKS_FOLDER));
    let chain = blue_vest_core::voice::chain::VoiceChain::desktop(pack);
    let utterance = blue_vest_core::voice::Utterance {
        message_id: id.to_owned(),
        locale: localizer.locale().to_owned(),
        text: localizer.text(id),
        rate: blue_vest_core::settings::SPEECH_RATE_DEFAULT,
        voice: blue_vest_core::voice::Voice::Narrator,
    };
    let rendered = chain.render(&utterance);
    let Some(audio) = rendered.audio() else {
        bail!("no voice can say {id:?}: no recorded clip and no text-to-speech (install espeak-ng)");
    };
    std::fs::write(out, audio).with_context(|| format!("writing {}", out.display()))?;
    match blue_vest_core::voice::wav::parse(audio) {
        Ok(pcm) => println!(
            "{} ({}, {:.2} s, {:.1} dBFS)",
            out.display(),
            rendered.source_name(),
            pcm.duration_secs(),
            pcm.rms_dbfs()
        ),
        Err(_) => println!("{} ({})", out.display(), rendered.source_name()),
    }
    Ok(())
}

fn voice_pack_check(cli: &Cli, dir: &std::path::Path) -> anyhow::Result<()> {
    let localizer = localizer_for(cli);
    let locale = localizer.locale().to_owned();
    let (lessons, _) = blue_vest_core::lessons::embedded_lessons(&localizer);
    let ids = blue_vest_core::voice::all_prompt_ids(&lessons);
    let pack = VoicePack::new(Some(dir.to_owned()));
    let tts = blue_vest_core::voice::espeak::Espeak::find().is_some();
    let mut with_clip = 0;
    for id in &ids {
        let source = if pack.find(&locale, id).is_some() {
            with_clip += 1;
            "clip"
        } else if tts {
            "tts"
        } else {
            "silent"
        };
        println!("{source:<6} {id}");
    }
    println!(
        "{locale}: {with_clip} of {} prompts have a recorded clip ({:.1}%); the rest {}",
        ids.len(),
        100.0 * with_clip as f64 / ids.len().max(1) as f64,
        if tts { "use espeak-ng" } else { "are silent (espeak-ng is not installed)" }
    );
    Ok(())
}

fn run_window(cli: &Cli) -> anyhow::Result<()> {
    let data_dir = cli.data_dir.clone().unwrap_or_else(super::default_data_dir);
    // Recorded clips: the installed voice pack's, and lesson packs' for their own lessons.
    let pack = VoicePack::new(Some(data_dir.join("voice"))).with_packs(data_dir.join(PACKS_FOLDER));
    let chain = blue_vest_core::voice::chain::VoiceChain::desktop(pack);
    // The voice starts just after the window's first frame, not in competition with it.
    let speaker = blue_vest_core::voice::speaker::ThreadedSpeaker::start_after(
        std::time::Duration::from_millis(250),
        chain,
        crate::platform::rodio_out::RodioOut::open,
    );
    let app = App::with_speaker(&options(cli, data_dir), Box::new(speaker))?;
    // The sound card is tried off the UI thread; show "voice unavailable" once that is known.
    app.refresh_after(std::time::Duration::from_secs(2));
    if cli.exit_after_first_frame {
        exit_after_first_frame(app.window());
    } else {
        // Attendance is sent by the sync worker, off the UI thread; its reports refresh the screen.
        // The HTTP client is built on the worker's thread, not before the first frame.
        if !app.start_sync(Box::new(blue_vest_core::attendance::http::LazyHttpTransport::default())) {
            log::warn!("the store is in memory: check-ins stay on this phone for now");
        }
    }
    app.run()?;
    Ok(())
}

/// Once the event loop runs and the window exists, render one full frame, report the peak
/// memory so far, and quit. The start-up benchmark reads the line.
pub fn exit_after_first_frame<C: ComponentHandle + 'static>(window: &C) {
    let weak = window.as_weak();
    slint::Timer::single_shot(std::time::Duration::ZERO, move || {
        if let Some(w) = weak.upgrade() {
            let rendered = w.window().take_snapshot().is_ok();
            println!("FIRST_FRAME rendered={rendered} peak_rss_kb={}", peak_rss_kb().unwrap_or(0));
            let _ = std::io::stdout().flush();
        }
        let _ = slint::quit_event_loop();
    });
}

/// Peak resident memory of this process so far (Linux `VmHWM`).
pub fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn screenshot(
    cli: &Cli,
    screen: &str,
    out: &std::path::Path,
    high_contrast: bool,
    height_px: u32,
) -> anyhow::Result<()> {
    // A fresh, throw-away data dir unless one is given, so screenshots are reproducible.
    let scratch = tempfile::tempdir()?;
    let data_dir = cli.data_dir.clone().unwrap_or_else(|| scratch.path().to_owned());
    super::headless::init();
    let app = App::new(&options(cli, data_dir))?;
    if !app.enter_scene(screen) {
        bail!("the content has no step for the scene {screen:?}");
    }
    if high_contrast {
        // Through the same path as the Settings switch (stored in the data dir, if one is given).
        app.window().global::<SettingsAdapter>().invoke_high_contrast_changed(true);
    }
    let (width, scale) = (super::headless::PHONE_PX.0, super::headless::PHONE_SCALE);
    super::headless::set_size(app.window(), width, height_px.max(1), scale);
    let buffer = super::headless::snapshot(app.window())?;
    super::headless::write_png(&buffer, out)?;
    println!("{} ({}×{} px)", out.display(), buffer.width(), buffer.height());
    Ok(())
}
