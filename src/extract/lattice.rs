//! The one place where candidate mentions compete.
//!
//! In: every candidate of a sentence. Out: a non-overlapping set. Weak
//! guesses (jieba tags alone) never displace strong evidence; among strong
//! candidates the longer span wins, then the dictionary, then a name the
//! document established, then confidence.
//! Also: values join the chosen entities, and names declared in the text
//! (北京智谱华章科技有限公司(简称“智谱AI”), 深度求索(DeepSeek)) are unified.

use super::Candidate;
use super::values::ValueSpan;
use crate::ingest::Document;
use crate::model::{EntityType, Mention, MentionKind};
use regex::Regex;
use std::sync::LazyLock;

/// Chooses non-overlapping candidates.
pub fn choose(mut cands: Vec<Candidate>, min_confidence: f32) -> Vec<Candidate> {
    cands.retain(|c| c.confidence >= min_confidence && c.end > c.start);
    cands.sort_by(|a, b| {
        let strong = |c: &Candidate| c.priority >= 2;
        strong(b)
            .cmp(&strong(a))
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(b.priority.cmp(&a.priority))
            // A name the document has already established (Nimbus for
            // Nimbus Robotics) beats a fresh guess at the same span.
            .then((b.rule == "doc.repeat").cmp(&(a.rule == "doc.repeat")))
            .then(b.confidence.total_cmp(&a.confidence))
            .then(a.start.cmp(&b.start))
    });
    let mut chosen: Vec<Candidate> = Vec::new();
    for c in cands {
        if chosen.iter().all(|k| c.end <= k.start || k.end <= c.start) {
            chosen.push(c);
        }
    }
    chosen.sort_by_key(|c| c.start);
    chosen
}

/// Turns chosen candidates and the sentence's values into mentions with
/// document offsets; a value overlapping an entity gives way.
pub fn merge_values(
    chosen: Vec<Candidate>,
    values: Vec<ValueSpan>,
    sentence: usize,
    offset: usize,
) -> Vec<Mention> {
    let mut out: Vec<Mention> = chosen
        .into_iter()
        .map(|c| Mention {
            start: offset + c.start,
            end: offset + c.end,
            sentence,
            kind: MentionKind::Entity {
                etype: c.etype,
                canonical: c.canonical,
                wikidata: c.wikidata,
            },
            rule: c.rule,
            confidence: c.confidence,
            coref: false,
        })
        .collect();
    for v in values {
        let (s, e) = (offset + v.start, offset + v.end);
        if out.iter().all(|m| e <= m.start || m.end <= s) {
            out.push(Mention {
                start: s,
                end: e,
                sentence,
                kind: MentionKind::Value(v.value),
                rule: v.rule,
                confidence: 0.9,
                coref: false,
            });
        }
    }
    out.sort_by_key(|m| m.start);
    out
}

static DECLARED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:大模型|大语言模型|模型|公司|集团)?\s*\((?:以下简称|简称|下称|英文名称|英文名|英文简称|又称|又名|即)?:?\s*“?(?P<alias>[^()“”,、;]{1,24}?)”?\s*\)")
        .expect("valid regex")
});

/// `A(简称“B”)` and `A(B)`: A and B are one entity. The dictionary's name
/// wins; otherwise the first name does.
pub fn declared_aliases(doc: &Document, mentions: &mut Vec<Mention>) {
    let mut remap: Vec<(String, String, MentionKind)> = Vec::new(); // (from canonical, to canonical, to kind)
    let mut added = Vec::new();
    for (i, a) in mentions.iter().enumerate() {
        let MentionKind::Entity { etype, .. } = &a.kind else {
            continue;
        };
        let Some(c) = DECLARED.captures(&doc.norm[a.end..]) else {
            continue;
        };
        let alias = c.name("alias").expect("group alias");
        let (s, e) = (a.end + alias.start(), a.end + alias.end());
        let next = mentions
            .get(i + 1)
            .filter(|b| b.start >= s && b.end <= e + 3);
        match next {
            Some(b) => {
                let (Some(ka), Some(kb)) = (a.entity_key(), b.entity_key()) else {
                    continue;
                };
                if ka == kb || (kb.etype != *etype && !both_software(kb.etype, *etype)) {
                    continue;
                }
                // (a person named in Chinese, then in Latin letters, goes by
                // the Latin name: see below)
                let latin_person =
                    *etype == EntityType::Person && goes_by_latin(a, &ka.name, &kb.name);
                let (from, to) = if b.rule == "dict" && a.rule != "dict" || latin_person {
                    (a, b)
                } else {
                    (b, a)
                };
                if let (Some(f), Some(t)) = (from.entity_key(), to.entity_key()) {
                    remap.push((f.name, t.name, to.kind.clone()));
                }
            }
            None => {
                let text = alias.as_str().trim();
                let plausible = text.chars().count() >= 2
                    && !text.chars().any(|c| c.is_ascii_digit() && text.len() < 5)
                    && (text.is_ascii() || text.chars().count() <= 8);
                if plausible && mentions.iter().all(|m| e <= m.start || m.end <= s) {
                    // 尼基·帕尔玛(Niki Parmar): a person the text names in
                    // Chinese and then in Latin letters goes by the Latin
                    // name, as the dictionary's people do, so that an English
                    // text's mentions are the same person.
                    let mut kind = a.kind.clone();
                    let mut renamed = None;
                    if let MentionKind::Entity {
                        etype: EntityType::Person,
                        canonical,
                        ..
                    } = &mut kind
                        && goes_by_latin(a, canonical, text)
                    {
                        renamed = Some(std::mem::replace(canonical, text.to_string()));
                    }
                    if let Some(from) = renamed {
                        remap.push((from, text.to_string(), kind.clone()));
                    }
                    added.push(Mention {
                        start: s,
                        end: e,
                        sentence: a.sentence,
                        kind,
                        rule: "zh.declared_alias",
                        confidence: a.confidence,
                        coref: false,
                    });
                }
            }
        }
    }
    for (from, _to, kind) in &remap {
        for m in mentions.iter_mut() {
            if let MentionKind::Entity { canonical, .. } = &m.kind
                && canonical == from
            {
                m.kind = kind.clone();
            }
        }
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| m.start);
}

/// Whether mention `a`, a name found here (not the dictionary's) written in
/// Chinese, goes by `latin`, a name in Latin letters of two words or more
/// (尼基·帕尔玛 by Niki Parmar, as the dictionary's people do).
fn goes_by_latin(a: &Mention, chinese: &str, latin: &str) -> bool {
    a.rule != "dict"
        && !chinese.is_ascii()
        && latin.contains(' ')
        && latin
            .chars()
            .all(|c| c.is_ascii_alphabetic() || " .-'".contains(c))
}

fn both_software(a: EntityType, b: EntityType) -> bool {
    use crate::model::EntityType::*;
    matches!(a, AIModel | SoftwareApplication | Product)
        && matches!(b, AIModel | SoftwareApplication | Product)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityType;

    fn cand(start: usize, end: usize, priority: u8, conf: f32) -> Candidate {
        Candidate {
            start,
            end,
            etype: EntityType::Organization,
            canonical: format!("{start}-{end}"),
            rule: "t",
            confidence: conf,
            priority,
            wikidata: None,
        }
    }

    #[test]
    fn longer_strong_beats_shorter_and_guesses_never_win() {
        let chosen = choose(
            vec![
                cand(0, 6, 3, 0.95),
                cand(0, 12, 2, 0.75),
                cand(10, 20, 1, 0.9),
                cand(12, 15, 1, 0.9),
            ],
            0.6,
        );
        let spans: Vec<(usize, usize)> = chosen.iter().map(|c| (c.start, c.end)).collect();
        assert_eq!(spans, vec![(0, 12), (12, 15)]);
        assert!(choose(vec![cand(0, 3, 1, 0.55)], 0.6).is_empty());
    }
}
