//! The practice phone's vocabulary: a screen is an app's frame (`App`: its status bar, header
//! and colours) holding a list of composable blocks (text, chat bubbles, a caller, rows with
//! switches, buttons, a dialog over the screen, a keypad…). Seventeen kinds of real screens are
//! drawn from these few blocks; a lesson names its own tap targets on them, so adding a block
//! kind or a target never touches another lesson. All human text is a Fluent id; numbers,
//! links and times that are the same in every language are literal.

/// The app a practice screen imitates: it sets the frame (header, colours, bottom bar).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum App {
    /// An incoming or ongoing phone call (dark, round red and green buttons).
    Call,
    /// A video call: the caller's picture fills the screen.
    VideoCall,
    /// The text messages app.
    Sms,
    /// A messenger chat (one person or a group), with the input bar at the bottom.
    Chat,
    /// An app store page.
    Store,
    /// A web page in the browser, with its address bar.
    Browser,
    /// The phone's home screen or any screen a dialog pops up over.
    System,
    /// A payment app (pay, scan, codes).
    Pay,
    /// A bank, loan or investment app.
    Finance,
    /// A shopping app.
    Shop,
    /// A paper document or contract, photographed.
    Document,
    /// Booking: a hospital appointment, a train ticket.
    Booking,
    /// Maps, taxi and walking directions.
    Map,
    /// The phone's Settings app (switches, Wi-Fi, text size).
    Settings,
    /// The phone's dialer.
    Dialer,
    /// The camera and the photo album.
    Camera,
    /// A poster or flyer seen on a wall, photographed.
    Poster,
}

impl App {
    pub const ALL: [App; 17] = [
        App::Call,
        App::VideoCall,
        App::Sms,
        App::Chat,
        App::Store,
        App::Browser,
        App::System,
        App::Pay,
        App::Finance,
        App::Shop,
        App::Document,
        App::Booking,
        App::Map,
        App::Settings,
        App::Dialer,
        App::Camera,
        App::Poster,
    ];

    /// The name used in lesson files.
    pub fn name(self) -> &'static str {
        match self {
            App::Call => "call",
            App::VideoCall => "video-call",
            App::Sms => "sms",
            App::Chat => "chat",
            App::Store => "store",
            App::Browser => "browser",
            App::System => "system",
            App::Pay => "pay",
            App::Finance => "finance",
            App::Shop => "shop",
            App::Document => "document",
            App::Booking => "booking",
            App::Map => "map",
            App::Settings => "settings",
            App::Dialer => "dialer",
            App::Camera => "camera",
            App::Poster => "poster",
        }
    }

    pub fn from_name(name: &str) -> Option<App> {
        Self::ALL.into_iter().find(|a| a.name() == name)
    }
}

/// How a button looks: the real app's own styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ButtonStyle {
    /// The app's main action (filled).
    Primary,
    /// A plain, outlined button.
    Secondary,
    /// A red action (delete, report).
    Danger,
    /// The round green "answer" button of a call.
    Answer,
    /// The round red "decline" / "hang up" button of a call.
    Decline,
    /// A text-only button, as in a dialog's corner.
    Text,
    /// The small "×" inside a pop-up ad (its touch area stays finger-sized).
    Close,
}

impl ButtonStyle {
    pub const ALL: [ButtonStyle; 7] = [
        ButtonStyle::Primary,
        ButtonStyle::Secondary,
        ButtonStyle::Danger,
        ButtonStyle::Answer,
        ButtonStyle::Decline,
        ButtonStyle::Text,
        ButtonStyle::Close,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ButtonStyle::Primary => "primary",
            ButtonStyle::Secondary => "secondary",
            ButtonStyle::Danger => "danger",
            ButtonStyle::Answer => "answer",
            ButtonStyle::Decline => "decline",
            ButtonStyle::Text => "text",
            ButtonStyle::Close => "close",
        }
    }

    pub fn from_name(name: &str) -> Option<ButtonStyle> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// A tappable button on the practice phone: its label and the target it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub text: String,
    pub style: ButtonStyle,
    pub target: String,
}

/// How a line of text is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextStyle {
    Body,
    Small,
    Heading,
    /// A large amount or number (a balance, a price).
    Big,
    Muted,
    /// A red warning line (a store's or the phone's own warning).
    Warning,
}

impl TextStyle {
    pub const ALL: [TextStyle; 6] =
        [TextStyle::Body, TextStyle::Small, TextStyle::Heading, TextStyle::Big, TextStyle::Muted, TextStyle::Warning];

    pub fn name(self) -> &'static str {
        match self {
            TextStyle::Body => "body",
            TextStyle::Small => "small",
            TextStyle::Heading => "heading",
            TextStyle::Big => "big",
            TextStyle::Muted => "muted",
            TextStyle::Warning => "warning",
        }
    }

    pub fn from_name(name: &str) -> Option<TextStyle> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// A small drawn symbol at the start of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Icon {
    None,
    Wifi,
    Lock,
    App,
    Person,
    Bell,
    Text,
    Shield,
    Location,
    Calendar,
    Doctor,
    Train,
    Car,
    Photo,
    Microphone,
    Card,
    Phone,
}

impl Icon {
    pub const ALL: [Icon; 17] = [
        Icon::None,
        Icon::Wifi,
        Icon::Lock,
        Icon::App,
        Icon::Person,
        Icon::Bell,
        Icon::Text,
        Icon::Shield,
        Icon::Location,
        Icon::Calendar,
        Icon::Doctor,
        Icon::Train,
        Icon::Car,
        Icon::Photo,
        Icon::Microphone,
        Icon::Card,
        Icon::Phone,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Icon::None => "none",
            Icon::Wifi => "wifi",
            Icon::Lock => "lock",
            Icon::App => "app",
            Icon::Person => "person",
            Icon::Bell => "bell",
            Icon::Text => "text",
            Icon::Shield => "shield",
            Icon::Location => "location",
            Icon::Calendar => "calendar",
            Icon::Doctor => "doctor",
            Icon::Train => "train",
            Icon::Car => "car",
            Icon::Photo => "photo",
            Icon::Microphone => "microphone",
            Icon::Card => "card",
            Icon::Phone => "phone",
        }
    }

    pub fn from_name(name: &str) -> Option<Icon> {
        Self::ALL.into_iter().find(|i| i.name() == name)
    }
}

/// Which kind of code a code block shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodeKind {
    /// A QR code to scan (on a poster, a shop counter).
    Qr,
    /// A payment code: a bar code over a QR code, as the cashier scans it.
    PayCode,
}

/// One block of a practice screen, top to bottom.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Who is calling: the name as the phone shows it, the number, and the phone's optional tag
    /// line ("suspected fraud", "96110 anti-fraud line").
    Caller { name: String, number: String, tag: Option<String>, tag_warns: bool },
    /// A line or paragraph of text; `speech` is what the voice says when the shown text has
    /// symbols (an amount with "¥").
    Text { text: String, speech: Option<String>, style: TextStyle, spoken: bool },
    /// A chat or SMS bubble: from the other side (left) or the senior (right); in a group the
    /// sender's name; a voice message shows its length and the voice says its words.
    Bubble { text: String, speech: Option<String>, mine: bool, from: Option<String>, voice_secs: Option<u32> },
    /// A web link (always under `.example`), tappable when it has a target.
    Link { url: String, target: Option<String> },
    /// A picture from the assets (a face on a video call, a product, a map), with an optional
    /// caption and an optional status over it ("the picture is breaking up").
    Picture { picture: String, caption: Option<String>, status: Option<String> },
    /// A code to scan or show.
    Code { kind: CodeKind, caption: Option<String> },
    /// A list row: an icon, a title, a second line, a value at the right, a switch, and a target
    /// when tapping the row does something (a Wi-Fi network, a time slot, a setting).
    Row {
        text: String,
        sub: Option<String>,
        icon: Icon,
        value: Option<String>,
        switch: Option<bool>,
        target: Option<String>,
    },
    /// An entry field; `keypad` fields show what the senior types on the keypad block.
    Field { label: String, value: Option<String>, keypad: bool },
    /// A number keypad that types into the screen's keypad field.
    Keypad,
    /// A sample of text whose size follows the screen's "larger" and "smaller" targets.
    Sample { text: String },
    /// A row of the app's own buttons; their order is shuffled per attempt unless `fixed`.
    Buttons { items: Vec<Button>, fixed: bool },
    /// Replies the senior can send in a chat (always shuffled).
    Choices { items: Vec<Button> },
    /// A banner inside the app ("account frozen").
    Notice { text: String, speech: Option<String>, warns: bool },
    /// A dialog over the screen: a permission question, a warning, a pop-up ad (`close`: the
    /// small "×" inside it).
    Dialog {
        title: Option<String>,
        text: String,
        speech: Option<String>,
        picture: Option<String>,
        buttons: Vec<Button>,
        close: Option<String>,
        ad: bool,
    },
}

impl Block {
    /// The name used in lesson files.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Block::Caller { .. } => "caller",
            Block::Text { .. } => "text",
            Block::Bubble { .. } => "bubble",
            Block::Link { .. } => "link",
            Block::Picture { .. } => "picture",
            Block::Code { .. } => "code",
            Block::Row { .. } => "row",
            Block::Field { .. } => "field",
            Block::Keypad => "keypad",
            Block::Sample { .. } => "sample",
            Block::Buttons { .. } => "buttons",
            Block::Choices { .. } => "choices",
            Block::Notice { .. } => "notice",
            Block::Dialog { .. } => "dialog",
        }
    }

    /// Every block kind's name, for messages.
    pub const KIND_NAMES: [&'static str; 14] = [
        "caller", "text", "bubble", "link", "picture", "code", "row", "field", "keypad", "sample", "buttons",
        "choices", "notice", "dialog",
    ];

    /// The targets this block offers, in its own order.
    pub fn targets(&self) -> Vec<&str> {
        match self {
            Block::Link { target, .. } | Block::Row { target, .. } => target.iter().map(String::as_str).collect(),
            Block::Buttons { items, .. } | Block::Choices { items } => {
                items.iter().map(|b| b.target.as_str()).collect()
            }
            Block::Dialog { buttons, close, .. } => {
                buttons.iter().map(|b| b.target.as_str()).chain(close.iter().map(String::as_str)).collect()
            }
            _ => Vec::new(),
        }
    }

    /// Fluent ids shown on screen.
    pub fn shown_ids(&self) -> Vec<&str> {
        fn opt(o: &Option<String>) -> Vec<&str> {
            o.as_deref().into_iter().collect()
        }
        match self {
            Block::Caller { name, tag, .. } => [vec![name.as_str()], opt(tag)].concat(),
            Block::Text { text, .. } | Block::Notice { text, .. } | Block::Sample { text } => vec![text],
            Block::Bubble { text, from, .. } => [vec![text.as_str()], opt(from)].concat(),
            Block::Link { .. } | Block::Keypad => Vec::new(),
            Block::Picture { caption, status, .. } => [opt(caption), opt(status)].concat(),
            Block::Code { caption, .. } => opt(caption),
            Block::Row { text, sub, value, .. } => [vec![text.as_str()], opt(sub), opt(value)].concat(),
            Block::Field { label, value, .. } => [vec![label.as_str()], opt(value)].concat(),
            Block::Buttons { items, .. } | Block::Choices { items } => items.iter().map(|b| b.text.as_str()).collect(),
            Block::Dialog { title, text, buttons, .. } => {
                [opt(title), vec![text.as_str()], buttons.iter().map(|b| b.text.as_str()).collect()].concat()
            }
        }
    }

    /// Fluent ids only spoken (a `speech` form of a shown text).
    pub fn speech_ids(&self) -> Vec<&str> {
        match self {
            Block::Text { speech, .. }
            | Block::Bubble { speech, .. }
            | Block::Notice { speech, .. }
            | Block::Dialog { speech, .. } => speech.as_deref().into_iter().collect(),
            _ => Vec::new(),
        }
    }

    /// What of this block the second voice reads out: the content the senior must judge (the
    /// caller, the messages, the warning, the dialog, the words already in a box), never a
    /// button or a link's address.
    pub fn spoken(&self) -> Vec<&str> {
        match self {
            Block::Caller { name, tag, .. } => [vec![name.as_str()], tag.as_deref().into_iter().collect()].concat(),
            Block::Text { text, speech, spoken: true, .. } | Block::Notice { text, speech, .. } => {
                vec![speech.as_deref().unwrap_or(text)]
            }
            Block::Bubble { text, speech, from, .. } => {
                [from.as_deref().into_iter().collect(), vec![speech.as_deref().unwrap_or(text)]].concat()
            }
            Block::Dialog { title, text, speech, .. } => {
                [title.as_deref().into_iter().collect(), vec![speech.as_deref().unwrap_or(text)]].concat()
            }
            Block::Picture { status: Some(status), .. } => vec![status],
            // What is already in a box (the words speech typing made), for the senior to check.
            Block::Field { value: Some(value), keypad: false, .. } => vec![value],
            _ => Vec::new(),
        }
    }
}

/// A practice screen: the app's frame and its blocks.
#[derive(Debug, Clone, PartialEq)]
pub struct PhoneScreen {
    pub app: App,
    /// The app's header (a chat partner, a page title), if any.
    pub title: Option<String>,
    /// A number or an address under the header (the SMS sender's number, a web page's
    /// address): literal, the same in every language.
    pub number: Option<String>,
    pub blocks: Vec<Block>,
}

impl PhoneScreen {
    /// Every target on the screen, in the blocks' own order (helpers and keys not included).
    pub fn targets(&self) -> Vec<&str> {
        self.blocks.iter().flat_map(Block::targets).collect()
    }

    pub fn has_keypad(&self) -> bool {
        self.blocks.iter().any(|b| matches!(b, Block::Keypad))
    }

    /// The Fluent ids the second voice reads, in screen order.
    pub fn spoken(&self) -> Vec<&str> {
        // Who a message comes from is part of what the senior judges.
        let sender = self.title.as_deref().filter(|_| matches!(self.app, App::Chat | App::Sms));
        sender.into_iter().chain(self.blocks.iter().flat_map(Block::spoken)).collect()
    }
}

/// Targets every practice screen has besides its own: the phone's Back and Home keys, and the
/// app's helper bar beside the phone (no real phone has these).
pub mod builtin {
    /// The phone's Back key (the system navigation bar).
    pub const BACK: &str = "back";
    /// The phone's Home key.
    pub const HOME: &str = "home";
    /// Helper bar: call the trusted contact from Settings.
    pub const FAMILY: &str = "family";
    /// Helper bar: ask a volunteer.
    pub const VOLUNTEER: &str = "volunteer";
    pub const ALL: [&str; 4] = [BACK, HOME, FAMILY, VOLUNTEER];
    pub const HELPERS: [&str; 2] = [FAMILY, VOLUNTEER];

    /// The feedback a built-in target gives when the lesson says nothing about it.
    pub fn default_feedback(target: &str) -> &'static str {
        match target {
            BACK => "sim-default-back",
            HOME => "sim-default-home",
            FAMILY => "sim-default-family",
            _ => "sim-default-volunteer",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_second_voice_reads_what_the_senior_judges_and_never_a_button() {
        let field = |value: Option<&str>, keypad| Block::Field {
            label: "label".into(),
            value: value.map(String::from),
            keypad,
        };
        assert_eq!(field(Some("typed-words"), false).spoken(), ["typed-words"], "speech typing's words are read");
        assert!(field(None, false).spoken().is_empty());
        assert!(field(Some("x"), true).spoken().is_empty(), "a keypad field shows what the senior types");
        let buttons = Block::Buttons {
            items: vec![Button { text: "b".into(), style: ButtonStyle::Primary, target: "t".into() }],
            fixed: false,
        };
        assert!(buttons.spoken().is_empty());
        let bubble = Block::Bubble {
            text: "body".into(),
            speech: Some("body-spoken".into()),
            mine: false,
            from: Some("who".into()),
            voice_secs: None,
        };
        assert_eq!(bubble.spoken(), ["who", "body-spoken"], "who says it, then the words as spoken");
    }
}
