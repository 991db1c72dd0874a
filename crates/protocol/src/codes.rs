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

impl TryFrom<String> for EventCode {
    type Error = CodeError;
    fn try_from(s: String) -> Result<Self, CodeError> {
        EventCode::parse(&s)
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

impl TryFrom<String> for LearnerCode {
    type Error = CodeError;
    fn try_from(s: String) -> Result<Self, CodeError> {
        LearnerCode::parse(&s)
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
}
