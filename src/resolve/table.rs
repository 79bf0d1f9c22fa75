//! The claims table: every claim as (subject, source, value), with subjects, sources and
//! values interned so that a few million claims fit in a few tens of megabytes.
//!
//! A subject is an object, an optional attribute and an optional period ("Cleveland" ×
//! "population" × "2000"; a flight × "actual departure" × one day's file). A value is a
//! number or an instant with the span its precision allows, or a normalised text key.
//! Values are comparable keys: two claims with the same value id say the same thing.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use crate::model::fxhash::FxHashMap;

/// A number or instant with the span its precision allows. `low == point == high` for an
/// exact value; a date without a time is the span of its day.
#[derive(Debug, Clone, Copy)]
pub struct Span {
    pub point: f64,
    pub low: f64,
    pub high: f64,
}

impl Span {
    pub fn exact(point: f64) -> Self {
        Span {
            point,
            low: point,
            high: point,
        }
    }

    pub fn is_exact(&self) -> bool {
        self.low == self.high
    }

    /// True when `other`'s point lies inside this span (a coarser value containing a
    /// finer one: "December 1" contains "December 1, 14:07").
    pub fn contains(&self, other: &Span) -> bool {
        self.low <= other.point && other.point <= self.high
    }

    fn bits(&self) -> [u64; 3] {
        [
            self.point.to_bits(),
            self.low.to_bits(),
            self.high.to_bits(),
        ]
    }
}

impl PartialEq for Span {
    fn eq(&self, other: &Self) -> bool {
        self.bits() == other.bits()
    }
}
impl Eq for Span {}
impl Hash for Span {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.bits().hash(state);
    }
}

/// A claimed value, normalised to a comparable key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Value {
    /// A quantity.
    Number(Span),
    /// A wall-clock instant in minutes since 1970-01-01 00:00 (a zone label is not applied).
    Instant(Span),
    /// A text key (an id in the table's text names), already normalised.
    Text(u32),
}

impl Value {
    /// The span of a number or instant; `None` for text.
    pub fn span(&self) -> Option<&Span> {
        match self {
            Value::Number(s) | Value::Instant(s) => Some(s),
            Value::Text(_) => None,
        }
    }

    /// True when a claim of `self` also supports `other`: the same value, or a coarser
    /// span of the same kind that contains it.
    pub fn supports(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Number(a), Value::Number(b)) | (Value::Instant(a), Value::Instant(b)) => {
                a == b || (!a.is_exact() && a.contains(b))
            }
            _ => self == other,
        }
    }
}

/// Names interned to dense ids, looked up by `&str` without allocating (hashed with
/// `FxHasher`: ids are given in first-seen order, so no hash order reaches the output).
#[derive(Debug, Default, Clone)]
pub struct Names {
    ids: FxHashMap<Box<str>, u32>,
    names: Vec<Box<str>>,
}

impl Names {
    pub fn intern(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(name.into());
        self.ids.insert(name.into(), id);
        id
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.ids.get(name).copied()
    }

    pub fn name(&self, id: u32) -> &str {
        &self.names[id as usize]
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// Each value's words, when the data had some (a claim's value as written): by value id
/// in a vector, each the claim's own text shared rather than copied (a map of a million
/// copied texts took ~70 MB and a second of one core at a million claims, decision 218).
#[derive(Debug, Default, Clone)]
pub struct Labels(Vec<Option<Arc<str>>>);

impl Labels {
    /// Gives `id` the label `text` makes, unless it has one already (the first claim's
    /// words stay).
    pub fn first(&mut self, id: u32, text: impl FnOnce() -> Arc<str>) {
        let i = id as usize;
        if i >= self.0.len() {
            self.0.resize(i + 1, None);
        }
        self.0[i].get_or_insert_with(text);
    }

    /// The label of `id`, if it has one.
    pub fn get(&self, id: u32) -> Option<&str> {
        self.0.get(id as usize)?.as_deref()
    }
}

/// What a subject is about. `attribute` and `period` are `None` when the data has none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SubjectKey {
    pub object: u32,
    pub attribute: Option<u32>,
    pub period: Option<u32>,
}

/// One claim: a source says the subject has the value. `cite` is the caller's citation
/// (a row number, a claim index) and is carried, not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claim {
    pub subject: u32,
    pub source: u32,
    pub value: u32,
    pub cite: u32,
}

/// All claims of a data set.
#[derive(Debug, Default, Clone)]
pub struct ClaimTable {
    pub sources: Names,
    pub objects: Names,
    pub attributes: Names,
    pub periods: Names,
    pub texts: Names,
    /// How to show a value when the data had words for it (a claim's value as written).
    pub labels: Labels,
    values: Vec<Value>,
    value_ids: FxHashMap<Value, u32>,
    subjects: Vec<SubjectKey>,
    subject_ids: FxHashMap<SubjectKey, u32>,
    claims: Vec<Claim>,
}

impl ClaimTable {
    pub fn new() -> Self {
        Self::default()
    }

    /// The subject id for a key, adding it when new.
    pub fn subject(&mut self, key: SubjectKey) -> u32 {
        if let Some(&id) = self.subject_ids.get(&key) {
            return id;
        }
        let id = self.subjects.len() as u32;
        self.subjects.push(key);
        self.subject_ids.insert(key, id);
        id
    }

    /// The subject id for a key, if any claim names it.
    pub fn find_subject(&self, key: &SubjectKey) -> Option<u32> {
        self.subject_ids.get(key).copied()
    }

    /// The value id for a value, adding it when new.
    pub fn value(&mut self, value: Value) -> u32 {
        if let Some(&id) = self.value_ids.get(&value) {
            return id;
        }
        let id = self.values.len() as u32;
        self.values.push(value);
        self.value_ids.insert(value, id);
        id
    }

    /// The value id for a value, if any claim has it.
    pub fn find_value(&self, value: &Value) -> Option<u32> {
        self.value_ids.get(value).copied()
    }

    pub fn push(&mut self, claim: Claim) {
        self.claims.push(claim);
    }

    /// Adds a claim by names; the convenience door for small tables. Returns the value's
    /// id.
    pub fn add(&mut self, source: &str, key: SubjectKey, value: Value, cite: u32) -> u32 {
        let source = self.sources.intern(source);
        let subject = self.subject(key);
        let value = self.value(value);
        self.push(Claim {
            subject,
            source,
            value,
            cite,
        });
        value
    }

    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }

    pub fn subjects(&self) -> &[SubjectKey] {
        &self.subjects
    }

    pub fn values(&self) -> &[Value] {
        &self.values
    }

    pub fn value_of(&self, id: u32) -> &Value {
        &self.values[id as usize]
    }

    /// Keeps only the claims `keep` accepts (e.g. without some sources); ids stay valid.
    pub fn retain(&mut self, keep: impl FnMut(&Claim) -> bool) {
        self.claims.retain(keep);
    }

    /// A subject's key as words: "object / attribute / period".
    pub fn subject_name(&self, id: u32) -> String {
        let key = self.subjects[id as usize];
        let mut name = self.objects.name(key.object).to_string();
        if let Some(a) = key.attribute {
            name.push_str(" / ");
            name.push_str(self.attributes.name(a));
        }
        if let Some(p) = key.period {
            name.push_str(" / ");
            name.push_str(self.periods.name(p));
        }
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_supports_an_instant_inside_it_but_not_the_reverse() {
        let day = Value::Instant(Span {
            point: 1000.0,
            low: 1000.0,
            high: 2439.0,
        });
        let minute = Value::Instant(Span::exact(1200.0));
        assert!(day.supports(&minute));
        assert!(!minute.supports(&day));
        assert!(!day.supports(&Value::Instant(Span::exact(3000.0))));
    }

    #[test]
    fn equal_values_share_one_id() {
        let mut t = ClaimTable::new();
        let key = super::super::tests::key_of(&mut t, "x");
        t.add("a", key, Value::Number(Span::exact(5.0)), 0);
        t.add("b", key, Value::Number(Span::exact(5.0)), 1);
        t.add("c", key, Value::Number(Span::exact(6.0)), 2);
        assert_eq!(t.values().len(), 2);
        assert_eq!(t.subjects().len(), 1);
        assert_eq!(t.claims()[0].value, t.claims()[1].value);
    }
}
