//! Fetching ahead: the comparer takes the subjects in key order, and their claims stand in
//! file order, so at scale (a million claims, ~1.5 GB, far past the last-level cache) each
//! claim it reads is a miss in every cache, waited for one after another. While one subject
//! is compared, the records of the subjects a few places on, then the texts those records
//! point to, are asked of memory without waiting (decision 289). Nothing is read here that
//! changes what is compared: a prefetch is a hint, never a load.

use crate::model::{Claim, Subject};
use std::sync::Arc;

/// How many subjects ahead the records (the subject's and its claims') are fetched.
pub(super) const RECORDS: usize = 8;
/// How many subjects ahead the texts the records point to are fetched: closer, so that
/// the records fetched at [`RECORDS`] are in by then.
pub(super) const TEXTS: usize = 4;

/// First stage: every cache line of the subject's record and of each of its claims'.
pub(super) fn records(subject: &Subject, claims: &[&Claim]) {
    lines(subject);
    for c in claims {
        lines(*c);
    }
}

/// Second stage, once the records are in: the first line of each text the comparison
/// reads or shares (the subject's key and label; each claim's id, value, quote and file).
pub(super) fn texts(subject: &Subject, claims: &[&Claim]) {
    fetch(subject.key.as_ptr());
    fetch(subject.label.as_ptr());
    for c in claims {
        fetch(c.id.as_ptr());
        fetch(Arc::as_ptr(&c.value_text).cast());
        fetch(Arc::as_ptr(&c.quote).cast());
        fetch(Arc::as_ptr(&c.location.file).cast());
    }
}

/// For sorting claims by id, first stage: the line of each claim's record that holds
/// its id's pointer and length.
pub(super) fn id_fields(claims: &[&Claim]) {
    for c in claims {
        fetch(std::ptr::from_ref(&c.id).cast());
    }
}

/// For sorting claims by id, second stage: the first line of each claim's id.
pub(super) fn ids(claims: &[&Claim]) {
    for c in claims {
        fetch(c.id.as_ptr());
    }
}

/// Every cache line of `value`'s record fetched in the background.
fn lines<T>(value: &T) {
    let start = std::ptr::from_ref(value).cast::<u8>();
    for offset in (0..size_of::<T>()).step_by(64) {
        fetch(start.wrapping_add(offset));
    }
}

/// The cache line at `p` fetched in the background.
fn fetch(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch never faults, whatever the address; SSE is part of x86_64.
    unsafe {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        _mm_prefetch::<_MM_HINT_T0>(p.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}
