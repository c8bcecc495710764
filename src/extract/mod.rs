//! Stage 3 — extract: mentions and assertions from each document,
//! documents in parallel under rayon.
//!
//! In: [`Document`]s. Out: one [`DocExtraction`] per document — the chosen
//! mentions (entities, values, resolved pronouns) and the assertions that
//! relation rules read from them, each with evidence. Recognisers propose
//! candidates independently ([`discover`], [`dictionary`], [`values`]);
//! one place, [`lattice`], chooses among them; a per-document walk
//! ([`discourse`]) resolves pronouns and interview speakers and runs the
//! rules of [`rules`]. It must not know about RDF or the store.

pub mod dictionary;
pub mod discourse;
pub mod discover;
pub mod lattice;
pub mod rules;
pub mod values;

use crate::analyse::Analyser;
use crate::ingest::Document;
use crate::lexicon::{Lexicon, fold_key};
use crate::model::{Assertion, EntityType, Mention, MentionKind, Object, Predicate};
use dictionary::NameMatcher;
use rayon::prelude::*;
use rules::RuleSet;
use std::collections::{HashMap, HashSet};

/// A proposed entity mention, before the lattice chooses.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub etype: EntityType,
    pub canonical: String,
    pub rule: &'static str,
    pub confidence: f32,
    /// 3 dictionary, 2 pattern, 1 tag-only guess.
    pub priority: u8,
    pub wikidata: Option<String>,
}

/// What one document yields.
#[derive(Clone, Debug, Default)]
pub struct DocExtraction {
    /// Chosen mentions, in text order; offsets are bytes into `Document::norm`.
    pub mentions: Vec<Mention>,
    pub assertions: Vec<Assertion>,
}

/// Settings of an extraction run.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Entities below this confidence are not kept.
    pub min_entity_confidence: f32,
    /// Assertions below this confidence are not kept.
    pub min_assertion_confidence: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            min_entity_confidence: 0.6,
            min_assertion_confidence: 0.5,
        }
    }
}

/// Everything extraction needs, built once and shared by all threads.
pub struct Extractor {
    pub lexicon: Lexicon,
    pub rules: RuleSet,
    pub settings: Settings,
    analyser: Analyser,
    dictionary: NameMatcher,
    /// Pronouns and reference words with the rule that resolves them, longest first.
    pub(crate) pronoun_words: Vec<(String, &'static str)>,
    /// Every name and alias of a dictionary organisation → its canonical name.
    org_names: HashMap<String, String>,
    /// Dictionary organisations with a name of an investment firm (红杉中国,
    /// also called 红杉资本中国): canonical names.
    pub(crate) investment_firms: HashSet<String>,
}

impl Extractor {
    /// Whether the clause before `at` in `text` tells of a plan or the
    /// future (将于, will, plans to), so a date there is no event's.
    fn planned_at(&self, text: &str, at: usize) -> bool {
        let clause = text[..at]
            .rsplit([',', ';', ':', '。'])
            .next()
            .unwrap_or_default();
        discourse::tells_of_plan(clause, self, true)
    }

    pub fn new(lexicon: Lexicon, mut rules: RuleSet, settings: Settings) -> Extractor {
        rules.set_org_heads(&lexicon.cues.org_heads_en);
        let words: Vec<(&str, &'static str)> = lexicon
            .entries
            .iter()
            .flat_map(|e| {
                let tag = match e.etype {
                    EntityType::Person => "nr",
                    EntityType::Place => "ns",
                    EntityType::Organization => "nt",
                    _ => "nz",
                };
                e.names().map(move |n| (n, tag))
            })
            .collect();
        let analyser = Analyser::new(words);
        let dictionary = NameMatcher::new(
            lexicon
                .entries
                .iter()
                .enumerate()
                .flat_map(|(i, e)| e.names().map(move |n| (n, i))),
        );
        let p = &lexicon.pronouns;
        let mut pronoun_words: Vec<(String, &'static str)> = [
            (&p.speaker_org, "coref.speaker_org"),
            (&p.listener_org, "coref.listener_org"),
            (&p.organisation, "coref.organisation"),
            (&p.startup, "coref.startup"),
            (&p.former, "coref.former"),
            (&p.latter, "coref.latter"),
            (&p.model, "coref.model"),
            (&p.thing, "coref.thing"),
            (&p.person, "coref.person"),
            (&p.speaker, "coref.speaker"),
            (&p.people, "coref.people"),
        ]
        .into_iter()
        .flat_map(|(ws, r)| ws.iter().map(move |w| (w.clone(), r)))
        .collect();
        pronoun_words.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let org_names = lexicon
            .entries
            .iter()
            .filter(|e| e.etype == EntityType::Organization)
            .flat_map(|e| e.names().map(move |n| (n.to_string(), e.name.clone())))
            .filter(|(n, _)| n.chars().count() >= 2)
            .collect();
        let investment_firms = lexicon
            .entries
            .iter()
            .filter(|e| {
                e.etype == EntityType::Organization
                    && e.names().any(|n| lexicon.is_investor_name(n))
            })
            .map(|e| e.name.clone())
            .collect();
        Extractor {
            investment_firms,
            org_names,
            pronoun_words,
            lexicon,
            rules,
            settings,
            analyser,
            dictionary,
        }
    }

    /// Extracts every document in parallel; `progress` is called once per
    /// finished document.
    pub fn extract_all(
        &self,
        docs: &[Document],
        progress: &(dyn Fn() + Sync),
    ) -> Vec<DocExtraction> {
        docs.par_iter()
            .map(|d| {
                let out = self.extract(d);
                progress();
                out
            })
            .collect()
    }

    /// Extracts one document.
    pub fn extract(&self, doc: &Document) -> DocExtraction {
        let mut per_sentence: Vec<Vec<Candidate>> = Vec::with_capacity(doc.sentences.len());
        let mut joined: Vec<HashSet<usize>> = Vec::with_capacity(doc.sentences.len());
        for i in 0..doc.sentences.len() {
            let (cands, words) = self.sentence_candidates(doc, i);
            per_sentence.push(cands);
            joined.push(words);
        }
        // Slack, the workplace-messaging company: where the document once
        // says a name the dictionary calls an app or a work is a company's,
        // every mention of it is the company.
        // Likewise a name the dictionary calls a place that the document once
        // gives a kind of thing (发布大语言模型Arctic, the Atlas robot) is
        // that thing wherever it stands.
        let mut retyped: HashMap<String, EntityType> = HashMap::new();
        for cands in &per_sentence {
            for c in cands {
                if c.rule == discover::ORG_RETYPE {
                    retyped.insert(c.canonical.clone(), EntityType::Organization);
                } else if THING_HEAD_RULES.contains(&c.rule)
                    && cands.iter().any(|d| {
                        d.rule == "dict"
                            && d.etype == EntityType::Place
                            && (d.start, d.end) == (c.start, c.end)
                    })
                {
                    retyped.entry(c.canonical.clone()).or_insert(c.etype);
                }
            }
        }
        if !retyped.is_empty() {
            for (i, cands) in per_sentence.iter_mut().enumerate() {
                let s = doc.sentences[i];
                let text = &doc.norm[s.start..s.end];
                for c in cands.iter_mut().filter(|c| c.rule == "dict") {
                    if let Some(&etype) = retyped.get(&text[c.start..c.end])
                        && c.etype != etype
                        && (etype == EntityType::Organization || c.etype == EntityType::Place)
                    {
                        c.etype = etype;
                        c.canonical = text[c.start..c.end].to_string();
                        c.wikidata = None;
                    }
                }
            }
        }
        self.version_families(doc, &mut per_sentence);
        // Guesses count only where the document repeats them; no other
        // reading of the document sees them.
        let repeated = repeated_guesses(&per_sentence);
        for cands in &mut per_sentence {
            cands.retain(|c| c.rule != discover::SUFFIX_GUESS);
        }
        // Names found by strong patterns are names everywhere in the document.
        // A short name found on its own (Halcyon) is still the full name's
        // (Halcyon Robotics) once the document has given that.
        let short = self.short_names(doc, &per_sentence);
        let mut local: Vec<(String, EntityType, f32, String)> = self
            .document_names(&per_sentence, repeated)
            .into_iter()
            .map(|(n, t, c)| {
                // …when the full name came first (not Runway, then Runway Studios).
                let first = |name: &str| {
                    per_sentence
                        .iter()
                        .position(|cands| cands.iter().any(|x| x.canonical == name))
                };
                let full = short
                    .iter()
                    .find(|s| s.0 == n && s.1 == t && first(&s.3) <= first(&n))
                    .map_or_else(|| n.clone(), |s| s.3.clone());
                (n, t, c, full)
            })
            .collect();
        local.extend(surnames(doc, &per_sentence, &self.lexicon));
        local.extend(given_names(
            doc,
            &per_sentence,
            &self.lexicon,
            &self.analyser,
        ));
        local.extend(short);
        // (De Brandt, read as a name of its own, is Ivo de Brandt's surname
        // with its particle: the fuller name the surnames give wins)
        for k in 0..local.len() {
            let (n, t, _, full) = &local[k];
            if *t != EntityType::Person || n != full {
                continue;
            }
            let lower = n.to_lowercase();
            if let Some(fuller) = local
                .iter()
                .find(|o| {
                    o.0 == *n
                        && o.1 == EntityType::Person
                        && o.3 != *n
                        && o.3.to_lowercase().ends_with(&lower)
                })
                .map(|o| o.3.clone())
            {
                local[k].3 = fuller;
            }
        }
        // A short name of a short name is the full name's (云帆优创 →
        // 云帆优创机器人股份有限公司 → 深圳云帆优创机器人股份有限公司).
        for k in 0..local.len() {
            for _ in 0..3 {
                let (n, t, _, full) = &local[k];
                // (only a name already short for another: Lumetra stays
                // Lumetra where the document named it first)
                if n == full {
                    break;
                }
                let Some(fuller) = local
                    .iter()
                    .find(|o| {
                        o.0 == *full && o.1 == *t && o.3 != *full && o.3.contains(full.as_str())
                    })
                    .map(|o| o.3.clone())
                else {
                    break;
                };
                local[k].3 = fuller;
            }
        }
        let matcher =
            NameMatcher::new(local.iter().enumerate().map(|(i, (n, ..))| (n.as_str(), i)));
        let mut mentions = Vec::new();
        let mut anchor = None;
        let mut anchor_in_paragraph = false;
        for (i, cands) in per_sentence.iter_mut().enumerate() {
            let s = doc.sentences[i];
            if s.starts_line {
                anchor_in_paragraph = false;
            }
            let text = &doc.norm[s.start..s.end];
            let mut words: Option<Vec<crate::analyse::Token<'_>>> = None;
            for (start, end, k) in matcher.find(text) {
                let (surface, etype, conf, canonical) = &local[k];
                // (bitnet.cpp, Next.js: a Latin name that a dot and a
                // lower-case ending go on is another name)
                if surface.is_ascii()
                    && text[end..]
                        .strip_prefix('.')
                        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
                {
                    continue;
                }
                // A name's end standing for it (天城 for 楼天城, 展锐 for
                // 紫光展锐) only where jieba's words begin and end (not
                // 两国方面 for 国方).
                let tail = surface.chars().count() <= 3
                    && surface.chars().all(discover::is_cjk)
                    && canonical.len() > surface.len()
                    && canonical.ends_with(surface.as_str());
                if tail {
                    let words = words.get_or_insert_with(|| self.analyser.tag(text));
                    let aligned = words.iter().any(|t| t.start == start)
                        && words.iter().any(|t| t.end == end);
                    if !aligned {
                        continue;
                    }
                }
                if *etype == EntityType::Organization {
                    cands.extend(discover::maker_code(text, start, end, &self.lexicon));
                    // (the Skydio 2: a product named after the company)
                    if surface.is_ascii() {
                        cands.extend(discover::maker_number_en(
                            text,
                            start,
                            end,
                            &doc.norm,
                            &self.lexicon,
                        ));
                    }
                    // 星海助手, 星海地图: an app named after the company the
                    // text named (as org_apps does for known companies).
                    let cues = &self.lexicon.cues;
                    let heads = cues
                        .app_heads_after_org
                        .iter()
                        .chain(&cues.app_heads_after_app);
                    if let Some(stop) = discover::app_head_end(text, end, heads) {
                        cands.push(Candidate {
                            start,
                            end: stop,
                            etype: EntityType::SoftwareApplication,
                            canonical: text[start..stop].to_string(),
                            rule: "doc.org_app",
                            confidence: 0.75,
                            priority: 2,
                            wikidata: None,
                        });
                    }
                }
                // Helix-LM Mini, Find X8 Pro, 天工3.0: a tier word or version
                // after a model or product the text named makes another of
                // its family.
                let tiered = family_end(text, start, end, *etype, &self.lexicon);
                if tiered > end {
                    cands.push(Candidate {
                        start,
                        end: tiered,
                        etype: *etype,
                        canonical: text[start..tiered].to_string(),
                        rule: "doc.repeat",
                        confidence: *conf,
                        priority: 2,
                        wikidata: None,
                    });
                }
                cands.push(Candidate {
                    start,
                    end,
                    etype: *etype,
                    canonical: if canonical == surface {
                        text[start..end].to_string()
                    } else {
                        canonical.clone()
                    },
                    rule: "doc.repeat",
                    confidence: *conf,
                    priority: 2,
                    wikidata: None,
                });
            }
            let chosen =
                lattice::choose(std::mem::take(cands), self.settings.min_entity_confidence);
            // 由|青梧科技: where a name the document gave starts, a word ends,
            // whatever jieba joined (由青梧/a), so that the cue before it reads.
            for c in chosen
                .iter()
                .filter(|c| c.rule == "doc.repeat" && c.start > 0)
            {
                joined[i].remove(&(s.start + c.start - 1));
            }
            let values = values::find_values_in(text, doc.date, anchor, anchor_in_paragraph);
            // The last date this sentence gives, for 同年4月 in the next ones
            // (not one planned: 将于7月14日停用 leaves 两天后 to the date before).
            if let Some(v) = values
                .iter()
                .filter(|v| !self.planned_at(text, v.start))
                .filter_map(|v| match v.value {
                    crate::model::Value::Date(d) => Some(d),
                    _ => None,
                })
                .next_back()
            {
                anchor = Some(v);
                anchor_in_paragraph = true;
            }
            mentions.extend(lattice::merge_values(chosen, values, i, s.start));
        }
        lattice::declared_aliases(doc, &self.lexicon, &mut mentions);
        models_apart_from_makers(doc, &mut mentions);
        // (a brief's 【】 items: what the walk forgets and the guess counts apart)
        let story = discourse::stories(doc);
        let mut out = discourse::walk(doc, mentions, &joined, &story, self);
        self.makers_by_name(doc, &mut out);
        family_makers(doc, &mut out);
        self.schools_of_units(&mut out);
        lattice::renamed(doc, &self.lexicon, &mut out);
        self.unattributed_makers(doc, &story, &mut out);
        out
    }

    /// A model, app or product the text found by itself (no dictionary knows
    /// it) and no rule gave a maker: a guess, at low confidence, that it was
    /// made by the one organisation of the sentence that first names it (星图科技
    /// 的新工具“潮汐”上周上线); failing that, when the text names the thing
    /// again, by the organisation the text names most (its subject). A
    /// thing the dictionary knows keeps to the makers the text states: its
    /// maker is known and may be absent from the text. An investment firm
    /// (Kestrel Capital by its ending, 红杉中国 by the dictionary) is never the
    /// guess; a sentence of hearsay (`[cues] hearsay_words`: analysts at X
    /// said…) gives no guess from its one organisation, which may be only
    /// the source; and a thing a sentence calls a rival's (`[cues]
    /// rival_words`: its rival product was X) gets none.
    fn unattributed_makers(&self, doc: &Document, story: &[usize], out: &mut DocExtraction) {
        let with_maker: HashSet<&str> = out
            .assertions
            .iter()
            .filter(|a| a.predicate == Predicate::Creator)
            .map(|a| a.subject.name.as_str())
            .collect();
        let known: HashSet<&str> = named(&out.mentions)
            .filter(|(m, _, _)| m.rule == "dict")
            .map(|(_, _, c)| c.as_str())
            .collect();
        // (not every backer: a company that invests makes things too)
        let investor = |name: &str| {
            self.lexicon.is_investor_name(name) || self.investment_firms.contains(name)
        };
        // Organisations by sentence, counted over each story of the document
        // (a brief's item is one; pronouns count too).
        let mut counts: HashMap<(usize, &str), usize> = HashMap::new();
        let mut by_sentence: HashMap<usize, HashSet<&str>> = HashMap::new();
        for m in &out.mentions {
            if let MentionKind::Entity {
                etype: EntityType::Organization,
                canonical,
                ..
            } = &m.kind
                && !investor(canonical)
            {
                let at = story.get(m.sentence).copied().unwrap_or(0);
                *counts.entry((at, canonical.as_str())).or_default() += 1;
                by_sentence.entry(m.sentence).or_default().insert(canonical);
            }
        }
        // The company each story names most, if one leads (named twice or
        // more, and more often than any other).
        let mut ranked: Vec<((usize, &str), usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| {
            (a.0.0.cmp(&b.0.0))
                .then_with(|| b.1.cmp(&a.1))
                .then_with(|| a.0.1.cmp(b.0.1))
        });
        let mut topics: HashMap<usize, &str> = HashMap::new();
        for (k, ((at, name), n)) in ranked.iter().enumerate() {
            let first = k == 0 || ranked[k - 1].0.0 != *at;
            let runner_up = ranked.get(k + 1).filter(|r| r.0.0 == *at).map(|r| r.1);
            if first && *n >= 2 && runner_up.is_none_or(|r| r < *n) {
                topics.insert(*at, *name);
            }
        }
        let topic = |at: usize| topics.get(&at).copied();
        let holds = |sentence: usize, cues: &[String]| {
            let s = doc.sentences[sentence];
            let text = &doc.norm[s.start..s.end];
            crate::lexicon::holds_any_cue(text, cues)
        };
        let rival = |sentence: usize| holds(sentence, &self.lexicon.cues.rival_words);
        // Each thing's first mention and how many times it is named.
        let mut things: Vec<(&Mention, EntityType, &str, usize)> = Vec::new();
        let mut rivals: HashSet<&str> = HashSet::new();
        for (m, etype, canonical) in named(&out.mentions) {
            if !etype.is_made()
                || with_maker.contains(canonical.as_str())
                || known.contains(canonical.as_str())
            {
                continue;
            }
            if rival(m.sentence) {
                rivals.insert(canonical.as_str());
            }
            match things.iter_mut().find(|t| t.2 == canonical) {
                Some(t) => t.3 += 1,
                None => things.push((m, *etype, canonical, 1)),
            }
        }
        let mut found = Vec::new();
        for (m, etype, canonical, times) in things {
            if rivals.contains(canonical) {
                continue;
            }
            let orgs = by_sentence.get(&m.sentence);
            let sole = orgs
                .filter(|o| o.len() == 1 && !holds(m.sentence, &self.lexicon.cues.hearsay_words));
            let (maker, rule, confidence) = match sole {
                Some(o) => (o.iter().next().copied(), "made.sole_organisation", 0.45),
                None if times >= 2 => (
                    topic(story.get(m.sentence).copied().unwrap_or(0)),
                    "made.topic",
                    0.4,
                ),
                None => (None, "", 0.0),
            };
            let Some(maker) = maker else { continue };
            found.push(Assertion {
                subject: crate::model::EntityKey {
                    etype,
                    name: canonical.to_string(),
                },
                predicate: Predicate::Creator,
                object: crate::model::Object::Entity(crate::model::EntityKey {
                    etype: EntityType::Organization,
                    name: maker.to_string(),
                }),
                evidence: crate::model::Evidence {
                    sentence: m.sentence,
                    start: m.start,
                    end: m.end,
                    rule: rule.to_string(),
                    confidence,
                },
            });
        }
        out.assertions.extend(found);
    }

    /// Polaris 1.0 … Polaris 2.0 … Polaris 3: a name the document gives in
    /// two versions or more is a family of things, and each versioned name
    /// is one of them (typed as a member another recogniser typed, else an
    /// application), whatever the bare name means elsewhere.
    fn version_families(&self, doc: &Document, per_sentence: &mut [Vec<Candidate>]) {
        let mut versions: HashMap<&str, HashSet<&str>> = HashMap::new();
        // (sentence, start, end, stem, name)
        let mut found: Vec<(usize, usize, usize, &str, &str)> = Vec::new();
        for (i, s) in doc.sentences.iter().enumerate() {
            let text = &doc.norm[s.start..s.end];
            for (start, end, stem, ver) in discover::versioned_names(text, &self.lexicon) {
                versions
                    .entry(stem)
                    .or_default()
                    .insert(ver.trim_start_matches([' ', '-']));
                found.push((i, start, end, stem, &text[start..end]));
            }
        }
        let names: HashSet<&str> = found.iter().map(|f| f.4).collect();
        for &(i, start, end, stem, name) in &found {
            // (known families, GPT-4 or Qwen2.5, are read as such already; a
            // known company's name and a code is its maker's thing, read
            // elsewhere; Level 2 … Level 4 are no things: `[cues]
            // version_stems_not_families_en`)
            if versions[stem].len() < 2
                || self
                    .lexicon
                    .families
                    .contains_key(&stem.to_ascii_lowercase())
                || self.org_names.contains_key(stem)
                || self
                    .lexicon
                    .cues
                    .version_stems_not_families_en
                    .iter()
                    .any(|w| w == stem)
            {
                continue;
            }
            // (a thing some recogniser read there already stays as read)
            if per_sentence[i]
                .iter()
                .any(|c| c.etype.is_made() && c.start < end && start < c.end)
            {
                continue;
            }
            // (Sky-T1 beside Sky-T1-32B-Preview: a short form of a longer
            // name is that one's, as `short_names` reads it)
            if names.iter().any(|n| {
                n.len() > name.len()
                    && n.starts_with(name)
                    && n[name.len()..].starts_with(['-', ' '])
            }) {
                continue;
            }
            let member_type = per_sentence
                .iter()
                .flatten()
                .filter(|c| {
                    c.etype.is_made()
                        && c.canonical.strip_prefix(stem).is_some_and(|rest| {
                            rest.starts_with([' ', '-'])
                                || rest.starts_with(|ch: char| ch.is_ascii_digit())
                        })
                })
                .map(|c| c.etype)
                .next()
                .unwrap_or(EntityType::SoftwareApplication);
            per_sentence[i].push(Candidate {
                start,
                end,
                etype: member_type,
                canonical: name.to_string(),
                rule: "doc.version_family",
                confidence: 0.78,
                priority: 2,
                wikidata: None,
            });
        }
    }

    /// 从华中科技大学机械学院毕业, 清华大学交叉信息研究院助理教授: who studied
    /// or works at a school or institute of a known university (named in
    /// full) studied or works at the university.
    fn schools_of_units(&self, out: &mut DocExtraction) {
        let mut found: Vec<Assertion> = Vec::new();
        for a in &out.assertions {
            // (the person is the subject of alumniOf, the object of employee)
            let unit = match (a.predicate, &a.object) {
                (Predicate::AlumniOf, Object::Entity(o)) => o,
                (Predicate::Employee, _) => &a.subject,
                _ => continue,
            };
            if unit.etype != EntityType::Organization
                || !self
                    .lexicon
                    .cues
                    .school_unit_endings_zh
                    .iter()
                    .any(|e| unit.name.ends_with(e.as_str()))
            {
                continue;
            }
            // The longest known university, written out, the unit's name
            // starts with (not 哈佛|商学院 or 中国科学院|自动化研究所: a school
            // of its own standing, an academy).
            let Some(school) = unit
                .name
                .char_indices()
                .map(|(i, _)| i)
                .skip(1)
                .filter(|&i| unit.name[..i].ends_with("大学"))
                .filter_map(|i| self.org_names.get(&unit.name[..i]))
                .last()
            else {
                continue;
            };
            let school = crate::model::EntityKey {
                etype: EntityType::Organization,
                name: school.clone(),
            };
            let mut b = a.clone();
            if a.predicate == Predicate::Employee {
                b.subject = school;
            } else {
                b.object = Object::Entity(school);
            }
            b.evidence.rule = format!("{}+school", a.evidence.rule);
            let known = |x: &Assertion| {
                x.subject == b.subject && x.predicate == b.predicate && x.object == b.object
            };
            if !out.assertions.iter().any(known) && !found.iter().any(known) {
                found.push(b);
            }
        }
        out.assertions.extend(found);
    }

    /// 理想L9, MiniMax-VL-01, Microsoft Copilot: a model or product whose
    /// name starts with an organisation's name was made by it; 百度深度学习
    /// 研究院, 谷歌中国: a unit so named belongs to it.
    fn makers_by_name(&self, doc: &Document, out: &mut DocExtraction) {
        // The document's own organisations; the dictionary's are looked up in place.
        let mut orgs: HashMap<&str, &str> = HashMap::new();
        // (a stem goes in after every name, never over one: Brightwater
        // Analytics's stem is not the Brightwater the text also names)
        let mut stems: Vec<(&str, &str)> = Vec::new();
        for m in &out.mentions {
            if let MentionKind::Entity {
                etype: EntityType::Organization,
                canonical,
                ..
            } = &m.kind
                && !m.coref
            {
                let surface = &doc.norm[m.start..m.end];
                orgs.insert(surface, canonical);
                orgs.insert(canonical, canonical);
                // 理想汽车 names 理想L9 by its short name too, Lodestar Labs
                // the Lodestar 2.
                for name in [surface, canonical.as_str()] {
                    let latin = |suf: &String| {
                        name.strip_suffix(suf.as_str())
                            .and_then(|st| st.strip_suffix(' '))
                    };
                    if let Some(stem) =
                        without_longest_ending(name, &self.lexicon.cues.corporate_suffixes)
                            .or_else(|| self.lexicon.org_suffixes_en.iter().find_map(latin))
                            .filter(|st| st.chars().count() >= 2)
                    {
                        stems.push((stem, canonical));
                    }
                }
            }
        }
        for (stem, canonical) in stems {
            orgs.entry(stem).or_insert(canonical);
        }
        // the organisations the text names, by their canonical names
        let named_orgs: HashSet<&str> = orgs.values().copied().collect();
        // what each sentence names itself, not through a word for it
        let named_in: HashSet<(usize, EntityType, &str)> = named(&out.mentions)
            .map(|(m, t, c)| (m.sentence, *t, c.as_str()))
            .collect();
        // (a maker read through a word for a company, 'the company unveiled
        // Waabi World', may give way to the one the name gives: the word may
        // have pointed at the wrong company)
        let stated = |a: &Assertion| match &a.object {
            crate::model::Object::Entity(o) => {
                named_in.contains(&(a.evidence.sentence, o.etype, o.name.as_str()))
            }
            crate::model::Object::Value(_) => true,
        };
        let mut found = Vec::new();
        for (m, etype, canonical) in named(&out.mentions) {
            // 百度深度学习研究院, 谷歌中国: a unit named after its organisation
            // belongs to it, where the text names the organisation too.
            let cues = &self.lexicon.cues;
            let unit = *etype == EntityType::Organization
                && cues
                    .unit_endings_zh
                    .iter()
                    .chain(&cues.unit_endings_en)
                    .chain(&cues.regional_units_zh)
                    .any(|e| canonical.ends_with(e.as_str()));
            let predicate = match etype {
                EntityType::AIModel | EntityType::SoftwareApplication | EntityType::Product => {
                    Predicate::Creator
                }
                EntityType::Organization if unit => Predicate::ParentOrganization,
                _ => continue,
            };
            // The longest organisation name the product's name starts with,
            // ending where a word ends (Meta AI, not Metaverse).
            let maker_of = |name: &str| {
                name.char_indices()
                    .map(|(i, _)| i)
                    .skip(1)
                    .filter(|&i| {
                        let next = name[i..].chars().next().unwrap_or(' ');
                        let last = name[..i].chars().next_back().unwrap_or(' ');
                        // (not AI2 inside AI21 Labs either)
                        !(last.is_ascii_alphabetic() && next.is_ascii_lowercase()
                            || last.is_ascii_digit() && next.is_ascii_digit())
                    })
                    .filter_map(|i| {
                        orgs.get(&name[..i]).copied().or_else(|| {
                            self.org_names
                                .get(&name[..i])
                                .map(String::as_str)
                                // (a unit's parent only where the text names
                                // the parent itself: 微软亚洲研究院 alone says
                                // little)
                                .filter(|p| {
                                    predicate == Predicate::Creator || named_orgs.contains(p)
                                })
                        })
                    })
                    // (Meta Superintelligence Labs is not its own maker by
                    // its short name; Meta is)
                    .filter(|p| p != canonical)
                    .last()
            };
            let maker = maker_of(canonical).or_else(|| maker_of(&doc.norm[m.start..m.end]));
            let Some(maker) = maker else { continue };
            let subject = crate::model::EntityKey {
                etype: *etype,
                name: canonical.clone(),
            };
            let object = crate::model::Object::Entity(crate::model::EntityKey {
                etype: EntityType::Organization,
                name: maker.to_string(),
            });
            if maker == canonical {
                continue;
            }
            // (…unveiled Shopify Sync, a plugin for merchants on Shopify: a
            // name after a company the sentence names apart is its platform's
            // or its customer's; the word stands)
            let named_apart = |a: &Assertion| {
                named_in.contains(&(a.evidence.sentence, EntityType::Organization, maker))
            };
            let known = out
                .assertions
                .iter()
                .chain(found.iter())
                .any(|a: &Assertion| {
                    a.predicate == predicate
                        && a.subject == subject
                        && (a.object == object
                            || predicate != Predicate::Creator
                            || stated(a)
                            || named_apart(a))
                });
            // (Polaris 2.0 beside Polaris 1.0, which Hippocratic AI launched:
            // a family whose maker the text gave, and never as this company,
            // is not named after another company called Polaris)
            let stem = family_stem(canonical);
            let family_made = |by_it: bool| {
                stem.chars().count() >= 2
                    && out.assertions.iter().any(|a| {
                        a.predicate == Predicate::Creator
                            && a.subject.name != *canonical
                            && family_stem(&a.subject.name) == stem
                            && (a.object == object) == by_it
                            && stated(a)
                    })
            };
            let family_made_elsewhere =
                predicate == Predicate::Creator && family_made(false) && !family_made(true);
            if !known && !family_made_elsewhere {
                found.push(Assertion {
                    subject,
                    predicate,
                    object,
                    evidence: crate::model::Evidence {
                        sentence: m.sentence,
                        start: m.start,
                        end: m.end,
                        rule: if predicate == Predicate::Creator {
                            "name.maker"
                        } else {
                            "name.unit"
                        }
                        .to_string(),
                        confidence: 0.7,
                    },
                });
            }
        }
        // (the makers read through a word for a company that the names
        // contradict go)
        let named_maker: HashMap<&crate::model::EntityKey, &crate::model::Object> = found
            .iter()
            .filter(|a| a.predicate == Predicate::Creator)
            .map(|a| (&a.subject, &a.object))
            .collect();
        let unstated = |a: &Assertion| {
            a.predicate == Predicate::Creator
                && named_maker.get(&a.subject).is_some_and(|o| **o != a.object)
                && !stated(a)
        };
        out.assertions.retain(|a| !unstated(a));
        out.assertions.extend(found);
    }

    /// The candidates of a sentence, and the byte offsets (in the document)
    /// after which the jieba word goes on: a cue word may not end there
    /// (发布 does not match in 发布会).
    fn sentence_candidates(&self, doc: &Document, i: usize) -> (Vec<Candidate>, HashSet<usize>) {
        let s = doc.sentences[i];
        let text = &doc.norm[s.start..s.end];
        let tokens = self.analyser.tag(text);
        let mut out: Vec<Candidate> = Vec::new();
        let mut known = Vec::new();
        for (start, mut end, e) in self.dictionary.find(text) {
            let entry = &self.lexicon.entries[e];
            // 徐|工程师, 公安|进行: a two-character Chinese company name must
            // begin and end where jieba's words do, or it is part of others.
            if entry.etype == EntityType::Organization
                && text[start..end].chars().count() == 2
                && text[start..end].chars().all(discover::is_cjk)
                && tokens
                    .iter()
                    .any(|t| (t.start < start && start < t.end) || (t.start < end && end < t.end))
            {
                continue;
            }
            // 杭州市, 浙江省: a place with its administrative suffix is the same place
            // (but 中国市场 is 中国 and a market: the suffix must end a word).
            if entry.etype == EntityType::Place
                && let Some(c) = text[end..]
                    .chars()
                    .next()
                    .filter(|c| ADMIN_SUFFIXES.contains(c))
                && tokens.iter().any(|t| t.end == end + c.len_utf8())
            {
                end += c.len_utf8();
            }
            // 湖北|省会|武汉, 北京|市长: a place's administrative suffix that
            // starts another word is not the place's.
            if entry.etype == EntityType::Place
                && let Some(c) = text[start..end]
                    .chars()
                    .next_back()
                    .filter(|c| ADMIN_SUFFIXES.contains(c))
                && end - c.len_utf8() > start
                && self
                    .lexicon
                    .cues
                    .admin_suffix_words_zh
                    .iter()
                    .any(|w| text[end - c.len_utf8()..].starts_with(w))
            {
                end -= c.len_utf8();
            }
            // 陈伟|星创办: a two-character name the dictionary knows, with a
            // character jieba leaves alone after it (no function word), is
            // the start of a longer name, someone else's.
            if entry.etype == EntityType::Person
                && text[start..end].chars().count() == 2
                && text[start..end].chars().all(discover::is_cjk)
                && let Some(longer) = discover::lone_name_char(&tokens, &self.lexicon, end)
                // (马云早|在2019年: not a character that opens an adverb
                // with what follows, `[cues] adverbs_after_names_zh`)
                && !self.lexicon.cues.adverbs_after_names_zh.iter().any(|a| {
                    a.strip_prefix(&text[end..longer])
                        .is_some_and(|rest| text[longer..].starts_with(rest))
                })
            {
                out.push(Candidate {
                    start,
                    end: longer,
                    etype: EntityType::Person,
                    canonical: text[start..longer].to_string(),
                    rule: "dict.longer_name",
                    confidence: 0.9,
                    priority: 3,
                    wikidata: None,
                });
                continue;
            }
            // 盘古大模型3.0, Windows 11, Skywork-MoE: a version, code or tier
            // after a model's name makes a new model of the family.
            let mut canonical = entry.name.clone();
            let family = family_end(text, start, end, entry.etype, &self.lexicon);
            if family > end {
                end = family;
                canonical = text[start..end].to_string();
            }
            // 2025款极氪007: a model year opens the name of that year's version.
            let mut start = start;
            if entry.etype == EntityType::Product
                && let Some(year) = discover::model_year_before(&text[..start])
            {
                start = year;
                canonical = text[start..end].to_string();
            }
            let wikidata = (canonical == entry.name)
                .then(|| entry.wikidata.clone())
                .flatten();
            known.push((start, end, entry.etype, canonical.clone()));
            out.push(Candidate {
                start,
                end,
                etype: entry.etype,
                canonical,
                rule: "dict",
                confidence: 0.95,
                priority: 3,
                wikidata,
            });
        }
        // 北京顺义, 杭州余杭: a district of `[districts_zh]` named by its short
        // name right after its own city, where jieba's words end with it.
        let districts: Vec<(usize, usize, String)> = known
            .iter()
            .filter(|k| k.2 == EntityType::Place)
            .filter_map(|k| {
                // (石景山, 雨花台: a short name of three characters first)
                let (stem, name) = [3, 2].iter().find_map(|&n| {
                    let stem: String = text[k.1..].chars().take(n).collect();
                    let name = self.lexicon.districts.get(&(k.3.clone(), stem.clone()))?;
                    Some((stem, name))
                })?;
                let end = k.1 + stem.len();
                (tokens.iter().any(|t| t.end == end)
                    && !tokens.iter().any(|t| t.start < end && end < t.end)
                    && !known.iter().any(|o| o.0 < end && k.1 < o.1))
                .then(|| (k.1, end, name.clone()))
            })
            .collect();
        for (start, end, name) in districts {
            known.push((start, end, EntityType::Place, name.clone()));
            out.push(Candidate {
                start,
                end,
                etype: EntityType::Place,
                canonical: name,
                rule: "dict.district",
                confidence: 0.9,
                priority: 3,
                wikidata: None,
            });
        }
        let view = discover::SentenceView {
            text,
            tokens: &tokens,
            known: &known,
            starts_line: s.starts_line,
        };
        out.extend(discover::discover(&view, &self.lexicon));
        for k in known.iter().filter(|k| k.2 == EntityType::Organization) {
            out.extend(discover::maker_number(
                text,
                k.0,
                k.1,
                &doc.norm,
                &self.lexicon,
            ));
        }
        if *TRACE {
            let words: Vec<String> = tokens
                .iter()
                .map(|t| format!("{}/{}", t.word, t.tag))
                .collect();
            eprintln!("trace: tokens {}", words.join(" "));
            for c in &out {
                eprintln!(
                    "trace: candidate {} {} {} priority {} confidence {:.2}",
                    &text[c.start..c.end],
                    c.etype.name(),
                    c.rule,
                    c.priority,
                    c.confidence
                );
            }
        }
        let mut joined = HashSet::new();
        for t in &tokens {
            let mut chars = t.word.char_indices().peekable();
            while let Some((k, c)) = chars.next() {
                if chars.peek().is_some_and(|&(_, n)| !PARTICLES.contains(&n)) {
                    joined.insert(s.start + t.start + k + c.len_utf8() - 1);
                }
            }
        }
        // 曾|任星澜智能: where a name starts, a word ends, whatever jieba joined.
        for c in out.iter().filter(|c| c.priority >= 2 && c.start > 0) {
            joined.remove(&(s.start + c.start - 1));
        }
        (out, joined)
    }

    /// 蚂蚁集团 … 蚂蚁, 商汤科技 … 商汤: within a document, a company named
    /// with a corporate suffix goes by its name without it.
    fn short_names(
        &self,
        doc: &Document,
        per_sentence: &[Vec<Candidate>],
    ) -> Vec<(String, EntityType, f32, String)> {
        let mut out: Vec<(String, EntityType, f32, String)> = Vec::new();
        // (jieba's tag-only guesses do not count: 星海/ns is no place that
        // 星海科技's short name would clash with.)
        let other_types: HashSet<&str> = per_sentence
            .iter()
            .flatten()
            .filter(|o| o.etype != EntityType::Organization && o.priority >= 2)
            .map(|o| o.canonical.as_str())
            .collect();
        // The surfaces of the dictionary's hits of a type (any type: None).
        let dictionary_hits = |only: Option<EntityType>| -> HashSet<&str> {
            per_sentence
                .iter()
                .enumerate()
                .flat_map(|(i, cands)| {
                    let s = doc.sentences[i];
                    cands
                        .iter()
                        .filter(move |c| c.priority >= 3 && only.is_none_or(|t| c.etype == t))
                        .map(move |c| &doc.norm[s.start + c.start..s.start + c.end])
                })
                .collect()
        };
        // A stem the dictionary knows is its own entity (Microsoft AI is not Microsoft).
        let known = dictionary_hits(None);
        let known_places = dictionary_hits(Some(EntityType::Place));
        for (i, cands) in per_sentence.iter().enumerate() {
            let s = doc.sentences[i];
            for c in cands
                .iter()
                .filter(|c| c.etype == EntityType::Organization && c.priority >= 2)
            {
                let surface = &doc.norm[s.start + c.start..s.start + c.end];
                // Halcyon Robotics → Halcyon, 理想汽车 → 理想.
                let latin = self
                    .lexicon
                    .org_suffixes_en
                    .iter()
                    .chain(&self.lexicon.cues.short_form_suffixes_en)
                    .find_map(|suf| surface.strip_suffix(suf.as_str())?.strip_suffix(' '))
                    .filter(|_| !self.lexicon.is_steward_name(surface))
                    .filter(|stem| {
                        stem.len() >= 3
                            && stem.starts_with(|ch: char| ch.is_ascii_uppercase())
                            && stem
                                .chars()
                                .all(|ch| ch.is_ascii_alphanumeric() || ch == ' ' || ch == '-')
                    });
                let Some(stem) = latin.or_else(|| {
                    let cues = &self.lexicon.cues;
                    without_longest_ending(
                        surface,
                        cues.corporate_suffixes
                            .iter()
                            .chain(&cues.short_form_suffixes_zh),
                    )
                }) else {
                    continue;
                };
                let n = stem.chars().count();
                let clash = other_types.contains(stem) || known.contains(stem);
                let mut shorts: Vec<&str> = Vec::new();
                // 杭州智言科技 → 智言科技: the name without the city it opens with
                // (but 智元机器人 without 智元 is no name).
                let unplaced = latin
                    .is_none()
                    .then(|| {
                        known_places
                            .iter()
                            .filter(|p| p.chars().count() >= 2 && surface.starts_with(**p))
                            .map(|p| &surface[p.len()..])
                            .filter(|r| r.chars().count() >= 3)
                            // (the longest place, not the first a hash set
                            // gives: 四川省电力公司 → 电力公司, never 省电力公司)
                            .min_by_key(|r| r.len())
                    })
                    .flatten();
                if let Some(rest) = unplaced
                    && !other_types.contains(rest)
                    && !known.contains(rest)
                {
                    shorts.push(rest);
                }
                // 合肥优艾智合机器人股份有限公司 → 优艾智合: a legal name
                // without its city, its trade and its form, where a name of
                // four to six Chinese characters is left.
                if let Some(rest) = unplaced {
                    let cues = &self.lexicon.cues;
                    let core = cues
                        .corporate_suffixes
                        .iter()
                        .find_map(|suf| rest.strip_suffix(suf.as_str()))
                        .and_then(|r| {
                            cues.corporate_suffixes
                                .iter()
                                .find_map(|suf| r.strip_suffix(suf.as_str()))
                        });
                    // (北京术锐技术有限公司 → 术锐: a core of two or three
                    // characters only where jieba reads it as no everyday
                    // word; not 北京电力有限公司 → 电力)
                    let uncommon = |core: &str| {
                        let tokens = self.analyser.tag(core);
                        !(tokens.len() == 1 && tokens[0].known && !tokens[0].tag.starts_with("nr"))
                    };
                    if let Some(core) = core
                        && ((4..=6).contains(&core.chars().count())
                            || (2..=3).contains(&core.chars().count()) && uncommon(core))
                        && core.chars().all(discover::is_cjk)
                        && !other_types.contains(core)
                        && !known.contains(core)
                        && !self.lexicon.is_not_entity(core)
                    {
                        shorts.push(core);
                    }
                }
                if (latin.is_some() || (2..=6).contains(&n))
                    && (latin.is_some()
                        || stem
                            .chars()
                            .all(|ch| ('\u{4E00}'..='\u{9FFF}').contains(&ch)))
                    && !self.lexicon.is_not_entity(stem)
                    && !self.lexicon.generic_modifiers.contains(stem)
                    && !clash
                {
                    shorts.push(stem);
                }
                // Landing AI → LandingAI, Landing.ai: a name ending in AI
                // written closed up or as a web address.
                let closed = surface
                    .strip_suffix(" AI")
                    .filter(|st| st.len() >= 3 && !st.contains(' '))
                    .map(|st| [format!("{st}AI"), format!("{st}.ai")]);
                for short in shorts
                    .into_iter()
                    .map(str::to_string)
                    .chain(closed.into_iter().flatten())
                {
                    if !out.iter().any(|o| o.0 == short) {
                        out.push((short, EntityType::Organization, 0.8, c.canonical.clone()));
                    }
                }
            }
        }
        // The surfaces of the organisations the document names.
        let orgs: HashSet<&str> = per_sentence
            .iter()
            .enumerate()
            .flat_map(|(i, cands)| {
                let s = doc.sentences[i];
                cands
                    .iter()
                    .filter(|c| c.etype == EntityType::Organization && c.priority >= 2)
                    .map(move |c| &doc.norm[s.start + c.start..s.start + c.end])
            })
            .collect();
        // 紫光展锐 → 展锐 beside 紫光集团 (紫光): an organisation named after
        // another one the document names is named without it too, when what
        // is left is two or three Chinese characters jieba has no word for.
        let org_surfaces: Vec<&str> = orgs
            .iter()
            .copied()
            .flat_map(|o| {
                // (紫光集团 names 紫光 too)
                let stem = self
                    .lexicon
                    .cues
                    .corporate_suffixes
                    .iter()
                    .find_map(|suf| o.strip_suffix(suf.as_str()));
                std::iter::once(o).chain(stem)
            })
            .collect();
        for (i, cands) in per_sentence.iter().enumerate() {
            let s = doc.sentences[i];
            for c in cands
                .iter()
                .filter(|c| c.etype == EntityType::Organization && c.priority >= 2)
            {
                let surface = &doc.norm[s.start + c.start..s.start + c.end];
                let Some(rest) = org_surfaces
                    .iter()
                    .filter(|o| o.chars().count() >= 2 && o.len() < surface.len())
                    .filter_map(|o| surface.strip_prefix(o))
                    .max_by_key(|r| std::cmp::Reverse(r.len()))
                else {
                    continue;
                };
                let n = rest.chars().count();
                if (2..=3).contains(&n)
                    && rest.chars().all(discover::is_cjk)
                    && !self.analyser.knows(rest)
                    && !other_types.contains(rest)
                    && !known.contains(rest)
                    && !self.lexicon.is_not_entity(rest)
                    && !out.iter().any(|o| o.0 == rest)
                {
                    out.push((
                        rest.to_string(),
                        EntityType::Organization,
                        0.8,
                        c.canonical.clone(),
                    ));
                }
            }
        }
        // 真我GT7 Pro → GT7 Pro, 华为Mate 60 → Mate 60: a made thing named
        // after its maker is named without it too, when what is left opens
        // with a Latin letter and holds a digit.
        for (i, cands) in per_sentence.iter().enumerate() {
            let s = doc.sentences[i];
            for c in cands
                .iter()
                .filter(|c| c.etype.is_made() && c.priority >= 2)
            {
                let surface = &doc.norm[s.start + c.start..s.start + c.end];
                let Some(rest) = orgs
                    .iter()
                    .filter_map(|m| surface.strip_prefix(m))
                    .map(str::trim_start)
                    .max_by_key(|r| r.len())
                else {
                    continue;
                };
                if rest.len() >= 3
                    && rest.starts_with(|ch: char| ch.is_ascii_alphabetic())
                    && rest.contains(|ch: char| ch.is_ascii_digit())
                    && !other_types.contains(rest)
                    && !known.contains(rest)
                    && !out.iter().any(|o| o.0 == rest)
                {
                    out.push((rest.to_string(), c.etype, 0.8, c.canonical.clone()));
                }
            }
        }
        // 澜舟 after 澜舟手机 and 澜舟集团 (its parent): a stem shared by
        // several names is the one named in most sentences, on a tie the one
        // named first (what the text is about).
        let mut named: HashMap<&str, (usize, std::cmp::Reverse<usize>)> = HashMap::new();
        for (i, cands) in per_sentence.iter().enumerate() {
            let here: HashSet<&str> = cands
                .iter()
                .filter(|c| c.etype == EntityType::Organization && c.priority >= 2)
                .map(|c| c.canonical.as_str())
                .collect();
            for n in here {
                named.entry(n).or_insert((0, std::cmp::Reverse(i))).0 += 1;
            }
        }
        for (stem, _, _, canonical) in out.iter_mut() {
            if let Some((best, _)) = named
                .iter()
                .filter(|(n, _)| {
                    // A whole word of the name (Meta is no stem of Metaverse Labs).
                    n.strip_prefix(stem.as_str()).is_some_and(|rest| {
                        !rest.is_empty() && !rest.starts_with(|c: char| c.is_ascii_alphanumeric())
                    })
                })
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            {
                *canonical = best.to_string();
            }
        }
        out
    }

    /// Surfaces that strong recognisers named in this document, with the
    /// type most of their evidence gives and the best confidence.
    fn document_names(
        &self,
        per_sentence: &[Vec<Candidate>],
        repeated: Vec<(String, EntityType)>,
    ) -> Vec<(String, EntityType, f32)> {
        let mut votes: HashMap<String, HashMap<EntityType, f32>> = HashMap::new();
        let mut surface: HashMap<String, String> = HashMap::new();
        for (name, etype) in repeated {
            let key = fold_key(&name);
            votes.entry(key.clone()).or_default().insert(etype, 0.75);
            surface.insert(key, name);
        }
        for c in per_sentence.iter().flatten() {
            if c.priority == 2 && c.confidence >= 0.75 && c.canonical.chars().count() >= 2 {
                let key = fold_key(&c.canonical);
                *votes
                    .entry(key.clone())
                    .or_default()
                    .entry(c.etype)
                    .or_default() += c.confidence;
                surface.entry(key).or_insert_with(|| c.canonical.clone());
            }
        }
        let mut out: Vec<(String, EntityType, f32)> = votes
            .into_iter()
            .filter_map(|(k, v)| {
                // (on a tie the type listed first in EntityType wins: a
                // HashMap's order differs from run to run)
                let (t, score) = v
                    .into_iter()
                    .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?;
                Some((surface[&k].clone(), t, score.min(0.85)))
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }
}

/// Names guessed (`discover::SUFFIX_GUESS`: a word jieba does not know
/// before an organisation's suffix) in three sentences or more (深势科技):
/// the document's names.
fn repeated_guesses(per_sentence: &[Vec<Candidate>]) -> Vec<(String, EntityType)> {
    let mut counts: HashMap<String, (usize, &Candidate)> = HashMap::new();
    for cands in per_sentence {
        let mut seen = HashSet::new();
        for c in cands.iter().filter(|c| c.rule == discover::SUFFIX_GUESS) {
            if seen.insert(&c.canonical) {
                counts.entry(fold_key(&c.canonical)).or_insert((0, c)).0 += 1;
            }
        }
    }
    let mut out: Vec<(String, EntityType)> = counts
        .into_values()
        .filter(|(n, _)| *n >= 3)
        .map(|(_, c)| (c.canonical.clone(), c.etype))
        .collect();
    out.sort();
    out
}

/// Where the name of a model, app or product at `start..end` ends once the
/// family's member is read on: DeepSeek-R1-Distill-Qwen-32B and Skywork-MoE
/// over hyphens after a Latin name, DeepSeek-V2.5 over a point release,
/// 盘古大模型3.0 and Windows 11 over a version, 天工SkyMusic over a glued
/// two-part Latin name, ERNIE Lite over tier words, Nova Canvas over a
/// capitalised word. `end` when nothing follows.
fn family_end(text: &str, start: usize, mut end: usize, etype: EntityType, lex: &Lexicon) -> usize {
    if !etype.is_made() {
        return end;
    }
    let surface = &text[start..end];
    if surface.is_ascii()
        && let Some(h) = HYPHENATED
            .find(&text[end..])
            .or_else(|| {
                POINT_RELEASE
                    .find(&text[end..])
                    .filter(|_| surface.ends_with(|c: char| c.is_ascii_digit()))
            })
            .filter(|h| !text[end + h.end()..].starts_with(|c: char| c.is_ascii_alphanumeric()))
    {
        end += h.end();
    }
    end += member_word(text, start, end, lex);
    if let Some(v) = VERSION.find(&text[end..]) {
        let after = text[end + v.end()..].chars().next();
        if !after.is_some_and(|c| c.is_ascii_alphanumeric() || "年月日号%万亿个款位岁".contains(c))
        {
            end += v.end();
        }
    }
    if !surface.is_ascii()
        && let Some(m) = GLUED_NAME.find(&text[end..])
        && !text[end + m.end()..].starts_with(|c: char| c.is_ascii_alphanumeric())
    {
        end += m.end();
    }
    discover::after_tiers(text, end, &lex.model_tiers)
}

/// A capitalised word right after a Latin model's, app's or product's name,
/// in a sentence that is no headline, names a member of its family (Nova
/// Canvas, Nova Reel, Llama Guard): the length it adds, else 0. Not a word
/// that is never a name (Nova Monday) nor the first of several capitalised
/// words (another name follows: Nova Amazon Bedrock).
fn member_word(text: &str, start: usize, end: usize, lex: &Lexicon) -> usize {
    let Some(c) = MEMBER_WORD.captures(&text[end..]) else {
        return 0;
    };
    let word = c.get(1).expect("group 1").as_str();
    let after = &text[end + 1 + word.len()..];
    if after.starts_with('-')
        || after
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
    {
        return 0;
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() > 3)
        .collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        .count();
    let headline = capitalised * 2 >= words.len();
    // (executive chairman Trae Stephens said: a title before and a verb
    // people do after make the two words a person's name)
    let person = lex
        .roles
        .iter()
        .any(|r| r.is_ascii() && text[..start].trim_end().ends_with(r.as_str()))
        || discover::follows_person(after);
    if !text[start..end].is_ascii()
        || headline
        || person
        || lex.is_not_entity(word)
        || lex.cues.en_sentence_openers.iter().any(|o| o == word)
    {
        return 0;
    }
    1 + word.len()
}

/// ` Canvas` after a name.
static MEMBER_WORD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^ ([A-Z][a-z]{2,})(?-u:\b)").expect("valid regex")
});

/// A two-part Latin name glued to a Chinese one (天工SkyMusic).
static GLUED_NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+").expect("valid regex")
});

/// The mentions that name an entity (no pronoun, no value), with the
/// entity's type and canonical name.
fn named(mentions: &[Mention]) -> impl Iterator<Item = (&Mention, &EntityType, &String)> {
    mentions
        .iter()
        .filter(|m| !m.coref)
        .filter_map(|m| match &m.kind {
            MentionKind::Entity {
                etype, canonical, ..
            } => Some((m, etype, canonical)),
            MentionKind::Value(_) => None,
        })
}

/// The name a family's members share: up to the first space, hyphen or
/// digit (Polaris of Polaris 2.0, Qwen of Qwen2.5-72B).
fn family_stem(name: &str) -> &str {
    let end = name
        .find(|c: char| c == ' ' || c == '-' || c.is_ascii_digit())
        .unwrap_or(name.len());
    &name[..end]
}

/// Qwen2.5-72B of the Qwen2.5 series, Find X8 Pro beside Find X8: a model,
/// app or product whose name extends another of the document's (past a
/// space, a hyphen or a version) was made by the maker the document gives
/// that one, when it names none of its own. The names compared are the
/// canonical ones and the ones written (Find X8 Pro beside Find X8, whose
/// canonical name is OPPO Find X8).
fn family_makers(doc: &Document, out: &mut DocExtraction) {
    let makers: Vec<&Assertion> = out
        .assertions
        .iter()
        .filter(|a| a.predicate == Predicate::Creator)
        .collect();
    let mut written: HashMap<&str, HashSet<&str>> = HashMap::new();
    for (m, _, canonical) in named(&out.mentions) {
        let names = written.entry(canonical.as_str()).or_default();
        names.insert(canonical.as_str());
        names.insert(&doc.norm[m.start..m.end]);
    }
    let extends = |name: &str, family: &str| {
        name.len() > family.len()
            && name.starts_with(family)
            && name[family.len()..]
                .starts_with(|c: char| c == ' ' || c == '-' || c.is_ascii_digit())
            && family.chars().count() >= 2
    };
    let mut found: Vec<Assertion> = Vec::new();
    for (m, etype, canonical) in named(&out.mentions) {
        if !etype.is_made()
            || makers.iter().any(|a| &a.subject.name == canonical)
            || found.iter().any(|a| &a.subject.name == canonical)
        {
            continue;
        }
        let names = [canonical.as_str(), &doc.norm[m.start..m.end]];
        // The longest family name it extends.
        let Some(family) = makers
            .iter()
            .filter(|a| {
                written
                    .get(a.subject.name.as_str())
                    .into_iter()
                    .flatten()
                    .any(|family| names.iter().any(|name| extends(name, family)))
            })
            .max_by_key(|a| a.subject.name.len())
        else {
            continue;
        };
        found.push(Assertion {
            subject: crate::model::EntityKey {
                etype: *etype,
                name: canonical.clone(),
            },
            predicate: Predicate::Creator,
            object: family.object.clone(),
            evidence: crate::model::Evidence {
                sentence: m.sentence,
                start: m.start,
                end: m.end,
                rule: "family.maker".to_string(),
                confidence: 0.6,
            },
        });
    }
    out.assertions.extend(found);
}

static VERSION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^ ?(?:[Vv]\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*|\d{1,2})").expect("valid regex")
});

/// KGPIPE_TRACE=1: print what the recognisers saw and proposed, for rule
/// authors (read once, not per sentence).
static TRACE: std::sync::LazyLock<bool> =
    std::sync::LazyLock::new(|| std::env::var_os("KGPIPE_TRACE").is_some());

static POINT_RELEASE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^\.\d+(?:-[A-Za-z0-9][A-Za-z0-9.]*)*").expect("valid regex")
});

static HYPHENATED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?:-[A-Za-z0-9][A-Za-z0-9.]*)+").expect("valid regex")
});

/// Particles that may follow a cue inside one jieba word (推出了, 成立于).
const PARTICLES: [char; 8] = ['了', '的', '着', '过', '于', '在', '是', '为'];

/// Administrative suffixes that a place name may carry: 杭州市, 浙江省 (not
/// 区: 中国区 is a sales region, not a district).
const ADMIN_SUFFIXES: [char; 3] = ['市', '省', '县'];

/// Recognisers that name a thing by its kind word beside it (大语言模型Arctic).
const THING_HEAD_RULES: [&str; 3] = ["zh.head_code", "en.name_head", "en.head_name"];

/// Latin full names of people (Sam Altman) make their surname alone (Altman)
/// name them too; where two people of the document share it, the one named
/// first (the other goes by a full or a given name).
/// The name as written counts: C.C. Wei, whom the dictionary knows as
/// 魏哲家, is Wei.
fn surnames(
    doc: &Document,
    per_sentence: &[Vec<Candidate>],
    lexicon: &Lexicon,
) -> Vec<(String, EntityType, f32, String)> {
    let mut by_surname: HashMap<String, Vec<String>> = HashMap::new();
    let mut named: Vec<_> = people_named(doc, per_sentence).collect();
    named.sort_by_key(|(i, c, _)| (*i, c.start));
    for (i, c, surface) in named {
        // A guess at a name the dictionary knows (Lip-Bu Tan, 陈立武) is the
        // same person, not a second one sharing the surname. (Trae
        // Stephens is no guess at Trae, an app the dictionary knows.)
        if c.priority < 3
            && per_sentence[i].iter().any(|d| {
                d.priority == 3
                    && d.etype == EntityType::Person
                    && d.start < c.end
                    && c.start < d.end
            })
        {
            continue;
        }
        // The canonical name when it is Latin; else the name as written
        // (Latin with its accents too: Jana Krüger → Krüger).
        let latin = |t: &str| {
            t.chars().all(|ch| {
                ch.is_ascii() || ch.is_alphabetic() && !('\u{2E80}'..='\u{9FFF}').contains(&ch)
            })
        };
        let written = if latin(&c.canonical) {
            c.canonical.as_str()
        } else {
            surface
        };
        let mut lend = |part: &str| {
            let names = by_surname.entry(part.to_string()).or_default();
            if !names.contains(&c.canonical) {
                names.push(c.canonical.clone());
            }
        };
        // 戴夫·罗根莫瑟 → 罗根莫瑟: a Chinese transliteration goes by its
        // last part as a Latin name goes by its surname.
        if let Some((_, last)) = surface.rsplit_once('·')
            && last.chars().count() >= 2
            && last.chars().all(discover::is_cjk)
        {
            lend(last);
        }
        let Some(last) = written
            .split([' ', '.'])
            .next_back()
            .filter(|_| latin(written) && written.contains([' ', '.']))
        else {
            continue;
        };
        // (Andrew Ng … Ng: a two-letter surname of `[cues] short_surnames_en`)
        if last.chars().count() >= 3 && last.starts_with(char::is_uppercase)
            || lexicon.cues.short_surnames_en.iter().any(|s| s == last)
        {
            lend(last);
        }
        // (Ivo de Brandt … De Brandt: a surname with its particle, which
        // opens a sentence capitalised)
        let words: Vec<&str> = written.split(' ').collect();
        if let [.., particle, last] = words[..]
            && words.len() >= 3
            && (1..=3).contains(&particle.len())
            && particle.chars().all(|ch| ch.is_ascii_lowercase())
        {
            let mut capital = particle.to_string();
            capital[..1].make_ascii_uppercase();
            lend(&format!("{particle} {last}"));
            lend(&format!("{capital} {last}"));
        }
    }
    // (Gautam Narang … Narang founded Gatik with Arjun Narang)
    first_owners(by_surname)
}

/// `name` without the longest of `endings` it ends with (蓝鲸机器智能 →
/// 蓝鲸, not 蓝鲸机器).
fn without_longest_ending<'n, 'e>(
    name: &'n str,
    endings: impl IntoIterator<Item = &'e String>,
) -> Option<&'n str> {
    endings
        .into_iter()
        .filter_map(|e| name.strip_suffix(e.as_str()))
        .min_by_key(|stem| stem.len())
}

/// The people strong recognisers named in the document: each candidate with
/// its sentence and its surface.
fn people_named<'a>(
    doc: &'a Document,
    per_sentence: &'a [Vec<Candidate>],
) -> impl Iterator<Item = (usize, &'a Candidate, &'a str)> {
    per_sentence
        .iter()
        .enumerate()
        .flat_map(|(i, cands)| cands.iter().map(move |c| (i, c)))
        .filter(|(_, c)| c.etype == EntityType::Person && c.confidence >= 0.75)
        .map(|(i, c)| {
            let s = doc.sentences[i];
            (i, c, &doc.norm[s.start + c.start..s.start + c.end])
        })
}

/// The parts of names and the person each names, the first of those named
/// (in document order) where several share a part.
fn first_owners(by_part: HashMap<String, Vec<String>>) -> Vec<(String, EntityType, f32, String)> {
    owners(
        by_part
            .into_iter()
            .map(|(part, mut names)| (part, names.remove(0))),
    )
}

/// `(part, person)` pairs as short names, sorted by part.
fn owners(pairs: impl Iterator<Item = (String, String)>) -> Vec<(String, EntityType, f32, String)> {
    let mut out: Vec<_> = pairs
        .map(|(part, name)| (part, EntityType::Person, 0.75, name))
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The parts of names (a surname, a given name) that one person of the
/// document has and no one else, unless `taken` already names something
/// else: each a short name of that person.
fn sole_owners(
    by_part: HashMap<String, Vec<String>>,
    taken: impl Fn(&str) -> bool,
) -> Vec<(String, EntityType, f32, String)> {
    owners(
        by_part
            .into_iter()
            .filter(|(part, names)| names.len() == 1 && !taken(part))
            .map(|(part, mut names)| (part, names.remove(0))),
    )
}

/// 天城 after 楼天城, 文斌 after 唐文斌: a Chinese name of three characters
/// (a one-character surname and a two-character given name) names its
/// person by the given name alone too, when it is no word jieba knows but as
/// a name or place (建国, 一鸣 are words; 天城 is a place's name too), never
/// an entity on its own, and no
/// other person of the document has it. (Where it stands, jieba's words
/// must begin and end with it.)
fn given_names(
    doc: &Document,
    per_sentence: &[Vec<Candidate>],
    lexicon: &Lexicon,
    analyser: &Analyser,
) -> Vec<(String, EntityType, f32, String)> {
    let mut by_given: HashMap<String, Vec<String>> = HashMap::new();
    for (_, c, surface) in people_named(doc, per_sentence) {
        let chars: Vec<char> = surface.chars().collect();
        if chars.len() != 3 || !chars.iter().all(|&ch| discover::is_cjk(ch)) {
            continue;
        }
        let given: String = chars[1..].iter().collect();
        // (a name the dictionary knows needs no known surname: 楼天城; a
        // compound surname leaves one character: 欧阳|娜娜 is no 阳娜)
        let compound = lexicon
            .double_surnames
            .iter()
            .any(|d| surface.starts_with(d.as_str()));
        if compound
            || !(lexicon.has_surname(surface) || c.priority >= 3)
            || (analyser.knows(&given)
                && !analyser.tag(&given).first().is_some_and(|t| {
                    t.word == given && ["nr", "ns", "nz"].iter().any(|n| t.tag.starts_with(n))
                }))
            || lexicon.is_not_entity(&given)
            || chars[1..]
                .iter()
                .any(|ch| lexicon.name_stoppers.contains(ch))
        {
            continue;
        }
        let names = by_given.entry(given).or_default();
        if !names.contains(&c.canonical) {
            names.push(c.canonical.clone());
        }
    }
    let taken: HashSet<&str> = per_sentence
        .iter()
        .flatten()
        .filter(|c| c.priority >= 2)
        .map(|c| c.canonical.as_str())
        .collect();
    sole_owners(by_given, |given| taken.contains(given))
}

/// 猎户星空大模型 by the company 猎户星空: a model named after its maker keeps
/// its head noun in its name, so that the two stay two entities.
fn models_apart_from_makers(doc: &Document, mentions: &mut [Mention]) {
    let orgs: HashSet<String> = named(mentions)
        .filter(|(_, etype, _)| **etype == EntityType::Organization)
        .map(|(_, _, canonical)| canonical.clone())
        .collect();
    for m in mentions.iter_mut().filter(|m| !m.coref) {
        let surface = &doc.norm[m.start..m.end];
        if let MentionKind::Entity {
            etype: EntityType::AIModel,
            canonical,
            ..
        } = &mut m.kind
            && orgs.contains(canonical.as_str())
            && surface.len() > canonical.len()
            && surface.starts_with(canonical.as_str())
        {
            *canonical = surface.to_string();
        }
    }
}
