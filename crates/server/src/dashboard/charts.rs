//! Inline SVG bar charts: one `<rect class="bar">` per bar, a value label on each, sized in real
//! pixels so the text stays readable (a page scrolls a wide chart rather than shrinking it).
//! Written with maud's `html!` like the pages, so labels and titles are escaped.

use maud::{Markup, html};

use super::i18n::group_thousands;

const FONT_PX: f64 = 16.0;
const BAR_FILL: &str = "#1f4e9c";
const TEXT_FILL: &str = "#111";
const AXIS_STROKE: &str = "#555";

/// Horizontal bars: one row per bar, so the chart grows downwards with many cities.
const ROW_PX: f64 = 36.0;
const HBAR_PX: f64 = 24.0;
const HCHART_MIN_WIDTH: f64 = 560.0;
const MIN_PLOT_PX: f64 = 240.0;
/// Longer labels are cut with "…"; the full name is in the bar's tooltip and the data table.
const MAX_LABEL_PX: f64 = 180.0;

/// Vertical bars: a slot per bar, wide enough for its label and value.
const PLOT_HEIGHT_PX: f64 = 220.0;
const MIN_SLOT_PX: f64 = 56.0;

/// A bar chart as an `<svg role="img">` titled `title`. Bars keep the given order (sort cities by
/// value before, keep months in time order). Negative values draw as empty bars.
pub fn bar_chart(title: &str, bars: &[(String, i64)], horizontal: bool) -> Markup {
    let max = bars.iter().map(|(_, v)| *v).max().unwrap_or(0).max(0);
    if horizontal { horizontal_chart(title, bars, max) } else { vertical_chart(title, bars, max) }
}

/// Bar length for `value` out of `max` on a `full`-pixel axis; an all-zero chart has no lengths
/// rather than a division by zero.
fn bar_len(value: i64, max: i64, full: f64) -> f64 {
    if max <= 0 || value <= 0 { 0.0 } else { value as f64 / max as f64 * full }
}

/// Roughly how wide `text` renders at `px`: CJK characters are square, Latin ones about half.
fn text_width(text: &str, px: f64) -> f64 {
    text.chars().map(|c| if c.is_ascii() { 0.6 } else { 1.0 }).sum::<f64>() * px
}

fn truncate_to_width(text: &str, max_px: f64, px: f64) -> String {
    if text_width(text, px) <= max_px {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut width = text_width("…", px);
    for c in text.chars() {
        width += text_width(c.encode_utf8(&mut [0; 4]), px);
        if width > max_px {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// A coordinate to a tenth of a pixel.
fn px(v: f64) -> String {
    format!("{v:.1}")
}

/// A size in whole pixels.
fn whole(v: f64) -> String {
    format!("{v:.0}")
}

/// The `<svg>` around a chart's `content`, with its title for screen readers and tooltips.
fn svg(title: &str, width: f64, height: f64, content: Markup) -> Markup {
    html! {
        svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label=(title) width=(whole(width))
            height=(whole(height)) viewBox=(format!("0 0 {} {}", whole(width), whole(height))) font-size=(FONT_PX)
            fill=(TEXT_FILL) {
            title { (title) }
            (content)
        }
    }
}

fn horizontal_chart(title: &str, bars: &[(String, i64)], max: i64) -> Markup {
    let labels: Vec<String> = bars.iter().map(|(k, _)| truncate_to_width(k, MAX_LABEL_PX, FONT_PX)).collect();
    let values: Vec<String> = bars.iter().map(|(_, v)| group_thousands(*v)).collect();
    let label_px = labels.iter().map(|l| text_width(l, FONT_PX)).fold(0.0, f64::max) + 16.0;
    let value_px = values.iter().map(|v| text_width(v, FONT_PX)).fold(0.0, f64::max) + 16.0;
    let width = HCHART_MIN_WIDTH.max(label_px + MIN_PLOT_PX + value_px);
    let plot_px = width - label_px - value_px;
    let height = ROW_PX * bars.len().max(1) as f64 + 8.0;

    // SVG elements are closed explicitly: in HTML a `<rect>` without `/>` or `</rect>` would
    // swallow the elements after it.
    let content = html! {
        @for (i, (key, value)) in bars.iter().enumerate() {
            @let middle = 4.0 + i as f64 * ROW_PX + ROW_PX / 2.0;
            @let len = bar_len(*value, max, plot_px);
            g {
                title { (key) ": " (values[i]) }
                text x=(px(label_px - 8.0)) y=(px(middle)) dy="0.35em" text-anchor="end" { (labels[i]) }
                rect class="bar" data-value=(value) x=(px(label_px)) y=(px(middle - HBAR_PX / 2.0)) width=(px(len))
                    height=(px(HBAR_PX)) fill=(BAR_FILL) {}
                text class="value" x=(px(label_px + len + 6.0)) y=(px(middle)) dy="0.35em" { (values[i]) }
            }
        }
        line x1=(px(label_px)) y1="0" x2=(px(label_px)) y2=(whole(height)) stroke=(AXIS_STROKE) {}
    };
    svg(title, width, height, content)
}

fn vertical_chart(title: &str, bars: &[(String, i64)], max: i64) -> Markup {
    let values: Vec<String> = bars.iter().map(|(_, v)| group_thousands(*v)).collect();
    let widest = bars
        .iter()
        .zip(&values)
        .map(|((k, _), v)| text_width(k, FONT_PX).max(text_width(v, FONT_PX)))
        .fold(0.0, f64::max);
    let slot = MIN_SLOT_PX.max(widest + 14.0);
    let bar_w = (slot * 0.6).clamp(20.0, 56.0);
    let (left, top, bottom) = (12.0, 28.0, 36.0);
    let width = (left * 2.0 + slot * bars.len() as f64).max(320.0);
    let height = top + PLOT_HEIGHT_PX + bottom;
    let base = top + PLOT_HEIGHT_PX;

    let content = html! {
        @for (i, (key, value)) in bars.iter().enumerate() {
            @let centre = left + slot * (i as f64 + 0.5);
            @let len = bar_len(*value, max, PLOT_HEIGHT_PX);
            g {
                title { (key) ": " (values[i]) }
                rect class="bar" data-value=(value) x=(px(centre - bar_w / 2.0)) y=(px(base - len)) width=(px(bar_w))
                    height=(px(len)) fill=(BAR_FILL) {}
                text class="value" x=(px(centre)) y=(px(base - len - 8.0)) text-anchor="middle" { (values[i]) }
                text x=(px(centre)) y=(px(base + 24.0)) text-anchor="middle" { (key) }
            }
        }
        line x1="0" y1=(px(base)) x2=(whole(width)) y2=(px(base)) stroke=(AXIS_STROKE) {}
    };
    svg(title, width, height, content)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chart as the page gets it.
    fn bar_chart(title: &str, bars: &[(String, i64)], horizontal: bool) -> String {
        super::bar_chart(title, bars, horizontal).into_string()
    }

    fn bars(values: &[(&str, i64)]) -> Vec<(String, i64)> {
        values.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    /// The `name="..."` attribute of every `<rect class="bar">`, in order.
    fn bar_attr(svg: &str, name: &str) -> Vec<f64> {
        svg.split("<rect class=\"bar\"")
            .skip(1)
            .map(|rect| {
                let start = rect.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
                let rest = &rect[start..];
                rest[..rest.find('"').unwrap()].parse().unwrap()
            })
            .collect()
    }

    #[test]
    fn one_bar_per_bucket_with_proportional_lengths() {
        let data = bars(&[("北京", 40), ("上海", 20), ("广州", 10), ("深圳", 0)]);
        for horizontal in [true, false] {
            let svg = bar_chart("签到", &data, horizontal);
            assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
            assert!(svg.contains("role=\"img\"") && svg.contains("<title>签到</title>"));
            assert_eq!(svg.matches("<rect class=\"bar\"").count(), 4);
            let lens = bar_attr(&svg, if horizontal { "width" } else { "height" });
            assert!(lens[0] > 0.0);
            assert!((lens[1] / lens[0] - 0.5).abs() < 0.01, "{lens:?}");
            assert!((lens[2] / lens[0] - 0.25).abs() < 0.01, "{lens:?}");
            assert_eq!(lens[3], 0.0);
            for value in ["40", "20", "10"] {
                assert!(svg.contains(&format!(">{value}</text>")), "value label {value}");
            }
        }
    }

    #[test]
    fn vertical_bars_stand_on_one_baseline() {
        let svg = bar_chart("m", &bars(&[("2026-10", 5), ("2026-11", 9)]), false);
        let ys = bar_attr(&svg, "y");
        let hs = bar_attr(&svg, "height");
        assert!((ys[0] + hs[0] - (ys[1] + hs[1])).abs() < 0.11);
    }

    #[test]
    fn zero_empty_and_negative_data_render() {
        let empty = bar_chart("empty", &[], true);
        assert!(empty.contains("<title>empty</title>") && !empty.contains("class=\"bar\""));
        assert!(!bar_chart("empty", &[], false).contains("NaN"));
        for horizontal in [true, false] {
            let zeros = bar_chart("z", &bars(&[("a", 0), ("b", 0)]), horizontal);
            assert_eq!(bar_attr(&zeros, if horizontal { "width" } else { "height" }), vec![0.0, 0.0]);
            assert!(!zeros.contains("NaN") && !zeros.contains("inf"));
            let negative = bar_chart("n", &bars(&[("a", -5), ("b", 5)]), horizontal);
            assert_eq!(bar_attr(&negative, if horizontal { "width" } else { "height" })[0], 0.0);
        }
    }

    #[test]
    fn many_cities_make_a_taller_chart_and_big_values_are_grouped() {
        let few = bar_chart("c", &bars(&[("a", 1)]), true);
        let many: Vec<(String, i64)> = (0..75).map(|i| (format!("城市{i}"), i * 1000)).collect();
        let tall = bar_chart("c", &many, true);
        let height = |svg: &str| bar_attr(&svg.replacen("<svg", "<rect class=\"bar\"", 1), "height")[0];
        assert!(height(&tall) > 70.0 * ROW_PX && height(&tall) > height(&few));
        assert_eq!(tall.matches("<rect class=\"bar\"").count(), 75);
        assert!(tall.contains(">74,000</text>"));
    }

    #[test]
    fn labels_and_title_are_escaped_and_long_labels_cut() {
        let svg = bar_chart("<b>&", &bars(&[("<script>alert(1)</script>", 3)]), true);
        assert!(!svg.contains("<script>") && !svg.contains("<b>"));
        assert!(svg.contains("&lt;script&gt;"));
        let long = "乌鲁木齐市天山区老年大学第二分校多功能活动中心";
        let cut = truncate_to_width(long, MAX_LABEL_PX, FONT_PX);
        assert!(cut.ends_with('…') && text_width(&cut, FONT_PX) <= MAX_LABEL_PX);
        assert!(bar_chart("t", &bars(&[(long, 1)]), true).contains(&format!("<title>{long}: 1</title>")));
    }
}
