//! Edit distance of two strings of characters, in full and bounded.

/// The edit distance of two strings of characters (`strsim::levenshtein`'s, without
/// collecting them into strings first).
#[cfg(test)]
pub(super) fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut cache: Vec<usize> = (1..=b.len()).collect();
    let mut result = b.len();
    for (i, x) in a.iter().enumerate() {
        result = i + 1;
        let mut diagonal = i;
        for (j, y) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(x != y);
            diagonal = cache[j];
            result = (result + 1).min(substitute).min(diagonal + 1);
            cache[j] = result;
        }
    }
    result
}

/// Whether the edit distance of `a` and `b` is at most `k`, exactly, computing only the
/// cells of the table within `k` of its diagonal (an alignment of cost at most `k` never
/// leaves them) and stopping at the first row whose every cell exceeds `k`: work
/// `O(k * len)` instead of `O(len²)`.
pub(super) fn within(a: &[char], b: &[char], k: usize) -> bool {
    if a.len().abs_diff(b.len()) > k {
        return false;
    }
    let (n, over) = (b.len(), k + 1);
    // prev[j]: the distance of a[..i - 1] and b[..j], or `over` for any more than `k`.
    let mut prev: Vec<usize> = (0..=n).map(|j| j.min(over)).collect();
    let mut cur = vec![over; n + 1];
    for i in 1..=a.len() {
        let (lo, hi) = (i.saturating_sub(k).max(1), (i + k).min(n));
        cur[0] = i.min(over);
        cur[lo - 1] = if lo == 1 { cur[0] } else { over };
        let mut best = cur[lo - 1];
        for j in lo..=hi {
            let substitute = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let d = substitute.min(prev[j] + 1).min(cur[j - 1] + 1).min(over);
            cur[j] = d;
            best = best.min(d);
        }
        if hi < n {
            cur[hi + 1] = over;
        }
        if best > k {
            return false;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[n] <= k
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Strings over a three-letter alphabet of every length up to 6: every kind of edit.
    fn small_strings() -> Vec<Vec<char>> {
        let mut out = vec![Vec::new()];
        let mut last = vec![Vec::new()];
        for _ in 0..6 {
            last = (last.iter())
                .flat_map(|s: &Vec<char>| {
                    ['a', 'b', 'c'].map(|c| s.iter().copied().chain([c]).collect::<Vec<_>>())
                })
                .collect();
            out.extend(last.iter().cloned());
        }
        out
    }

    #[test]
    fn the_bounded_distance_says_what_the_full_distance_says_for_every_bound() {
        let strings = small_strings();
        for a in strings.iter().step_by(7) {
            for b in strings.iter().step_by(5) {
                let d = levenshtein(a, b);
                for k in 0..=7 {
                    assert_eq!(
                        within(a, b, k),
                        d <= k,
                        "{a:?} / {b:?} k {k} (distance {d})"
                    );
                }
            }
        }
    }
}
