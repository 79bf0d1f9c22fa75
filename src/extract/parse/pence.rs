//! Share prices quoted in pence (decision 241): "Unite Group fell 36p to 952p", "At
//! 118.5p, its shares have climbed" are `point`, as NewsQuant and UK market reports write
//! a share price and its move; petrol at "155.2p a litre", "a 2.7p interim dividend" and
//! "pence" spelled out stay `penny`.

use super::*;

/// How many tokens either side of a figure are searched for a word that prices goods.
const NEAR: usize = 3;

/// How many tokens before "to Np"/"at Np" are searched for the verb of change.
const MOVE_WINDOW: usize = 12;

/// How many tokens either side of a figure are searched for the words of a market quote
/// and of goods; the window keeps the cost linear on a line of many figures.
const QUOTE_WINDOW: usize = 40;

/// Words that end the search for a word that prices goods near a figure: the next
/// clause ("to 2,500p as petrol prices rose") is about something else.
const CLAUSE_BREAKS: &[&str] = &["after", "and", "as", "while", "with"];

impl SentenceReader<'_> {
    /// `point` for a figure in pence abbreviated "p" (the unit written at `at`) when the
    /// sentence is a market quote; any other unit, and a rate ("penny per litre"), is
    /// returned as it is.
    pub(super) fn pence_as_points(&self, at: usize, unit: FoundUnit) -> FoundUnit {
        if unit.name != "penny" || self.raw(at) != "p" || !self.market_quote(at) {
            return unit;
        }
        FoundUnit {
            name: "point".into(),
            class: UnitKind::Measure,
        }
    }

    /// A sentence quotes a share price at the figure whose "p" is at `at`: no word near it
    /// prices goods or a dividend, and the sentence names shares, a stock or the FTSE, or
    /// (with no such word in it) moves something "to Np"/"at Np" after a verb of change
    /// ("Rolls-Royce soared 9pc to 420.3p"); "the sentence" is the [`QUOTE_WINDOW`]
    /// tokens either side of the figure.
    fn market_quote(&self, at: usize) -> bool {
        if self.priced_near(at) {
            return false;
        }
        let (lo, hi) = (
            at.saturating_sub(QUOTE_WINDOW),
            (at + QUOTE_WINDOW).min(self.n()),
        );
        let any = |list: &words::WordList| (lo..hi).any(|i| list.contains(self.low(i)));
        any(&words::SHARE_QUOTE_WORDS)
            || (!any(&words::PENCE_PRICE_WORDS) && self.moved_to_pence(lo, hi))
    }

    /// A word that prices goods, a bill or a dividend within [`NEAR`] tokens of the
    /// figure whose "p" is at `at`, in its clause ("a 2.7p interim dividend", "a dividend
    /// of 12.1p").
    fn priced_near(&self, at: usize) -> bool {
        let breaks = |i: usize| {
            matches!(self.kind(i), Some(Kind::Sym(_))) || CLAUSE_BREAKS.contains(&self.low(i))
        };
        let priced = |side: &mut dyn Iterator<Item = usize>| {
            side.take_while(|&i| !breaks(i))
                .any(|i| words::PENCE_PRICE_WORDS.contains(self.low(i)))
        };
        let num = at.saturating_sub(1);
        priced(&mut (num.saturating_sub(NEAR)..num).rev())
            || priced(&mut (at + 1..(at + 1 + NEAR).min(self.n())))
    }

    /// "fell 36p to 952p", "down 68 p at 1112 p": a figure in pence after "to" or "at"
    /// with a verb or adverb of change within [`MOVE_WINDOW`] tokens before it; "to" is
    /// searched from `lo` to `hi`.
    fn moved_to_pence(&self, lo: usize, hi: usize) -> bool {
        (lo.max(1)..hi.saturating_sub(2)).any(|i| {
            matches!(self.low(i), "to" | "at")
                && self.is_num(i + 1)
                && self.raw(i + 2) == "p"
                && !(self.is_sym(i + 3, '.') && self.low(i + 4) == "m")
                && (i.saturating_sub(MOVE_WINDOW)..i).any(|k| {
                    (words::CHANGE_UP.contains(self.low(k))
                        || words::CHANGE_DOWN.contains(self.low(k)))
                        && !self.proposed_change(k)
                })
        })
    }

    /// "an increase to 40p", "the rise to 30p": a word of change after an article is a
    /// noun naming a proposed or past change of a price, not a share's move (decision 705).
    fn proposed_change(&self, k: usize) -> bool {
        k > 0 && self.is_word(k - 1) && matches!(self.low(k - 1), "a" | "an" | "the")
    }
}
