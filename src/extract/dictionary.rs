//! The dictionary matcher: every name and alias of the dictionary in one
//! Aho-Corasick automaton, leftmost-longest, ASCII case-insensitive.
//!
//! In: normalised text. Out: `(start, end, entry)` spans. Latin names only
//! match as whole words (GPT does not match inside ChatGPT).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// Names to find, each pointing at the entry it names.
pub struct NameMatcher {
    automaton: Option<AhoCorasick>,
    entries: Vec<usize>,
    /// Whether each pattern writes a capital letter (Gigabyte, Meta).
    capitalised: Vec<bool>,
    /// The patterns as written, for the case of their later words.
    patterns: Vec<String>,
}

impl NameMatcher {
    /// `names` are `(surface, entry index)`; empty surfaces are ignored.
    pub fn new<'a>(names: impl IntoIterator<Item = (&'a str, usize)>) -> NameMatcher {
        let mut patterns = Vec::new();
        let mut entries = Vec::new();
        let mut capitalised = Vec::new();
        for (name, entry) in names {
            let folded: String = name.chars().map(crate::ingest::fold_char).collect();
            if !folded.trim().is_empty() {
                capitalised.push(folded.chars().any(|c| c.is_ascii_uppercase()));
                patterns.push(folded);
                entries.push(entry);
            }
        }
        let automaton = (!patterns.is_empty()).then(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                .build(&patterns)
                .expect("names build an automaton")
        });
        NameMatcher {
            automaton,
            entries,
            capitalised,
            patterns,
        }
    }

    /// All non-overlapping matches, leftmost-longest, whole words for Latin names.
    pub fn find(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for m in ac.find_iter(text) {
            // A name that may not stand here (小米15 in 小米15%) gives way to
            // the longest shorter one from the same start (小米).
            let mut m = Some(m);
            while let Some(found) = m {
                // (an 825-gigabyte collection is no Gigabyte: a capitalised
                // name written as a plain lower-case word among English words
                // is that word; gpt-4 still names GPT-4, and 是 windows 和Linux
                // in Chinese names Windows)
                let cjk = |c: Option<char>| c.is_some_and(|c| !c.is_ascii());
                let lowered = self.capitalised[found.pattern().as_usize()]
                    && text[found.start()..found.end()]
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == ' ')
                    && !cjk(text[..found.start()].trim_end().chars().next_back())
                    && !cjk(text[found.end()..].trim_start().chars().next());
                // (a Berkeley lab is no Berkeley Lab: after an indefinite
                // article, a later word the name capitalises, written in
                // lower case after a capital, is a plain word; OpenAI
                // launched ChatGPT agent names its product)
                let written = &text[found.start()..found.end()];
                let indefinite = text[..found.start()]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"));
                let half_lowered = indefinite
                    && written.starts_with(|c: char| c.is_ascii_uppercase())
                    && self.patterns[found.pattern().as_usize()]
                        .split(' ')
                        .zip(written.split(' '))
                        .skip(1)
                        .any(|(n, w)| {
                            n.starts_with(|c: char| c.is_ascii_uppercase())
                                && w.starts_with(|c: char| c.is_ascii_lowercase())
                        });
                if !lowered && !half_lowered && self.stands(text, found.start(), found.end()) {
                    out.push((
                        found.start(),
                        found.end(),
                        self.entries[found.pattern().as_usize()],
                    ));
                    break;
                }
                // (up to the name's last character, on a character boundary)
                let shorter = text[..found.end()]
                    .char_indices()
                    .next_back()
                    .map_or(found.start(), |(i, _)| i);
                m = ac
                    .find(&text[found.start()..shorter])
                    .filter(|s| s.start() == 0)
                    .map(|s| {
                        aho_corasick::Match::new(
                            s.pattern(),
                            found.start()..found.start() + s.end(),
                        )
                    });
            }
        }
        out
    }

    /// Whether a name found at `start..end` stands as a name: a Latin name
    /// as a whole word, a name ending in a digit not inside a quantity.
    fn stands(&self, text: &str, start: usize, end: usize) -> bool {
        let bytes = text.as_bytes();
        let alnum = |b: u8| b.is_ascii_alphanumeric();
        let starts_word = bytes[start].is_ascii_alphanumeric();
        let ends_word = bytes[end - 1].is_ascii_alphanumeric();
        let left_ok = !starts_word || start == 0 || !alnum(bytes[start - 1]);
        let right_ok = !ends_word || end == bytes.len() || !alnum(bytes[end]);
        // 小米15%, 小米15亿, 小米15周年: a number that goes on as a quantity
        // is no name's number.
        let rest = &text[end..];
        let quantity = bytes[end - 1].is_ascii_digit()
            && (rest
                .chars()
                .next()
                .is_some_and(|c| QUANTITY_AFTER_NUMBER.contains(c))
                || rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit()));
        left_ok && right_ok && !quantity
    }
}

/// What turns a number into a quantity: a unit, a measure word, a per cent.
const QUANTITY_AFTER_NUMBER: &str = "%万千亿倍年月日号周个家名人次岁位台辆部元款";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_whole_word_matches_win() {
        let m = NameMatcher::new([
            ("GPT", 0),
            ("GPT-4", 1),
            ("ChatGPT", 2),
            ("Azure OpenAI", 3),
            ("OpenAI", 4),
        ]);
        let text = "像GPT这样的,ChatGPT与gpt-4, Azure OpenAI";
        let found: Vec<usize> = m.find(text).into_iter().map(|(_, _, e)| e).collect();
        assert_eq!(found, vec![0, 2, 1, 3]);
        assert!(m.find("GPTs").is_empty());
        // a capitalised name written as a plain lower-case word is the word
        let words = NameMatcher::new([("Gigabyte", 0), ("Meta", 1)]);
        assert!(
            words
                .find("an 825-gigabyte collection, meta data")
                .is_empty()
        );
        assert_eq!(words.find("Gigabyte and Meta").len(), 2);
        // …and a later word of the name written in lower case is a word too
        let lab = NameMatcher::new([("Berkeley Lab", 0), ("Berkeley", 1)]);
        let found: Vec<usize> = lab
            .find("a Berkeley lab")
            .into_iter()
            .map(|(_, _, e)| e)
            .collect();
        assert_eq!(found, vec![1]);
        assert_eq!(lab.find("the Berkeley Lab team")[0].2, 0);
        assert_eq!(lab.find("the Berkeley lab team")[0].2, 0);
        // …but among Chinese words it is the name
        assert_eq!(words.find("操作系统是 meta 和别的").len(), 1);
        let phones = NameMatcher::new([("小米15", 0)]);
        assert_eq!(phones.find("发布小米15,").len(), 1);
        assert!(phones.find("小米15%的销量").is_empty());
        assert!(phones.find("小米15周年").is_empty());
        // the shorter name still stands
        let both = NameMatcher::new([("小米", 0), ("小米15", 1)]);
        let found: Vec<usize> = both
            .find("小米15%的股份")
            .into_iter()
            .map(|(_, _, e)| e)
            .collect();
        assert_eq!(found, vec![0]);
    }
}
