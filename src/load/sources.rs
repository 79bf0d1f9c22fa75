//! `sources.yaml`: each source has a valid, unique id, an archived text, a publisher and a
//! publication date.

use super::diags::{self, Entry};
use super::layout::TEXTS_DIR;
use super::{Cx, Input, TextFile, at};
use crate::diagnostic::Location;
use crate::model::{Source, SourcesFile};
use std::collections::BTreeMap;

/// A source id names the file `sources/<id>.txt`.
pub(super) fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
}

impl Cx {
    pub(super) fn sources(
        &mut self,
        file: &TextFile,
        parsed: SourcesFile,
        input: &Input,
    ) -> Vec<Source> {
        self.declared_sources = Some(parsed.sources.iter().map(|e| e.id.value.clone()).collect());
        let mut out: Vec<Source> = Vec::new();
        let mut seen: BTreeMap<String, Location> = BTreeMap::new();
        for e in parsed.sources {
            let loc = at(file, &e.id);
            let id = e.id.value.clone();
            if !self.fresh_id(Entry::Source, &id, &loc, &mut seen) {
                continue;
            }
            if !input.texts.contains_key(&id) && !input.unread_texts.contains(&id) {
                self.push(diags::missing_source_text(loc.clone(), &id, &input.root));
            }
            if e.publisher.trim().is_empty() {
                self.push(diags::empty_text(loc.clone(), Entry::Source, &id));
            }
            let Some(published) = self.date(file, &e.published, "published date") else {
                continue;
            };
            out.push(Source {
                text_path: format!("{TEXTS_DIR}/{id}.txt"),
                id,
                publisher: e.publisher,
                title: e.title,
                published,
                url: e.url,
            });
        }
        out
    }
}
