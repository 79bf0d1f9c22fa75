//! `sources.yaml`: each source has a valid, unique id, an archived text, a publisher and a
//! publication date.

use super::diags::{self, Entry};
use super::layout::{SOURCES_FILE, TEXTS_DIR};
use super::{Cx, Declared, Input, Seen, TextFile, at};
use crate::model::{Source, SourcesFile};

/// A source id names the file `sources/<id>.txt`.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
}

impl Cx {
    /// The valid sources of every part of the list, in order; an id is unique across parts.
    pub(super) fn read_sources(&mut self, input: &Input) -> Vec<Source> {
        if input.sources.is_empty() {
            self.push(diags::file_missing(
                &input.root,
                SOURCES_FILE,
                "the list of sources (or split it into sources/*.yaml)",
            ));
            return Vec::new();
        }
        let parsed = self.parse_all::<SourcesFile>(&input.sources);
        // Unknown (`None`) when a part could not be read.
        let mut declared = Some(Declared::default());
        let mut seen = Seen::default();
        let mut out = Vec::new();
        for (f, p) in input.sources.iter().zip(parsed) {
            let Some(p) = p else {
                declared = None;
                continue;
            };
            if let Some(d) = &mut declared {
                d.extend(p.sources.iter().map(|e| e.id.value.clone()));
            }
            self.sources(f, p, input, &mut seen, &mut out);
        }
        self.declared_sources = declared;
        out
    }

    fn sources(
        &mut self,
        file: &TextFile,
        parsed: SourcesFile,
        input: &Input,
        seen: &mut Seen,
        out: &mut Vec<Source>,
    ) {
        for e in parsed.sources {
            let loc = at(file, &e.id);
            let id = e.id.value.clone();
            if !self.fresh_id(Entry::Source, &id, &loc, seen) {
                continue;
            }
            if !input.texts.contains_key(&id) && !input.unread_texts.contains(&id) {
                self.push(diags::missing_source_text(loc.clone(), &id, &input.root));
            }
            if e.publisher.trim().is_empty() {
                self.push(diags::empty_text(loc.clone(), Entry::Source, &id));
            }
            let published = if e.published.value.trim().eq_ignore_ascii_case("unknown") {
                None
            } else {
                let Some(d) = self.date(file, &e.published, "published date") else {
                    continue;
                };
                Some(d)
            };
            let retrieved = match &e.retrieved {
                Some(r) => {
                    let Some(d) = self.date(file, r, "retrieved date") else {
                        continue;
                    };
                    Some(d)
                }
                None => None,
            };
            out.push(Source {
                text_path: format!("{TEXTS_DIR}/{id}.txt"),
                id,
                publisher: e.publisher,
                title: e.title,
                published,
                retrieved,
                url: e.url,
            });
        }
    }
}
