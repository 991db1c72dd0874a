//! Settings as key/value rows. Unknown keys are ignored and bad values fall back to defaults, so
//! an old or partly damaged file still opens.

use rusqlite::Connection;

use super::StoreError;
use crate::settings::{Settings, TrustedContact, clamp_speech_rate, clamp_text_scale};

pub type Rows = Vec<(String, String)>;

pub fn read_rows(conn: &Connection) -> Result<Rows, rusqlite::Error> {
    let mut stmt = conn.prepare("SELECT key, value FROM settings")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

pub fn write_rows(tx: &rusqlite::Transaction<'_>, rows: &Rows) -> Result<(), StoreError> {
    tx.execute("DELETE FROM settings", [])?;
    let mut stmt = tx.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2)")?;
    for (key, value) in rows {
        stmt.execute((key, value))?;
    }
    Ok(())
}

pub fn to_rows(s: &Settings) -> Rows {
    let mut rows = vec![
        ("text_scale".to_owned(), format!("{:.1}", s.text_scale)),
        ("voice_enabled".to_owned(), s.voice_enabled.to_string()),
        ("speech_rate".to_owned(), format!("{:.1}", s.speech_rate)),
    ];
    // Only a choice the senior made: without the row the system's wish applies.
    if let Some(on) = s.high_contrast {
        rows.push(("high_contrast".to_owned(), on.to_string()));
    }
    if let Some(locale) = &s.locale {
        rows.push(("locale".to_owned(), locale.clone()));
    }
    if let Some(c) = &s.trusted_contact {
        rows.push(("contact_name".to_owned(), c.name.clone()));
        rows.push(("contact_phone".to_owned(), c.phone.clone()));
    }
    rows
}

pub fn from_rows(rows: &Rows) -> Settings {
    let mut s = Settings::default();
    let get = |key: &str| rows.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    if let Some(v) = get("text_scale").and_then(|v| v.parse().ok()) {
        s.text_scale = clamp_text_scale(v);
    }
    if let Some(v) = get("speech_rate").and_then(|v| v.parse().ok()) {
        s.speech_rate = clamp_speech_rate(v);
    }
    s.high_contrast = get("high_contrast").and_then(|v| v.parse().ok());
    if let Some(v) = get("voice_enabled").and_then(|v| v.parse().ok()) {
        s.voice_enabled = v;
    }
    s.locale = get("locale").filter(|v| !v.is_empty()).map(str::to_owned);
    if let (Some(name), Some(phone)) = (get("contact_name"), get("contact_phone")) {
        s.trusted_contact = TrustedContact::new(name, phone).ok();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_values_fall_back_to_defaults() {
        let rows: Rows = vec![
            ("text_scale".into(), "huge".into()),
            ("speech_rate".into(), "9".into()),
            ("voice_enabled".into(), "maybe".into()),
            ("contact_name".into(), "Ann".into()),
            ("contact_phone".into(), "not a number".into()),
            ("from_the_future".into(), "x".into()),
        ];
        let s = from_rows(&rows);
        assert_eq!(s.text_scale, 1.0);
        assert_eq!(s.speech_rate, 1.5);
        assert!(s.voice_enabled);
        assert_eq!(s.trusted_contact, None);
        assert_eq!(s.high_contrast, None);
    }

    #[test]
    fn high_contrast_is_kept_only_when_chosen() {
        let unset = Settings::default();
        assert!(!to_rows(&unset).iter().any(|(k, _)| k == "high_contrast"));
        assert_eq!(from_rows(&to_rows(&unset)).high_contrast, None);
        for choice in [Some(true), Some(false)] {
            let s = Settings { high_contrast: choice, ..Settings::default() };
            assert_eq!(from_rows(&to_rows(&s)).high_contrast, choice);
        }
    }
}
