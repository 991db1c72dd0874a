//! The two short codes people type: the 6-digit event code a volunteer shows, and the learner
//! code on a senior's learner card (8 characters of Crockford base32, the last a check
//! character, so a mistyped code is caught before it is sent).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("an event code is 6 digits")]
    EventCodeFormat,
    #[error("a learner code is 8 letters and digits")]
    LearnerCodeFormat,
    #[error("the learner code's last character does not match: a character was mistyped")]
    LearnerCodeCheck,
}

/// A 6-digit event code, e.g. `"482913"`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EventCode(String);

impl EventCode {
    /// Accepts spaces and full-width digits as people type them; keeps 6 ASCII digits.
    pub fn parse(input: &str) -> Result<EventCode, CodeError> {
        let digits: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| match c {
                '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
                other => other,
            })
            .collect();
        if digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit()) {
            Ok(EventCode(digits))
        } else {
            Err(CodeError::EventCodeFormat)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// On the wire an event code is exactly its 6 ASCII digits (`EventCode::PATTERN`); people's
/// spellings (spaces, full-width digits) are for `parse`.
impl TryFrom<String> for EventCode {
    type Error = CodeError;
    fn try_from(s: String) -> Result<Self, CodeError> {
        if s.len() == 6 && s.bytes().all(|b| b.is_ascii_digit()) {
            Ok(EventCode(s))
        } else {
            Err(CodeError::EventCodeFormat)
        }
    }
}

impl EventCode {
    /// The wire form, as a JSON Schema (ECMAScript) pattern.
    pub const PATTERN: &'static str = "^[0-9]{6}$";
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for EventCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "EventCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": EventCode::PATTERN,
            "description": "A 6-digit event code, as the volunteer shows it.",
            "examples": ["482913"],
        })
    }
}

impl From<EventCode> for String {
    fn from(c: EventCode) -> String {
        c.0
    }
}

impl fmt::Display for EventCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Crockford base32: no I, L, O or U, so nothing looks alike.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn value_of(c: char) -> Option<u32> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    ALPHABET.iter().position(|&a| a as char == c).map(|p| p as u32)
}

fn check_char(data: &[u32]) -> u32 {
    // Odd weights, mod 32: any single substitution changes the sum (odd numbers are units mod
    // 32), and most swaps of neighbours do too.
    data.iter().enumerate().map(|(i, v)| (2 * i as u32 + 1) * v).sum::<u32>() % 32
}

/// A learner code, e.g. `"7KQ2-M9XD"` as shown (stored without the dash).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LearnerCode(String);

impl LearnerCode {
    /// The code for 35 bits of a random learner id (7 characters) plus its check character.
    pub fn from_bits(bits: u64) -> LearnerCode {
        let data: Vec<u32> = (0..7).rev().map(|i| ((bits >> (5 * i)) & 31) as u32).collect();
        let mut s: String = data.iter().map(|&v| ALPHABET[v as usize] as char).collect();
        s.push(ALPHABET[check_char(&data) as usize] as char);
        LearnerCode(s)
    }

    /// Accepts lower case, spaces and dashes, and the look-alikes O/I/L for 0/1.
    pub fn parse(input: &str) -> Result<LearnerCode, CodeError> {
        let chars: Vec<char> = input.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        if chars.len() != 8 {
            return Err(CodeError::LearnerCodeFormat);
        }
        let values: Option<Vec<u32>> = chars.iter().map(|&c| value_of(c)).collect();
        let values = values.ok_or(CodeError::LearnerCodeFormat)?;
        if check_char(&values[..7]) != values[7] {
            return Err(CodeError::LearnerCodeCheck);
        }
        Ok(LearnerCode(values.iter().map(|&v| ALPHABET[v as usize] as char).collect()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// As printed on the learner card: two groups of four.
    pub fn display_grouped(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..])
    }
}

/// On the wire a learner code is its 8 canonical characters (`LearnerCode::PATTERN`: upper
/// case, no dash, no look-alikes). Whether its check character matches is not a question of
/// form: `checks_out` answers it, and the server answers such a record on its own.
impl TryFrom<String> for LearnerCode {
    type Error = CodeError;
    fn try_from(s: String) -> Result<Self, CodeError> {
        if s.len() == 8 && s.bytes().all(|b| ALPHABET.contains(&b)) {
            Ok(LearnerCode(s))
        } else {
            Err(CodeError::LearnerCodeFormat)
        }
    }
}

impl LearnerCode {
    /// The wire form, as a JSON Schema (ECMAScript) pattern.
    pub const PATTERN: &'static str = "^[0-9A-HJKMNP-TV-Z]{8}$";

    /// Whether the last character is the check character of the other seven.
    pub fn checks_out(&self) -> bool {
        let values: Vec<u32> = self.0.chars().filter_map(value_of).collect();
        values.len() == 8 && check_char(&values[..7]) == values[7]
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for LearnerCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LearnerCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": LearnerCode::PATTERN,
            "description": "A learner code: 8 Crockford base32 characters in canonical form (upper case, no dash), the last a check character. A record whose check character does not match is answered `rejected`/`invalid` on its own.",
            "examples": ["0938NKR8"],
        })
    }
}

impl From<LearnerCode> for String {
    fn from(c: LearnerCode) -> String {
        c.0
    }
}

impl fmt::Display for LearnerCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_codes_as_typed() {
        assert_eq!(EventCode::parse(" 482 913 ").unwrap().as_str(), "482913");
        assert_eq!(EventCode::parse("４８２９１３").unwrap().as_str(), "482913");
        assert_eq!(EventCode::parse("48291"), Err(CodeError::EventCodeFormat));
        assert_eq!(EventCode::parse("48291a"), Err(CodeError::EventCodeFormat));
    }

    #[test]
    fn learner_codes_round_trip_and_catch_typos() {
        for bits in [0u64, 1, 0x7_ffff_ffff, 0x1234_5678, 0x5_5555_5555] {
            let code = LearnerCode::from_bits(bits);
            assert_eq!(code.as_str().len(), 8);
            assert_eq!(LearnerCode::parse(&code.display_grouped().to_lowercase()).unwrap(), code);
            // Every single-character substitution is caught.
            for i in 0..8 {
                for &a in ALPHABET {
                    let mut typo: Vec<char> = code.as_str().chars().collect();
                    if typo[i] == a as char {
                        continue;
                    }
                    typo[i] = a as char;
                    let typo: String = typo.into_iter().collect();
                    assert!(LearnerCode::parse(&typo).is_err(), "{typo} for {code}");
                }
            }
        }
    }

    #[test]
    fn look_alikes_are_read_as_digits() {
        let code = LearnerCode::from_bits(0x0_0000_0421);
        let typed = code.as_str().replace('0', "O").replace('1', "l");
        assert_eq!(LearnerCode::parse(&typed).unwrap(), code);
        assert_eq!(LearnerCode::parse("ABC"), Err(CodeError::LearnerCodeFormat));
        assert_eq!(LearnerCode::parse("UUUUUUUU"), Err(CodeError::LearnerCodeFormat));
    }

    #[test]
    fn the_wire_takes_only_the_canonical_forms() {
        let event = |s: &str| serde_json::from_value::<EventCode>(serde_json::json!(s));
        assert!(event("482913").is_ok());
        for bad in ["48291", "482 913", "４８２９１３", "48291a", "4829134", ""] {
            assert!(event(bad).is_err(), "{bad:?}");
        }
        let code = LearnerCode::from_bits(0x1234_5678);
        let learner = |s: &str| serde_json::from_value::<LearnerCode>(serde_json::json!(s));
        assert_eq!(learner(code.as_str()).unwrap(), code);
        assert!(learner(code.as_str()).unwrap().checks_out());
        for bad in [code.as_str().to_lowercase(), code.display_grouped(), "0938NKRU".into(), "0938NKR".into()] {
            assert!(learner(&bad).is_err(), "{bad:?}");
        }
        // Well formed with a wrong check character: read, and found out.
        let mut typo = code.as_str().to_owned();
        typo.replace_range(7..8, if typo.ends_with('0') { "1" } else { "0" });
        assert!(!learner(&typo).unwrap().checks_out());
    }
}
