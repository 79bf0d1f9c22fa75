//! The archived text of a source, as `add-source` writes `sources/<id>.txt`: plain text as
//! it is (line endings made `\n`, a byte-order mark dropped, a final newline added), or an
//! HTML page converted to readable text by `html2text` — paragraphs separated by a blank
//! line, no markup, no link footnotes, lines never wrapped (a quote must be findable word
//! for word, and `verify` folds white space, not hyphenation).

/// Lines are never wrapped below this many characters.
const NO_WRAP: usize = 1 << 20;

/// Whether `text` looks like an HTML page (or fragment): its first non-blank characters
/// open a document type, `<html`, `<head`, `<body`, a comment, or `<p`/`<div`/`<article`.
pub fn is_html(text: &str) -> bool {
    let start: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<!--",
        "<p>",
        "<p ",
        "<div",
        "<article",
        "<meta",
    ]
    .iter()
    .any(|p| start.starts_with(p))
}

/// The text to archive: HTML converted to readable text, plain text normalised.
pub fn readable_text(text: &str, html: bool) -> Result<String, ArchiveError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let body = if html {
        html2text::config::with_decorator(html2text::render::TrivialDecorator::new())
            .link_footnotes(false)
            .string_from_read(text.as_bytes(), NO_WRAP)
            .map_err(|e| ArchiveError::Html(e.to_string()))?
    } else {
        text.to_string()
    };
    let mut out = body.replace("\r\n", "\n").replace('\r', "\n");
    if html {
        out = tidy(&out);
    }
    if out.trim().is_empty() {
        return Err(ArchiveError::Empty);
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

/// Trailing spaces cut and runs of blank lines made one.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = true;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            if !blank {
                out.push('\n');
            }
            blank = true;
            continue;
        }
        out.push_str(line);
        out.push('\n');
        blank = false;
    }
    out.trim_end().to_string() + "\n"
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArchiveError {
    #[error("the HTML could not be converted to text: {0}")]
    Html(String),
    #[error("the text is empty")]
    Empty,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_paragraphs_of_plain_text() {
        let page = "<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style>\
            <script>var x = 1;</script></head><body><h1>Border</h1>\
            <p>The <a href=\"/x\">1,344-kilometre</a> border is <em>long</em>, a very long line that would be wrapped by a narrow converter but must stay whole.</p>\
            <p>Second&nbsp;paragraph &amp; more.</p></body></html>";
        assert!(is_html(page));
        let text = readable_text(page, true).unwrap();
        assert!(
            !text.contains('<') && !text.contains("color") && !text.contains("var x"),
            "{text}"
        );
        assert!(text.contains("The 1,344-kilometre border is long, a very long line that would be wrapped by a narrow converter but must stay whole.\n\nSecond"), "{text}");
        assert!(text.contains("& more."), "{text}");
    }

    #[test]
    fn plain_text_is_kept_word_for_word() {
        let text = "\u{feff}Line one  with  spaces\r\n\r\n<not html> line";
        assert!(!is_html(text));
        assert_eq!(
            readable_text(text, false).unwrap(),
            "Line one  with  spaces\n\n<not html> line\n"
        );
        assert_eq!(readable_text(" \n", false), Err(ArchiveError::Empty));
    }
}
