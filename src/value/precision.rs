//! How precisely a figure is stated, and so how far the truth it reports may lie from it:
//! half a unit of its last significant digit. "883" stands for 882.5 up to 883.5, "882.5"
//! for 882.45 up to 882.55. A multiple of a hundred counts as rounded, to two significant
//! digits ("1,400" is 1,350 up to 1,450, "1,000" 950 up to 1,050, "$1.1 million" $1.05 up
//! to $1.15 million), while tens do not ("10 districts" is ten). The figure is read from
//! the stated amount, so "1.3 thousand" and "1,300" are equally precise.

/// Half a unit of the last significant digit of `v` as stated (in its own unit).
pub fn half_unit(v: f64) -> f64 {
    let text = format!("{}", v.abs());
    let unit = match text.split_once('.') {
        Some((_, decimals)) => 10f64.powi(-(decimals.len() as i32)),
        None => {
            let zeros = text.bytes().rev().take_while(|b| *b == b'0').count();
            if zeros >= 2 && zeros < text.len() {
                10f64.powi(text.len() as i32 - 2)
            } else {
                1.0
            }
        }
    };
    unit / 2.0
}

#[cfg(test)]
mod tests {
    use super::half_unit;

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
