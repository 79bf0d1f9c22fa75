//! Reading tables: roles from a header or a mapping, long and wide tables, gzip.

use super::*;

fn mapping(columns: &str, header: bool) -> Mapping {
    Mapping {
        columns: columns
            .split(',')
            .filter(|c| !c.is_empty())
            .map(String::from)
            .collect(),
        header,
        ..Mapping::default()
    }
}

#[test]
fn a_csv_with_a_header_row_becomes_one_claim_per_row() {
    let text = "Source,Object,Attribute,Value,Date\n\
                census,\"Springfield, MA\",population,\"152,082\",2000\n\
                bot,\"Springfield, MA\",population,154082,2000\n\
                bot,Augusta,population,Not available,2000\n";
    let mut t = ClaimTable::new();
    let stats = read_text(
        "p.csv",
        "p",
        text,
        Delimiter::Comma,
        &mapping("", true),
        &mut t,
    )
    .unwrap();
    assert_eq!((stats.rows, stats.claims, stats.empty_cells), (3, 2, 1));
    assert_eq!(t.subjects().len(), 1);
    assert_eq!(t.subject_name(0), "Springfield, MA / population / 2000");
    assert_eq!(
        t.value_of(t.claims()[0].value),
        &Value::Number(Span::exact(152_082.0))
    );
    assert_eq!(t.claims()[1].cite, 3);
}

#[test]
fn a_wide_table_makes_a_subject_per_column_and_dates_take_the_file_s_year() {
    let text = "aa\tAA-1\t12/01/2011 02:07 PM\t F78\n\
                orbitz\tAA-1\t2:07pDec 1\tF78\n\
                travelocity\tAA-1\tDec 01 - Contact Airline\tNot provided by airline\n";
    let m = Mapping {
        file_is_period: true,
        ..mapping("source,object,Actual departure,Departure gate", false)
    };
    let mut t = ClaimTable::new();
    let stats = read_text("d.txt", "20111201", text, Delimiter::Tab, &m, &mut t).unwrap();
    assert_eq!((stats.rows, stats.claims, stats.empty_cells), (3, 4, 2));
    assert_eq!(t.subjects().len(), 2);
    assert_eq!(t.subject_name(0), "AA-1 / Actual departure / 20111201");
    let c = t.claims();
    assert_eq!(
        c[0].value, c[2].value,
        "the instant with and without its year"
    );
    assert_eq!(c[1].value, c[3].value, "the gate with and without spaces");
}

#[test]
fn a_missing_role_and_a_mixed_table_are_errors_naming_the_columns() {
    let mut t = ClaimTable::new();
    let err = read_text(
        "x.csv",
        "x",
        "a,b\n",
        Delimiter::Comma,
        &mapping("source,value", false),
        &mut t,
    )
    .unwrap_err();
    assert!(err.to_string().contains("no `object` column"), "{err}");
    let err = read_text(
        "x.csv",
        "x",
        "a,b,c,d\n",
        Delimiter::Comma,
        &mapping("source,object,value,gate", false),
        &mut t,
    )
    .unwrap_err();
    assert!(err.to_string().contains("gate"), "{err}");
    let err = read_text(
        "x.csv",
        "x",
        "a,b\n",
        Delimiter::Comma,
        &mapping("", false),
        &mut t,
    )
    .unwrap_err();
    assert!(matches!(err, ImportError::NoColumns { .. }));
}

#[test]
fn gzip_files_are_read_and_the_delimiter_follows_the_extension() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pop.tsv.gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(b"x\tsource one\t1,234\n").unwrap();
    std::fs::write(&path, gz.finish().unwrap()).unwrap();
    let mut t = ClaimTable::new();
    let stats = read_file(&path, &mapping("object,source,value", false), &mut t).unwrap();
    assert_eq!(stats.claims, 1);
    assert_eq!(t.sources.name(0), "source one");
    assert_eq!(t.value_of(0), &Value::Number(Span::exact(1234.0)));
}
