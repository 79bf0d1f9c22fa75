//! Proposes draft claims from article text (issue 5). Owned by the extraction work.
