//! `subjects.yaml`: each subject has a valid, unique key, a label, a unit that fits its
//! dimension (none for dates), a readable tolerance, and a window exactly when it changes
//! over time. Every problem of an entry is reported, then the entry is left out.

use super::diags::{self, BadUnit, BadWindow, Entry};
use super::{Cx, TextFile, at};
use crate::diagnostic::Location;
use crate::model::{Subject, SubjectEntry, SubjectsFile};
use crate::value::{self, Dimension, Tolerance, Unit};
use std::collections::BTreeMap;

/// A subject key: kebab-case, lower-case letters, digits and '-'.
fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 128
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !key.starts_with('-')
}

/// A checked field: `Err(())` when its diagnostic was pushed.
type Checked<T> = Result<T, ()>;

impl Cx {
    pub(super) fn subjects(&mut self, file: &TextFile, parsed: SubjectsFile) -> Vec<Subject> {
        self.declared_subjects = Some(
            parsed
                .subjects
                .iter()
                .map(|e| e.key.value.clone())
                .collect(),
        );
        let mut out: Vec<Subject> = Vec::new();
        let mut seen: BTreeMap<String, Location> = BTreeMap::new();
        for e in parsed.subjects {
            if let Some(s) = self.subject(file, e, &mut seen) {
                out.push(s);
            }
        }
        out
    }

    fn subject(
        &mut self,
        file: &TextFile,
        e: SubjectEntry,
        seen: &mut BTreeMap<String, Location>,
    ) -> Option<Subject> {
        let loc = at(file, &e.key);
        let key = e.key.value.clone();
        if !valid_key(&key) {
            self.push(diags::invalid_id(loc, Entry::Subject, &key));
            return None;
        }
        if let Some(first) = seen.get(&key) {
            self.push(diags::duplicate_subject(loc, &key, first));
            return None;
        }
        seen.insert(key.clone(), loc.clone());
        let dimension = e.dimension.value;
        let unit = self.subject_unit(file, &e, &loc);
        let tolerance = self.tolerance(file, &e, unit.as_ref().ok().and_then(Option::as_ref));
        let window_days = self.window(file, &e, &loc);
        if e.label.trim().is_empty() {
            self.push(diags::empty_text(loc.clone(), Entry::Subject, &key));
        }
        Some(Subject {
            key,
            label: e.label,
            dimension,
            unit: unit.ok()?,
            tolerance: tolerance.ok()?,
            aliases: e.aliases,
            window_days: window_days.ok()?,
            location: loc,
        })
    }

    fn subject_unit(
        &mut self,
        file: &TextFile,
        e: &SubjectEntry,
        loc: &Location,
    ) -> Checked<Option<Unit>> {
        let key = &e.key.value;
        let d = match (&e.unit, e.dimension.value) {
            (None, Dimension::Date) => return Ok(None),
            (Some(u), Dimension::Date) => diags::invalid_unit(at(file, u), key, BadUnit::OnDate),
            (None, d) => diags::invalid_unit(loc.clone(), key, BadUnit::Missing(d)),
            (Some(u), d) => match value::units::parse_subject_unit(&u.value, d) {
                Some(unit) => return Ok(Some(unit)),
                None => diags::invalid_unit(at(file, u), key, BadUnit::NotOf(d, &u.value)),
            },
        };
        self.push(d);
        Err(())
    }

    fn tolerance(
        &mut self,
        file: &TextFile,
        e: &SubjectEntry,
        unit: Option<&Unit>,
    ) -> Checked<Tolerance> {
        let Some(t) = &e.tolerance else {
            return Ok(Tolerance::default());
        };
        value::parse_tolerance(&t.value, e.dimension.value, unit).map_err(|message| {
            self.push(diags::invalid_tolerance(at(file, t), &t.value, message));
        })
    }

    fn window(
        &mut self,
        file: &TextFile,
        e: &SubjectEntry,
        loc: &Location,
    ) -> Checked<Option<i64>> {
        let key = &e.key.value;
        let d = match (e.changes, &e.window) {
            (false, None) => return Ok(None),
            (true, Some(w)) => match value::parse_days(&w.value) {
                Some(d) => return Ok(Some(d)),
                None => diags::invalid_window(at(file, w), key, BadWindow::NotATime(&w.value)),
            },
            (true, None) => diags::invalid_window(loc.clone(), key, BadWindow::Missing),
            (false, Some(w)) => diags::invalid_window(at(file, w), key, BadWindow::Unwanted),
        };
        self.push(d);
        Err(())
    }
}
