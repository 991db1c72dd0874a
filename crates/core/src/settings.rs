//! The senior's settings and their rules (ranges, defaults, contact validation). Plain Rust:
//! the store persists them, the UI adapter shows them.

use crate::texts::Text;

/// Text size multiplier: 1.0× to 2.0× in steps of 0.1.
pub const TEXT_SCALE_MIN: f32 = 1.0;
pub const TEXT_SCALE_MAX: f32 = 2.0;
/// Speech rate multiplier: 0.5× to 1.5×; 0.9× is about 160 words a minute, which older listeners
/// find most comfortable.
pub const SPEECH_RATE_MIN: f32 = 0.5;
pub const SPEECH_RATE_MAX: f32 = 1.5;
pub const SPEECH_RATE_DEFAULT: f32 = 0.9;
pub const CONTACT_NAME_MAX_CHARS: usize = 40;

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub text_scale: f32,
    /// `None` until the senior picks one: then the system locale applies.
    pub locale: Option<String>,
    /// `None` until the senior switches it: then the system's wish applies (`SystemLook`).
    pub high_contrast: Option<bool>,
    pub voice_enabled: bool,
    pub speech_rate: f32,
    pub trusted_contact: Option<TrustedContact>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            text_scale: TEXT_SCALE_MIN,
            locale: None,
            high_contrast: None,
            voice_enabled: true,
            speech_rate: SPEECH_RATE_DEFAULT,
            trusted_contact: None,
        }
    }
}

/// What the phone's own display settings ask for, next to the app's (Android: the dark theme and,
/// from Android 14, the contrast level; the desktop reports nothing). The system's font scale
/// needs no rule here: it reaches the views as `rem`, which the theme multiplies by the app's own
/// text size.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SystemLook {
    /// The system's dark theme is on.
    pub dark: bool,
    /// The system's contrast level (Android 14+: 0 standard, 0.5 medium, 1 high), if known.
    pub contrast: Option<f32>,
}

impl SystemLook {
    /// Medium contrast or more counts as asking for high contrast.
    pub const HIGH_CONTRAST_LEVEL: f32 = 0.5;

    /// Whether the system asks for the high-contrast theme. It is the app's only dark theme, so
    /// a dark system theme asks for it, and so does a raised contrast level.
    pub fn wants_high_contrast(self) -> bool {
        self.dark || self.contrast.is_some_and(|c| c >= Self::HIGH_CONTRAST_LEVEL)
    }
}

/// The theme in force: the senior's own choice if they made one, else what the system asks for.
pub fn high_contrast(choice: Option<bool>, system: SystemLook) -> bool {
    choice.unwrap_or_else(|| system.wants_high_contrast())
}

/// Rounds to one decimal and keeps within `[min, max]`; a non-number becomes `fallback`.
pub fn clamp_tenths(value: f32, min: f32, max: f32, fallback: f32) -> f32 {
    if !value.is_finite() {
        return fallback;
    }
    ((value * 10.0).round() / 10.0).clamp(min, max)
}

pub fn clamp_text_scale(value: f32) -> f32 {
    clamp_tenths(value, TEXT_SCALE_MIN, TEXT_SCALE_MAX, TEXT_SCALE_MIN)
}

pub fn clamp_speech_rate(value: f32) -> f32 {
    clamp_tenths(value, SPEECH_RATE_MIN, SPEECH_RATE_MAX, SPEECH_RATE_DEFAULT)
}

/// Someone to call before paying or sharing anything ("ask family first").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedContact {
    pub name: String,
    /// Digits only, with a leading `+` for an international number.
    pub phone: String,
}

/// Why a contact was not accepted; each maps to a translated sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ContactError {
    #[error("name missing")]
    NameMissing,
    #[error("name too long")]
    NameTooLong,
    #[error("phone missing")]
    PhoneMissing,
    #[error("phone invalid")]
    PhoneInvalid,
}

impl ContactError {
    /// The Fluent id of the sentence shown to the senior.
    pub fn text(self) -> Text {
        match self {
            ContactError::NameMissing => Text::ContactNameMissing,
            ContactError::NameTooLong => Text::ContactNameTooLong,
            ContactError::PhoneMissing => Text::ContactPhoneMissing,
            ContactError::PhoneInvalid => Text::ContactPhoneInvalid,
        }
    }
}

impl TrustedContact {
    /// Validates and normalises what the senior typed. Spaces, dashes, dots and brackets in the
    /// number are allowed and dropped; 5–15 digits (a landline with area code, a mobile, or an
    /// international number) are kept. Full-width digits, common on Chinese keyboards, are accepted.
    pub fn new(name: &str, phone: &str) -> Result<Self, ContactError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(ContactError::NameMissing);
        }
        if name.chars().count() > CONTACT_NAME_MAX_CHARS {
            return Err(ContactError::NameTooLong);
        }
        let phone = phone.trim();
        if phone.is_empty() {
            return Err(ContactError::PhoneMissing);
        }
        let mut normalised = String::new();
        for (i, c) in phone.chars().enumerate() {
            let c = match c {
                '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
                '＋' => '+',
                other => other,
            };
            match c {
                '0'..='9' => normalised.push(c),
                '+' if i == 0 => normalised.push('+'),
                ' ' | '-' | '.' | '(' | ')' | '（' | '）' => {}
                _ => return Err(ContactError::PhoneInvalid),
            }
        }
        let digits = normalised.trim_start_matches('+').len();
        if !(5..=15).contains(&digits) {
            return Err(ContactError::PhoneInvalid);
        }
        Ok(TrustedContact { name: name.to_owned(), phone: normalised })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_suit_older_listeners() {
        let s = Settings::default();
        assert_eq!(s.text_scale, 1.0);
        assert_eq!(s.speech_rate, 0.9);
        assert!(s.voice_enabled);
        assert_eq!(s.locale, None);
    }

    #[test]
    fn scales_are_clamped_and_rounded() {
        assert_eq!(clamp_text_scale(2.7), 2.0);
        assert_eq!(clamp_text_scale(0.3), 1.0);
        assert_eq!(clamp_text_scale(1.44), 1.4);
        assert_eq!(clamp_text_scale(f32::NAN), 1.0);
        assert_eq!(clamp_speech_rate(0.1), 0.5);
        assert_eq!(clamp_speech_rate(1.26), 1.3);
        assert_eq!(clamp_speech_rate(f32::INFINITY), 0.9);
    }

    #[test]
    fn high_contrast_follows_the_system_unless_the_senior_chose() {
        let plain = SystemLook::default();
        let dark = SystemLook { dark: true, contrast: None };
        let raised = SystemLook { dark: false, contrast: Some(0.5) };
        let standard = SystemLook { dark: false, contrast: Some(0.0) };
        assert!(!high_contrast(None, plain));
        assert!(high_contrast(None, dark), "a dark system theme asks for the dark (high-contrast) theme");
        assert!(high_contrast(None, raised), "medium or high system contrast asks for it");
        assert!(!high_contrast(None, standard));
        assert!(!high_contrast(Some(false), dark), "the senior turned it off: it stays off");
        assert!(!high_contrast(Some(false), raised));
        assert!(high_contrast(Some(true), plain), "the senior turned it on on a light phone");
    }

    #[test]
    fn contact_is_normalised() {
        let c = TrustedContact::new("  王小明 ", "138-0013 8000").unwrap();
        assert_eq!(c.name, "王小明");
        assert_eq!(c.phone, "13800138000");
        let c = TrustedContact::new("Anna", "+44 (20) 7946 0958").unwrap();
        assert_eq!(c.phone, "+442079460958");
        let c = TrustedContact::new("李", "１３８００１３８０００").unwrap();
        assert_eq!(c.phone, "13800138000");
    }

    #[test]
    fn contact_errors_are_specific() {
        assert_eq!(TrustedContact::new(" ", "13800138000"), Err(ContactError::NameMissing));
        assert_eq!(TrustedContact::new(&"长".repeat(41), "13800138000"), Err(ContactError::NameTooLong));
        assert_eq!(TrustedContact::new("Ann", ""), Err(ContactError::PhoneMissing));
        assert_eq!(TrustedContact::new("Ann", "12ab45"), Err(ContactError::PhoneInvalid));
        assert_eq!(TrustedContact::new("Ann", "1234"), Err(ContactError::PhoneInvalid));
        assert_eq!(TrustedContact::new("Ann", "1+2345678"), Err(ContactError::PhoneInvalid));
        assert_eq!(TrustedContact::new("Ann", "1234567890123456"), Err(ContactError::PhoneInvalid));
    }
}
