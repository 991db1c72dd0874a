//! The content rules of CONTENT.md that can be checked on text: phone numbers (real ones only
//! from a whitelist, fake ones only in the reserved form), links (only under `.example`), and
//! spoken text (no arrows, currency signs, URLs or other symbols a voice would read out).

/// Real numbers a lesson may show: police, fire, ambulance, the anti-fraud line, the fraud
/// warning SMS, and the public service lines for pensions, complaints, trains, consumers and
/// health.
pub const REAL_NUMBERS: [&str; 10] =
    ["110", "119", "120", "96110", "12381", "12333", "12345", "12306", "12315", "12368"];

/// The reserved form of a fake number: `010-0000-0xxx` (written with the dashes).
pub fn is_reserved_fake(digits: &str) -> bool {
    digits.len() == 11 && digits.starts_with("0100000") && digits.as_bytes()[7] == b'0'
}

/// A number in a text: its digits, and how it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundNumber {
    pub digits: String,
    pub written: String,
    /// Written with thousands separators ("12,000", "186,520"): an amount, never a phone number.
    pub grouped: bool,
}

/// Digit runs in `text`, joining digits separated by single dashes or spaces (how phone numbers
/// are written) and groups of three after a comma (how amounts are written: "186,520"); other
/// separators (a point, a comma before anything but three digits) end a number.
pub fn numbers_in(text: &str) -> Vec<FoundNumber> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = String::new();
        let mut grouped = false;
        let three_digits_at = |j: usize| {
            (j..j + 3).all(|k| chars.get(k).is_some_and(char::is_ascii_digit))
                && !chars.get(j + 3).is_some_and(char::is_ascii_digit)
        };
        while i < chars.len() {
            let c = chars[i];
            if c.is_ascii_digit() {
                digits.push(c);
                i += 1;
            } else if (c == '-' || c == ' ') && chars.get(i + 1).is_some_and(char::is_ascii_digit) {
                i += 1;
            } else if c == ',' && !digits.is_empty() && digits.len() <= 3 + 4 * 3 && three_digits_at(i + 1) {
                grouped = true;
                i += 1;
            } else {
                break;
            }
        }
        // A "+86" or "+00" prefix makes it a phone number whatever follows.
        let plus = start > 0 && matches!(chars[start - 1], '+' | '＋');
        let written: String = chars[start..i].iter().collect();
        let digits = if plus { format!("+{digits}") } else { digits };
        out.push(FoundNumber { digits, written, grouped: grouped && !plus });
    }
    out
}

/// Why a number in lesson text could be a real person's or company's number, if it could.
pub fn number_problem(n: &FoundNumber) -> Option<String> {
    let d = n.digits.as_str();
    if REAL_NUMBERS.contains(&d) || n.grouped {
        return None;
    }
    if is_reserved_fake(d) {
        return (!n.written.contains('-'))
            .then(|| format!("fake number {:?}: write it as 010-0000-0xxx so it reads as a phone number", n.written));
    }
    let could_be_real = d.starts_with('+')
        || (d.len() == 11 && d.starts_with('1'))
        || (d.starts_with("95") && (5..=6).contains(&d.len()))
        || (d.starts_with("96") && d.len() == 5)
        || ((d.starts_with("400") || d.starts_with("800")) && d.len() == 10)
        || (d.starts_with("12") && d.len() == 5)
        || (d.starts_with("100") && d.len() == 5)
        || (d.starts_with('1') && d.len() == 3)
        || (d.starts_with('0') && (10..=12).contains(&d.len()));
    could_be_real.then(|| {
        format!(
            "number {:?} could be someone's real number: use a reserved fake one (010-0000-0xxx) or a real one \
             from the whitelist ({})",
            n.written,
            REAL_NUMBERS.join(", ")
        )
    })
}

/// Host names in `text` (`www.bank.com`, `http://x.cn/…`, `pay.example`).
pub fn hosts_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '/'))) {
        let word = word.trim_start_matches("https://").trim_start_matches("http://");
        let host = word.split('/').next().unwrap_or_default().trim_matches(|c| c == '.' || c == ':');
        let labels: Vec<&str> = host.split('.').collect();
        if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) {
            continue;
        }
        let tld = labels[labels.len() - 1];
        // A dotted word ending in letters (not "3.5", "v1.2") names a host.
        if tld.len() >= 2
            && tld.chars().all(|c| c.is_ascii_alphabetic())
            && labels[..labels.len() - 1].iter().all(|l| l.chars().any(|c| c.is_ascii_alphanumeric()))
        {
            out.push(host.to_ascii_lowercase());
        }
    }
    out
}

/// Why a link or host in lesson text is not allowed, if it is not.
pub fn host_problem(host: &str) -> Option<String> {
    (!(host == "example" || host.ends_with(".example")))
        .then(|| format!("link {host:?}: lesson links must be under .example (e.g. bank-refund.example)"))
}

/// Symbols a voice would read out or stumble on; spoken text says them in words.
const SPOKEN_SYMBOLS: [char; 22] =
    ['→', '←', '↑', '↓', '⇒', '➜', '➔', '►', '▶', '¥', '￥', '$', '€', '£', '+', '＋', '#', '＃', '@', '>', '＞', '|'];

/// Why `text` cannot be spoken as it is, if it cannot.
pub fn spoken_problem(text: &str) -> Option<String> {
    if let Some(c) = text.chars().find(|c| SPOKEN_SYMBOLS.contains(c)) {
        return Some(format!("spoken text has the symbol {c:?}: say it in words"));
    }
    if let Some(host) = hosts_in(text).into_iter().next() {
        return Some(format!("spoken text has the address {host:?}: the voice never reads a link out"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        numbers_in(text).iter().filter_map(number_problem).collect()
    }

    #[test]
    fn real_numbers_from_the_whitelist_and_reserved_fakes_pass() {
        assert!(problems("有事打110，反诈专线96110，预警短信12381。").is_empty());
        assert!(problems("来电号码 010-0000-0101。").is_empty());
        assert!(problems("金额 1250 元，验证码 482913，2024年，3 点 15 分。").is_empty());
        assert!(problems("¥186,520.00，共 100,000 元，12,000 元，1,250.00").is_empty(), "amounts with separators");
    }

    #[test]
    fn numbers_that_could_be_real_are_caught() {
        for text in [
            "手机 13800138000",
            "客服 95588",
            "请拨 400-123-4567",
            "专线 96120",
            "热线 12388",
            "号码 010-1234-5678",
            "+00 010-0000-0000",
            "移动客服 10086",
            "查号 114",
            "号码 138,0013,8000",
        ] {
            assert_eq!(problems(text).len(), 1, "{text}: {:?}", problems(text));
        }
        assert_eq!(problems("01000000101").len(), 1, "a fake number written without dashes");
    }

    #[test]
    fn hosts_are_found_and_only_example_passes() {
        assert_eq!(hosts_in("点 http://bank-refund.example/a 办理"), vec!["bank-refund.example"]);
        assert_eq!(hosts_in("访问 www.bank.com.cn 查询"), vec!["www.bank.com.cn"]);
        assert!(hosts_in("版本 3.5，共 2.0 倍").is_empty());
        assert!(host_problem("bank-refund.example").is_none());
        assert!(host_problem("www.bank.com").is_some());
    }

    #[test]
    fn spoken_text_has_no_symbols_or_links() {
        assert!(spoken_problem("打开设置，点显示。").is_none());
        assert!(spoken_problem("设置 → 显示").is_some());
        assert!(spoken_problem("付 ¥1250").is_some());
        assert!(spoken_problem("点右上角的“＋”").is_some());
        assert!(spoken_problem("打开 pay.example 看看").is_some());
    }
}
