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
/// Megatron-Turing自然语言生成模型(MT-NLG): after a model's, an app's or a
/// product's name, a short description ending in a kind word may stand
/// before the bracketed short name (no mark, 的 or digit in it).
static DECLARED_DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\p{Han}&&[^的]]{0,8}?(?:大模型|模型|系统|芯片|平台|计算机|集群)\((?P<alias>[A-Za-z][A-Za-z0-9.-]{1,15})\)")
        .expect("valid regex")
});
/// 成立了加速进化,英文名叫Booster Robotics,: the English name in a clause
/// of its own.
static DECLARED_EN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,\s*英文(?:名称|名字|名)(?:叫做|叫|是|为|则是)?:?\s*(?P<alias>[A-Za-z][A-Za-z0-9 .&-]{0,30}?)\s*(?:[,。;]|$)")
        .expect("valid regex")
});

/// `A(简称“B”)` and `A(B)`: A and B are one entity. The dictionary's name
/// wins; otherwise the first name does.
pub fn declared_aliases(
    doc: &Document,
    lex: &crate::lexicon::Lexicon,
    mentions: &mut Vec<Mention>,
) {
    let mut remap: Vec<(String, String, MentionKind)> = Vec::new(); // (from canonical, to canonical, to kind)
    let mut added = Vec::new();
    for (i, a) in mentions.iter().enumerate() {
        let MentionKind::Entity { etype, .. } = &a.kind else {
            continue;
        };
        // (an English name in a clause of its own is told of companies:
        // 发布了猎户星空大模型,英文名叫Orion-14B names a model by its own)
        let rest = &doc.norm[a.end..];
        let Some(c) = DECLARED
            .captures(rest)
            .or_else(|| {
                (*etype == EntityType::Organization)
                    .then(|| DECLARED_EN.captures(rest))
                    .flatten()
            })
            .or_else(|| {
                etype
                    .is_made()
                    .then(|| DECLARED_DESCRIBED.captures(rest))
                    .flatten()
            })
        else {
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
    // (云岭物联科技(下称云岭)……按照云岭的说法: the short name the text
    // declared stands for the entity wherever the text uses it after; only
    // a short name so called (简称, 下称), and no everyday word or kind of
    // company: (以下简称“公司”), (化名))
    let mut repeats = Vec::new();
    for a in &added {
        let alias = &doc.norm[a.start..a.end];
        // (the words right before the short name: (以下简称“X”, (下称X)
        let declaration: String = {
            let mut before: Vec<char> = doc.norm[..a.start].chars().rev().take(6).collect();
            before.reverse();
            before.into_iter().collect()
        };
        if !(declaration.contains("简称") || declaration.contains("下称"))
            || lex.is_not_entity(alias)
            || lex
                .cues
                .org_heads_zh
                .iter()
                .chain(&lex.cues.unit_kinds_zh)
                .chain(&lex.cues.company_kinds_introducing_zh)
                .any(|h| h == alias)
        {
            continue;
        }
        for (at, _) in doc.norm[a.end..].match_indices(alias) {
            let (s, e) = (a.end + at, a.end + at + alias.len());
            let word_char = |c: char| c.is_ascii_alphanumeric();
            let bounded = !alias.is_ascii()
                || (!doc.norm[..s].ends_with(word_char) && !doc.norm[e..].starts_with(word_char));
            let Some(sentence) = doc
                .sentences
                .iter()
                .position(|x| x.start <= s && e <= x.end)
            else {
                continue;
            };
            if bounded
                && mentions
                    .iter()
                    .chain(&added)
                    .chain(&repeats)
                    .all(|m| e <= m.start || m.end <= s)
            {
                repeats.push(Mention {
                    start: s,
                    end: e,
                    sentence,
                    kind: a.kind.clone(),
                    rule: "doc.repeat",
                    confidence: a.confidence,
                    coref: false,
                });
            }
        }
    }
    mentions.extend(added);
    mentions.extend(repeats);
    mentions.sort_by_key(|m| m.start);
}

/// 星槎科技更名为星槎智能, Limitless的前身是Rewind, "Kiva was later
/// renamed Amazon Robotics", "Brightwater Legal, formerly Lodestar Labs",
/// "…, whose legal name is X": two names of one organisation or thing are
/// one entity, so that what the text says under either name is said of it.
/// A name no recogniser read right after the words of a renaming (or, in
/// English, right before ", formerly") is read as one of the other name's
/// kind. The dictionary's name wins, else the new one (the name it goes by,
/// for a legal name). A sentence that goes on naming the old one after the
/// renaming (集团更名为好未来，学而思则保留下来) keeps two things apart; so does
/// a role word (公司更名为X), too weak a guess of which company is meant.
/// People and places are never renamed.
pub fn renamed(doc: &Document, lex: &crate::lexicon::Lexicon, out: &mut super::DocExtraction) {
    let cues = &lex.cues;
    let mut all_cues: Vec<(&String, NameChange)> = cues
        .rename_cues
        .iter()
        .map(|c| (c, NameChange::Renamed))
        .chain(
            cues.predecessor_cues
                .iter()
                .map(|c| (c, NameChange::Predecessor)),
        )
        .chain(
            cues.legal_name_cues
                .iter()
                .map(|c| (c, NameChange::LegalName)),
        )
        .collect();
    all_cues.sort_by_key(|(c, _)| std::cmp::Reverse(c.len()));
    let ms = &out.mentions;
    let renameable = |k: usize| {
        ms[k]
            .entity_type()
            .is_some_and(|t| t == EntityType::Organization || t.is_made())
    };
    let mut pairs: Vec<(Side, Side)> = Vec::new(); // (old, new)
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let text = &doc.norm[sentence.start..sentence.end];
        // (most sentences rename nothing: no mentions are gathered for them)
        if !all_cues.iter().any(|(c, _)| text.contains(c.as_str())) {
            continue;
        }
        let here: Vec<usize> = (0..ms.len())
            .filter(|&k| ms[k].sentence == si && ms[k].entity_type().is_some())
            .collect();
        let names: Vec<usize> = here.iter().copied().filter(|&k| !ms[k].coref).collect();
        let starting_at = |at: usize| names.iter().copied().find(|&k| ms[k].start == at);
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for &(cue, change) in &all_cues {
            for (at, _) in text.match_indices(cue.as_str()) {
                let (cs, ce) = (sentence.start + at, sentence.start + at + cue.len());
                // (the longest words read here are the cue: 的前身是, not 前身是)
                if taken.iter().any(|&(s, e)| cs < e && s < ce) {
                    continue;
                }
                taken.push((cs, ce));
                let after = skip_quotes(&doc.norm, ce).min(sentence.end);
                let read_after = || read_name(lex, &doc.norm, after, sentence.end);
                let pair = match change {
                    NameChange::LegalName => {
                        // A, the company in X whose legal name is B: A the
                        // organisation the apposition describes, no other
                        // organisation named between
                        let owner = names.iter().copied().rev().find(|&k| {
                            ms[k].end <= cs && ms[k].entity_type() == Some(EntityType::Organization)
                        });
                        let Some(owner) = owner.filter(|&o| {
                            doc.norm[ms[o].end..].starts_with(',')
                                && !names.iter().any(|&k| {
                                    k != o
                                        && ms[k].start >= ms[o].end
                                        && ms[k].end <= cs
                                        && ms[k].entity_type() == Some(EntityType::Organization)
                                })
                        }) else {
                            continue;
                        };
                        let legal = match starting_at(after) {
                            Some(k) if compatible(&ms[k], &ms[owner]) => Some(Side::Known(k)),
                            Some(_) => None,
                            None => read_after().map(|(s, e)| Side::Read(s, e, owner)),
                        };
                        legal.map(|l| (l, Side::Known(owner)))
                    }
                    NameChange::Renamed => {
                        // A … 更名为 B: A the last name within the clause
                        // before the words, no role word (公司) between
                        let Some(old) = here.iter().copied().rev().find(|&k| {
                            ms[k].end <= cs
                                && cs - ms[k].end <= 30
                                && !breaks(&doc.norm[ms[k].end..cs])
                        }) else {
                            continue;
                        };
                        // (长安汽车旗下公司更名为…: a body under the name, or
                        // described, is what was renamed, not the name)
                        let between = &doc.norm[ms[old].end..cs];
                        let described = cues
                            .under_words_zh
                            .iter()
                            .chain(&cues.org_heads_zh)
                            .any(|w| between.contains(w.as_str()));
                        if ms[old].coref || !renameable(old) || described {
                            continue;
                        }
                        // (a name read short, 星槎|智能, is read again whole)
                        let new = match starting_at(after) {
                            Some(k)
                                if compatible(&ms[k], &ms[old])
                                    && ms[k].entity_key() != ms[old].entity_key() =>
                            {
                                Some(Side::Known(k))
                            }
                            Some(k) if ms[k].entity_key() != ms[old].entity_key() => None,
                            _ => read_after().map(|(s, e)| Side::Read(s, e, old)),
                        };
                        new.map(|n| (Side::Known(old), n))
                    }
                    NameChange::Predecessor => {
                        // B 的前身是 … A, and nothing of the clause after A
                        let new = names
                            .iter()
                            .copied()
                            .rev()
                            .find(|&k| ms[k].end <= cs && ms[k].end + 1 >= cs)
                            .filter(|&k| renameable(k));
                        let old = |like: usize| {
                            names
                                .iter()
                                .copied()
                                .filter(|&k| ms[k].start >= ce)
                                .find(|&k| compatible(&ms[k], &ms[like]))
                                .filter(|&k| {
                                    ms[k].start - ce <= 60
                                        && !breaks(&doc.norm[ce..ms[k].start])
                                        && clause_ends(&doc.norm[ms[k].end..sentence.end])
                                })
                        };
                        match new {
                            Some(n) => old(n)
                                .map(Side::Known)
                                .or_else(|| {
                                    starting_at(after)
                                        .is_none()
                                        .then(read_after)
                                        .flatten()
                                        .map(|(s, e)| Side::Read(s, e, n))
                                })
                                .map(|o| (o, Side::Known(n))),
                            // (Brightwater Legal, formerly Lodestar Labs: an
                            // English name no recogniser read, before the words)
                            None => starting_at(after).filter(|&k| renameable(k)).and_then(|o| {
                                read_name_before(cues, &doc.norm, sentence.start, cs)
                                    .map(|(s, e)| (Side::Known(o), Side::Read(s, e, o)))
                            }),
                        }
                    }
                };
                if let Some(p) = pair {
                    pairs.push(p);
                }
            }
        }
    }
    // The names read here join the mentions, replacing what they overlap.
    let base = out.mentions.len();
    let mut added: Vec<Mention> = Vec::new();
    let index = |side: &Side, added: &mut Vec<Mention>| match *side {
        Side::Known(k) => k,
        Side::Read(s, e, like) => {
            added.push(named_like(&out.mentions[like], doc, s, e));
            base + added.len() - 1
        }
    };
    let renames: Vec<(usize, usize)> = pairs
        .iter()
        .map(|(o, n)| (index(o, &mut added), index(n, &mut added)))
        .collect();
    let mut all: Vec<Mention> = std::mem::take(&mut out.mentions);
    all.extend(added);
    let mut remap: Vec<(crate::model::EntityKey, MentionKind)> = Vec::new();
    for &(o, n) in &renames {
        let (Some(ko), Some(kn)) = (all[o].entity_key(), all[n].entity_key()) else {
            continue;
        };
        if ko == kn {
            continue;
        }
        let after = all[o].end.max(all[n].end);
        if all.iter().any(|m| {
            m.start >= after
                && m.sentence == all[o].sentence
                && !m.coref
                && m.entity_key().as_ref() == Some(&ko)
        }) {
            continue;
        }
        // (two names the dictionary knows apart are two things)
        let known = |m: &Mention| m.rule.starts_with("dict") || wikidata(m).is_some();
        if known(&all[o]) && known(&all[n]) {
            continue;
        }
        let (from, to) = if known(&all[o]) {
            (kn, &all[o])
        } else {
            (ko, &all[n])
        };
        remap.push((from, to.kind.clone()));
    }
    let added_spans: Vec<(usize, usize)> = all[base..].iter().map(|m| (m.start, m.end)).collect();
    let mut k = 0;
    all.retain(|m| {
        k += 1;
        k > base || added_spans.iter().all(|&(s, e)| m.end <= s || e <= m.start)
    });
    out.mentions = all;
    out.mentions.sort_by_key(|m| m.start);
    for (from, kind) in remap {
        let MentionKind::Entity {
            etype, canonical, ..
        } = &kind
        else {
            continue;
        };
        let to = crate::model::EntityKey {
            etype: *etype,
            name: canonical.clone(),
        };
        for m in out.mentions.iter_mut() {
            if m.entity_key().as_ref() == Some(&from) {
                m.kind = kind.clone();
            }
        }
        for a in out.assertions.iter_mut() {
            if a.subject == from {
                a.subject = to.clone();
            }
            if a.object == crate::model::Object::Entity(from.clone()) {
                a.object = crate::model::Object::Entity(to.clone());
            }
        }
        out.assertions
            .retain(|a| a.object != crate::model::Object::Entity(a.subject.clone()));
    }
}

/// One side of a renaming: a mention, or a name read at `start..end` that
/// takes the kind of the mention at the index given.
enum Side {
    Known(usize),
    Read(usize, usize, usize),
}

/// What the words between two names say of them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NameChange {
    /// old, words, new (星槎科技更名为星槎智能)
    Renamed,
    /// new, words, old (Limitless的前身是Rewind)
    Predecessor,
    /// name, …, words, legal name (…whose legal name is Sanctuary
    /// Cognitive Systems Corp.)
    LegalName,
}

fn wikidata(m: &Mention) -> Option<&String> {
    match &m.kind {
        MentionKind::Entity { wikidata, .. } => wikidata.as_ref(),
        MentionKind::Value(_) => None,
    }
}

/// Whether a span holds a clause break.
fn breaks(t: &str) -> bool {
    t.contains([',', '.', ';', ':', '!', '?', '，', '。', '；', '：'])
}

/// Whether what follows a name ends its clause at once.
fn clause_ends(rest: &str) -> bool {
    let rest = rest.trim_start();
    rest.is_empty() || rest.starts_with(|c: char| ",.;:()，。；：（".contains(c))
}

fn skip_quotes(norm: &str, at: usize) -> usize {
    at + norm[at..].len() - norm[at..].trim_start_matches([' ', '"', '“', '「']).len()
}

fn compatible(a: &Mention, b: &Mention) -> bool {
    matches!((a.entity_type(), b.entity_type()), (Some(x), Some(y)) if x == y || both_software(x, y))
}

/// A mention of `like`'s kind for the name at `start..end`.
fn named_like(like: &Mention, doc: &Document, start: usize, end: usize) -> Mention {
    let etype = like.entity_type().expect("renames pair entities");
    Mention {
        start,
        end,
        sentence: like.sentence,
        kind: MentionKind::Entity {
            etype,
            canonical: doc.norm[start..end].to_string(),
            wikidata: None,
        },
        rule: "doc.renamed",
        confidence: 0.8,
        coref: false,
    }
}

/// A name right at `at` that its clause ends with: Chinese characters, two
/// to eight, none a name stopper; or capitalised English words.
fn read_name(
    lex: &crate::lexicon::Lexicon,
    norm: &str,
    at: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let rest = &norm[at..end];
    let stop = |c: char| ",.;:!?()，。；：！？（）、\"”」".contains(c);
    if rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        let mut e = 0;
        for w in rest.split_inclusive(' ') {
            let word = w.trim_end().trim_end_matches(stop);
            if !word.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()) {
                break;
            }
            e += word.len();
            if word.len() != w.trim_end().len() || !w.ends_with(' ') {
                break;
            }
            e += 1;
        }
        let name = rest[..e].trim_end();
        return (!name.is_empty() && clause_ends(&rest[name.len()..]))
            .then(|| (at, at + name.len()));
    }
    let len = rest.find(stop).unwrap_or(rest.len());
    let name = &rest[..len];
    let n = name.chars().count();
    ((2..=8).contains(&n)
        && name
            .chars()
            .all(|c| crate::extract::discover::is_cjk(c) && !lex.name_stoppers.contains(&c)))
    .then_some((at, at + len))
}

/// Capitalised English words ending right before `end` (Brightwater Legal,
/// formerly …), without a sentence's opening word (In, The).
fn read_name_before(
    cues: &crate::lexicon::Cues,
    norm: &str,
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let before = &norm[start..end];
    let mut s = before.len();
    for w in before.split(' ').rev() {
        if !w.starts_with(|c: char| c.is_ascii_uppercase())
            || w.ends_with([',', '.', ';'])
            || cues.en_sentence_openers.iter().any(|o| o == w)
        {
            break;
        }
        s -= w.len();
        if s == 0 {
            break;
        }
        s -= 1;
    }
    let s = if s == 0 { 0 } else { s + 1 };
    (s < before.len() && before[s..].is_ascii()).then_some((start + s, end))
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
