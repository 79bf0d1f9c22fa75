//! A conflict's stable id, which editors' flags name: the subject and a hash of its claims.

/// A conflict's stable id: the subject key and a hash of the sorted claim ids. It does not
/// change when files, claims or keys are reordered or lines move, nor when claims of other
/// subjects change; it does change when a claim joins or leaves the conflict, so an
/// editor's flag always covers exactly the claims that were reviewed.
pub fn fingerprint(subject: &str, claim_ids: &[&str]) -> String {
    let mut ids: Vec<&str> = claim_ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    // FNV-1a, 64 bit: stable across platforms and releases, unlike std's hasher.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in std::iter::once(subject).chain(ids) {
        for b in part.bytes().chain([0u8]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{subject}/{:08x}", (h >> 32) ^ (h & 0xffff_ffff))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_ignores_order() {
        assert_eq!(fingerprint("s", &["b", "a"]), fingerprint("s", &["a", "b"]));
        assert_ne!(
            fingerprint("s", &["a", "b"]),
            fingerprint("s", &["a", "b", "c"])
        );
        assert_ne!(fingerprint("s", &["a", "b"]), fingerprint("t", &["a", "b"]));
        assert!(fingerprint("s", &["a"]).starts_with("s/"));
    }
}
