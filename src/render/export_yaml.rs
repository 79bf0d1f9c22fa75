//! The export's subjects written as YAML directly, in serde-saphyr's layout and scalar
//! styles byte for byte (decision 135): the export's shapes are fixed (maps of scalars and
//! block sequences, compact list indentation, two spaces per level), so only the scalars
//! need serde-saphyr's judgement, and most of them are plain text that provably needs no
//! quotes. Any other scalar is styled by serde-saphyr itself, serialised alone (its style
//! depends on the text only); a block scalar where its column is not known here
//! (a long or multi-line item of a list) makes the subject fall back to serde-saphyr whole.
//! `tests/export_yaml.rs` compares the two on corpora and generated subjects.

use super::export::SubjectOut;
use crate::diagnostic::Location;
use crate::findings::{BestValue, ClaimView, Cluster, Conflict, FlagView, Group, Support};
use std::fmt::Write as _;

/// A scalar this writer cannot place: the subject is handed to serde-saphyr whole.
#[derive(Debug)]
pub(super) struct Unsupported;

type Out = Result<(), Unsupported>;

/// Appends `s` as the first item of a top-level block sequence ("- key: …"), or fails with
/// `out` possibly holding part of it (the caller truncates).
pub(super) fn subject(out: &mut String, s: &SubjectOut) -> Out {
    let f = s.subject;
    let mut m = Map::item(out, 0);
    m.str("key", &f.key)?;
    m.str("label", &f.label)?;
    m.str("dimension", &f.dimension)?;
    if let Some(u) = &f.unit {
        m.str("unit", u)?;
    }
    m.str("verdict", verdict(f.verdict))?;
    if let Some(p) = &f.preferred {
        let mut inner = m.map("preferred");
        inner.str("value", &p.value)?;
        inner.strs("claims", &p.claims)?;
    }
    if !f.resolved.is_empty() {
        m.seq("resolved", &f.resolved, best_value)?;
    }
    m.seq("groups", &f.groups, group)?;
    if !f.set_aside.is_empty() {
        m.seq("set_aside", &f.set_aside, claim)?;
    }
    if !s.flag_entries.is_empty() {
        m.seq("flag_entries", &s.flag_entries, |m, e| {
            m.str("conflict", &e.conflict)?;
            m.str("status", e.status)?;
            m.str("reason", &e.reason)?;
            m.str("by", &e.by)
        })?;
    }
    Ok(())
}

/// Asks the processor to start fetching the texts of a subject's claims (allocated at
/// load in file order, read here in subject order: each a cache miss) without waiting,
/// a few subjects before they are written.
pub(super) fn prefetch(s: &crate::findings::SubjectFinding) {
    let claims = (s.groups.iter().flat_map(|g| &g.clusters))
        .flat_map(|k| k.claims.iter().chain(&k.compatible));
    for c in claims.chain(&s.set_aside) {
        for text in [&*c.value, &c.id, &*c.quote, c.publisher(), c.published()] {
            fetch(text.as_bytes());
        }
    }
}

/// The first cache line of `bytes` fetched in the background.
fn fetch(bytes: &[u8]) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch never faults, whatever the address; SSE is part of x86_64.
    unsafe {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        _mm_prefetch::<_MM_HINT_T0>(bytes.as_ptr().cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = bytes;
}

fn best_value(m: &mut Map, b: &BestValue) -> Out {
    if let Some(from) = &b.from {
        m.str("from", from)?;
    }
    m.str("value", &b.value)?;
    m.f64("confidence", b.confidence)?;
    m.str("decided_by", &b.decided_by)?;
    m.str("reason", &b.reason)?;
    if !b.tied_with.is_empty() {
        m.strs("tied_with", &b.tied_with)?;
    }
    Ok(())
}

fn group(m: &mut Map, g: &Group) -> Out {
    if let Some(p) = &g.period {
        let mut inner = m.map("period");
        inner.str("from", &p.from)?;
        inner.str("to", &p.to)?;
    }
    m.str("verdict", verdict(g.verdict))?;
    m.seq("clusters", &g.clusters, cluster)?;
    if let Some(c) = &g.conflict {
        conflict(&mut m.map("conflict"), c)?;
    }
    Ok(())
}

fn cluster(m: &mut Map, k: &Cluster) -> Out {
    m.str("value", &k.value)?;
    m.seq("claims", &k.claims, claim)?;
    if !k.compatible.is_empty() {
        m.seq("compatible", &k.compatible, claim)?;
    }
    support(&mut m.map("support"), &k.support)
}

fn support(m: &mut Map, s: &Support) -> Out {
    m.uint("sources", s.sources as u64);
    m.strs("origins", &s.origins)?;
    m.uint("not_stated", s.not_stated as u64);
    if s.derived != 0 {
        m.uint("derived", s.derived as u64);
    }
    Ok(())
}

fn conflict(m: &mut Map, c: &Conflict) -> Out {
    m.str("id", &c.id)?;
    if let Some(f) = &c.flag {
        flag(&mut m.map("flag"), f)?;
    }
    Ok(())
}

fn flag(m: &mut Map, f: &FlagView) -> Out {
    m.str("status", f.status.as_str())?;
    m.str("reason", &f.reason)?;
    for (key, v) in [("by", &f.by), ("date", &f.date), ("claim", &f.claim)] {
        if let Some(v) = v {
            m.str(key, v)?;
        }
    }
    location(&mut m.map("location"), &f.location)?;
    if let Some(c) = &f.carried {
        let mut inner = m.map("carried");
        inner.str("from", &c.from)?;
        inner.seq("joined", &c.joined, |m, j| {
            m.str("claim", &j.claim)?;
            m.strs("clusters", &j.clusters)
        })?;
    }
    Ok(())
}

fn claim(m: &mut Map, c: &ClaimView) -> Out {
    m.str("id", &c.id)?;
    m.str("value", &c.value)?;
    m.str("source", c.source())?;
    m.str("publisher", c.publisher())?;
    m.str("published", c.published())?;
    let optional = c.names();
    for (key, v) in optional {
        if let Some(v) = v {
            m.str(key, v)?;
        }
    }
    if let Some(v) = &c.as_of {
        m.str("as_of", &v.to_string())?;
    }
    m.str("quote", &c.quote)?;
    if c.rank != crate::model::Rank::Normal {
        m.str("rank", rank(c.rank))?;
    }
    if let Some(v) = c.rank_reason() {
        m.str("rank_reason", v)?;
    }
    if let Some(d) = c.derived() {
        let mut inner = m.map("derived");
        inner.str("rule", d.rule)?;
        inner.strs("inputs", &d.inputs)?;
    }
    location(&mut m.map("location"), &c.location)?;
    if let Some(v) = c.note() {
        m.str("note", v)?;
    }
    Ok(())
}

fn location(m: &mut Map, l: &Location) -> Out {
    m.str("file", &l.file)?;
    m.uint("line", u64::from(l.line));
    m.uint("column", u64::from(l.column));
    Ok(())
}

fn verdict(v: crate::findings::Verdict) -> &'static str {
    use crate::findings::Verdict as V;
    match v {
        V::Conflict => "conflict",
        V::Agreement => "agreement",
        V::Uncompared => "uncompared",
        V::SingleSource => "single-source",
        V::NoClaims => "no-claims",
    }
}

fn rank(r: crate::model::Rank) -> &'static str {
    use crate::model::Rank as R;
    match r {
        R::Preferred => "preferred",
        R::Normal => "normal",
        R::Deprecated => "deprecated",
    }
}

/// A block map being written: its keys stand at `col`; the first key of a map that is a
/// list item follows the item's dash on its line.
pub(super) struct Map<'a> {
    out: &'a mut String,
    col: usize,
    inline_first: bool,
}

impl<'a> Map<'a> {
    /// The map of a list item whose dash stands at `dash`.
    fn item(out: &'a mut String, dash: usize) -> Map<'a> {
        indent(out, dash);
        out.push_str("- ");
        Map {
            out,
            col: dash + 2,
            inline_first: true,
        }
    }

    fn key(&mut self, key: &str) {
        if self.inline_first {
            self.inline_first = false;
        } else {
            indent(self.out, self.col);
        }
        self.out.push_str(key);
        self.out.push(':');
    }

    fn str(&mut self, key: &str, v: &str) -> Out {
        self.key(key);
        self.out.push(' ');
        scalar(self.out, v, Some(self.col + 2))
    }

    fn uint(&mut self, key: &str, v: u64) {
        self.key(key);
        let _ = writeln!(self.out, " {v}");
    }

    fn f64(&mut self, key: &str, v: f64) -> Out {
        self.key(key);
        self.out.push(' ');
        // Rare (one per resolved value): serde-saphyr's own float spelling.
        let text = serde_saphyr::to_string(&v).map_err(|_| Unsupported)?;
        self.out.push_str(&text);
        Ok(())
    }

    /// A nested map under `key` (never empty here: each has a required field).
    fn map(&mut self, key: &str) -> Map<'_> {
        self.key(key);
        self.out.push('\n');
        Map {
            out: self.out,
            col: self.col + 2,
            inline_first: false,
        }
    }

    /// A block sequence of maps under `key`, its dashes at the key's column; `[]` if empty.
    fn seq<T>(&mut self, key: &str, items: &[T], each: impl Fn(&mut Map, &T) -> Out) -> Out {
        if self.empty_or_opened(key, items.is_empty()) {
            return Ok(());
        }
        for item in items {
            each(&mut Map::item(self.out, self.col), item)?;
        }
        Ok(())
    }

    /// A sequence's key: `[]` after it when it is `empty` (then `true`: nothing more to
    /// write), else the line break before its items.
    fn empty_or_opened(&mut self, key: &str, empty: bool) -> bool {
        self.key(key);
        self.out.push_str(if empty { " []\n" } else { "\n" });
        empty
    }

    /// A block sequence of strings under `key`; `[]` if empty.
    fn strs(&mut self, key: &str, items: &[String]) -> Out {
        if self.empty_or_opened(key, items.is_empty()) {
            return Ok(());
        }
        for item in items {
            indent(self.out, self.col);
            self.out.push_str("- ");
            scalar(self.out, item, None)?;
        }
        Ok(())
    }
}

fn indent(out: &mut String, col: usize) {
    const SPACES: &str = "                                                                ";
    let mut n = col;
    while n > SPACES.len() {
        out.push_str(SPACES);
        n -= SPACES.len();
    }
    out.push_str(&SPACES[..n]);
}

/// Widest single-line scalar serde-saphyr leaves on its line; longer plain text is folded.
const FOLD: usize = 80;

/// `v` as serde-saphyr writes a string scalar after `key: ` or `- `, with its line end. A
/// block scalar's body goes at `body` (two past the map's keys), and fails without one.
fn scalar(out: &mut String, v: &str, body: Option<usize>) -> Out {
    if v.len() <= FOLD && certainly_plain(v) {
        out.push_str(v);
        out.push('\n');
        return Ok(());
    }
    if v.len() > FOLD {
        let probe = v.trim_end_matches(' ');
        if certainly_plain(probe) && v.bytes().all(|b| (b' '..=b'~').contains(&b)) {
            let Some(col) = body else {
                return Err(Unsupported);
            };
            out.push_str(">-\n");
            fold(out, v, col);
            return Ok(());
        }
    } else if is_date(v) {
        out.push('"');
        out.push_str(v);
        out.push_str("\"\n");
        return Ok(());
    }
    delegated(out, v, body)
}

/// Any other string: serde-saphyr's styling of it alone (plain, quoted or a block scalar,
/// decided by the text alone), a block scalar's body moved to `body`.
fn delegated(out: &mut String, v: &str, body: Option<usize>) -> Out {
    let text = serde_saphyr::to_string(&v).map_err(|_| Unsupported)?;
    if !(text.starts_with('>') || text.starts_with('|')) {
        out.push_str(&text);
        return Ok(());
    }
    // A block scalar alone has its body two columns in, wherever its header is.
    let col = body.ok_or(Unsupported)?;
    let mut lines = text.split_inclusive('\n');
    out.push_str(lines.next().ok_or(Unsupported)?);
    for line in lines {
        if line == "\n" {
            out.push('\n');
        } else {
            let rest = line.strip_prefix("  ").ok_or(Unsupported)?;
            indent(out, col);
            out.push_str(rest);
        }
    }
    Ok(())
}

/// Whether serde-saphyr writes `v` plain (as `is_plain_value_safe` in block context
/// decides), checked by a narrower rule that is quick: printable ASCII without `:` or `#`
/// (so no `: `, no trailing `:`, no comment start), starting with a letter or digit (no
/// indicator, no document marker, no sign), not ending in a space, and either containing a
/// space or starting with a letter and longer than five characters — no number, date,
/// `null`, `~`, boolean (`yes`, `off`, …) or `.inf` has a space, and the words among
/// them are at most five letters.
fn certainly_plain(v: &str) -> bool {
    let b = v.as_bytes();
    let (Some(first), Some(last)) = (b.first(), b.last()) else {
        return false;
    };
    if !first.is_ascii_alphanumeric() || *last == b' ' {
        return false;
    }
    // Every byte looked at, without an early exit, which the compiler vectorises.
    let (odd, space) = b.iter().fold((false, false), |(odd, space), &c| {
        let outside = c.wrapping_sub(b' ') > b'~' - b' ';
        (
            odd | outside | (c == b':') | (c == b'#'),
            space | (c == b' '),
        )
    });
    !odd && (space || (first.is_ascii_alphabetic() && b.len() > 5))
}

/// `YYYY-MM-DD`: a YAML 1.1 timestamp, so serde-saphyr double-quotes it (its characters
/// need no escape).
fn is_date(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

/// The body of a folded block scalar of one line of printable ASCII, at column `col`:
/// serde-saphyr's wrapping (at runs of spaces, at most [`FOLD`] characters a line where a
/// space allows; a run of N spaces broken leaves N-1 at the line's end; once no space is
/// within reach, the rest of the line is written whole).
fn fold(out: &mut String, v: &str, col: usize) {
    let b = v.as_bytes();
    let mut start = 0;
    let mut width = 0;
    let mut last_run: Option<(usize, usize)> = None;
    let mut run_start: Option<usize> = None;
    for (i, &c) in b.iter().enumerate() {
        if c == b' ' {
            run_start.get_or_insert(i);
        } else if let Some(rs) = run_start.take() {
            last_run = Some((rs, i));
        }
        width += 1;
        if width > FOLD {
            let Some((rs, re)) = last_run.take() else {
                break;
            };
            indent(out, col);
            out.push_str(&v[start..rs]);
            indent(out, re - rs - 1);
            out.push('\n');
            start = re;
            width = 0;
        }
    }
    indent(out, col);
    out.push_str(&v[start..]);
    out.push('\n');
}
