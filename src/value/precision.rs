//! How precisely a figure is stated, and so how far the truth it reports may lie from it:
//! half a unit of its last significant digit. "883" stands for 882.5 up to 883.5, "882.5"
//! for 882.45 up to 882.55. A multiple of a hundred counts as rounded, to two significant
//! digits ("1,400" is 1,350 up to 1,450, "1,000" 950 up to 1,050, "$1.1 million" $1.05 up
//! to $1.15 million), while tens do not ("10 districts" is ten). The figure is read from
//! the stated amount, so "1.3 thousand" and "1,300" are equally precise.

/// Half a unit of the last significant digit of `v` as stated (in its own unit).
pub fn half_unit(v: f64) -> f64 {
    // A whole number below 10^15 (most figures), read from its digits as the text below
    // would show it: no decimals, its length and trailing zeros counted without writing it.
    let a = v.abs();
    if a.fract() == 0.0 && a < 1e15 {
        let n = a as u64;
        let len = n.checked_ilog10().map_or(1, |l| l as usize + 1);
        let zeros = if n == 0 {
            1
        } else {
            (0..)
                .take_while(|&k| n.is_multiple_of(10u64.pow(k + 1)))
                .count()
        };
        return whole_unit(len, zeros) / 2.0;
    }
    unit_by_text(v) / 2.0
}

/// The unit of the last significant digit of `v`, read from its text: its decimals, or
/// for a whole number its length and trailing zeros (what [`half_unit`] counts without
/// writing the text for a whole number below 10^15).
fn unit_by_text(v: f64) -> f64 {
    let text = format!("{}", v.abs());
    match text.split_once('.') {
        Some((_, decimals)) => 10f64.powi(-(decimals.len() as i32)),
        None => {
            let zeros = text.bytes().rev().take_while(|b| *b == b'0').count();
            whole_unit(text.len(), zeros)
        }
    }
}

/// The unit of the last significant digit of a whole number of `len` digits ending in
/// `zeros` zeros: two significant digits when it ends in two zeros or more.
fn whole_unit(len: usize, zeros: usize) -> f64 {
    if zeros >= 2 && zeros < len {
        10f64.powi(len as i32 - 2)
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::half_unit;

    /// The unit as read from the number's text, as it was always read.
    fn by_text(v: f64) -> f64 {
        super::unit_by_text(v) / 2.0
    }

    #[test]
    fn whole_numbers_are_read_as_their_text_reads() {
        let mut v = 1.0f64;
        let mut checked = 0;
        for k in 0..2000u64 {
            for w in [
                k as f64,
                (k * 100) as f64,
                (k * 7_000) as f64,
                -((k * 1_000_000) as f64),
                v.round(),
                999_999_999_999_999.0,
                1e15 - 1.0,
            ] {
                assert_eq!(half_unit(w).to_bits(), by_text(w).to_bits(), "{w}");
                checked += 1;
            }
            v *= 1.03;
        }
        assert_eq!(checked, 14_000);
    }

    #[test]
    fn a_figure_reaches_half_a_unit_of_its_last_significant_digit() {
        for (v, half) in [
            (883.0, 0.5),
            (882.5, 0.05),
            (269.0, 0.5),
            (1344.0, 0.5),
            (1400.0, 50.0),
            (1500.0, 50.0),
            (1000.0, 50.0),
            (200.0, 5.0),
            (12_000.0, 500.0),
            (120.0, 0.5),
            (10.0, 0.5),
            (162.0, 0.5),
            (2223.0, 0.5),
            (1_100_000.0, 50_000.0),
            (2_000_000.0, 50_000.0),
            (12.25, 0.005),
            (-2.0, 0.5),
            (0.0, 0.5),
        ] {
            assert_eq!(half_unit(v), half, "{v}");
        }
    }
}
