//! Rule `clock_time_zone` (decision 635): a figure written as an hour and two digits of
//! minutes ("12.45", "16.30") followed by a time-zone name (`words/clock_zone_words.txt`:
//! "GMT", "BST", "ET") or by "time" after "local" or after capitalised words ("UK time",
//! "New York time") is a time of day, no quantity: "at 07:45 local time (12.45 UK time)"
//! (real bw). The golds write no clock time; a bare "closed at 16.30" stays a figure, as
//! dev keeps a price there.

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// "12.45 UK time", "16.30 GMT": a time of day, passed over.
    pub(super) fn clock_time_zone(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if self.bare_clock_figure(a, m) && self.zone_after(a.end) {
            return Err(Outcome::Skip(a.end));
        }
        Ok(())
    }

    /// Rule `clock_time_verb` (decision 687): "the train leaves at 12.45", "doors open
    /// at 7.30", "kicks off at 7.45": a bare figure shaped as a clock time after "at" and
    /// a verb of a timetable (`words/clock_verbs.txt`, "off" after "kick" allowed) is a
    /// time of day, passed over. Verbs that also quote a price ("closed at") are not in
    /// the list.
    pub(super) fn clock_time_verb(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if self.bare_clock_figure(a, m) && self.timetable_verb_before(a.first) {
            return Err(Outcome::Skip(a.end));
        }
        Ok(())
    }

    /// A lone figure, no unit, range, currency or number word, written as a clock time
    /// ("12.45", "7.30").
    fn bare_clock_figure(&self, a: &Amt, m: &Draft) -> bool {
        m.unit.is_none()
            && !m.range
            && a.cur.is_none()
            && !a.words
            && a.first == a.num
            && a.end == a.num + 1
            && clock_shaped(self.raw(a.num))
    }

    /// "leaves at", "open at", "kicks off at" right before `first`.
    fn timetable_verb_before(&self, first: usize) -> bool {
        if first < 2 || self.low(first - 1) != "at" {
            return false;
        }
        let mut v = first - 2;
        if self.low(v) == "off" && v > 0 && matches!(self.low(v - 1), "kick" | "kicks") {
            v -= 1;
        }
        self.is_word(v) && words::CLOCK_VERBS.contains(self.low(v))
    }

    /// A time-zone name at `k`, or "time" after "local" or after one to three
    /// capitalised words starting at `k`.
    fn zone_after(&self, k: usize) -> bool {
        if !self.is_word(k) {
            return false;
        }
        if words::CLOCK_ZONE_WORDS.contains(self.low(k)) {
            return true;
        }
        if self.low(k) == "local" {
            return self.low(k + 1) == "time";
        }
        let mut j = k;
        while j < k + 3 && self.capitalised(j) {
            j += 1;
        }
        j > k && self.is_word(j) && self.low(j) == "time"
    }
}

/// "12.45", "9.30", "16:05": one or two digits of hours up to 24, a point or a colon,
/// and two digits of minutes under 60.
fn clock_shaped(raw: &str) -> bool {
    let Some((h, mm)) = raw.split_once(['.', ':']) else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(h)
        && h.len() <= 2
        && mm.len() == 2
        && digits(mm)
        && h.parse::<u32>().is_ok_and(|v| v <= 24)
        && mm.parse::<u32>().is_ok_and(|v| v < 60)
}
