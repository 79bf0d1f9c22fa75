//! `subjects.yaml`: each subject has a valid, unique key, a label, a unit that fits its
//! dimension (none for dates), a readable tolerance, and a window exactly when it changes
//! over time. Every problem of an entry is reported, then the entry is left out.

use super::diags::{self, BadUnit, BadWindow, Entry};
use super::layout::SUBJECTS_FILE;
use super::{Cx, Declared, Input, Seen, TextFile, at};
use crate::diagnostic::{Diagnostic, Location};
use crate::model::{Relations, Subject, SubjectEntry, SubjectsFile};
use crate::value::{self, Dimension, Tolerance, Unit};
use rayon::prelude::*;

/// A subject key: kebab-case, lower-case letters, digits and '-'.
pub(super) fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 128
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !key.starts_with('-')
}

impl Cx {
    /// The valid subjects of every part of the list, in order; a key is unique across
    /// parts.
    pub(super) fn read_subjects(&mut self, input: &Input) -> Vec<Subject> {
        if input.subjects.is_empty() {
            self.push(diags::file_missing(
                &input.root,
                SUBJECTS_FILE,
                "the list of subjects (or split it into subjects/*.yaml)",
            ));
            return Vec::new();
        }
        let parsed = self.parse_all::<SubjectsFile>(&input.subjects);
        // Unknown (`None`) when a part could not be read.
        let mut declared = Some(Declared::default());
        let mut seen = Seen::default();
        let mut out: Vec<Subject> = Vec::new();
        for (file, p) in input.subjects.iter().zip(parsed) {
            let Some(p) = p else {
                declared = None;
                continue;
            };
            if let Some(d) = &mut declared {
                d.extend(p.subjects.iter().map(|e| e.key.value.clone()));
            }
            // Each entry's own fields checked on every core (at 200k subjects a serial
            // stretch while the other core had nothing to do); keys and diagnostics in
            // file order.
            let fields: Vec<Fields> = p.subjects.par_iter().map(|e| fields(file, e)).collect();
            for (e, f) in p.subjects.into_iter().zip(fields) {
                if let Some(s) = self.subject(e, f, &mut seen) {
                    out.push(s);
                }
            }
        }
        self.declared_subjects = declared;
        out
    }

    fn subject(&mut self, e: SubjectEntry, f: Fields, seen: &mut Seen) -> Option<Subject> {
        let loc = f.location;
        let key = e.key.value.clone();
        if !self.fresh_id(Entry::Subject, &key, &loc, seen) {
            return None;
        }
        let unit = self.checked(f.unit);
        let tolerance = self.checked(f.tolerance);
        let window_days = self.checked(f.window);
        if e.label.trim().is_empty() {
            self.push(diags::empty_text(loc.clone(), Entry::Subject, &key));
        }
        Some(Subject {
            key,
            label: e.label,
            dimension: e.dimension.value,
            unit: unit?,
            tolerance: tolerance?,
            aliases: e.aliases,
            exact: e.exact,
            window_days: window_days?,
            relations: Relations {
                parts: e.parts.into_iter().map(|p| p.value).collect(),
                at_most: e.at_most.map(|w| w.value),
                cumulative: e.cumulative,
            },
            location: loc,
        })
    }

    /// The field's value, or `None` when its diagnostic was pushed.
    fn checked<T>(&mut self, r: Result<T, Diagnostic>) -> Option<T> {
        r.map_err(|d| self.push(d)).ok()
    }
}

/// A subject's own fields, checked on their own (in parallel), each with its diagnostic.
struct Fields {
    location: Location,
    unit: Result<Option<Unit>, Diagnostic>,
    tolerance: Result<Tolerance, Diagnostic>,
    window: Result<Option<i64>, Diagnostic>,
}

fn fields(file: &TextFile, e: &SubjectEntry) -> Fields {
    let location = at(file, &e.key);
    let unit = unit_of(file, e, &location);
    let valid = unit.as_ref().ok().and_then(Option::as_ref);
    Fields {
        tolerance: tolerance_of(file, e, valid),
        window: window_of(file, e, &location),
        location,
        unit,
    }
}

/// The subject's unit: none for dates, one of its dimension otherwise.
fn unit_of(file: &TextFile, e: &SubjectEntry, loc: &Location) -> Result<Option<Unit>, Diagnostic> {
    let key = &e.key.value;
    match (&e.unit, e.dimension.value) {
        (None, Dimension::Date) => Ok(None),
        (Some(u), Dimension::Date) => Err(diags::invalid_unit(at(file, u), key, BadUnit::OnDate)),
        (None, d) => Err(diags::invalid_unit(loc.clone(), key, BadUnit::Missing(d))),
        (Some(u), d) => value::units::parse_subject_unit(&u.value, d)
            .map(Some)
            .ok_or_else(|| diags::invalid_unit(at(file, u), key, BadUnit::NotOf(d, &u.value))),
    }
}

/// The subject's tolerance, 5% when it gives none.
fn tolerance_of(
    file: &TextFile,
    e: &SubjectEntry,
    unit: Option<&Unit>,
) -> Result<Tolerance, Diagnostic> {
    let Some(t) = &e.tolerance else {
        return Ok(Tolerance::default());
    };
    value::parse_tolerance(&t.value, e.dimension.value, unit)
        .map_err(|message| diags::invalid_tolerance(at(file, t), &t.value, message))
}

/// The subject's window in days: exactly when it changes over time.
fn window_of(file: &TextFile, e: &SubjectEntry, loc: &Location) -> Result<Option<i64>, Diagnostic> {
    let key = &e.key.value;
    match (e.changes, &e.window) {
        (false, None) => Ok(None),
        (true, Some(w)) => match value::parse_days(&w.value) {
            Some(0) => Err(diags::invalid_window(
                at(file, w),
                key,
                BadWindow::Empty(&w.value),
            )),
            Some(days) => Ok(Some(days)),
            None => Err(diags::invalid_window(
                at(file, w),
                key,
                BadWindow::NotATime(&w.value),
            )),
        },
        (true, None) => Err(diags::invalid_window(loc.clone(), key, BadWindow::Missing)),
        (false, Some(w)) => Err(diags::invalid_window(at(file, w), key, BadWindow::Unwanted)),
    }
}
