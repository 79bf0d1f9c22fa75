//! The number line of `crosscheck show`: one row per claim, each claim's interval drawn on
//! one axis common to the subject (its unit, or days for dates). Exact values are points,
//! approximate values and ranges are bars, bounds are bars that run off the axis with an
//! arrow. Rows are labelled with their cluster's letter and coloured by cluster when colour
//! is on; glyphs are Unicode or plain ASCII. Owns the axis (padding, ticks, labels) and the
//! glyphs; it does not decide what is a cluster (that is `compare`).

use super::interval::group_digits;
use crate::value::Interval;
use crate::value::date::render_day;

/// How to draw.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Total width in columns (at least 40 is used).
    pub width: usize,
    /// Unicode glyphs (● ━ ◀ ▶ ┬ ─) or ASCII (o = < > + -).
    pub unicode: bool,
    /// ANSI colour by cluster.
    pub color: bool,
}

/// One row of the picture.
#[derive(Debug, Clone)]
pub struct Row {
    /// The cluster's letter ("A"), or "-" for a claim set aside (deprecated).
    pub cluster: String,
    /// The cluster's index for the colour; `None` for claims set aside (drawn dim).
    pub color: Option<usize>,
    /// The claim's value as written.
    pub label: String,
    pub interval: Interval,
}

/// What the axis measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis<'a> {
    /// Amounts in a unit ("km", "soldiers"; empty for none).
    Amount(&'a str),
    /// Days, labelled as ISO dates.
    Days,
}

struct Glyphs {
    point: char,
    bar: char,
    left: char,
    right: char,
    rule: char,
    tick: char,
}

const UNICODE: Glyphs = Glyphs {
    point: '●',
    bar: '━',
    left: '◀',
    right: '▶',
    rule: '─',
    tick: '┬',
};

const ASCII: Glyphs = Glyphs {
    point: 'o',
    bar: '=',
    left: '<',
    right: '>',
    rule: '-',
    tick: '+',
};

const PALETTE: [&str; 6] = ["36", "33", "35", "32", "34", "31"];

/// The longest value label shown before it is cut.
const MAX_LABEL: usize = 30;

pub fn render(rows: &[Row], axis: Axis, non_negative: bool, opts: Options) -> String {
    let g = if opts.unicode { &UNICODE } else { &ASCII };
    let width = opts.width.max(40);
    let label_w = rows
        .iter()
        .map(|r| r.label.chars().count().min(MAX_LABEL))
        .max()
        .unwrap_or(0);
    let cluster_w = rows
        .iter()
        .map(|r| r.cluster.chars().count())
        .max()
        .unwrap_or(1);
    // "A  label  " then the plot.
    let left = cluster_w + 2 + label_w + 2;
    let plot = width.saturating_sub(left).max(20);
    let Some((lo, hi)) = range(rows, axis, non_negative) else {
        return String::new();
    };
    let col = |v: f64| -> usize {
        let x = ((v - lo) / (hi - lo) * (plot - 1) as f64).round();
        x.clamp(0.0, (plot - 1) as f64) as usize
    };
    let mut out = String::new();
    for r in rows {
        let drawn: String = draw(r.interval, plot, &col, g).iter().collect();
        let drawn = drawn.trim_end();
        let glyphs = drawn.trim_start();
        let lead = &drawn[..drawn.len() - glyphs.len()];
        let label = cut(&r.label, MAX_LABEL, opts.unicode);
        let line = format!(
            "{:<cw$}  {:<lw$}  {lead}{}",
            r.cluster,
            label,
            paint(glyphs, r.color, opts.color),
            cw = cluster_w,
            lw = label_w
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    // The axis: a rule with ticks, then the labels under the ticks, the unit on the left.
    let ticks = ticks(lo, hi, plot, axis);
    let mut rule = vec![g.rule; plot];
    let mut labels = vec![' '; plot];
    let mut free_from = 0usize;
    for (v, text) in &ticks {
        let x = col(*v);
        rule[x] = g.tick;
        let len = text.chars().count();
        let start = x.saturating_sub(len / 2).min(plot.saturating_sub(len));
        if start < free_from || start + len > plot {
            continue;
        }
        for (i, ch) in text.chars().enumerate() {
            labels[start + i] = ch;
        }
        free_from = start + len + 1;
    }
    let unit = match axis {
        Axis::Amount(u) => u.to_string(),
        Axis::Days => "date".to_string(),
    };
    out.push_str(&format!(
        "{:left$}{}\n",
        "",
        rule.iter().collect::<String>(),
        left = left
    ));
    let line = format!(
        "{:>w$}  {}",
        cut(&unit, cluster_w + 2 + label_w, opts.unicode),
        labels.iter().collect::<String>(),
        w = cluster_w + 2 + label_w
    );
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

/// One interval across `plot` cells: a point, a bar, with an arrow at an open end.
fn draw(iv: Interval, plot: usize, col: &dyn Fn(f64) -> usize, g: &Glyphs) -> Vec<char> {
    let mut cells = vec![' '; plot];
    if iv.is_point() && iv.low.value.is_finite() {
        cells[col(iv.low.value)] = g.point;
        return cells;
    }
    let a = if iv.low.value.is_finite() {
        col(iv.low.value)
    } else {
        0
    };
    let b = if iv.high.value.is_finite() {
        col(iv.high.value)
    } else {
        plot - 1
    };
    for c in &mut cells[a.min(b)..=b.max(a)] {
        *c = g.bar;
    }
    if !iv.low.value.is_finite() {
        cells[0] = g.left;
    }
    if !iv.high.value.is_finite() {
        cells[plot - 1] = g.right;
    }
    cells
}

/// The axis range: the finite ends of every interval, padded by 5% of the span on each
/// side (by 5% of the value, or 1, when every end is the same; dates by at least a day).
/// Non-negative dimensions do not pad below zero.
pub fn range(rows: &[Row], axis: Axis, non_negative: bool) -> Option<(f64, f64)> {
    let finite: Vec<f64> = rows
        .iter()
        .flat_map(|r| [r.interval.low.value, r.interval.high.value])
        .filter(|v| v.is_finite())
        .collect();
    let min = finite.iter().copied().reduce(f64::min)?;
    let max = finite.iter().copied().reduce(f64::max)?;
    let pad = match axis {
        Axis::Days => ((max - min) * 0.05).max(1.0),
        Axis::Amount(_) if max > min => (max - min) * 0.05,
        Axis::Amount(_) => (min.abs() * 0.05).max(1.0),
    };
    let mut lo = min - pad;
    if non_negative && min >= 0.0 {
        lo = lo.max(0.0);
    }
    Some((lo, max + pad))
}

/// Evenly spaced round values inside [lo, hi], about one every 12 columns, with labels.
fn ticks(lo: f64, hi: f64, plot: usize, axis: Axis) -> Vec<(f64, String)> {
    let label_room = match axis {
        Axis::Days => 13.0,
        Axis::Amount(_) => 10.0,
    };
    let wanted = (plot as f64 / label_room).floor().max(2.0);
    let raw = (hi - lo) / wanted;
    let step = match axis {
        Axis::Days => [1.0, 2.0, 7.0, 14.0, 30.0, 61.0, 91.0, 182.0, 365.0]
            .into_iter()
            .find(|s| *s >= raw)
            .unwrap_or_else(|| (raw / 365.0).ceil() * 365.0),
        Axis::Amount(_) => nice(raw),
    };
    let mut out = Vec::new();
    let mut v = (lo / step).ceil() * step;
    while v <= hi && out.len() < 1000 {
        let text = match axis {
            Axis::Days => render_day(v.round() as i64),
            Axis::Amount(_) => group_digits(v),
        };
        out.push((v, text));
        v += step;
    }
    out
}

/// The smallest of 1, 2, 2.5, 5 × 10^k at least `raw`.
fn nice(raw: f64) -> f64 {
    if raw <= 0.0 || !raw.is_finite() {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * magnitude)
}

/// `s` cut to `max` characters, ending with an ellipsis when cut.
fn cut(s: &str, max: usize, unicode: bool) -> String {
    let ellipsis = if unicode { "…" } else { "..." };
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let keep = max.saturating_sub(ellipsis.chars().count());
        let mut t: String = s.chars().take(keep).collect();
        t.push_str(ellipsis);
        t
    }
}

fn paint(text: &str, cluster: Option<usize>, color: bool) -> String {
    if !color || text.is_empty() {
        return text.to_string();
    }
    let code = match cluster {
        Some(k) => PALETTE[k % PALETTE.len()],
        None => "2",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

/// A cluster's letter: A … Z, then AA, AB, …
pub fn letter(mut k: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push((b'A' + (k % 26) as u8) as char);
        if k < 26 {
            break;
        }
        k = k / 26 - 1;
    }
    s.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Bound;

    fn opts(width: usize, unicode: bool, color: bool) -> Options {
        Options {
            width,
            unicode,
            color,
        }
    }

    fn row(k: usize, label: &str, iv: Interval) -> Row {
        Row {
            cluster: letter(k),
            color: Some(k),
            label: label.into(),
            interval: iv,
        }
    }

    #[test]
    fn letters_go_past_z() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
        assert_eq!(letter(27), "AB");
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice(47.0), 50.0);
        assert_eq!(nice(0.3), 0.5);
        assert_eq!(nice(100.0), 100.0);
        assert_eq!(nice(120.0), 200.0);
    }

    #[test]
    fn points_bars_and_arrows_land_where_they_should() {
        let more_than = Interval::above(Bound::exclusive(1300.0));
        let rows = [
            row(0, "910 km", Interval::point(910.0)),
            row(1, "1,400 km", Interval::point(1400.0)),
            row(1, "more than 1,300 km", more_than),
        ];
        let text = render(&rows, Axis::Amount("km"), true, opts(60, false, false));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 5, "{text}");
        let plot_start = "A  more than 1,300 km  ".len();
        // 910 is at the left of the plot, 1,400 near its right end.
        let p910 = lines[0].find('o').unwrap() - plot_start;
        let p1400 = lines[1].find('o').unwrap() - plot_start;
        assert!(p910 < 3, "{text}");
        assert!(p1400 > 30, "{text}");
        assert!(lines[2].ends_with("=>"), "{text}");
        assert!(
            lines[4].contains("km") && lines[4].contains("1,000"),
            "{text}"
        );
        assert!(text.is_ascii());
        let colored = render(&rows, Axis::Amount("km"), true, opts(60, true, true));
        assert!(colored.contains("\x1b[36m●"), "{colored}");
        assert!(colored.contains('▶'), "{colored}");
    }

    #[test]
    fn a_single_value_still_has_an_axis() {
        let rows = [row(0, "2021-07-07", Interval::point(18815.0))];
        let text = render(&rows, Axis::Days, false, opts(80, false, false));
        assert!(text.contains("2021-07-0"), "{text}");
    }
}
