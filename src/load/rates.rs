//! `rates.yaml` (optional): exchange rates an editor keeps. Each has a date (day, month or
//! year), a pair of ISO 4217 codes the unit registry knows, a positive rate and a
//! citation; a pair is written once per date.

use super::diags;
use super::{Cx, TextFile, at};
use crate::model::{Rate, RatesFile};
use crate::units::registry;
use crate::value::Date;
use std::collections::BTreeSet;

impl Cx {
    pub(super) fn rates(&mut self, file: &TextFile, parsed: RatesFile) -> Vec<Rate> {
        let mut out: Vec<Rate> = Vec::new();
        let mut seen = BTreeSet::new();
        for e in parsed.rates {
            let loc = at(file, &e.pair);
            let pair = e.pair.value.trim().to_string();
            let codes = pair
                .split_once('/')
                .map(|(a, b)| (a.trim().to_uppercase(), b.trim().to_uppercase()))
                .filter(|(a, b)| {
                    a != b && registry().by_code(a).is_some() && registry().by_code(b).is_some()
                });
            let Some((from, to)) = codes else {
                self.push(diags::invalid_rate(
                    loc,
                    &pair,
                    "the pair is not two different ISO 4217 codes",
                ));
                continue;
            };
            let Ok(date) = Date::parse(e.date.value.trim()) else {
                self.push(diags::invalid_rate(
                    at(file, &e.date),
                    &e.date.value,
                    "the date is not a date",
                ));
                continue;
            };
            if !(e.rate.is_finite() && e.rate > 0.0) {
                self.push(diags::invalid_rate(
                    loc,
                    &pair,
                    "the rate is not a positive number",
                ));
                continue;
            }
            if e.citation.trim().is_empty() {
                self.push(diags::invalid_rate(loc, &pair, "the rate has no citation"));
                continue;
            }
            if !seen.insert((date, from.clone(), to.clone())) {
                self.push(diags::invalid_rate(
                    loc,
                    &pair,
                    "the pair is given twice for this date",
                ));
                continue;
            }
            out.push(Rate {
                date,
                from,
                to,
                rate: e.rate,
                citation: e.citation,
            });
        }
        out
    }
}
