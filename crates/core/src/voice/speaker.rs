//! A `Speaker` that never blocks the UI: a worker thread renders each utterance through the
//! chain and plays it; several utterances (an instruction, then the message in the other voice)
//! play one after another; a new request (or Stop) interrupts what came before.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};

use super::chain::VoiceChain;
use super::{Speaker, Utterance};

/// Where audio goes. The desktop plays through the sound card; tests record.
pub trait AudioOut {
    /// Starts playing (does not wait for the end), replacing what played. False if it cannot.
    fn play(&mut self, audio: &[u8]) -> bool;
    /// Plays `audio` after what is playing now (or at once if nothing is). False if it cannot.
    fn append(&mut self, audio: &[u8]) -> bool;
    fn stop(&mut self);
}

enum Command {
    Speak(Vec<Utterance>),
    Stop,
}

pub struct ThreadedSpeaker {
    tx: Sender<Command>,
    available: Arc<AtomicBool>,
    ready: Receiver<()>,
}

impl ThreadedSpeaker {
    /// Starts the worker and returns at once (start-up never waits for the sound card).
    /// `open_out` runs on the worker thread (audio devices are not `Send`); `None` means no audio
    /// output. The speaker is available when something can both render and play speech; until
    /// the device has been tried, that is assumed when an engine exists.
    pub fn start<F>(chain: VoiceChain, open_out: F) -> ThreadedSpeaker
    where
        F: FnOnce() -> Option<Box<dyn AudioOut>> + Send + 'static,
    {
        Self::start_after(std::time::Duration::ZERO, chain, open_out)
    }

    /// As `start`, but the worker waits `delay` before touching the sound card or speaking, so
    /// the app's first frame does not compete with audio set-up. Requests made meanwhile wait;
    /// only the newest is spoken.
    pub fn start_after<F>(delay: std::time::Duration, chain: VoiceChain, open_out: F) -> ThreadedSpeaker
    where
        F: FnOnce() -> Option<Box<dyn AudioOut>> + Send + 'static,
    {
        let (tx, rx) = mpsc::channel();
        let available = Arc::new(AtomicBool::new(chain.has_tts()));
        let (ready_tx, ready) = mpsc::channel();
        let flag = available.clone();
        std::thread::Builder::new()
            .name("voice".into())
            .spawn(move || {
                std::thread::sleep(delay);
                let out = open_out();
                flag.store(out.is_some() && chain.has_tts(), Ordering::SeqCst);
                let _ = ready_tx.send(());
                worker(chain, out, rx);
            })
            .expect("spawn the voice thread");
        ThreadedSpeaker { tx, available, ready }
    }

    /// Waits until the audio device has been tried (tests); false on timeout.
    pub fn wait_until_ready(&self, timeout: std::time::Duration) -> bool {
        self.ready.recv_timeout(timeout).is_ok()
    }
}

fn worker(chain: VoiceChain, mut out: Option<Box<dyn AudioOut>>, rx: Receiver<Command>) {
    let mut next: Option<Command> = None;
    loop {
        let mut command = match next.take() {
            Some(command) => command,
            None => match rx.recv() {
                Ok(command) => command,
                Err(_) => return,
            },
        };
        // Only the newest request matters: older ones are interrupted before they start.
        while let Ok(newer) = rx.try_recv() {
            command = newer;
        }
        if let Some(out) = out.as_mut() {
            out.stop();
        }
        let Command::Speak(utterances) = command else { continue };
        let mut started = false;
        for utterance in utterances {
            // A newer request interrupts the rest of this one before it is rendered.
            if let Ok(newer) = rx.try_recv() {
                next = Some(newer);
                break;
            }
            let rendered = chain.render(&utterance);
            log::debug!("voice: {} via {}", utterance.message_id, rendered.source_name());
            let (Some(audio), Some(out)) = (rendered.audio(), out.as_mut()) else { continue };
            let played = if started { out.append(audio) } else { out.play(audio) };
            started |= played;
            if !played {
                log::warn!("voice: could not play {}", utterance.message_id);
            }
        }
    }
}

impl Speaker for ThreadedSpeaker {
    fn speak_all(&mut self, utterances: Vec<Utterance>) {
        let _ = self.tx.send(Command::Speak(utterances));
    }

    fn stop(&mut self) {
        let _ = self.tx.send(Command::Stop);
    }

    fn available(&self) -> bool {
        self.available.load(Ordering::SeqCst)
    }
}
