//! Stage 2 — analyse: word segmentation and part-of-speech tags.
//!
//! In: a sentence of normalised text. Out: [`Token`]s with byte offsets and
//! jieba's tags (`nr` person, `ns` place, `nt` organisation, `nz` other proper
//! noun, `eng` Latin …). The entity dictionary is added to jieba as user
//! words, so that known names stay whole. It must not decide what is an
//! entity: recognisers in `extract` read the tags as evidence.

use jieba_rs::Jieba;

/// A word of a sentence; offsets are bytes into the text given to [`Analyser::tag`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub word: &'a str,
    pub tag: &'a str,
    pub start: usize,
    pub end: usize,
    /// Whether jieba's dictionary holds the word: a word it made up from
    /// single characters (周源 in CEO周源表示) is no common word, whatever
    /// tag its model guessed.
    pub known: bool,
}

/// A jieba segmenter that knows the dictionary's names.
pub struct Analyser {
    jieba: Jieba,
}

impl Analyser {
    /// `words` are names to keep whole, with the jieba tag to give them.
    pub fn new<'w>(words: impl IntoIterator<Item = (&'w str, &'static str)>) -> Analyser {
        let mut jieba = Jieba::new();
        for (w, tag) in words {
            // Latin names are segmented by jieba's own rules; only CJK names need help.
            if !w.is_ascii() && w.chars().count() >= 2 {
                jieba.add_word(w, Some(50_000), Some(tag));
            }
        }
        Analyser { jieba }
    }

    /// Whether jieba's dictionary holds the word (天城 no; 建国 yes).
    pub fn knows(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    /// Segments and tags a sentence.
    pub fn tag<'a>(&'a self, text: &'a str) -> Vec<Token<'a>> {
        let mut out = Vec::new();
        let mut byte = 0usize;
        for t in self.jieba.tag(text, true) {
            let start = byte;
            byte += t.word.len();
            out.push(Token {
                word: t.word,
                tag: t.tag,
                start,
                end: byte,
                known: self.jieba.has_word(t.word),
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dictionary_names_stay_whole_and_offsets_are_bytes() {
        let a = Analyser::new([("文心一言", "nz")]);
        let text = "百度发布文心一言";
        let toks = a.tag(text);
        let t = toks
            .iter()
            .find(|t| t.word == "文心一言")
            .expect("kept whole");
        assert_eq!(&text[t.start..t.end], "文心一言");
        assert_eq!(t.tag, "nz");
        assert!(t.known);
    }

    #[test]
    fn words_jieba_made_up_are_marked_unknown() {
        let a = Analyser::new([]);
        let toks = a.tag("星澜智能CEO周源表示同意");
        let common = toks.iter().find(|t| t.word == "智能").expect("a word");
        assert!(common.known);
        assert!(
            toks.iter()
                .filter(|t| !t.known)
                .any(|t| t.word.starts_with('周'))
        );
    }
}
