//! The attendance CSV export: RFC 4180 with CRLF line ends, UTC times, and text cells that a
//! spreadsheet cannot mistake for formulas.

use chrono::{DateTime, SecondsFormat, Utc};

use crate::storage::ExportRow;

/// The header line, also the column contract in API.md.
pub const HEADER: &str =
    "event_id,event_code,city,venue,starts_at,learner,by_volunteer,by_senior,lessons,first_received_at";

/// A byte-order mark a handler may put before the CSV: Excel on a Chinese Windows reads a CSV
/// without it as GBK and garbles every Chinese venue and city.
pub const UTF8_BOM: &str = "\u{feff}";

/// The whole export, header first; every line ends in CRLF.
pub fn attendance_csv(rows: &[ExportRow]) -> String {
    let mut out = String::with_capacity(HEADER.len() + 2 + rows.len() * 96);
    out.push_str(HEADER);
    out.push_str("\r\n");
    for row in rows {
        let cells = [
            row.event_id.to_string(),
            text_cell(row.event_code.as_str()),
            text_cell(&row.city),
            text_cell(&row.venue),
            time_cell(row.starts_at),
            text_cell(row.learner.as_str()),
            row.by_volunteer.to_string(),
            row.by_senior.to_string(),
            row.lessons.to_string(),
            time_cell(row.first_received_at),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn time_cell(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A user-typed text as one cell: formula-guarded, then quoted if it needs to be.
pub fn text_cell(text: &str) -> String {
    quote(&guard_formula(text))
}

/// Spreadsheets run a cell starting with `=`, `+`, `-` or `@` (and, per OWASP, tab or CR) as a
/// formula; a venue typed as `=HYPERLINK(...)` must stay text, so it gets a leading `'`.
fn guard_formula(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}").into(),
        _ => text.into(),
    }
}

/// RFC 4180: a field with a comma, a quote or a line break is quoted, and its quotes doubled.
fn quote(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use blue_vest_protocol::{EventCode, LearnerCode};

    use crate::storage::EventId;

    fn row(city: &str, venue: &str) -> ExportRow {
        ExportRow {
            event_id: EventId(7),
            event_code: EventCode::parse("482913").unwrap(),
            city: city.into(),
            venue: venue.into(),
            starts_at: "2026-11-27T06:00:00Z".parse().unwrap(),
            learner: LearnerCode::from_bits(0x1234_5678),
            by_volunteer: true,
            by_senior: false,
            lessons: 3,
            first_received_at: "2026-11-27T06:31:05.123Z".parse().unwrap(),
        }
    }

    fn lines(csv: &str) -> Vec<&str> {
        assert!(csv.ends_with("\r\n"));
        csv.strip_suffix("\r\n").unwrap().split("\r\n").collect()
    }

    #[test]
    fn empty_export_is_the_header_alone() {
        assert_eq!(attendance_csv(&[]), format!("{HEADER}\r\n"));
    }

    #[test]
    fn plain_row_has_utc_times_and_booleans() {
        let csv = attendance_csv(&[row("北京", "朝阳社区中心")]);
        let lines = lines(&csv);
        assert_eq!(lines[0], HEADER);
        let code = LearnerCode::from_bits(0x1234_5678);
        assert_eq!(
            lines[1],
            format!("7,482913,北京,朝阳社区中心,2026-11-27T06:00:00Z,{code},true,false,3,2026-11-27T06:31:05Z")
        );
        assert!(!csv.replace("\r\n", "").contains('\n'), "only CRLF line ends");
    }

    #[test]
    fn commas_quotes_and_line_breaks_are_quoted() {
        let csv = attendance_csv(&[row("Xi'an, Shaanxi", "The \"Red\" Hall\nfloor 2")]);
        let body = csv.split_once("\r\n").unwrap().1;
        assert!(body.contains(",\"Xi'an, Shaanxi\","), "{body}");
        assert!(body.contains(",\"The \"\"Red\"\" Hall\nfloor 2\","), "{body}");
        assert_eq!(quote("a\r\nb"), "\"a\r\nb\"");
        assert_eq!(quote("plain"), "plain");
    }

    #[test]
    fn formula_starts_are_defused() {
        assert_eq!(text_cell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assert_eq!(text_cell("+86 10"), "'+86 10");
        assert_eq!(text_cell("-1"), "'-1");
        assert_eq!(text_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_cell("\tx"), "'\tx");
        assert_eq!(text_cell("a=b"), "a=b");
        assert_eq!(text_cell(""), "");
        let csv = attendance_csv(&[row("=1+1", "@venue")]);
        assert!(csv.contains(",'=1+1,'@venue,"), "{csv}");
    }
}
