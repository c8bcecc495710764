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
}

impl NameMatcher {
    /// `names` are `(surface, entry index)`; empty surfaces are ignored.
    pub fn new<'a>(names: impl IntoIterator<Item = (&'a str, usize)>) -> NameMatcher {
        let mut patterns = Vec::new();
        let mut entries = Vec::new();
        for (name, entry) in names {
            let folded: String = name.chars().map(crate::ingest::fold_char).collect();
            if !folded.trim().is_empty() {
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
        NameMatcher { automaton, entries }
    }

    /// All non-overlapping matches, leftmost-longest, whole words for Latin names.
    pub fn find(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let bytes = text.as_bytes();
        ac.find_iter(text)
            .filter(|m| {
                let alnum = |b: u8| b.is_ascii_alphanumeric();
                let starts_word = bytes[m.start()].is_ascii_alphanumeric();
                let ends_word = bytes[m.end() - 1].is_ascii_alphanumeric();
                let left_ok = !starts_word || m.start() == 0 || !alnum(bytes[m.start() - 1]);
                let right_ok = !ends_word || m.end() == bytes.len() || !alnum(bytes[m.end()]);
                // 小米15%, 小米15亿: a number that goes on as a quantity is
                // no name's number.
                let rest = &text[m.end()..];
                let quantity = bytes[m.end() - 1].is_ascii_digit()
                    && (rest
                        .chars()
                        .next()
                        .is_some_and(|c| "%万亿年月日号个家名人次岁位台辆部元".contains(c))
                        || rest.starts_with('.')
                            && rest[1..].starts_with(|c: char| c.is_ascii_digit()));
                left_ok && right_ok && !quantity
            })
            .map(|m| (m.start(), m.end(), self.entries[m.pattern().as_usize()]))
            .collect()
    }
}

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
        let phones = NameMatcher::new([("小米15", 0)]);
        assert_eq!(phones.find("发布小米15,").len(), 1);
        assert!(phones.find("小米15%的销量").is_empty());
    }
}
