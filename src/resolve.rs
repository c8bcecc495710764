//! Stage 4 — resolve: mentions become entities, assertions become facts.
//!
//! In: a document and what extraction found in it. Out: a [`DocGraph`]: one
//! entity per canonical name and type with every surface form seen as an
//! alias, and one fact per (subject, predicate, object) with all its
//! evidence and a combined confidence. Symmetric facts are stored once.
//! It must not know about RDF; the store maps a `DocGraph` to quads.

use crate::extract::DocExtraction;
use crate::ingest::Document;
use crate::model::{DateValue, EntityKey, MentionKind, Object, Predicate};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// What the graph says about a document itself.
#[derive(Clone, Debug, Serialize)]
pub struct DocMeta {
    pub id: String,
    pub source: String,
    pub title: Option<String>,
    pub date: Option<DateValue>,
    pub content_hash: String,
    /// The document's original text, kept so that research exports can give
    /// every offset its context.
    pub text: String,
}

/// An entity as one document knows it.
#[derive(Clone, Debug, Serialize)]
pub struct Entity {
    pub key: EntityKey,
    /// Surface forms other than the canonical name.
    pub aliases: BTreeSet<String>,
    pub wikidata: Option<String>,
    pub mentions: Vec<MentionSpan>,
}

/// Where an entity is named: character offsets into the original text.
#[derive(Clone, Debug, Serialize)]
pub struct MentionSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub rule: &'static str,
    pub coref: bool,
}

/// One place a fact was read.
#[derive(Clone, Debug, Serialize)]
pub struct Support {
    pub sentence: String,
    /// The index of the sentence in the document.
    pub sentence_index: usize,
    /// Character offsets of the matched span in the original text.
    pub start: usize,
    pub end: usize,
    pub rule: String,
    pub confidence: f32,
}

/// A fact with all its evidence in one document.
#[derive(Clone, Debug, Serialize)]
pub struct Fact {
    pub subject: EntityKey,
    pub predicate: Predicate,
    pub object: Object,
    pub support: Vec<Support>,
    /// 1 − Π(1 − cᵢ): agreeing evidence raises confidence.
    pub confidence: f32,
}

/// Everything one document contributes to the graph.
#[derive(Clone, Debug, Serialize)]
pub struct DocGraph {
    pub meta: DocMeta,
    pub entities: Vec<Entity>,
    pub facts: Vec<Fact>,
}

/// Resolves one document.
pub fn resolve(doc: &Document, ex: &DocExtraction) -> DocGraph {
    let mut entities: BTreeMap<EntityKey, Entity> = BTreeMap::new();
    for m in &ex.mentions {
        let MentionKind::Entity {
            etype,
            canonical,
            wikidata,
        } = &m.kind
        else {
            continue;
        };
        let key = EntityKey {
            etype: *etype,
            name: canonical.clone(),
        };
        let e = entities.entry(key.clone()).or_insert_with(|| Entity {
            key,
            aliases: BTreeSet::new(),
            wikidata: None,
            mentions: Vec::new(),
        });
        if e.wikidata.is_none() {
            e.wikidata.clone_from(wikidata);
        }
        let surface = doc.original(m.start, m.end).trim().to_string();
        if !m.coref && surface != *canonical && !surface.is_empty() {
            e.aliases.insert(surface.clone());
        }
        e.mentions.push(MentionSpan {
            start: doc.char_offset(m.start),
            end: doc.char_offset(m.end),
            text: surface,
            rule: m.rule,
            coref: m.coref,
        });
    }
    let mut facts: BTreeMap<(EntityKey, Predicate, String), Fact> = BTreeMap::new();
    for a in &ex.assertions {
        let (mut s, mut o) = (a.subject.clone(), a.object.clone());
        if a.predicate.is_symmetric()
            && let Object::Entity(ok) = &o
            && *ok < s
        {
            let old_s = std::mem::replace(&mut s, ok.clone());
            o = Object::Entity(old_s);
        }
        for k in std::iter::once(&s).chain(match &o {
            Object::Entity(k) => Some(k),
            Object::Value(_) => None,
        }) {
            entities.entry(k.clone()).or_insert_with(|| Entity {
                key: k.clone(),
                aliases: BTreeSet::new(),
                wikidata: None,
                mentions: Vec::new(),
            });
        }
        let okey = match &o {
            Object::Entity(k) => format!("e:{}:{}", k.etype, k.name),
            Object::Value(v) => format!("v:{}", v.lexical()),
        };
        let f = facts
            .entry((s.clone(), a.predicate, okey))
            .or_insert_with(|| Fact {
                subject: s,
                predicate: a.predicate,
                object: o,
                support: Vec::new(),
                confidence: 0.0,
            });
        let ev = &a.evidence;
        // One piece of evidence per sentence: several rules reading the same
        // sentence are one reading, the most confident.
        if let Some(same) = f
            .support
            .iter_mut()
            .find(|s| s.sentence_index == ev.sentence)
        {
            if ev.confidence > same.confidence {
                same.confidence = ev.confidence;
                same.rule.clone_from(&ev.rule);
                same.start = doc.char_offset(ev.start);
                same.end = doc.char_offset(ev.end);
            }
            continue;
        }
        f.support.push(Support {
            sentence_index: ev.sentence,
            sentence: doc.sentence_text(ev.sentence).to_string(),
            start: doc.char_offset(ev.start),
            end: doc.char_offset(ev.end),
            rule: ev.rule.clone(),
            confidence: ev.confidence,
        });
    }
    let mut facts: Vec<Fact> = facts.into_values().collect();
    merge_coarser_dates(&mut facts);
    for f in &mut facts {
        f.confidence = combine(f.support.iter().map(|s| s.confidence));
    }
    DocGraph {
        meta: DocMeta {
            id: doc.id.clone(),
            source: doc.source.clone(),
            title: doc.title.clone(),
            date: doc.date,
            content_hash: doc.content_hash.clone(),
            text: doc.text.clone(),
        },
        entities: entities.into_values().collect(),
        facts,
    }
}

/// 2021年底 in one sentence, 2021年12月 in another: a coarser date of the same
/// subject and predicate agrees with the precise one, so its evidence joins
/// that fact instead of standing as a second value.
fn merge_coarser_dates(facts: &mut Vec<Fact>) {
    let date = |f: &Fact| match &f.object {
        Object::Value(v @ crate::model::Value::Date(_)) => Some(v.lexical()),
        _ => None,
    };
    let mut merged = vec![false; facts.len()];
    for i in 0..facts.len() {
        let Some(coarse) = date(&facts[i]) else {
            continue;
        };
        let within = format!("{coarse}-");
        let finer = (0..facts.len()).find(|&j| {
            j != i
                && !merged[j]
                && facts[j].subject == facts[i].subject
                && facts[j].predicate == facts[i].predicate
                && date(&facts[j]).is_some_and(|d| d.starts_with(&within))
        });
        if let Some(j) = finer {
            let support = std::mem::take(&mut facts[i].support);
            for s in support {
                if !facts[j]
                    .support
                    .iter()
                    .any(|t| t.sentence_index == s.sentence_index)
                {
                    facts[j].support.push(s);
                }
            }
            merged[i] = true;
        }
    }
    let mut gone = merged.into_iter();
    facts.retain(|_| !gone.next().unwrap_or(false));
}

/// Combines independent confidences: 1 − Π(1 − cᵢ).
pub fn combine(cs: impl IntoIterator<Item = f32>) -> f32 {
    1.0 - cs
        .into_iter()
        .fold(1.0, |acc, c| acc * (1.0 - c.clamp(0.0, 1.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_coarser_date_joins_the_precise_one() {
        let key = EntityKey {
            etype: crate::model::EntityType::Organization,
            name: "星河".to_string(),
        };
        let fact = |v: DateValue, sentence: usize| Fact {
            subject: key.clone(),
            predicate: Predicate::FoundingDate,
            object: Object::Value(crate::model::Value::Date(v)),
            support: vec![Support {
                sentence: String::new(),
                sentence_index: sentence,
                start: 0,
                end: 0,
                rule: "r".to_string(),
                confidence: 0.7,
            }],
            confidence: 0.7,
        };
        let mut facts = vec![
            fact(DateValue::Year(2021), 9),
            fact(DateValue::YearMonth(2021, 12), 4),
            fact(DateValue::Year(2019), 2),
        ];
        merge_coarser_dates(&mut facts);
        // 2021 joins 2021-12 with its evidence; 2019 disagrees and stays.
        assert_eq!(facts.len(), 2);
        assert_eq!(facts[0].support.len(), 2);
        assert!(matches!(
            facts[1].object,
            Object::Value(crate::model::Value::Date(DateValue::Year(2019)))
        ));
    }

    #[test]
    fn agreeing_evidence_raises_confidence() {
        assert!((combine([0.8]) - 0.8).abs() < 1e-6);
        assert!((combine([0.8, 0.5]) - 0.9).abs() < 1e-6);
    }
}
