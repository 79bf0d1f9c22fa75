//! Periods of a subject that changes over time: the groups its claims are compared in.

use super::Cx;
use crate::findings::Period;
use crate::model::{Claim, Subject};
use crate::value::date::render_day;

/// Splits claims into the groups that are compared: all together, or for subjects that
/// change over time, periods anchored at the earliest claim of each: a claim joins while
/// the days it speaks of begin within `window` days of the end of the anchor's.
pub(super) fn periods<'a>(
    cx: &Cx,
    subject: &Subject,
    claims: &[&'a Claim],
) -> Vec<(Option<Period>, Vec<&'a Claim>)> {
    if claims.is_empty() {
        return Vec::new();
    }
    let Some(window) = subject.window_days else {
        return vec![(None, claims.to_vec())];
    };
    let mut dated: Vec<((i64, i64), &Claim)> = claims.iter().map(|c| (cx.span(c), *c)).collect();
    dated.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    let mut out: Vec<(Option<Period>, Vec<&Claim>)> = Vec::new();
    let mut anchor_end = i64::MIN;
    let mut last = i64::MIN;
    for ((first, end), c) in dated {
        if out.is_empty() || first > anchor_end.saturating_add(window) {
            if let Some((Some(p), _)) = out.last_mut() {
                p.to = render_day(last);
            }
            anchor_end = end;
            last = end;
            out.push((
                Some(Period {
                    from: render_day(first),
                    to: render_day(end),
                }),
                Vec::new(),
            ));
        }
        last = last.max(end);
        if let Some((_, members)) = out.last_mut() {
            members.push(c);
        }
    }
    if let Some((Some(p), _)) = out.last_mut() {
        p.to = render_day(last);
    }
    out
}
