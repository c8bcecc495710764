//! The relation rule language: patterns over typed mentions and cue words,
//! read from TOML data files, compiled once, matched per sentence.
//!
//! A pattern is a sequence of elements separated by spaces:
//!
//! | element | matches |
//! |---|---|
//! | `{s:ORG}` `{o:PER\|ORG}` `{x:PLACE}` | one mention of those types, captured as subject, object, or only required |
//! | `{o:PER+}` | a coordination of such mentions: `A、B和C` (one assertion each) |
//! | | (an organisation slot, and an item of a list, reads past its kind: *with the supermarket chain Asda*, heads from the lexicon's `org_heads_en`; 与GPU云服务商Lambda, kinds from `list_org_kinds`) |
//! | `{x:ORG}?` | an optional slot |
//! | `{o:DATE}` `{o:AMOUNT}` `{s:ANY}` | a date, an amount, any entity |
//! | `(创始人\|创办人)` `(的)?` `的?` `founded` | cue words: alternatives, optional |
//! | `蒸馏*` | a cue that may start a longer word (蒸馏法); others must end where a word ends |
//! | `..6` | a gap of up to 6 characters with no entity in it |
//! | `.6` | the same, within the clause (it stops at , ; 。) |
//! | `~12` | a gap of up to 12 characters or mentions |
//! | `\(` `\)` (written `"\\("` in a TOML string) | a bracket itself |
//! | `^` | the start of the sentence (first element only); inside alternatives, `(,\|^)` and `(。\|$)`, a lone `^` or `$` is the sentence's start or end |
//! | `<title>` | a chain of job titles from `[titles]` (创始人、董事长兼CEO; co-founder and CEO) |
//!
//! A rule with `predicate = "title"` asserts, for each title of its chain,
//! the predicate that `[titles]` gives the title (创始人 → founder, CEO →
//! ceo): 联合创始人兼总裁 is both founder and employee.
//!
//! Spaces in the text are ignored, ASCII letters match without case.
//! Conditions in `[modifiers]` block (negation, question) or lower
//! (hedge, future) a match's confidence. `collapse = "o"` replaces an
//! apposition (字节跳动创始人张一鸣) by its person for the rules that follow.
//! `subject = "salient:TYPE"` / `object = "salient:TYPE"` fill a dropped
//! slot from the discourse or the sentence (`subject = "topic:ORG"`: after
//! the sentence's own company and the interview's, the company named most
//! so far, twice or more, before the one in view; `object = "speaker:TYPE"`: in
//! an interview answer, else the speaker or the speaker's company;
//! `object = "topic:TYPE"`: else the one the text talks about).
//! `subject_not_after` and `object_not_after` bar a subject or an object
//! right after a word, `subject_not_before` a subject right before one
//! (`object_not_before` an object),
//! `not_followed_by` bars a match that a word (or, written `{MODEL|APP}`, a
//! mention of those kinds) follows, `not_within` one that holds a word
//! (ending where a word ends), and `nearest = true` one with another mention
//! of its first slot's kind before its last (the nearer date is the
//! thing's). `pairwise = true` pairs every two entities a rule reads
//! (symmetric predicates only), and `respectively = true` pairs the subjects
//! read with the objects read in order (A和B…分别为X和Y), and nothing when
//! their counts differ.
//!
//! A `[[cooccur]]` table is a co-occurrence rule ([`Cooccur`]): no pattern,
//! only a subject type, an object type, cue words the sentence must hold
//! and blockers it must not.

use crate::lexicon::toml_error;
use crate::model::{EntityType, Predicate};
use serde::Deserialize;
use std::path::Path;

const BUILTIN: [(&str, &str); 2] = [
    (
        "rules/relations.zh.toml",
        include_str!("../../rules/relations.zh.toml"),
    ),
    (
        "rules/relations.en.toml",
        include_str!("../../rules/relations.en.toml"),
    ),
];

/// A problem in a rule file.
#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Syntax(#[from] crate::lexicon::LexiconError),
}

fn syntax(path: &str, line: usize, message: String) -> RuleError {
    RuleError::Syntax(crate::lexicon::LexiconError::Syntax {
        path: path.to_string(),
        line,
        message,
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    /// `zh` rules run on sentences with Chinese characters, `en` rules on the others.
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    modifiers: Option<Modifiers>,
    #[serde(default)]
    rule: Vec<RuleSpec>,
    #[serde(default)]
    cooccur: Vec<CooccurSpec>,
    /// Job titles by the predicate they assert: `founder = ["创始人", …]`.
    #[serde(default)]
    titles: std::collections::BTreeMap<String, Vec<String>>,
    /// Endings of a unit's name that may stand before a title
    /// (电子工程系主任, 智能云事业群总裁).
    #[serde(default)]
    title_scopes: Vec<String>,
    /// Kind words that may stand beside the things of a list
    /// (Step-1语言大模型、Step-1V多模态大模型).
    #[serde(default)]
    list_kinds: Vec<String>,
    /// Kind words that may stand before an organisation of a list
    /// (…、OpenAI,以及风投机构Thrive Capital和Lux Capital).
    #[serde(default)]
    list_org_kinds: Vec<String>,
}

/// Words that block or lower a match.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Modifiers {
    #[serde(default)]
    pub negation: Vec<String>,
    #[serde(default)]
    pub negation_exceptions: Vec<String>,
    /// Negations that bound a number and deny nothing right before one
    /// (不到一百平方米; 做不到 denies).
    #[serde(default)]
    pub quantity_bounds: Vec<String>,
    #[serde(default)]
    pub question: Vec<String>,
    /// Words that, ending a question's last clause, ask to confirm what the
    /// clauses before it say (…,对吗?): those clauses stand only when the
    /// last clause asks about something else.
    #[serde(default)]
    pub question_tags: Vec<String>,
    /// Words that block every match of the sentence they are in (…但阿里巴巴予以否认).
    #[serde(default)]
    pub denial: Vec<String>,
    #[serde(default)]
    pub hedge: Vec<String>,
    #[serde(default)]
    pub future: Vec<String>,
    /// Words of a plan or forecast: a release or founding date under one is
    /// not reached yet, and no date is read (预计明年1月推出); they lower
    /// other facts as `future` does.
    #[serde(default)]
    pub plan: Vec<String>,
    /// …unless the plan was kept (按计划, as planned).
    #[serde(default)]
    pub plan_exceptions: Vec<String>,
    #[serde(default)]
    pub hedge_factor: Option<f32>,
    #[serde(default)]
    pub future_factor: Option<f32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    id: toml::Spanned<String>,
    predicate: String,
    pattern: String,
    #[serde(default = "default_confidence")]
    confidence: f32,
    #[serde(default)]
    collapse: Option<String>,
    #[serde(default)]
    subject: Option<String>,
    /// Words that may not stand right before the subject (以X为基座: X is no subject).
    #[serde(default)]
    subject_not_after: Vec<String>,
    /// Words that may not stand right after the subject (Quillon, the
    /// Amazon-owned developer founded in 2014: Amazon is no subject).
    #[serde(default)]
    subject_not_before: Vec<String>,
    /// Words that may not stand right before the object (接替X出任CEO: X is no holder).
    #[serde(default)]
    object_not_after: Vec<String>,
    /// Words that may not stand right after the object (在GitHub和Hugging
    /// Face上开源了X: the platform is no maker).
    #[serde(default)]
    object_not_before: Vec<String>,
    /// Words that may not follow the match (stepped down as CEO of X: the
    /// company is named, no other rule should guess it).
    #[serde(default)]
    not_followed_by: Vec<String>,
    /// Words that may not stand anywhere inside the match (2009年推出A,后来又
    /// 推出B: a date does not reach past 后来); like a cue, each must end
    /// where a word ends.
    #[serde(default)]
    not_within: Vec<String>,
    /// `salient:TYPE`: when the pattern has no object slot, the sentence's
    /// first entity of that type before the match is the object;
    /// `speaker:TYPE` else, in an interview answer, the speaker or the
    /// speaker's company; `topic:TYPE` else the one the text talks about.
    #[serde(default)]
    object: Option<String>,
    /// For a symmetric predicate: every two entities the slots read are a
    /// pair (A、B和C之间的竞争 → A–B, A–C, B–C).
    #[serde(default)]
    pairwise: bool,
    /// A和B…分别为X和Y: the n-th subject read goes with the n-th object.
    #[serde(default)]
    respectively: bool,
    /// The first slot read is the nearest mention of its kind before the
    /// last one read (no other date, no other person between).
    #[serde(default)]
    nearest: bool,
    /// The object must be a school (`[cues] school_words`): 在X读的 reads
    /// no company as a school.
    #[serde(default)]
    object_is_school: bool,
}

fn default_confidence() -> f32 {
    0.8
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CooccurSpec {
    id: toml::Spanned<String>,
    predicate: String,
    subject: String,
    object: String,
    cues: Vec<String>,
    #[serde(default)]
    blockers: Vec<String>,
    #[serde(default)]
    object_is_school: bool,
    confidence: f32,
}

/// A co-occurrence rule: where no pattern fits, a sentence that holds one
/// of `cues` and none of `blockers` relates each `object` entity to the
/// nearest `subject` entity before it (else the first after it). For
/// wording too varied for patterns: 他先后在斯坦福大学和牛津大学求学.
#[derive(Clone, Debug)]
pub struct Cooccur {
    pub id: String,
    pub predicate: Predicate,
    pub subject: EntityType,
    pub object: EntityType,
    /// Lower-cased; an ASCII cue matches whole words only.
    pub cues: Vec<String>,
    pub blockers: Vec<String>,
    pub object_is_school: bool,
    pub confidence: f32,
    /// `Some(true)` for Chinese sentences only, `Some(false)` for others only.
    pub chinese: Option<bool>,
}

fn compile_cooccur(spec: CooccurSpec) -> Result<Cooccur, String> {
    let predicate = Predicate::parse(&spec.predicate)
        .filter(|p| !p.is_attribute())
        .ok_or_else(|| {
            format!(
                "unknown relation {:?}; expected one of {}",
                spec.predicate,
                Predicate::ALL
                    .iter()
                    .filter(|p| !p.is_attribute())
                    .map(|p| p.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })?;
    let ty = |s: &str| {
        EntityType::parse(s).ok_or_else(|| {
            format!("entity type {s:?} must be one of PER ORG PLACE MODEL APP PRODUCT WORK")
        })
    };
    if spec.cues.iter().all(|c| c.trim().is_empty()) {
        return Err("a co-occurrence rule needs at least one cue word".into());
    }
    if !(0.0..=1.0).contains(&spec.confidence) {
        return Err(format!("confidence {} is not in [0, 1]", spec.confidence));
    }
    let lower = |ws: Vec<String>| ws.into_iter().map(|w| w.to_lowercase()).collect();
    Ok(Cooccur {
        id: spec.id.into_inner(),
        predicate,
        subject: ty(&spec.subject)?,
        object: ty(&spec.object)?,
        cues: lower(spec.cues),
        blockers: lower(spec.blockers),
        object_is_school: spec.object_is_school,
        confidence: spec.confidence,
        chinese: None,
    })
}

/// Where a rule's dropped object comes from when the sentence names no
/// entity of its type before the match (`object = "salient:TYPE"`,
/// `"speaker:TYPE"`, `"topic:TYPE"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjectFill {
    /// Nowhere: the sentence's entity or nothing.
    Sentence,
    /// In an interview answer, the speaker (PER) or the speaker's company
    /// (ORG): 去年2月发布了天工2.0.
    Speaker,
    /// The one the text talks about (Its chips, Grayskull and Wormhole, …).
    Topic,
}

/// Who a slot captures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Subject,
    Object,
    Other,
}

/// What a slot accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotType {
    Entity(EntityType),
    AnyEntity,
    Date,
    Amount,
}

#[derive(Clone, Debug, PartialEq)]
enum Elem {
    Slot {
        role: Role,
        types: Vec<SlotType>,
        list: bool,
        optional: bool,
    },
    /// Cue words; an alternative marked `prefix` may be the start of a longer word (蒸馏* matches 蒸馏法).
    Lit {
        alts: Vec<(Vec<char>, bool)>,
        optional: bool,
    },
    Gap {
        max: usize,
        entities: bool,
        /// Whether the gap stays within its clause (stops at , ; 。).
        clause: bool,
    },
    /// A chain of job titles: 创始人、董事长兼CEO.
    Title { optional: bool },
    /// The start of the sentence.
    Start,
}

/// What a matched element contributes to a match.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Cap {
    Slot(Role, usize),
    /// A title's predicate, with the index of the `<title>` element that read it.
    Title(usize, Predicate),
}

/// A job title and the predicate it asserts.
#[derive(Clone, Debug)]
struct Title {
    word: Vec<char>,
    /// The same, as a string.
    text: String,
    /// `None` for titles listed under `other`: part of a chain, asserting nothing.
    predicate: Option<Predicate>,
}

/// What a rule needs besides its own elements.
struct Context<'a> {
    titles: &'a [Title],
    title_scopes: &'a [Vec<char>],
    /// Kind words that may stand beside a listed thing.
    list_kinds: &'a [Vec<char>],
    /// Kind words that may stand before a listed organisation.
    list_org_kinds: &'a [Vec<char>],
    /// English head nouns of kinds of organisation (grocer, chipmaker).
    org_heads: &'a [Vec<char>],
    /// Words that may not stand right before the subject or the object of
    /// the rule being matched, and words that may not follow either.
    subject_not_after: &'a [Vec<char>],
    subject_not_before: &'a [Vec<char>],
    object_not_after: &'a [Vec<char>],
    object_not_before: &'a [Vec<char>],
    /// Whether a comma joins a list (A, B and C) or, in Chinese, ends a clause.
    comma_joins: bool,
}

/// A compiled rule.
#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    /// The predicate asserted; for a title rule (`predicate = "title"`) a
    /// placeholder, the match's titles say which.
    pub predicate: Predicate,
    pub from_title: bool,
    pub confidence: f32,
    pub collapse: Option<Role>,
    /// When the pattern has no subject slot: the salient entity of this type.
    pub salient_subject: Option<EntityType>,
    /// …and, with `subject = "topic:ORG"`, the company the text is about
    /// (named most often so far) before the one in view.
    pub subject_topic: bool,
    /// Words that may not stand right before the subject, or the object;
    /// words that may not stand right after the subject, or the object.
    pub subject_not_after: Vec<Vec<char>>,
    pub subject_not_before: Vec<Vec<char>>,
    pub object_not_after: Vec<Vec<char>>,
    pub object_not_before: Vec<Vec<char>>,
    /// Words that may not follow a match.
    pub not_followed_by: Vec<Vec<char>>,
    /// Kinds of mention that may not follow a match (a verb's own object).
    pub not_followed_by_kinds: Vec<SlotType>,
    /// Words that may not stand inside a match.
    pub not_within: Vec<Vec<char>>,
    /// Every two entities read are a pair (symmetric predicates only).
    pub pairwise: bool,
    /// The n-th subject read goes with the n-th object.
    pub respectively: bool,
    /// No unread mention of the first slot's kind stands before the last one read.
    pub nearest: bool,
    /// The object must be a school.
    pub object_is_school: bool,
    /// When the pattern has no object slot: the sentence's first entity of this type.
    pub salient_object: Option<EntityType>,
    /// Where a dropped object comes from when the sentence has none.
    pub object_fill: ObjectFill,

    elems: Vec<Elem>,
    /// Cue words of which the sentence must contain one alternative each.
    required: Vec<Vec<String>>,
    /// `Some(true)` for Chinese sentences only, `Some(false)` for others only.
    chinese: Option<bool>,
}

/// What a sentence unit is, for matching.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Unit {
    /// A character, and whether the word it is in goes on after it (a cue
    /// word must end where a word ends: 发布 does not match in 发布会).
    Char(char, bool),
    /// A mention (its index in the caller's list), with what a slot needs to know.
    Mention {
        index: usize,
        kind: SlotType,
        entity: bool,
    },
}

/// A match of a rule over units.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleMatch {
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    /// `(role, mention index)` in pattern order.
    pub captures: Vec<(Role, usize)>,
    /// The predicates of the titles the last `<title>` element read, in order.
    pub titles: Vec<Predicate>,
}

impl RuleMatch {
    /// The predicates this match asserts under `rule`.
    pub fn predicates(&self, rule: &Rule) -> Vec<Predicate> {
        if !rule.from_title {
            return vec![rule.predicate];
        }
        let mut out: Vec<Predicate> = Vec::new();
        for p in &self.titles {
            if !out.contains(p) {
                out.push(*p);
            }
        }
        out
    }
}

/// Every rule, compiled, with the modifiers of all files.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub cooccur: Vec<Cooccur>,
    pub modifiers: Modifiers,
    /// Job titles of every file, longest first.
    titles: Vec<Title>,
    /// Endings of units' names before a title.
    title_scopes: Vec<Vec<char>>,
    /// Kind words beside listed things.
    list_kinds: Vec<Vec<char>>,
    /// Kind words before listed organisations.
    list_org_kinds: Vec<Vec<char>>,
    /// English head nouns of kinds of organisation, read past by
    /// organisation slots and lists.
    org_heads: Vec<Vec<char>>,
}

impl RuleSet {
    /// The built-in rules of `rules/`.
    pub fn builtin() -> Result<RuleSet, RuleError> {
        let mut set = RuleSet::default();
        for (path, text) in BUILTIN {
            set.add_text(text, path)?;
        }
        Ok(set)
    }

    /// The English head nouns that organisation slots and lists read past as
    /// kinds of organisation (the lexicon's `[cues] org_heads_en`).
    pub fn set_org_heads(&mut self, heads: &[String]) {
        self.org_heads = heads
            .iter()
            .map(|h| h.to_lowercase().chars().collect())
            .collect();
    }

    /// The longest job title that `text` starts with: its length in bytes
    /// and the predicate it asserts (`None` for a title that asserts nothing).
    pub fn title_prefix(&self, text: &str) -> Option<(usize, Option<Predicate>)> {
        self.titles
            .iter()
            .filter(|t| {
                text.get(..t.text.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(&t.text))
            })
            .map(|t| (t.text.len(), t.predicate))
            .max_by_key(|(n, _)| *n)
    }

    /// Whether `text` (spaces dropped) is a chain of job titles and nothing
    /// else, one of which leads the organisation (founder, chief executive
    /// or chairman): 创始人, 联合创始人兼CTO, chiefexecutive; not 研究员.
    pub fn is_leading_title_chain(&self, text: &str) -> bool {
        let mut rest = text;
        let mut leads = false;
        while !rest.is_empty() {
            let Some((n, p)) = self.title_prefix(rest) else {
                return false;
            };
            leads |= matches!(
                p,
                Some(Predicate::Founder | Predicate::Ceo | Predicate::Chairman)
            );
            rest = &rest[n..];
            rest = TITLE_SEPARATORS
                .iter()
                .find_map(|s| rest.strip_prefix(s))
                .unwrap_or(rest);
        }
        leads
    }

    /// An error unless no pattern or co-occurrence rule has this id yet.
    fn id_is_new(&self, id: &str, path: &str, line: usize) -> Result<(), RuleError> {
        if self.rules.iter().any(|r| r.id == id) || self.cooccur.iter().any(|r| r.id == id) {
            return Err(syntax(path, line, format!("rule id {id:?} is used twice")));
        }
        Ok(())
    }

    /// Adds the rules of a file.
    pub fn add_file(&mut self, path: &Path) -> Result<usize, RuleError> {
        let text = std::fs::read_to_string(path).map_err(|source| RuleError::Io {
            path: path.display().to_string(),
            source,
        })?;
        self.add_text(&text, &path.display().to_string())
    }

    /// Adds the rules of a file's text; `path` is for messages.
    pub fn add_text(&mut self, text: &str, path: &str) -> Result<usize, RuleError> {
        let file: RuleFile = toml::from_str(text).map_err(|e| toml_error(path, text, &e))?;
        if let Some(mut m) = file.modifiers {
            // Cues are compared with lower-cased text; lower-case them once here.
            for list in [
                &mut m.negation,
                &mut m.negation_exceptions,
                &mut m.quantity_bounds,
                &mut m.question,
                &mut m.question_tags,
                &mut m.denial,
                &mut m.hedge,
                &mut m.future,
                &mut m.plan,
                &mut m.plan_exceptions,
            ] {
                for w in list.iter_mut() {
                    *w = w.to_lowercase();
                }
            }
            let mine = &mut self.modifiers;
            mine.negation.extend(m.negation);
            mine.negation_exceptions.extend(m.negation_exceptions);
            mine.quantity_bounds.extend(m.quantity_bounds);
            mine.question.extend(m.question);
            mine.question_tags.extend(m.question_tags);
            mine.denial.extend(m.denial);
            mine.hedge.extend(m.hedge);
            mine.future.extend(m.future);
            mine.future.extend(m.plan.iter().cloned());
            mine.plan.extend(m.plan);
            mine.plan_exceptions.extend(m.plan_exceptions);
            mine.hedge_factor = m.hedge_factor.or(mine.hedge_factor);
            mine.future_factor = m.future_factor.or(mine.future_factor);
        }
        let chinese = match file.language.as_deref() {
            None => None,
            Some("zh") => Some(true),
            Some("en") => Some(false),
            Some(other) => {
                return Err(syntax(
                    path,
                    1,
                    format!("language {other:?} must be \"zh\" or \"en\""),
                ));
            }
        };
        for (name, words) in &file.titles {
            let predicate = match Predicate::parse(name) {
                _ if name == "other" => Some(None),
                Some(
                    p @ (Predicate::Founder
                    | Predicate::Ceo
                    | Predicate::Chairman
                    | Predicate::Employee),
                ) => Some(Some(p)),
                _ => None,
            };
            let predicate = predicate.ok_or_else(|| {
                let line = text
                    .lines()
                    .position(|l| l.trim_start().starts_with(name.as_str()))
                    .map_or(1, |k| k + 1);
                syntax(
                    path,
                    line,
                    format!("[titles] {name:?} must be founder, ceo, chairman, employee or other"),
                )
            })?;
            for w in words {
                let (word, _) = literal(w);
                if !word.is_empty() {
                    let text = word.iter().collect();
                    self.titles.push(Title {
                        word,
                        text,
                        predicate,
                    });
                }
            }
        }
        self.titles.sort_by_key(|t| std::cmp::Reverse(t.word.len()));
        self.title_scopes.extend(
            file.title_scopes
                .iter()
                .map(|s| s.chars().collect::<Vec<char>>()),
        );
        self.list_kinds.extend(
            file.list_kinds
                .iter()
                .map(|s| s.chars().collect::<Vec<char>>()),
        );
        // (matched like cue words, with spaces dropped: the investment firm)
        self.list_org_kinds.extend(no_spaces(file.list_org_kinds));
        let n = file.rule.len() + file.cooccur.len();
        for spec in file.rule {
            let line = text[..spec.id.span().start].matches('\n').count() + 1;
            let mut rule = compile(spec).map_err(|m| syntax(path, line, m))?;
            rule.chinese = chinese;
            self.id_is_new(&rule.id, path, line)?;
            self.rules.push(rule);
        }
        for spec in file.cooccur {
            let line = text[..spec.id.span().start].matches('\n').count() + 1;
            let mut rule = compile_cooccur(spec).map_err(|m| syntax(path, line, m))?;
            rule.chinese = chinese;
            self.id_is_new(&rule.id, path, line)?;
            self.cooccur.push(rule);
        }
        Ok(n)
    }

    /// Finds every match of every rule in `units`; `text` is the sentence,
    /// lower-cased, to skip rules whose cues are absent. Collapsing rules run
    /// first and their appositions are folded before the others run.
    pub fn find(&self, units: &[Unit], lower_text: &str) -> Vec<RuleMatch> {
        let chinese = is_chinese(lower_text);
        let applicable: Vec<usize> = (0..self.rules.len())
            .filter(|&i| self.rules[i].chinese.is_none_or(|z| z == chinese))
            .filter(|&i| {
                self.rules[i]
                    .required
                    .iter()
                    .all(|alts| alts.iter().any(|a| lower_text.contains(a.as_str())))
            })
            .collect();
        let cx = Context {
            titles: &self.titles,
            title_scopes: &self.title_scopes,
            list_kinds: &self.list_kinds,
            list_org_kinds: &self.list_org_kinds,
            org_heads: &self.org_heads,
            subject_not_after: &[],
            subject_not_before: &[],
            object_not_after: &[],
            object_not_before: &[],
            comma_joins: true,
        };
        let mut matches = Vec::new();
        // Phase 1: appositions, folded into their person.
        let mut fold: Vec<Option<usize>> = vec![None; units.len()]; // start -> (end, kept unit)
        let mut kept_unit: Vec<Option<usize>> = vec![None; units.len()];
        for &r in applicable
            .iter()
            .filter(|&&r| self.rules[r].collapse.is_some())
        {
            let rule = &self.rules[r];
            for m in find_rule(rule, r, units, &cx) {
                let keep = rule.collapse.and_then(|role| {
                    m.captures
                        .iter()
                        .find(|(cr, _)| *cr == role)
                        .map(|(_, idx)| *idx)
                });
                if let Some(keep) = keep {
                    let unit_pos = units
                        .iter()
                        .position(|u| matches!(u, Unit::Mention { index, .. } if *index == keep));
                    if fold[m.start].is_none() {
                        fold[m.start] = Some(m.end);
                        kept_unit[m.start] = unit_pos;
                    }
                }
                matches.push(m);
            }
        }
        // Units with appositions folded; `span` maps each back to the units it stands for.
        let mut folded = Vec::with_capacity(units.len());
        let mut span: Vec<(usize, usize)> = Vec::with_capacity(units.len());
        let mut i = 0;
        while i < units.len() {
            if let (Some(end), Some(k)) = (fold[i], kept_unit[i]) {
                folded.push(units[k]);
                span.push((i, end));
                i = end;
            } else {
                folded.push(units[i]);
                span.push((i, i + 1));
                i += 1;
            }
        }
        // The spans of folded appositions that stand for a person (a place
        // folded into its region hides nothing the other rules need).
        let people: Vec<(usize, usize)> = span
            .iter()
            .zip(&folded)
            .filter(|((a, b), u)| {
                b - a > 1
                    && matches!(
                        u,
                        Unit::Mention {
                            kind: SlotType::Entity(EntityType::Person),
                            ..
                        }
                    )
            })
            .map(|(s, _)| *s)
            .collect();
        for &r in applicable
            .iter()
            .filter(|&&r| self.rules[r].collapse.is_none())
        {
            let mut found: Vec<RuleMatch> = find_rule(&self.rules[r], r, &folded, &cx)
                .into_iter()
                .map(|mut m| {
                    m.start = span[m.start].0;
                    m.end = span[m.end - 1].1;
                    m
                })
                .collect();
            // 谷歌及其母公司Alphabet的首席执行官皮查伊: what the folded
            // apposition hides (Alphabet) is still there for other rules.
            // Only a match that ends inside the apposition: one that reads on
            // past it would skip the person the sentence is about.
            // (only a rule that ends on a company's slot can end there: the
            // company is what the fold hides; and no match ends past the
            // last fold; nor a list, which reads the person the apposition
            // stands for: backers include Meta's chief AI scientist, Yann LeCun)
            let org = SlotType::Entity(EntityType::Organization);
            let ends_on_company = matches!(
                self.rules[r].elems.last(),
                Some(Elem::Slot { types, list: false, .. }) if types.contains(&org)
            );
            if ends_on_company && let Some(last) = people.iter().map(|&(_, b)| b).max() {
                for m in find_rule(&self.rules[r], r, &units[..last], &cx) {
                    let inside = people.iter().any(|&(a, b)| a < m.end && m.end < b);
                    if inside && !found.iter().any(|f| f.captures == m.captures) {
                        found.push(m);
                    }
                }
            }
            matches.extend(found);
        }
        matches
    }
}

/// Whether a sentence is Chinese (holds a CJK ideograph): what a rule
/// file's `language = "zh"` runs on.
pub fn is_chinese(sentence: &str) -> bool {
    sentence
        .chars()
        .any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

fn find_rule(rule: &Rule, index: usize, units: &[Unit], cx: &Context) -> Vec<RuleMatch> {
    let cx = &Context {
        titles: cx.titles,
        title_scopes: cx.title_scopes,
        list_kinds: cx.list_kinds,
        list_org_kinds: cx.list_org_kinds,
        org_heads: cx.org_heads,
        subject_not_after: &rule.subject_not_after,
        subject_not_before: &rule.subject_not_before,
        object_not_after: &rule.object_not_after,
        object_not_before: &rule.object_not_before,
        comma_joins: rule.chinese != Some(true),
    };
    let mut out = Vec::new();
    let mut start = 0;
    while start < units.len() {
        let mut caps = Vec::new();
        if let Some(end) = match_at(&rule.elems, 0, units, start, &mut caps, cx)
            && end > start
            && !rule
                .not_followed_by
                .iter()
                .any(|w| lit_len(w, false, units, end))
            && !followed_by_kind(&rule.not_followed_by_kinds, units, end)
            && (rule.not_within.is_empty()
                || !(start..end)
                    .any(|k| rule.not_within.iter().any(|w| lit_len(w, false, units, k))))
            && !(rule.nearest && nearer_between(units, &caps))
        {
            out.push(RuleMatch {
                rule: index,
                start,
                end,
                captures: caps
                    .iter()
                    .filter_map(|c| match c {
                        Cap::Slot(r, i) => Some((*r, *i)),
                        Cap::Title(..) => None,
                    })
                    .collect(),
                titles: {
                    // Only the last chain asserts: 董事长是A,CEO是B names B's title.
                    let last = caps.iter().filter_map(|c| match c {
                        Cap::Title(e, _) => Some(*e),
                        Cap::Slot(..) => None,
                    });
                    let last = last.max();
                    caps.iter()
                        .filter_map(|c| match c {
                            Cap::Title(e, p) if Some(*e) == last => Some(*p),
                            _ => None,
                        })
                        .collect()
                },
            });
            if rule.collapse.is_some() {
                start = end;
                continue;
            }
        }
        start += 1;
    }
    // Of matches that end at the same place, a coordination keeps the list it
    // read (A、B和C创立了X); otherwise the nearest subject wins.
    let all = out.clone();
    out.retain(|m| {
        !all.iter().any(|o| {
            o.end == m.end && o.start != m.start && {
                let covers = |a: &RuleMatch, b: &RuleMatch| {
                    b.captures.iter().all(|c| a.captures.contains(c))
                };
                if covers(o, m) {
                    o.start < m.start || !covers(m, o)
                } else {
                    o.start > m.start && !covers(m, o)
                }
            }
        })
    });
    out
}

/// Whether a mention of the first slot's kind, not read by the match,
/// stands between the first mention a match reads and its last (`nearest =
/// true`): 2023年7月就已发布,…则在2023年5月推出了X (the nearer date is X's);
/// Abbeel hired Chen, who earned a PhD at Berkeley (Chen is the graduate).
fn nearer_between(units: &[Unit], caps: &[Cap]) -> bool {
    let read: Vec<usize> = caps
        .iter()
        .filter_map(|c| match c {
            Cap::Slot(_, i) => Some(*i),
            Cap::Title(..) => None,
        })
        .collect();
    let at: Vec<(usize, &SlotType)> = units
        .iter()
        .enumerate()
        .filter_map(|(k, u)| match u {
            Unit::Mention { index, kind, .. } if read.contains(index) => Some((k, kind)),
            _ => None,
        })
        .collect();
    let (Some(&(first, kind)), Some(&(last, _))) = (at.first(), at.last()) else {
        return false;
    };
    units[first + 1..last].iter().any(
        |u| matches!(u, Unit::Mention { kind: k, index, .. } if k == kind && !read.contains(index)),
    )
}

/// Where an English apposition after a list item ends: at the comma that
/// closes it, within sixty units. It is a relative clause (`, who once led
/// …,`) or a description that holds a job title or says what kind of backer
/// it is (`, the former chief executive of GitHub,`; `, the Menlo Park
/// firm,`), not any phrase (`, a suite of features for the iPhone, iPad`).
fn apposition_end(cx: &Context, units: &[Unit], end: usize) -> Option<usize> {
    const CLAUSES: [&str; 3] = ["who", "which", "whose"];
    const DESCRIPTIONS: [&str; 5] = ["the", "a", "an", "its", "former"];
    const HEADS: [&str; 8] = [
        "firm", "fund", "investor", "company", "group", "startup", "lab", "bank",
    ];
    if !matches!(units.get(end), Some(Unit::Char(',', _))) {
        return None;
    }
    let word = |w: &str, at: usize| {
        let w: Vec<char> = w.chars().collect();
        lit_len(&w, false, units, at)
    };
    let close =
        (end + 2..units.len().min(end + 60)).find(|&k| matches!(units[k], Unit::Char(',', _)))?;
    // (…by Maria Okafor, a former barrister, and Tom Reyes: a short
    // description that names nothing, before the list goes on)
    let short = close - end <= 32
        && !units[end + 1..close]
            .iter()
            .any(|u| matches!(u, Unit::Mention { .. }))
        && (word("and", close + 1) || matches!(units.get(close + 1), Some(Unit::Mention { .. })));
    let described = DESCRIPTIONS.iter().any(|w| word(w, end + 1))
        && (short
            || (end + 1..close)
                .any(|k| title_at(cx, units, k).is_some() || HEADS.iter().any(|h| word(h, k))));
    (CLAUSES.iter().any(|w| word(w, end + 1)) || described).then_some(close)
}

const LIST_SEPARATORS: [&str; 21] = [
    ",以及",
    // 投资方是菜鸟网络,还有软银中国: one more item after a comma
    ",还有",
    // A preposition said again: stints at Cisco and at Tropos Networks
    // (units hold no spaces).
    "andat",
    "andin",
    "andwith",
    // The serial comma: A, B, and C.
    ",and",
    "、",
    ",",
    "和",
    "与",
    "及",
    "以及",
    "跟",
    "and",
    "&",
    // Titles of works side by side: 《一种精神》《兴隆之本》、《遥远的虎啸》
    "》《",
    "》、《",
    "》,《",
    "》和《",
    "》与《",
    "》及《",
];

/// What joins the titles of a chain: 创始人、董事长兼CEO; co-founder and CEO.
const TITLE_SEPARATORS: [&str; 10] = ["、", ",", "兼", "和", "及", "以及", "与", "and", "&", "/"];

/// The longest title at `at`, as (its length, its predicate if any).
fn title_at(cx: &Context, units: &[Unit], at: usize) -> Option<(usize, Option<Predicate>)> {
    cx.titles
        .iter()
        .find(|t| lit_len(&t.word, false, units, at))
        .map(|t| (t.word.len(), t.predicate))
}

/// An organisation followed by 的/旗下的/旗下 and a mention the slot takes
/// (华为旗下的华为云, 字节跳动的豆包): that mention and its unit index. After a
/// bare 的 the item is no organisation (阿里巴巴的蚂蚁集团 is not read as one
/// item) unless a kind of organisation names it as the owner's (加州大学的投资机构
/// UC Investments). An English owner, a person or an organisation, may come
/// with 's before the organisation it owns (Thomas Tull's US Innovative
/// Technology Fund).
fn owned_item(
    cx: &Context,
    types: &[SlotType],
    units: &[Unit],
    at: usize,
) -> Option<(usize, usize)> {
    let org = SlotType::Entity(EntityType::Organization);
    let person = SlotType::Entity(EntityType::Person);
    let Some(Unit::Mention { kind: owner, .. }) = units.get(at) else {
        return None;
    };
    // Thomas Tull's US Innovative Technology Fund, Alphabet's CapitalG: an
    // English owner's organisation.
    if (*owner == org || *owner == person) && lit_len(&['\'', 's'], false, units, at + 1) {
        let item = at + 3;
        return match units.get(item) {
            Some(u @ Unit::Mention { kind, .. }) if *kind == org => {
                slot_accepts(types, u).map(|idx| (idx, item))
            }
            _ => None,
        };
    }
    if *owner != org {
        return None;
    }
    let of = [&['旗', '下', '的'][..], &['旗', '下'][..], &['的'][..]]
        .into_iter()
        .find(|w| lit_len(w, true, units, at + 1))
        .map_or(0, <[char]>::len);
    // 三星Galaxy S24, 百度文心一言: a maker right before its thing, where
    // the list holds things and not makers.
    if of == 0 && types.contains(&org) {
        return None;
    }
    let mut item = at + 1 + of;
    if of == 1 {
        if let Some(w) = cx
            .list_org_kinds
            .iter()
            .find(|w| lit_len(w, true, units, item))
        {
            item += w.len();
        } else if matches!(units.get(item), Some(Unit::Mention { kind, .. }) if *kind == org) {
            return None;
        }
    }
    units
        .get(item)
        .and_then(|u| slot_accepts(types, u))
        .map(|idx| (idx, item))
}

/// Where the Chinese coordination that the mention at `at` closes begins
/// (A、B和C: C's is A's), when its items are all of kinds the slot takes.
fn coordination_head(types: &[SlotType], units: &[Unit], mut at: usize) -> usize {
    while at >= 2
        && matches!(
            units.get(at - 1),
            Some(Unit::Char('和' | '、' | '与' | '及', _))
        )
        && units
            .get(at - 2)
            .is_some_and(|u| slot_accepts(types, u).is_some())
    {
        at -= 2;
    }
    at
}

/// Whether the characters `from..to` end with a kind word of `list_kinds`
/// (视觉多模态模型 ends with 模型).
fn kind_word_ends(cx: &Context, units: &[Unit], from: usize, to: usize) -> bool {
    cx.list_kinds
        .iter()
        .any(|w| w.len() <= to - from && lit_len(w, true, units, to - w.len()))
}

/// How long a kind word beside a listed thing may be (多模态大模型).
const HEAD_NOUN_CHARS: usize = 7;

/// How long a description before a listed thing may be, with its 的
/// (用于图形渲染的曦彩G系列).
const THING_DESCRIPTION_CHARS: usize = 8;

/// Words for an organisation itself that may stand before a title.
const SELF_WORDS: [&str; 8] = [
    "俱乐部",
    "公司",
    "集团",
    "本公司",
    "该公司",
    "学校",
    "球队",
    "银行",
];

/// An English kind of organisation at `at`, right before a mention (read
/// past by organisation slots and lists): an
/// article, up to three words and a head noun of `org_heads` (the online
/// grocer, a rival chipmaker): its length in units, and whether a
/// possessive opens it (its parent company).
fn org_kind_len(cx: &Context, units: &[Unit], at: usize) -> Option<(usize, bool)> {
    // (only at a word's start: not inside 'Cathedral')
    let starts_word = at == 0
        || !matches!(units.get(at - 1), Some(Unit::Char(c, true)) if c.is_ascii_alphabetic());
    if cx.org_heads.is_empty() || !starts_word {
        return None;
    }
    // Where a word of letters (or hyphens) starting at `k` ends.
    let word_end = |k: usize| -> Option<usize> {
        let mut end = k;
        while let Some(Unit::Char(c, joined)) = units.get(end) {
            if !(c.is_ascii_alphabetic() || *c == '-') {
                return None;
            }
            end += 1;
            if !joined {
                break;
            }
        }
        (end > k).then_some(end)
    };
    let is = |k: usize, end: usize, word: &[char]| {
        end - k == word.len()
            && units[k..end]
                .iter()
                .zip(word)
                .all(|(u, w)| matches!(u, Unit::Char(c, _) if c.eq_ignore_ascii_case(w)))
    };
    let end = word_end(at)?;
    let article = [
        &['t', 'h', 'e'][..],
        &['a'],
        &['a', 'n'],
        &['i', 't', 's'],
        &['t', 'h', 'e', 'i', 'r'],
    ]
    .into_iter()
    .position(|a| is(at, end, a))?;
    let mut k = end;
    for _ in 0..4 {
        let end = word_end(k)?;
        if matches!(units.get(end), Some(Unit::Mention { .. }))
            && cx.org_heads.iter().any(|h| is(k, end, h))
        {
            return Some((end - at, article >= 3));
        }
        k = end;
    }
    None
}

/// A Chinese description of a kind of organisation at `at`, right before a
/// mention: up to eight characters (Chinese, or Latin letters: GPU云) ending in
/// a word of `list_org_kinds` (服务商, 车企): its length in units.
fn zh_org_kind_len(cx: &Context, units: &[Unit], at: usize) -> Option<usize> {
    // (美国私募机构银湖资本: a place may open the kind)
    let from = at
        + usize::from(matches!(
            units.get(at),
            Some(Unit::Mention {
                kind: SlotType::Entity(EntityType::Place),
                ..
            })
        ));
    let mut end = from;
    // the longest stretch of characters that a name could not be
    while end - from < 8
        && matches!(units.get(end), Some(Unit::Char(c, _)) if ('\u{4E00}'..='\u{9FFF}').contains(c) || c.is_ascii_alphanumeric())
    {
        end += 1;
    }
    (from + 1..=end)
        .rev()
        .filter(|&e| matches!(units.get(e), Some(Unit::Mention { .. })))
        .find(|&e| {
            cx.list_org_kinds
                .iter()
                .any(|w| w.len() <= e - from && lit_len(w, true, units, e - w.len()))
        })
        .map(|e| e - at)
}

/// Whether a mention of one of `kinds` stands at `at`, or right after a 了.
fn followed_by_kind(kinds: &[SlotType], units: &[Unit], at: usize) -> bool {
    let at = at + usize::from(matches!(units.get(at), Some(Unit::Char('了', _))));
    !kinds.is_empty() && accepts_at(kinds, units, at)
}

/// Quotation marks around a Chinese name (“天燕”, 「天燕」).
const OPENING_QUOTES: &[char] = &['“', '「', '『'];
const CLOSING_QUOTES: &[char] = &['”', '」', '』'];

/// The longest aside in brackets a list reads past, in units.
const BRACKET_UNITS: usize = 48;

/// Where an aside in brackets right after a list's item ends (DCVC (the new
/// name of Data Collective), Y Combinator; CPE源峰(原中信产业基金)、高瓴):
/// the list goes on after it. The aside closes before another bracket opens
/// or the sentence ends.
fn bracket_end(units: &[Unit], at: usize) -> Option<usize> {
    if !char_in(units, at, &['(']) {
        return None;
    }
    (at + 1..units.len().min(at + BRACKET_UNITS))
        .take_while(|&k| !char_in(units, k, &['(', '。', ';']))
        .find(|&k| char_in(units, k, &[')']))
        .map(|k| k + 1)
}

/// Whether the unit at `at` is one of the characters `chars`.
fn char_in(units: &[Unit], at: usize, chars: &[char]) -> bool {
    matches!(units.get(at), Some(Unit::Char(c, _)) if chars.contains(c))
}

fn han_at(units: &[Unit], at: usize) -> bool {
    matches!(units.get(at), Some(Unit::Char(c, _)) if ('\u{4E00}'..='\u{9FFF}').contains(c))
}

/// Whether the unit at `at` is a mention a slot of `types` takes.
fn accepts_at(types: &[SlotType], units: &[Unit], at: usize) -> bool {
    units.get(at).and_then(|u| slot_accepts(types, u)).is_some()
}

fn slot_accepts(types: &[SlotType], u: &Unit) -> Option<usize> {
    let Unit::Mention {
        index,
        kind,
        entity,
    } = *u
    else {
        return None;
    };
    types
        .iter()
        .any(|t| *t == kind || (*t == SlotType::AnyEntity && entity))
        .then_some(index)
}

fn lit_len(alt: &[char], prefix: bool, units: &[Unit], at: usize) -> bool {
    let last = alt.len().saturating_sub(1);
    // An English cue starts a word: "founded" is not read inside "co-founded".
    // (But Austin-based: a hyphen after a name leaves the cue a word.)
    let letter =
        |k: usize| matches!(units.get(k), Some(Unit::Char(p, _)) if p.is_ascii_alphabetic());
    let inside_word = alt.first().is_some_and(char::is_ascii_alphabetic)
        && at > 0
        && match units.get(at - 1) {
            Some(Unit::Char('-', _)) => at > 1 && letter(at - 2),
            Some(Unit::Char(p, joined)) => p.is_ascii_alphanumeric() && *joined,
            _ => false,
        };
    !inside_word
        && alt.iter().enumerate().all(|(k, c)| {
        matches!(units.get(at + k), Some(Unit::Char(u, joined)) if u.eq_ignore_ascii_case(c) && (k < last || prefix || !joined))
    })
}

fn match_at(
    elems: &[Elem],
    ei: usize,
    units: &[Unit],
    ui: usize,
    caps: &mut Vec<Cap>,
    cx: &Context,
) -> Option<usize> {
    let Some(elem) = elems.get(ei) else {
        return Some(ui);
    };
    match elem {
        Elem::Slot {
            role,
            types,
            list,
            optional,
        } => {
            let banned = match role {
                Role::Subject => cx.subject_not_after,
                Role::Object => cx.object_not_after,
                Role::Other => &[],
            };
            // (what stands before the slot is read before a kind the slot
            // reads past: 'with the software maker X' is after 'with')
            // (由阿里巴巴和上汽集团: the words before a coordination bar each
            // of its items)
            let after_banned = !banned.is_empty() && {
                let head = coordination_head(types, units, ui);
                banned.iter().any(|w| {
                    [ui, head]
                        .iter()
                        .any(|&at| at >= w.len() && lit_len(w, true, units, at - w.len()))
                })
            };
            // An English organisation may come with its kind (in partnership
            // with the supermarket chain Asda): the slot reads the name.
            // In Chinese, a short description ending in a kind of
            // organisation may stand before it (与GPU云服务商Lambda合作).
            // (never for a pattern's first element: a match may start at
            // the name itself)
            let ui = if ei > 0
                && matches!(units.get(ui), Some(Unit::Char(..)))
                && types.contains(&SlotType::Entity(EntityType::Organization))
                && let Some(n) = if cx.comma_joins {
                    org_kind_len(cx, units, ui).map(|(n, _)| n)
                } else {
                    zh_org_kind_len(cx, units, ui)
                }
                && accepts_at(types, units, ui + n)
            {
                ui + n
            } else {
                ui
            };
            let Some(first) = units
                .get(ui)
                .and_then(|u| slot_accepts(types, u))
                .filter(|_| !after_banned)
            else {
                return if *optional {
                    match_at(elems, ei + 1, units, ui, caps, cx)
                } else {
                    None
                };
            };
            let mark = caps.len();
            // A list may open with its item's owner: 与华为旗下的华为云合作.
            let (first, mut end) = match owned_item(cx, types, units, ui) {
                Some((idx, at)) if *list => (idx, at + 1),
                _ => (first, ui + 1),
            };
            caps.push(Cap::Slot(*role, first));
            if *list {
                // Greedy coordination: A、B和C; an item may carry its maker
                // (字节跳动的豆包、月之暗面的Kimi和腾讯元宝), and an item that is a
                // thing its kind (Step-1语言大模型、视觉模型Step-1V).
                let things = types.iter().all(|t| {
                    matches!(
                        t,
                        SlotType::Entity(
                            EntityType::AIModel
                                | EntityType::SoftwareApplication
                                | EntityType::Product
                                | EntityType::CreativeWork
                        )
                    )
                });
                let heads = if things { HEAD_NOUN_CHARS } else { 0 };
                'more: loop {
                    // An English item may carry an apposition before the
                    // comma that goes on with the list (Nat Friedman, the
                    // former chief executive of GitHub, Daniel Gross, who…,
                    // and Andreessen Horowitz).
                    // (“北辰”、“天枢”: a quoted item goes on after its
                    // closing mark)
                    let froms = std::iter::once(end)
                        .chain(
                            cx.comma_joins
                                .then(|| apposition_end(cx, units, end))
                                .flatten(),
                        )
                        .chain(char_in(units, end, CLOSING_QUOTES).then_some(end + 1))
                        .chain(bracket_end(units, end));
                    for (from, sep) in
                        froms.flat_map(|f| LIST_SEPARATORS.iter().map(move |s| (f, s)))
                    {
                        let sep = *sep;
                        if sep == "," && !cx.comma_joins {
                            continue;
                        }
                        // A serial comma ends a list of three or more (A, B,
                        // and C); after one item it joins clauses (led by A,
                        // and B was among…).
                        if sep == ",and" && caps.len() - mark < 2 && from == end {
                            continue;
                        }
                        let sep: Vec<char> = sep.chars().collect();
                        // Only a kind word may stand between an item and the
                        // separator (Step-1语言大模型、…), not any words.
                        let Some(after) = (0..=heads)
                            .take_while(|&k| k == 0 || han_at(units, from + k - 1))
                            .filter(|&k| k == 0 || kind_word_ends(cx, units, from, from + k))
                            .find(|&k| lit_len(&sep, false, units, from + k))
                        else {
                            continue;
                        };
                        if after > 0 && sep.iter().all(|c| c.is_ascii_punctuation()) {
                            continue;
                        }
                        let mut at = from + after + sep.len();
                        if char_in(units, at, OPENING_QUOTES) && accepts_at(types, units, at + 1) {
                            at += 1;
                        }
                        if let Some(k) = (1..=heads)
                            .take_while(|&k| han_at(units, at + k - 1))
                            .find(|&k| {
                                kind_word_ends(cx, units, at, at + k)
                                    && accepts_at(types, units, at + k)
                            })
                        {
                            at += k;
                        }
                        // 训推一体的曦云C系列: in a Chinese list of things,
                        // a short description ending in 的 before the item
                        if things
                            && !cx.comma_joins
                            && let Some(k) = (2..=THING_DESCRIPTION_CHARS)
                                .take_while(|&k| han_at(units, at + k - 1))
                                .find(|&k| {
                                    matches!(units.get(at + k - 1), Some(Unit::Char('的', false)))
                                        && accepts_at(types, units, at + k)
                                })
                        {
                            at += k;
                        }
                        // ,以及风投机构Thrive Capital: a kind of organisation
                        // before the next item
                        if let Some(w) = cx.list_org_kinds.iter().find(|w| {
                            lit_len(w, true, units, at) && accepts_at(types, units, at + w.len())
                        }) {
                            at += w.len();
                        }
                        // 和美国私募机构银湖资本: a Chinese description ending
                        // in a kind of organisation, a place perhaps first
                        if !cx.comma_joins
                            && let Some(n) = zh_org_kind_len(cx, units, at)
                            && accepts_at(types, units, at + n)
                        {
                            at += n;
                        }
                        // …, Virgin and the investment firm Baillie Gifford.
                        // (In a list of subjects only the item's own kind:
                        // chief executive of Google and its parent company
                        // Alphabet; in 'the former chief executive of Google,
                        // the trading firm Jane Street' his companies have ended.)
                        if cx.comma_joins
                            && let Some((n, its)) = org_kind_len(cx, units, at)
                            && (*role == Role::Object || its)
                            && accepts_at(types, units, at + n)
                        {
                            at += n;
                        }
                        // 字节跳动的豆包, 字节跳动旗下的火山引擎
                        if let Some((_, item)) = owned_item(cx, types, units, at) {
                            at = item;
                        }
                        // NVentures, Nvidia's venture capital arm: a possessive
                        // and words after a comma describe the item before it
                        // (not Nvidia's NVentures, an item with its owner).
                        if cx.comma_joins
                            && sep == [',']
                            && lit_len(&['\'', 's'], false, units, at + 1)
                            && !matches!(units.get(at + 3), Some(Unit::Mention { .. }))
                        {
                            continue;
                        }
                        if let Some(idx) = units.get(at).and_then(|u| slot_accepts(types, u)) {
                            caps.push(Cap::Slot(*role, idx));
                            end = at + 1;
                            continue 'more;
                        }
                    }
                    break;
                }
            }
            let not_before = match role {
                Role::Subject => cx.subject_not_before,
                Role::Object => cx.object_not_before,
                _ => &[],
            };
            let before_banned = not_before.iter().any(|w| lit_len(w, false, units, end));
            let r = if before_banned {
                None
            } else {
                match_at(elems, ei + 1, units, end, caps, cx)
            };
            if r.is_none() {
                caps.truncate(mark);
                if *optional {
                    return match_at(elems, ei + 1, units, ui, caps, cx);
                }
            }
            r
        }
        Elem::Lit { alts, optional } => {
            for (alt, prefix) in alts {
                // (,|^|:) and (。|$): a lone ^ or $ among the alternatives is
                // the sentence's start or end, taking no characters.
                let len = if is_anchor(alt) {
                    let here = if alt[0] == '^' {
                        ui == 0
                    } else {
                        ui == units.len()
                    };
                    here.then_some(0)
                } else {
                    lit_len(alt, *prefix, units, ui).then_some(alt.len())
                };
                if let Some(len) = len
                    && let Some(e) = match_at(elems, ei + 1, units, ui + len, caps, cx)
                {
                    return Some(e);
                }
            }
            if *optional {
                return match_at(elems, ei + 1, units, ui, caps, cx);
            }
            None
        }
        Elem::Start => {
            if ui == 0 {
                match_at(elems, ei + 1, units, ui, caps, cx)
            } else {
                None
            }
        }
        Elem::Title { optional } => {
            let mark = caps.len();
            let mut end = ui;
            let mut first = true;
            'chain: loop {
                let seps: &[&str] = if first { &[""] } else { &TITLE_SEPARATORS };
                for sep in seps {
                    // (a comma joins English titles: co-founder, chairman and
                    // chief executive; in Chinese it ends the chain: 清华大学
                    // 教授,联合创始人唐家渝 are two people's)
                    if *sep == "," && !cx.comma_joins {
                        continue;
                    }
                    let sep: Vec<char> = sep.chars().collect();
                    if !(sep.is_empty() || lit_len(&sep, false, units, end)) {
                        continue;
                    }
                    // After a separator a unit may name the title's scope:
                    // 副总裁、研究院院长 (up to five Chinese characters); before
                    // the first title, a unit whose name ends as units' do
                    // (电子工程系主任, 智能云事业群总裁).
                    // A longer unit after a separator must end as units do
                    // too (副总裁、云与智慧产业事业群CEO).
                    let skips = if first { 8 } else { 10 };
                    for skip in 0..=skips {
                        let at = end + sep.len() + skip;
                        // (a region may open it: 副总裁、中国区总裁)
                        let place = matches!(
                            units.get(at - 1),
                            Some(Unit::Mention {
                                kind: SlotType::Entity(EntityType::Place),
                                ..
                            })
                        );
                        if skip > 0 && !han_at(units, at - 1) && (first || !place) {
                            break;
                        }
                        if skip > 0
                            && (first || skip > 5)
                            && !cx
                                .title_scopes
                                .iter()
                                .any(|s| s.len() <= skip && lit_len(s, true, units, at - s.len()))
                        {
                            continue;
                        }
                        if let Some((len, p)) = title_at(cx, units, at) {
                            // The head of a unit (事业群CEO, 研究院院长) works
                            // for the organisation; it does not lead it.
                            // (俱乐部董事长, 公司CEO: a word for the organisation
                            // itself is no unit.)
                            let unit = skip > 0 && {
                                let skipped: String = units[end + sep.len()..at]
                                    .iter()
                                    .filter_map(|u| match u {
                                        Unit::Char(c, _) => Some(*c),
                                        Unit::Mention { .. } => None,
                                    })
                                    .collect();
                                !SELF_WORDS.contains(&skipped.as_str())
                            };
                            let p = p.map(|p| if unit { Predicate::Employee } else { p });
                            if let Some(p) = p {
                                caps.push(Cap::Title(ei, p));
                            }
                            end = at + len;
                            first = false;
                            continue 'chain;
                        }
                    }
                }
                break;
            }
            if end > ui
                && let Some(e) = match_at(elems, ei + 1, units, end, caps, cx)
            {
                return Some(e);
            }
            caps.truncate(mark);
            if *optional {
                return match_at(elems, ei + 1, units, ui, caps, cx);
            }
            None
        }
        Elem::Gap {
            max,
            entities,
            clause,
        } => {
            for k in 0..=*max {
                if ui + k > units.len() {
                    break;
                }
                if k > 0
                    && !entities
                    && matches!(units[ui + k - 1], Unit::Mention { entity: true, .. })
                {
                    break;
                }
                if k > 0 && *clause && matches!(units[ui + k - 1], Unit::Char(',' | ';' | '。', _))
                {
                    break;
                }
                if let Some(e) = match_at(elems, ei + 1, units, ui + k, caps, cx) {
                    return Some(e);
                }
            }
            None
        }
    }
}

fn compile(spec: RuleSpec) -> Result<Rule, String> {
    let from_title = spec.predicate == "title";
    let predicate = if from_title {
        Some(Predicate::Employee)
    } else {
        Predicate::parse(&spec.predicate)
    };
    let predicate = predicate.ok_or_else(|| {
        format!(
            "unknown predicate {:?}; expected one of {}, or title",
            spec.predicate,
            Predicate::ALL.map(|p| p.name()).join(", ")
        )
    })?;
    if !(0.0..=1.0).contains(&spec.confidence) {
        return Err(format!("confidence {} is not in [0, 1]", spec.confidence));
    }
    let elems = parse_pattern(&spec.pattern)?;
    let has = |role: Role| {
        elems
            .iter()
            .any(|e| matches!(e, Elem::Slot { role: r, .. } if *r == role))
    };
    let (salient_subject, subject_topic) = match spec.subject.as_deref() {
        None => (None, false),
        Some(s) => {
            let (topic, ty) = match s.strip_prefix("topic:") {
                Some(t) => (true, t),
                None => (false, s.strip_prefix("salient:").unwrap_or("")),
            };
            let ty = EntityType::parse(ty).ok_or_else(|| {
                format!("subject {s:?} must be salient:TYPE or topic:ORG, e.g. salient:MODEL")
            })?;
            if topic && ty != EntityType::Organization {
                return Err(format!("subject {s:?}: topic: takes ORG only"));
            }
            (Some(ty), topic)
        }
    };
    if !has(Role::Subject) && salient_subject.is_none() {
        return Err(
            "the pattern has no subject slot {s:…} and no `subject = \"salient:TYPE\"`".into(),
        );
    }
    if spec.pairwise && !predicate.is_symmetric() {
        return Err(format!(
            "pairwise needs a symmetric predicate, not {predicate}"
        ));
    }
    let (object_fill, salient_object) = match spec.object.as_deref() {
        None => (ObjectFill::Sentence, None),
        Some(s) => {
            let parsed = s.split_once(':').and_then(|(source, t)| {
                let fill = match source {
                    "salient" => ObjectFill::Sentence,
                    "speaker" => ObjectFill::Speaker,
                    "topic" => ObjectFill::Topic,
                    _ => return None,
                };
                Some((fill, EntityType::parse(t)?))
            });
            let (fill, t) = parsed.ok_or_else(|| {
                format!(
                    "object {s:?} must be salient:TYPE, speaker:TYPE or topic:TYPE, e.g. salient:ORG"
                )
            })?;
            (fill, Some(t))
        }
    };
    if !has(Role::Object) && !spec.pairwise && salient_object.is_none() {
        return Err(
            "the pattern has no object slot {o:…} and no `object = \"salient:TYPE\"`".into(),
        );
    }
    let titled = elems.iter().any(|e| matches!(e, Elem::Title { .. }));
    if from_title != titled {
        return Err(if from_title {
            "predicate \"title\" needs a <title> element in the pattern".into()
        } else {
            "a <title> element needs predicate = \"title\"".into()
        });
    }
    for e in &elems {
        if let Elem::Slot {
            role: Role::Object,
            types,
            ..
        } = e
        {
            let values = types
                .iter()
                .all(|t| matches!(t, SlotType::Date | SlotType::Amount));
            let wants_date = types.contains(&SlotType::Date);
            if predicate.is_attribute() != values
                || (predicate.is_attribute() && predicate.takes_date() != wants_date)
            {
                return Err(format!(
                    "predicate {} takes {} as object",
                    predicate,
                    if !predicate.is_attribute() {
                        "an entity slot"
                    } else if predicate.takes_date() {
                        "{o:DATE}"
                    } else {
                        "{o:AMOUNT}"
                    }
                ));
            }
        }
    }
    let collapse = match spec.collapse.as_deref() {
        None => None,
        Some("o") => Some(Role::Object),
        Some("s") => Some(Role::Subject),
        Some(x) => return Err(format!("collapse must be \"s\" or \"o\", not {x:?}")),
    };
    // `{MODEL|APP}` among the words: a mention of such a kind right after
    // the match (or after a 了) bars it, as the object of the match's verb.
    let (kinds, words): (Vec<String>, Vec<String>) = spec
        .not_followed_by
        .into_iter()
        .partition(|w| w.starts_with('{'));
    let mut not_followed_by_kinds = Vec::new();
    for k in kinds {
        let inner = k
            .strip_prefix('{')
            .and_then(|k| k.strip_suffix('}'))
            .filter(|k| !k.contains(':'))
            .ok_or_else(|| {
                format!("not_followed_by {k:?}: a kind of mention is written {{MODEL|APP}}")
            })?;
        match parse_slot(inner)? {
            Elem::Slot { types, .. } => not_followed_by_kinds.extend(types),
            _ => unreachable!("parse_slot makes slots"),
        }
    }
    let required = elems
        .iter()
        .filter_map(|e| match e {
            // (a group that may match the sentence's start or end requires no text)
            Elem::Lit {
                alts,
                optional: false,
            } if !alts.iter().any(|(a, _)| is_anchor(a)) => Some(
                alts.iter()
                    .map(|(a, _)| a.iter().collect::<String>().to_lowercase())
                    .collect(),
            ),
            _ => None,
        })
        .collect();
    Ok(Rule {
        id: spec.id.into_inner(),
        predicate,
        from_title,
        confidence: spec.confidence,
        collapse,
        salient_subject,
        subject_topic,
        subject_not_after: no_spaces(spec.subject_not_after),
        subject_not_before: no_spaces(spec.subject_not_before),
        object_not_after: no_spaces(spec.object_not_after),
        object_not_before: no_spaces(spec.object_not_before),
        not_followed_by: no_spaces(words),
        not_followed_by_kinds,
        not_within: no_spaces(spec.not_within),
        pairwise: spec.pairwise,
        respectively: spec.respectively,
        nearest: spec.nearest,
        object_is_school: spec.object_is_school,
        salient_object,
        object_fill,
        elems,
        required,
        chinese: None,
    })
}

/// Rules match with spaces dropped, so their word lists are compiled so too.
fn no_spaces(words: Vec<String>) -> Vec<Vec<char>> {
    words
        .into_iter()
        .map(|w| w.chars().filter(|c| !c.is_whitespace()).collect())
        .collect()
}

fn parse_slot(body: &str) -> Result<Elem, String> {
    let (role, types) = match body.split_once(':') {
        Some(("s", t)) => (Role::Subject, t),
        Some(("o", t)) => (Role::Object, t),
        Some(("x", t)) => (Role::Other, t),
        Some((r, _)) => return Err(format!("slot role {r:?} must be s, o or x")),
        None => (Role::Other, body),
    };
    let (types, list) = match types.strip_suffix('+') {
        Some(t) => (t, true),
        None => (types, false),
    };
    let types = types
        .split('|')
        .map(|t| match t.trim() {
            "DATE" => Ok(SlotType::Date),
            "AMOUNT" => Ok(SlotType::Amount),
            "ANY" => Ok(SlotType::AnyEntity),
            other => EntityType::parse(other).map(SlotType::Entity).ok_or_else(|| {
                format!("unknown slot type {other:?}; expected PER, ORG, PLACE, MODEL, APP, PRODUCT, WORK, ANY, DATE or AMOUNT")
            }),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Elem::Slot {
        role,
        types,
        list,
        optional: false,
    })
}

/// Whether an alternative is a lone `^` or `$`: the sentence's start or end.
fn is_anchor(alt: &[char]) -> bool {
    matches!(alt, ['^'] | ['$'])
}

/// A cue word without spaces; a trailing `*` lets it start a longer word.
fn literal(a: &str) -> (Vec<char>, bool) {
    let chars: Vec<char> = a.chars().filter(|c| !c.is_whitespace()).collect();
    match chars.split_last() {
        Some(('*', rest)) => (rest.to_vec(), true),
        _ => (chars, false),
    }
}

/// Parses a pattern; errors say which element is wrong.
fn parse_pattern(pattern: &str) -> Result<Vec<Elem>, String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let take_until = |i: usize, close: char| -> Result<(String, usize), String> {
        let end = chars[i..]
            .iter()
            .position(|&c| c == close)
            .ok_or_else(|| format!("unclosed {:?} in pattern {pattern:?}", chars[i]))?;
        Ok((chars[i + 1..i + end].iter().collect(), i + end + 1))
    };
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '{' {
            let (body, next) = take_until(i, '}')?;
            let optional = chars.get(next) == Some(&'?');
            let mut slot = parse_slot(&body)?;
            if let Elem::Slot { optional: o, .. } = &mut slot {
                *o = optional;
            }
            out.push(slot);
            i = next + usize::from(optional);
        } else if c == '^' && out.is_empty() {
            out.push(Elem::Start);
            i += 1;
        } else if c == '\\' {
            // \( and \) are the brackets themselves: GPT-4(2023年3月发布).
            let lit = *chars
                .get(i + 1)
                .ok_or_else(|| format!("a lone \\ ends pattern {pattern:?}"))?;
            let optional = chars.get(i + 2) == Some(&'?');
            out.push(Elem::Lit {
                alts: vec![(vec![lit], false)],
                optional,
            });
            i += 2 + usize::from(optional);
        } else if c == '<' {
            let (body, next) = take_until(i, '>')?;
            let optional = chars.get(next) == Some(&'?');
            if body != "title" {
                return Err(format!(
                    "unknown element <{body}>; the one there is is <title>"
                ));
            }
            out.push(Elem::Title { optional });
            i = next + usize::from(optional);
        } else if c == '(' {
            let (body, next) = take_until(i, ')')?;
            let optional = chars.get(next) == Some(&'?');
            if body.contains(['{', '}', '<']) {
                return Err(format!(
                    "({body}) holds a slot; alternatives are cue words only (write {{x:ORG}}? ('s)? instead of ({{x:ORG}} 's)?)"
                ));
            }
            let alts: Vec<(Vec<char>, bool)> = body.split('|').map(literal).collect();
            if alts.iter().any(|(a, _)| a.is_empty()) {
                return Err(format!("empty alternative in ({body})"));
            }
            out.push(Elem::Lit { alts, optional });
            i = next + usize::from(optional);
        } else if c == '.' && matches!(chars.get(i + 1), Some('.') | Some('0'..='9')) || c == '~' {
            let clause = c == '.' && chars.get(i + 1) != Some(&'.');
            let from = if c == '~' || clause { i + 1 } else { i + 2 };
            let digits: String = chars[from..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            let max = digits.parse().map_err(|_| {
                format!(
                    "a gap needs a length, e.g. ..6 or ~12 (at {:?})",
                    chars[i..].iter().collect::<String>()
                )
            })?;
            out.push(Elem::Gap {
                max,
                entities: c == '~',
                clause,
            });
            i = from + digits.len();
        } else {
            let word: String = chars[i..]
                .iter()
                .take_while(|c| !c.is_whitespace() && !matches!(c, '{' | '(' | '~' | '<'))
                .collect();
            i += word.chars().count();
            let (word, optional) = match word.strip_suffix('?') {
                Some(w) if !w.is_empty() => (w.to_string(), true),
                _ => (word, false),
            };
            if word.contains('}') || word.contains(')') {
                return Err(format!("unbalanced bracket in {word:?}"));
            }
            out.push(Elem::Lit {
                alts: vec![literal(&word)],
                optional,
            });
        }
    }
    if out.is_empty() {
        return Err("empty pattern".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(spec: &[&str]) -> Vec<Unit> {
        // "ORG:0" is mention 0 of type ORG; anything else is text.
        let mut out = Vec::new();
        for s in spec {
            if let Some((t, i)) = s.split_once(':') {
                let kind = EntityType::parse(t).map_or(SlotType::Date, SlotType::Entity);
                out.push(Unit::Mention {
                    index: i.parse().unwrap(),
                    kind,
                    entity: kind != SlotType::Date,
                });
            } else {
                out.extend(
                    s.chars()
                        .filter(|c| !c.is_whitespace())
                        .map(|c| Unit::Char(c, false)),
                );
            }
        }
        out
    }

    fn set(toml: &str) -> RuleSet {
        let mut s = RuleSet::default();
        s.add_text(toml, "test.toml").unwrap();
        s
    }

    #[test]
    fn apposition_collapses_so_coordination_sees_people() {
        let s = set(r#"
            [[rule]]
            id = "founder"
            predicate = "founder"
            pattern = "{s:ORG} 的? (创始人|创办人) {o:PER}"
            collapse = "o"
            [[rule]]
            id = "met"
            predicate = "metWith"
            pattern = "{s:PER} ..2 和 {s:PER+} ~8 (见了|会见) {o:PER}"
        "#);
        let u = units(&[
            "PER:0",
            "就和",
            "ORG:1",
            "创始人",
            "PER:2",
            "、",
            "ORG:3",
            "创始人",
            "PER:4",
            "在",
            "PLACE:5",
            "见了",
            "PER:6",
        ]);
        let m = s.find(&u, "就和创始人、创始人在见了");
        let met: Vec<_> = m.iter().filter(|m| m.rule == 1).collect();
        assert_eq!(met.len(), 1);
        let subjects: Vec<usize> = met[0]
            .captures
            .iter()
            .filter(|c| c.0 == Role::Subject)
            .map(|c| c.1)
            .collect();
        assert_eq!(subjects, vec![0, 2, 4]);
        assert_eq!(m.iter().filter(|m| m.rule == 0).count(), 2);
    }

    #[test]
    fn a_lone_caret_or_dollar_among_alternatives_anchors_the_sentence() {
        let s = set(r#"
            [[rule]]
            id = "seat"
            predicate = "location"
            pattern = "(,|^) 总部位于 {o:PLACE} (。|$)"
            subject = "salient:ORG"
        "#);
        // at the start, and at the end without a full stop
        assert_eq!(
            s.find(&units(&["总部位于", "PLACE:0"]), "总部位于").len(),
            1
        );
        // after a comma, before a full stop
        assert_eq!(
            s.find(
                &units(&["后来,总部位于", "PLACE:0", "。"]),
                "后来,总部位于。"
            )
            .len(),
            1
        );
        // neither: the place goes on into another clause
        assert!(
            s.find(&units(&["后来总部位于", "PLACE:0", "的"]), "后来总部位于的")
                .is_empty()
        );
    }

    #[test]
    fn gaps_do_not_jump_over_entities_unless_asked() {
        let s = set(r#"
            [[rule]]
            id = "c"
            predicate = "creator"
            pattern = "{o:ORG} ..4 推出 {s:MODEL}"
        "#);
        assert_eq!(
            s.find(
                &units(&["ORG:0", "宣布将", "推出", "MODEL:1"]),
                "宣布将推出"
            )
            .len(),
            1
        );
        assert_eq!(
            s.find(
                &units(&["ORG:0", "和", "ORG:2", "推出", "MODEL:1"]),
                "和推出"
            )
            .len(),
            1
        );
        let m = &s.find(
            &units(&["ORG:0", "和", "ORG:2", "推出", "MODEL:1"]),
            "和推出",
        )[0];
        assert_eq!(m.captures[0], (Role::Object, 2));
    }

    #[test]
    fn rule_file_errors_name_file_line_and_problem() {
        let mut s = RuleSet::default();
        let err = s
            .add_text("[[rule]]\nid = \"a\"\npredicate = \"founder\"\npattern = \"{s:ORG} 创始人 {o:PERSN}\"\n", "r.toml")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("r.toml:2: unknown slot type \"PERSN\""),
            "{err}"
        );
        let err = s
            .add_text(
                "[[rule]]\nid = \"a\"\npredicate = \"founded\"\npattern = \"{s:ORG} {o:PER}\"\n",
                "r.toml",
            )
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown predicate \"founded\""), "{err}");
        let err = s
            .add_text("[[rule]]\nid = \"a\"\npredicate = \"foundingDate\"\npattern = \"{s:ORG} 成立 {o:PER}\"\n", "r.toml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("{o:DATE}"), "{err}");
    }

    #[test]
    fn cooccurrence_rules_are_checked_like_patterns() {
        let spec = |predicate: &str, object: &str, cues: &str| {
            format!(
                "language = \"en\"\n\n[[cooccur]]\nid = \"c\"\npredicate = \"{predicate}\"\n\
                 subject = \"PER\"\nobject = \"{object}\"\ncues = [{cues}]\nconfidence = 0.6\n"
            )
        };
        let mut s = RuleSet::default();
        s.add_text(&spec("alumniOf", "ORG", "\"Studied\""), "c.toml")
            .unwrap();
        assert_eq!(s.cooccur[0].cues, vec!["studied".to_string()]);
        assert_eq!(s.cooccur[0].chinese, Some(false));
        for (text, why) in [
            (
                spec("foundingDate", "ORG", "\"x\""),
                "unknown relation \"foundingDate\"",
            ),
            (
                spec("alumniOf", "SCHOOL", "\"x\""),
                "entity type \"SCHOOL\"",
            ),
            (spec("alumniOf", "ORG", ""), "at least one cue"),
            (spec("alumniOf", "ORG", "\"x\""), "used twice"),
        ] {
            let err = s.add_text(&text, "c.toml").unwrap_err().to_string();
            assert!(err.starts_with("c.toml:4: ") && err.contains(why), "{err}");
        }
    }

    #[test]
    fn title_rules_need_a_title_element_and_known_predicates() {
        let mut s = RuleSet::default();
        let err = s
            .add_text(
                "[[rule]]\nid = \"a\"\npredicate = \"title\"\npattern = \"{s:ORG} {o:PER}\"\n",
                "r.toml",
            )
            .unwrap_err()
            .to_string();
        assert!(err.contains("needs a <title>"), "{err}");
        let err = s
            .add_text("[titles]\nfounded = [\"创始人\"]\n", "r.toml")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("r.toml:2:"), "{err}");
        let s = set(r#"
            [titles]
            founder = ["创始人"]
            ceo = ["CEO"]
            [[rule]]
            id = "t"
            predicate = "title"
            pattern = "{s:ORG} <title> {o:PER}"
        "#);
        let m = s.find(&units(&["ORG:0", "创始人兼CEO", "PER:1"]), "创始人兼ceo");
        assert_eq!(m.len(), 1);
        assert_eq!(
            m[0].predicates(&s.rules[0]),
            vec![Predicate::Founder, Predicate::Ceo]
        );
        assert!(
            s.find(&units(&["ORG:0", "前CEO", "PER:1"]), "前ceo")
                .is_empty()
        );
    }

    #[test]
    fn a_topic_subject_is_an_organisation_and_an_object_may_be_barred_before_a_word() {
        let mut s = RuleSet::default();
        let err = s
            .add_text("[[rule]]\nid = \"a\"\npredicate = \"employee\"\npattern = \"<title> {o:PER}\"\nsubject = \"topic:PER\"\n", "r.toml")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("r.toml:2:") && err.contains("topic: takes ORG only"),
            "{err}"
        );
        let s = set(r#"
            [[rule]]
            id = "c"
            predicate = "creator"
            pattern = "{o:ORG} 开源了 {s:MODEL}"
            object_not_before = ["上"]
        "#);
        assert_eq!(
            s.find(&units(&["ORG:0", "开源了", "MODEL:1"]), "开源了")
                .len(),
            1
        );
        assert!(
            s.find(&units(&["ORG:0", "上开源了", "MODEL:1"]), "上开源了")
                .is_empty()
        );
    }

    #[test]
    fn a_slot_inside_alternatives_is_an_error() {
        let mut s = RuleSet::default();
        let err = s
            .add_text("[[rule]]\nid = \"a\"\npredicate = \"isBasedOn\"\npattern = \"{s:MODEL} based on ({x:ORG} 's)? {o:MODEL}\"\n", "r.toml")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("r.toml:2:") && err.contains("holds a slot"),
            "{err}"
        );
    }

    #[test]
    fn a_clause_gap_stops_at_a_comma() {
        let s = set(r#"
            [[rule]]
            id = "f"
            predicate = "funder"
            pattern = "{o:ORG} 领投 .8 {s:ORG}"
        "#);
        assert_eq!(
            s.find(&units(&["ORG:0", "领投了", "ORG:1"]), "领投了")
                .len(),
            1
        );
        assert!(
            s.find(&units(&["ORG:0", "领投,", "ORG:1"]), "领投,")
                .is_empty()
        );
    }

    #[test]
    fn builtin_rules_compile() {
        let s = RuleSet::builtin().expect("built-in rules are valid");
        assert!(s.rules.len() >= 30);
    }
}
