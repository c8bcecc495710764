//! Discourse state per document: a walk over the sentences in order that
//! resolves pronouns and interview speakers, then runs the relation rules.
//!
//! In: a document and its chosen mentions. Out: the mentions plus resolved
//! pronouns (他 → the salient person, 该公司 → the salient organisation,
//! 我 → the speaker of the turn, 我们 → the speaker's organisation), and the
//! assertions of every rule that matched, with evidence. A turn starts
//! with `李涛：` (or `Kapoor:`) at the start of a line and lasts until the
//! next label; I/we/our are the speaker and the speaker's company as 我/我们
//! are. "The startup" is the organisation the text described as one; the
//! company just founded is the one the next sentence talks about.
//!
//! Besides the pattern rules, each sentence gets the co-occurrence rules
//! (`[[cooccur]]` in the rule files) and the well-known makers of
//! `resources/makers.tsv` (rule `known.maker`): a sentence naming a known
//! thing and its maker, with no negation, question or plan, confirms that
//! the maker made it.

use super::rules::{ObjectFill, Role, RuleMatch, SlotType, Unit, is_chinese};
use super::{DocExtraction, Extractor};
use crate::ingest::Document;
use crate::lexicon::Cues;
use crate::model::{
    Assertion, EntityKey, EntityType, Evidence, Mention, MentionKind, Object, Predicate, Value,
};
use std::collections::{HashMap, HashSet};

static ORG_PHRASE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?:这家|该|这个)\p{Han}{0,8}?(?:公司|企业|集团|创业公司|初创公司)|此(?:公司|企业|集团)|(?:^|[,:;(]|据)(?P<bare>公司)|(?:担任|出任|加入|离开|执掌|掌管|创办|创立)过?(?P<held>公司)|(?:^|[^尤极与])(?P<its>其)(?:联合创始人|创始人|创办人|CEO|首席执行官|董事长|总裁|总部|母公司|子公司|旗下|投资方|股东|主要投资方|核心产品|主要产品|主打产品|产品|自研|自主研发)",
    )
    .expect("valid regex")
});

/// the San Francisco company, the Chinese lab, the Paris-based startup.
static EN_ORG_DESCRIPTION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?-u:\b)[Tt]he\s+(?:[A-Z][\w-]*,?\s+){1,4}(?P<head>company|startup|start-up|firm|lab|chipmaker|carmaker|automaker|group|giant|chip designer|designer|manufacturer|developer)(?-u:\b)",
    )
    .expect("valid regex")
});

/// A year (and month) right after a name, before the word that founds it
/// (星图科技2015年成立; the words of `[cues] founding_words_zh` that found a
/// company on their own).
static YEAR_FOUNDED_AHEAD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?:19|20)\d\d年(?:\d{1,2}月)?(?:成立|创立|创办)").expect("valid regex")
});

/// Words of a funding round: a sentence with one may tell who raised it.
static ROUND_WORDS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)\b(?:round|funding|financing)\b|融资").expect("valid regex")
});

/// What follows the name of a company that raised money (OpenAI closed…,
/// Skild AI said it had raised…, 星河科技宣布完成…).
static RAISED_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:\s*(?:has|had|have|just|said it had|said it has|said it|says it has|announced it had|announced that it had))?\s*(?:raised|closed|secured|landed|completed|raises|closes|secures|lands|completes|picked\s+up|pulled\s+in|emerged\s+(?:from\s+stealth\s+)?with)\b|^\s*announc(?:ed|es)\s+(?:a|an|its|the)\s+(?:\S+\s+){0,4}?(?:round|funding|financing)\b|^(?:已|已经|宣布|正式|刚刚|近日)*(?:完成|获得|拿到)",
    )
    .expect("valid regex")
});

/// What follows 'the company' that the people talked about started (the
/// company they founded in 2018).
static FOUNDED_BY_PRONOUN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^\s+(?:that\s+|which\s+)?(?:they|he|she|we|the pair|the two)\s+(?:had\s+|have\s+|later\s+|then\s+)?(?:co-?founded|founded|started|set up|launched|created)\b",
    )
    .expect("valid regex")
});

/// An 'It' that stands for no company: It is clear that…, It takes time to….
static DUMMY_IT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^It\s+(?:is|was|'s|seems|seemed|appears|remains|has been|will be|would be|may be|takes|took|means)\s+(?:\w+\s+){0,3}?(?:that|to|for|whether|how|why|when|a\s+matter)\b",
    )
    .expect("valid regex")
});

#[derive(Default)]
struct State {
    salient_person: Option<MentionKind>,
    /// People named so far, the latest first, each once.
    people: Vec<MentionKind>,
    salient_org: Option<MentionKind>,
    speaker: Option<MentionKind>,
    /// Person canonical name → the organisation they found, lead or work
    /// for, and how strong the tie is (founding or leading over working).
    affiliation: HashMap<String, (MentionKind, u8)>,
    /// Person canonical name → every company they founded or led so far.
    led: HashMap<String, Vec<MentionKind>>,
    /// The last entity seen of each type.
    last: HashMap<EntityType, MentionKind>,
    /// The topic of each type: its first entity in the latest sentence that has one.
    topic: HashMap<EntityType, MentionKind>,
    /// The last company, model, app or product named.
    last_thing: Option<MentionKind>,
    /// How often each organisation has been named so far, and what it is.
    org_counts: HashMap<String, usize>,
    org_kinds: HashMap<String, MentionKind>,
    /// The companies (not schools) of the last two sentences that named one, latest first.
    recent_companies: Vec<Vec<MentionKind>>,
    /// The last organisation the text described as a startup.
    startup: Option<MentionKind>,
    /// The one the headline calls the startup (X: the startup that…).
    headline_startup: Option<MentionKind>,
    /// The last company told of as raising a round, and in which sentence
    /// (the funding round that OpenAI closed; 星河科技完成了A轮融资).
    round_org: Option<(usize, MentionKind)>,
    /// The company that opened the last sentence, and that sentence (the
    /// one a sentence is about: Brightwater Robotics, a rival, has raised…).
    opener_org: Option<(usize, MentionKind)>,
    /// The first person the text names: in a 问/答 interview, who answers.
    first_person: Option<MentionKind>,
    /// In an interviewer's turn, the one asked (who answered last, else the
    /// first person named); None in any other turn.
    asked: Option<MentionKind>,
    /// Person canonical name → whether the text has called them she (true)
    /// or he (false) (她/他).
    genders: HashMap<String, bool>,
    /// The last people named together (A和B, A and B) and the sentence that
    /// named them or last referred to them (两人, they); companies named
    /// together since clear it.
    /// The other people of that sentence come after them, for a word that
    /// counts more (his co-founders A and B … The three).
    /// (The last field is the sentence that named them together: a group
    /// lasts at most eight sentences after it.)
    group: Option<(usize, Vec<MentionKind>, Vec<MentionKind>, usize)>,
    /// The people of the last sentence that named any, in order, and that
    /// sentence: 'the two' after a sentence of two people (…where he met
    /// Bachrach. The two later joined Google) when no later group was named.
    sentence_people: Option<(usize, Vec<MentionKind>)>,
}

impl State {
    /// Forgets the organisations, things and people in view (a brief's next
    /// item); the speaker and what is known of people's ties remain.
    fn new_story(&mut self) {
        self.salient_org = None;
        self.salient_person = None;
        self.sentence_people = None;
        self.org_counts.clear();
        self.recent_companies.clear();
        self.startup = None;
        self.round_org = None;
        self.opener_org = None;
        self.group = None;
        self.last_thing = None;
        self.topic.clear();
        self.last.clear();
    }

    /// The company of the interview's current speaker (我们), if known.
    /// A company the speaker led before wins when the last sentences name
    /// it (主持人:猎豹和360当年打得你死我活? — 我们和360是正面竞争).
    fn speaker_org(&self) -> Option<MentionKind> {
        self.org_of(self.speaker.as_ref()?)
    }

    /// The company a speaker stands for: of those they led, the one the
    /// last sentences name, else the one they are tied to most strongly.
    fn org_of(&self, person: &MentionKind) -> Option<MentionKind> {
        let speaker = canonical(person)?;
        let led = self.led.get(speaker);
        self.recent_companies
            .iter()
            .flatten()
            .find(|k| led.is_some_and(|l| l.contains(k)))
            .cloned()
            .or_else(|| self.affiliation.get(speaker).map(|(k, _)| k.clone()))
    }

    /// In an interviewer's question, the company of the one asked (你们),
    /// as their own 我们 would mean it.
    fn listener_org(&self) -> Option<MentionKind> {
        self.org_of(self.asked.as_ref()?)
    }

    /// The company named most often so far, if one leads.
    fn topic_company(&self, school_words: &[String]) -> Option<MentionKind> {
        self.topic_company_but(|name| is_school(name, school_words))
    }

    /// The company the text is about that can be 'the startup': neither a
    /// school nor an investment firm by its name (Founders Fund, 红杉资本).
    fn topic_startup(&self, lex: &crate::lexicon::Lexicon) -> Option<MentionKind> {
        self.topic_company_but(|name| {
            is_school(name, &lex.cues.school_words)
                || lex.is_investor_name(name)
                || lex.is_steward_name(name)
        })
    }

    fn topic_company_but(&self, skip: impl Fn(&str) -> bool) -> Option<MentionKind> {
        let mut best: Option<(&String, usize)> = None;
        let mut tie = false;
        for (name, &n) in &self.org_counts {
            if skip(name) {
                continue;
            }
            match best {
                Some((_, b)) if n == b => tie = true,
                Some((_, b)) if n < b => {}
                _ => {
                    best = Some((name, n));
                    tie = false;
                }
            }
        }
        let (name, n) = best?;
        if tie || n < 2 {
            return None;
        }
        self.org_kinds.get(name).cloned()
    }

    /// The research organisation (a name with Research, Institute, Lab, or
    /// a unit ending of `[cues] unit_endings_zh`) named most often so far.
    fn research_org(&self, cues: &crate::lexicon::Cues) -> Option<MentionKind> {
        let research = |name: &str| {
            name.split_whitespace()
                .any(|w| matches!(w, "Research" | "Institute" | "Lab" | "Labs" | "Laboratory"))
                || cues
                    .unit_endings_zh
                    .iter()
                    .any(|w| name.ends_with(w.as_str()))
        };
        self.org_counts
            .iter()
            .filter(|(name, _)| research(name))
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .and_then(|(name, _)| self.org_kinds.get(name).cloned())
    }
}

/// Where the clause of `pos` starts in a sentence: after the last comma,
/// semicolon or colon before it (a list's 、 and 和 keep a clause whole).
fn clause_from(text: &str, pos: usize) -> usize {
    text[..pos].rfind([',', ';', ':']).map_or(0, |c| c + 1)
}

/// Whether a mention's words are an English pronoun for a company (It, it).
fn company_pronoun_en(word: &str) -> bool {
    matches!(word, "It" | "it")
}

/// Whether an organisation's mention stands before 的, 背后的 or 旗下的 and
/// another organisation's (TECNO背后的传音控股, 上汽旗下的智己): it qualifies
/// that one.
/// (`text` starts at byte `offset` of the document.)
fn qualifies_next(text: &str, offset: usize, ms: &[Mention], m: &Mention) -> bool {
    let rest = &text[m.end - offset..];
    ["背后的", "旗下的", "的"]
        .iter()
        .find(|w| rest.starts_with(**w))
        .is_some_and(|w| {
            ms.iter().any(|n| {
                n.start == m.end + w.len() && n.entity_type() == Some(EntityType::Organization)
            })
        })
}

fn is_school(name: &str, school_words: &[String]) -> bool {
    school_words
        .iter()
        .any(|w| name.starts_with(w.as_str()) || name.ends_with(w.as_str()))
}

/// Whether an organisation's name is a school's: a school word at either end
/// (清华大学, Stanford University) or, for some Latin ones, anywhere (Olin
/// College of Engineering).
fn is_school_name(name: &str, cues: &Cues) -> bool {
    is_school(name, &cues.school_words)
        || name
            .split([' ', ','])
            .any(|part| cues.school_words_inside_en.iter().any(|w| w == part))
}

fn etype(k: &MentionKind) -> Option<EntityType> {
    match k {
        MentionKind::Entity { etype, .. } => Some(*etype),
        MentionKind::Value(_) => None,
    }
}

fn canonical(k: &MentionKind) -> Option<&str> {
    match k {
        MentionKind::Entity { canonical, .. } => Some(canonical),
        MentionKind::Value(_) => None,
    }
}

/// The story each sentence belongs to: in a news brief (two or more lines
/// that are all 【headline】; one is a dateline or a title), each item line
/// opens a new one; any other document is one story.
pub(crate) fn stories(doc: &Document) -> Vec<usize> {
    let item_line = |i: usize| {
        let s = doc.sentences[i];
        let text = doc.norm[s.start..s.end].trim();
        s.starts_line && text.starts_with('【') && text.ends_with('】')
    };
    let n = doc.sentences.len();
    let brief = (0..n).filter(|&i| item_line(i)).count() >= 2;
    let mut story = 0;
    (0..n)
        .map(|i| {
            if brief && item_line(i) {
                story += 1;
            }
            story
        })
        .collect()
}

/// Walks the document; see the module documentation.
pub fn walk(
    doc: &Document,
    mentions: Vec<Mention>,
    joined: &[HashSet<usize>],
    story: &[usize],
    ex: &Extractor,
) -> DocExtraction {
    let mut by_sentence: Vec<Vec<Mention>> = vec![Vec::new(); doc.sentences.len()];
    for m in mentions {
        if let Some(v) = by_sentence.get_mut(m.sentence) {
            v.push(m);
        }
    }
    let mut state = State::default();
    let mut out = DocExtraction::default();
    for (i, mut ms) in by_sentence.into_iter().enumerate() {
        let s = doc.sentences[i];
        let text = &doc.norm[s.start..s.end];
        // 【Windsurf推出首个自研模型家族】: an item of a news brief opens a
        // new story; what the items before were about is no longer in view.
        if i > 0 && story[i] != story[i - 1] {
            state.new_story();
        }
        if s.starts_line {
            update_speaker(text, s.start, &ms, ex, &mut state);
            // A new paragraph returns to the document's subject: in an
            // interview the speaker's company, else the company named most
            // often so far is what 'the company' means at its start.
            if let Some(topic) = state
                .speaker_org()
                .or_else(|| state.topic_company(&ex.lexicon.cues.school_words))
            {
                state.salient_org = Some(topic);
            }
        }
        let plural = resolve_pronouns(text, s.start, i, &mut ms, ex, &state);
        for m in ms.iter().filter(|m| m.rule == "coref.person") {
            if let (Some(g), Some(n)) = (
                pronoun_gender(&doc.norm[m.start..m.end], &ex.lexicon.pronouns),
                canonical(&m.kind),
            ) {
                state.genders.insert(n.to_string(), g);
            }
        }
        // (the two, 两人 keep the people in view; a bare 'they' or 他们 does not)
        let counts = &ex.lexicon.pronouns.people_counts;
        let counted = ms.iter().any(|m| {
            m.rule == "coref.people"
                && plural.contains_key(&m.start)
                && people_counted(&doc.norm[m.start..m.end], counts).is_some()
        });
        if counted && let Some(g) = state.group.as_mut() {
            g.0 = i;
        }
        // 方汉:去年2月发布了天工2.0: the speaker's label is no subject of
        // what the answer says (the dropped subject is).
        let said: Vec<Mention> = ms
            .iter()
            .filter(|m| !is_speaker_label(text, s.start, m))
            .cloned()
            .collect();
        let first = out.assertions.len();
        read_relations(
            doc,
            i,
            &said,
            &joined[i],
            &plural,
            ex,
            &mut state,
            &mut out.assertions,
        );
        known_makers(doc, i, &said, ex, &mut out.assertions);
        dated_releases(doc, i, &said, ex, &mut out.assertions);
        respectively(doc, i, &said, &plural, ex, &state, &mut out.assertions);
        cooccurrences(doc, i, &said, ex, &mut out.assertions);
        one_date_each(&mut out.assertions, first);
        remember(text, s.start, i, &ms, &mut state, &ex.lexicon.cues);
        out.mentions.extend(ms);
    }
    out
}

/// A thing is released, and a company founded, once: where one sentence
/// gives a subject several dates, only the most confident reading stands
/// (深度求索上月20日发布的R1, read past 本月6日 by a looser rule as well).
fn one_date_each(assertions: &mut Vec<Assertion>, first: usize) {
    // The best reading of each (subject, predicate): the most confident,
    // then the tightest (the shortest evidence span).
    let mut best: HashMap<(&EntityKey, Predicate), usize> = HashMap::new();
    for (k, a) in assertions.iter().enumerate().skip(first) {
        if !a.predicate.takes_date() {
            continue;
        }
        let rank = |a: &Assertion| {
            (
                a.evidence.confidence,
                std::cmp::Reverse(a.evidence.end - a.evidence.start),
            )
        };
        best.entry((&a.subject, a.predicate))
            .and_modify(|b| {
                if rank(a) > rank(&assertions[*b]) {
                    *b = k;
                }
            })
            .or_insert(k);
    }
    let keep: HashSet<usize> = best.into_values().collect();
    let mut k = 0;
    assertions.retain(|a| {
        k += 1;
        k <= first || !a.predicate.takes_date() || keep.contains(&(k - 1))
    });
}

/// A person named at the start of the sentence right before a colon: a
/// speaker's label (方汉: …).
fn is_speaker_label(text: &str, offset: usize, m: &Mention) -> bool {
    m.start == offset
        && m.entity_type() == Some(EntityType::Person)
        && text[m.end - offset..].trim_start().starts_with(':')
}

fn update_speaker(text: &str, offset: usize, ms: &[Mention], ex: &Extractor, state: &mut State) {
    let Some(colon) = text.find(':') else { return };
    let label = text[..colon].trim();
    if label.is_empty() || label.chars().count() > 12 {
        return;
    }
    if ex.lexicon.interviewer_labels.iter().any(|l| l == label) {
        state.asked = state
            .speaker
            .take()
            .or_else(|| state.asked.clone())
            .or_else(|| state.first_person.clone());
        return;
    }
    // 答: the interviewee, the first person the text named (对话…创始人周启航).
    if ex.lexicon.answer_labels.iter().any(|l| l == label) {
        state.speaker = state.first_person.clone();
        state.asked = None;
        return;
    }
    if let Some(m) = ms.iter().find(|m| {
        m.start == offset && m.end <= offset + colon && m.entity_type() == Some(EntityType::Person)
    }) {
        state.speaker = Some(m.kind.clone());
        state.asked = None;
    }
}

/// Resolves the pronouns of a sentence into mentions (see the module
/// documentation). Returns, for each word that stands for several people
/// (两人, they), its start and the people besides the one its mention names.
fn resolve_pronouns(
    text: &str,
    offset: usize,
    sentence: usize,
    ms: &mut Vec<Mention>,
    ex: &Extractor,
    state: &State,
) -> HashMap<usize, Vec<MentionKind>> {
    let p = &ex.lexicon.pronouns;
    let mut plural = HashMap::new();
    let mut blocked: Vec<(usize, usize)> = ms
        .iter()
        .map(|m| (m.start - offset, m.end - offset))
        .collect();
    // (他们 is no 他, but it may be the people just named)
    for np in p.not_pronouns.iter().filter(|w| !p.people.contains(w)) {
        blocked.extend(
            text.match_indices(np.as_str())
                .map(|(i, w)| (i, i + w.len())),
        );
    }
    let speaker_org = state.speaker_org();
    let mut found: Vec<(usize, usize, &'static str, Option<MentionKind>)> = Vec::new();
    for (w, rule) in &ex.pronoun_words {
        let (w, rule) = (w.as_str(), *rule);
        for (pos, _) in text.match_indices(w) {
            let end = pos + w.len();
            if w.is_ascii() {
                let b = text.as_bytes();
                let left = pos == 0 || !b[pos - 1].is_ascii_alphanumeric();
                let right = end == b.len() || !b[end].is_ascii_alphanumeric();
                if !(left && right) {
                    continue;
                }
                // It is clear that…, It was hard to…: no company.
                if w == "It" && DUMMY_IT.is_match(&text[pos..]) {
                    continue;
                }
                // the startup Inflection AI: a head noun before a name is no pronoun.
                if w.contains(' ')
                    && text[end..]
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
                {
                    continue;
                }
            }
            if blocked.iter().any(|&(s, e)| pos < e && s < end) {
                continue;
            }
            // (a word for several people that stands for none here still
            // hides the 他 inside 他们)
            blocked.push((pos, end));
            if rule == "coref.people" && !names_people(text, pos, end, &p.people_next_words) {
                continue;
            }
            // Thinking Machines Lab, the startup that…: an apposition
            // describes the organisation right before it; it points at no
            // other, and the rules read its words.
            let appositive = text[..pos].strip_suffix(", ").is_some_and(|before| {
                ms.iter().any(|m| {
                    m.end == offset + before.len()
                        && m.entity_type() == Some(EntityType::Organization)
                })
            });
            if appositive && matches!(rule, "coref.organisation" | "coref.startup") {
                continue;
            }
            // Suno released v3, the model that made its name: 'the model'
            // after a comma describes what comes before it, named or not.
            if rule == "coref.model" && text[..pos].ends_with(", ") {
                continue;
            }
            // 我们两个人辞职,创办了UC优视; 我们俩: people, the speaker among them.
            let rule = if rule == "coref.speaker_org"
                && ["两个人", "俩", "两人", "几个人", "三个人", "几位"]
                    .iter()
                    .any(|w| text[end..].starts_with(w))
            {
                "coref.speaker"
            } else if rule == "coref.organisation"
                && p.institution.iter().any(|w| *w == text[pos..end])
            {
                "coref.institution"
            } else {
                rule
            };
            let target = match rule {
                "coref.speaker_org" => speaker_org.clone(),
                "coref.listener_org" => state.listener_org(),
                "coref.institution" => state.salient_org.clone(),
                // The institute, the lab: the research organisation named
                // most so far, where there is one.
                "coref.organisation"
                    if ["institute", "lab"]
                        .iter()
                        .any(|w| text[pos..end].to_lowercase().ends_with(w)) =>
                {
                    state
                        .research_org(&ex.lexicon.cues)
                        .or_else(|| state.salient_org.clone())
                }
                "coref.organisation" => state.salient_org.clone(),
                // (…while the text has moved on to another company, the
                // one the document is about, named most: Kensho, a
                // start-up… — Suno's first release…; the start-up published
                // Bark)
                "coref.startup" => match &state.startup {
                    Some(s)
                        if state
                            .recent_companies
                            .first()
                            .is_some_and(|c| !c.contains(s)) =>
                    {
                        state
                            .headline_startup
                            .clone()
                            .or_else(|| state.topic_startup(&ex.lexicon))
                            .or_else(|| state.salient_org.clone())
                            .or_else(|| Some(s.clone()))
                    }
                    Some(s) => Some(s.clone()),
                    // (no company described as one: the one the document is
                    // about, and no investment firm)
                    None => state
                        .topic_startup(&ex.lexicon)
                        .or_else(|| state.salient_org.clone()),
                },
                "coref.speaker" => state.speaker.clone(),
                "coref.model" => state.last.get(&EntityType::AIModel).cloned(),
                // (a company named in passing before, 米哈游…。此后,腾讯也
                //出现在它的股东名单上: 它 is the company talked about)
                "coref.thing" => match &state.last_thing {
                    Some(k) if etype(k) == Some(EntityType::Organization) => {
                        state.salient_org.clone().or_else(|| Some(k.clone()))
                    }
                    other => other.clone(),
                },
                // The people named together last: in this sentence before
                // the word, else in the last three sentences.
                "coref.people" => {
                    let here = named_together(text, offset, ms)
                        .into_iter()
                        .filter(|(end, _, _)| *end <= offset + pos)
                        .max_by_key(|(end, _, _)| *end);
                    let group = match here {
                        Some((_, EntityType::Person, g)) => {
                            let others =
                                others_than(&g, ms.iter().filter(|m| m.end <= offset + pos));
                            Some((g, others))
                        }
                        Some(_) => None,
                        None => state
                            .sentence_people
                            .as_ref()
                            .filter(|(at, people)| {
                                // (the last sentence that named people, one
                                // sentence between at most)
                                at + 2 >= sentence
                                    && people.len() >= 2
                                    && people_counted(w, &p.people_counts) == Some(people.len())
                                    && state
                                        .group
                                        .as_ref()
                                        .is_none_or(|(_, g, _, origin)| origin < at && g != people)
                            })
                            .map(|(_, people)| (people.clone(), Vec::new()))
                            .or_else(|| {
                                state
                                    .group
                                    .as_ref()
                                    .filter(|(at, _, _, origin)| {
                                        at + 3 >= sentence && origin + 8 >= sentence
                                    })
                                    .map(|(_, g, o, _)| (g.clone(), o.clone()))
                            }),
                    };
                    // The three: as many as the word counts, the other
                    // people of the sentence filling up the group.
                    let group = group.and_then(|(mut g, others)| {
                        match people_counted(w, &p.people_counts) {
                            None => Some(g),
                            Some(n) if g.len() == n => Some(g),
                            // (两人 after three people named together: not them)
                            Some(n) if g.len() > n => None,
                            Some(n) if g.len() + others.len() >= n => {
                                let k = n - g.len();
                                g.extend(others.into_iter().take(k));
                                Some(g)
                            }
                            Some(_) => None,
                        }
                    });
                    group.and_then(|g| {
                        plural.insert(offset + pos, g[1..].to_vec());
                        g.first().cloned()
                    })
                }
                // 前者/后者: the first or the last of the things of one
                // kind just named (A和B……前者; 超过了Llama,而后者…): the kind
                // of the last name before it, named twice or more in this
                // sentence, else the companies of the last sentence.
                "coref.former" | "coref.latter" => {
                    let before: Vec<&Mention> = ms
                        .iter()
                        .filter(|m| m.end <= offset + pos && m.entity_type().is_some())
                        .collect();
                    let kind = before.last().and_then(|m| m.entity_type());
                    let here: Vec<MentionKind> = before
                        .iter()
                        .filter(|m| m.entity_type() == kind)
                        .map(|m| m.kind.clone())
                        .fold(Vec::new(), |mut v, k| {
                            if !v.contains(&k) {
                                v.push(k);
                            }
                            v
                        });
                    // (X包括A和B,后者在前者基础上…: of three or more, the
                    // last two named are the pair)
                    let group = if here.len() >= 2 {
                        Some(here[here.len() - 2..].to_vec())
                    } else {
                        state
                            .recent_companies
                            .first()
                            .filter(|c| c.len() >= 2)
                            .cloned()
                    };
                    group.and_then(|g| {
                        if rule == "coref.former" {
                            g.first().cloned()
                        } else {
                            g.last().cloned()
                        }
                    })
                }
                _ => None, // persons: resolved in text order below
            };
            found.push((pos, end, rule, target));
        }
    }
    // 老周, 老王: 老 and a surname is the latest person of that family name,
    // standing alone (跟着老周做…), not inside a word (养老金, 老师说).
    let cues = &ex.lexicon.cues;
    for (pos, _) in text.match_indices('老') {
        let Some(c) = text[pos + '老'.len_utf8()..].chars().next() else {
            continue;
        };
        let end = pos + '老'.len_utf8() + c.len_utf8();
        let before_ok = text[..pos].chars().next_back().is_none_or(|b| {
            !('\u{4E00}'..='\u{9FFF}').contains(&b)
                || cues
                    .nickname_before
                    .iter()
                    .any(|w| text[..pos].ends_with(w.as_str()))
        });
        let after_ok = text[end..].is_empty()
            || cues
                .nickname_after
                .iter()
                .any(|w| text[end..].starts_with(w.as_str()));
        if !before_ok
            || !after_ok
            || !ex.lexicon.has_surname(&c.to_string())
            || blocked.iter().any(|&(s, e)| pos < e && s < end)
        {
            continue;
        }
        if let Some(p) = state
            .people
            .iter()
            .find(|p| canonical(p).is_some_and(|n| n.starts_with(c)))
        {
            blocked.push((pos, end));
            found.push((pos, end, "coref.nickname", Some(p.clone())));
        }
    }
    // …and in November it introduced Frames: a lower-case 'it' that does what
    // companies do (`[cues] it_company_verbs_en`) is the company talked about.
    for (pos, _) in text.match_indices("it ") {
        let end = pos + 2;
        let left = pos == 0 || !text.as_bytes()[pos - 1].is_ascii_alphanumeric();
        let rest = text[pos + 3..]
            .trim_start_matches("then ")
            .trim_start_matches("also ");
        // (it is now based in, it was later acquired: an adverb after the
        // auxiliary)
        let rest: std::borrow::Cow<'_, str> = ["is ", "was "]
            .iter()
            .find_map(|aux| {
                let after = rest.strip_prefix(aux)?;
                let w = ["now ", "still ", "later ", "also "]
                    .iter()
                    .find(|w| after.starts_with(**w))?;
                Some(format!("{aux}{}", &after[w.len()..]).into())
            })
            .unwrap_or(rest.into());
        let cues = &ex.lexicon.cues;
        let verb = cues.it_company_verbs_en.iter().any(|v| {
            rest.starts_with(v.as_str())
                && !rest[v.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
                && !rest[v.len()..]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| cues.it_verb_not_before_en.iter().any(|n| n == w))
        });
        if left && verb && !blocked.iter().any(|&(s, e)| pos < e && s < end) {
            // (The startup's first office was in Irvine; it is now based in
            // Costa Mesa: the company that opens the sentence)
            let opener = ms
                .iter()
                .filter(|m| m.start == offset && m.entity_type() == Some(EntityType::Organization))
                .map(|m| m.kind.clone())
                .chain(
                    found
                        .iter()
                        .filter(|f| {
                            f.0 == 0
                                && f.3.as_ref().and_then(etype) == Some(EntityType::Organization)
                        })
                        .filter_map(|f| f.3.clone()),
                )
                .next();
            blocked.push((pos, end));
            found.push((
                pos,
                end,
                "coref.organisation",
                opener.or_else(|| state.salient_org.clone()),
            ));
        }
    }
    // the San Francisco company, the Chinese lab: a definite description not
    // followed by a name (the Japanese carrier SoftBank is an apposition).
    for c in EN_ORG_DESCRIPTION.captures_iter(text) {
        // The head noun stands for the company; a place in the description stays a place.
        let m = c.name("head").expect("group head");
        let next = text[m.end()..].trim_start();
        let names_follow = next.starts_with(|c: char| c.is_ascii_uppercase());
        // Perplexity, the San Francisco company…: an apposition, read by the rules.
        let apposition = text[..c.get(0).expect("group 0").start()]
            .trim_end()
            .ends_with(',');
        if !names_follow
            && !apposition
            && !blocked.iter().any(|&(s, e)| m.start() < e && s < m.end())
        {
            blocked.push((m.start(), m.end()));
            found.push((
                m.start(),
                m.end(),
                "coref.organisation",
                state.salient_org.clone(),
            ));
        }
    }
    // 这家移动互联网公司, 该创业公司: a demonstrative and a head noun refer to the salient organisation.
    for c in ORG_PHRASE.captures_iter(text) {
        // A bare 公司 opening a clause (…,公司于2023年成立) is the company being talked about.
        // 其创始人, 其总部: 其 before a company's role or parts is that company.
        // 担任公司CEO: the company a verb takes is the one named last.
        let (m, rule) = match c.name("held") {
            Some(m) => (m, "coref.organisation_last"),
            None => (
                c.name("bare")
                    .or_else(|| c.name("its"))
                    .unwrap_or_else(|| c.get(0).expect("group 0")),
                "coref.organisation",
            ),
        };
        // (In an interview, a bare 公司 is the speaker's company, not the
        // investor just named: 中科创星就是老股东之一。到2020年，公司累计融资…)
        let target = if c.name("bare").is_some() {
            speaker_org.clone().or_else(|| state.salient_org.clone())
        } else {
            state.salient_org.clone()
        };
        if !blocked.iter().any(|&(s, e)| m.start() < e && s < m.end()) {
            blocked.push((m.start(), m.end()));
            found.push((m.start(), m.end(), rule, target));
        }
    }
    found.sort_by_key(|f| f.0);
    for (pos, end, rule, target) in found {
        let before = |t: EntityType| {
            ms.iter()
                .filter(move |m| m.end <= offset + pos && m.entity_type() == Some(t) && !m.coref)
        };
        let target = match rule {
            // The last person named before it in this sentence, else the
            // salient one; in a turn of an interview, 他 is never the speaker
            // (我又跟着他去了奇虎).
            "coref.person" => {
                let speaker = state.speaker.as_ref();
                // (…co-found OpenAI with Sam Altman, Greg Brockman, Elon Musk
                // and others, and he served as…: a person inside a list is
                // not who 'he' is; the sentence's first person, when it
                // stands outside the list, is)
                let listed: Vec<MentionKind> = named_together(text, offset, ms)
                    .into_iter()
                    .filter(|(end, t, _)| *end <= offset + pos && *t == EntityType::Person)
                    .flat_map(|(_, _, g)| g)
                    .collect();
                // (With his business partner Brad Keywell he co-founded…: a
                // person whom the pronoun's own possessive owns, within three
                // words or four characters, is another; her co-founder X
                // said he…: X may well be he)
                let pronoun = text[pos..end].to_lowercase();
                let owned = |m: &Mention| {
                    let before = &text[..m.start - offset];
                    ex.lexicon
                        .pronouns
                        .possessives
                        .iter()
                        .filter(|(_, owner)| **owner == pronoun)
                        .any(|(p, _)| {
                            if p.is_ascii() {
                                before
                                    .split_whitespace()
                                    .rev()
                                    .take(3)
                                    .any(|w| w.eq_ignore_ascii_case(p))
                            } else {
                                // (她的丈夫X: CJK words only between)
                                let tail = &before[crate::extract::discover::chars_back(
                                    before,
                                    before.len(),
                                    p.chars().count() + 4,
                                )..];
                                tail.find(p.as_str()).is_some_and(|i| {
                                    tail[i + p.len()..]
                                        .chars()
                                        .all(crate::extract::discover::is_cjk)
                                })
                            }
                        })
                };
                // (…hired Urtasun. Kalanick welcomed her. A year later she
                // was promoted: one the text called he or she before is
                // never the other; one it called she before is who she
                // means, over one it never did; he is too common a word to
                // tell as much)
                let gender = pronoun_gender(&pronoun, p);
                let known = |k: &MentionKind| canonical(k).and_then(|n| state.genders.get(n));
                let fits = |k: &MentionKind| {
                    gender.is_none() || known(k).is_none_or(|g| Some(*g) == gender)
                };
                let first = before(EntityType::Person)
                    .filter(|m| Some(&m.kind) != speaker && !owned(m) && fits(&m.kind))
                    .min_by_key(|m| m.start)
                    .filter(|m| !listed.contains(&m.kind))
                    .map(|m| m.kind.clone());
                let matched = || {
                    state
                        .people
                        .iter()
                        .take(4)
                        .find(|k| {
                            gender == Some(true) && known(k) == Some(&true) && Some(*k) != speaker
                        })
                        .cloned()
                };
                before(EntityType::Person)
                    .filter(|m| Some(&m.kind) != speaker && !owned(m) && fits(&m.kind))
                    .max_by_key(|m| m.start)
                    .map(|m| m.kind.clone())
                    // (a listed person with no subject outside the list: the
                    // person talked about, below)
                    .and_then(|last| {
                        if listed.contains(&last) {
                            first.clone()
                        } else {
                            Some(last)
                        }
                    })
                    .or_else(|| match speaker {
                        // (the subject of the last sentence before the last
                        // person named: 天城同样是…在姚期智先生主持的实验班… 他先在谷歌)
                        Some(s) => state
                            .salient_person
                            .clone()
                            .filter(|p| {
                                p != s
                                    && fits(p)
                                    && (known(p) == gender.as_ref() || matched().is_none())
                            })
                            .or_else(matched)
                            .or_else(|| state.people.iter().find(|p| *p != s && fits(p)).cloned()),
                        None => state
                            .salient_person
                            .clone()
                            .filter(|p| {
                                fits(p) && (known(p) == gender.as_ref() || matched().is_none())
                            })
                            .or_else(matched)
                            .or_else(|| state.people.iter().find(|p| fits(p)).cloned()),
                    })
            }
            // A round from A, B and C valued the company at $5 billion: what
            // is valued is the company funded (the one invested in, where the
            // sentence names it), never an investor the sentence names.
            "coref.organisation"
                if text[pos..end].is_ascii()
                    && text[..pos].trim_end().rsplit(' ').next().is_some_and(|w| {
                        ex.lexicon.cues.valuation_verbs_en.iter().any(|v| v == w)
                    }) =>
            {
                before(EntityType::Organization)
                    .filter(|m| {
                        let b = text[..m.start - offset].trim_end();
                        let word = b.rsplit(' ').next().unwrap_or(b);
                        ex.lexicon.cues.invested_in_en.iter().any(|w| w == word)
                    })
                    .max_by_key(|m| m.start)
                    .map(|m| m.kind.clone())
                    .or_else(|| {
                        target.filter(|t| !before(EntityType::Organization).any(|m| m.kind == *t))
                    })
            }
            // The company they founded in 2018: a company its people
            // started, the one the text is about, but never the one the text
            // was just telling of (…left Apple in 2016); else none. (Where
            // the text was telling of their own company, this loses it: a
            // known gap.)
            "coref.organisation" if FOUNDED_BY_PRONOUN.is_match(&text[end..]) => state
                .topic_startup(&ex.lexicon)
                .filter(|t| state.salient_org.as_ref() != Some(t)),
            // An apposition (Anyscale, the company behind Ray) is the name it follows;
            // else the company this sentence is about (its first), else the salient one.
            "coref.organisation" => before(EntityType::Organization)
                .find(|m| {
                    let gap = &text[m.end - offset..pos];
                    gap.trim() == ","
                })
                // (a school is never what 'the company' means: a Harvard
                // graduate who joined Amazon … the company's business; nor
                // is the subject of a copula before it: 启明创投是这家公司的
                // 投资方之一)
                // (It was spun out under Alphabet, and the … firm launched…:
                // a company the sentence already refers to by a pronoun comes
                // first)
                .or_else(|| {
                    ms.iter()
                        .filter(|m| {
                            m.coref
                                && m.end <= offset + pos
                                && m.entity_type() == Some(EntityType::Organization)
                                && company_pronoun_en(&text[m.start - offset..m.end - offset])
                        })
                        .min_by_key(|m| m.start)
                })
                .or_else(|| {
                    // (A、B和C都位列其股东名单: those named in 其's own clause
                    // are its investors, not it)
                    let investors_of_it = text[pos..].starts_with('其')
                        && ["股东", "投资方", "主要投资方", "投资人"]
                            .iter()
                            .any(|w| text[end..].starts_with(w));
                    let clause = clause_from(text, pos);
                    // (…agreed to buy 80 percent of the company from
                    // SoftBank: an English 'the company' after a preposition
                    // is another than the clause's; Under SoftBank the firm
                    // bought…: nor is a company after a preposition the
                    // clause's subject)
                    let english = text[pos..end].is_ascii();
                    let governed = |at: usize| {
                        let b = text[..at].trim_end();
                        let word = b.rsplit(' ').next().unwrap_or(b);
                        english
                            && ex
                                .lexicon
                                .cues
                                .prepositions_en
                                .iter()
                                .any(|p| p.eq_ignore_ascii_case(word))
                    };
                    // (…said that Isuzu would invest $30 million in the
                    // company: of two companies before it, the first, the
                    // one the sentence tells of, not the clause's subject)
                    if governed(pos) {
                        let named: Vec<&Mention> = before(EntityType::Organization)
                            .filter(|m| !m.coref && !governed(m.start - offset))
                            .collect();
                        let first = named.iter().min_by_key(|m| m.start)?;
                        let last = named.iter().max_by_key(|m| m.start)?;
                        // (…the first said that the last would invest: not
                        // A and B each put money into the company)
                        if first.kind == last.kind || first.end > last.start {
                            return None;
                        }
                        let reported = text[first.end - offset..last.start - offset]
                            .split_whitespace()
                            .any(|w| ["that", "said", "says"].contains(&w));
                        return reported.then_some(*first);
                    }
                    // (据36氪此前的报道,公司总部位于深圳: the source a
                    // sentence cites is not the company it tells of)
                    let cited = |at: usize| {
                        ex.lexicon
                            .cues
                            .source_markers_zh
                            .iter()
                            .any(|w| text[..at].ends_with(w.as_str()))
                    };
                    // (Microsoft, which has backed the company since 2022:
                    // the company a relative clause tells of is not the one
                    // it hangs on)
                    let relative_of = |m: &&Mention| {
                        english && {
                            let gap = &text[m.end - offset..pos];
                            [", which ", ", who ", ", that "]
                                .iter()
                                .any(|w| gap.starts_with(w))
                                && !gap.contains([';', '.'])
                                && gap.matches(',').count() == 1
                        }
                    };
                    before(EntityType::Organization)
                        .filter(|m| !governed(m.start - offset) && !cited(m.start - offset))
                        .filter(|m| !relative_of(m))
                        .filter(|m| !investors_of_it || m.end <= offset + clause)
                        .filter(|m| {
                            canonical(&m.kind)
                                .is_none_or(|n| !is_school(n, &ex.lexicon.cues.school_words))
                                && !ex
                                    .lexicon
                                    .cues
                                    .copulas_zh
                                    .iter()
                                    .any(|c| c == text[m.end - offset..pos].trim())
                        })
                        .min_by_key(|m| m.start)
                })
                .map(|m| m.kind.clone())
                .or(target),
            // 该机构, 该基金: the investment firm named last before it (由A领投,
            // 该机构合伙人…; A完成了对B的投资,…该机构合伙人), else the
            // organisation named last.
            "coref.institution" => before(EntityType::Organization)
                .filter(|m| canonical(&m.kind).is_some_and(|n| ex.lexicon.is_investor_name(n)))
                .max_by_key(|m| m.start)
                .or_else(|| before(EntityType::Organization).max_by_key(|m| m.start))
                .map(|m| m.kind.clone())
                .or(target),
            // 研究院副院长朱军担任公司首席科学家: a school is no 公司.
            // …nor an organisation that only describes a person
            // (前阿里云副总裁韩立新出任公司CEO).
            "coref.organisation_last" => before(EntityType::Organization)
                .filter(|m| {
                    canonical(&m.kind).is_none_or(|n| !is_school(n, &ex.lexicon.cues.school_words))
                        && !ex
                            .lexicon
                            .roles
                            .iter()
                            .any(|r| text[m.end - offset..].starts_with(r.as_str()))
                })
                .max_by_key(|m| m.start)
                .map(|m| m.kind.clone())
                .or(target),
            // 它: the last company, model, app or product named before it,
            // not in its own clause (A、B和C就投了它的天使轮: 它 is none of
            // those who did it).
            "coref.thing" => {
                let clause = clause_from(text, pos);
                // (它的天使轮, 它的股东: what only a company has)
                let after = &text[end..];
                let company = after.starts_with('的')
                    && (ex
                        .lexicon
                        .cues
                        .org_context_after_zh
                        .iter()
                        .any(|w| w.starts_with('的') && after.starts_with(w.as_str()))
                        || ex
                            .lexicon
                            .cues
                            .company_possessions_zh
                            .iter()
                            .any(|w| after.starts_with(w.as_str()))
                        || after.chars().take(4).any(|c| c == '轮'));
                // (今年3月它又发布了GPT-4: what releases a thing is a company;
                // 它开售了, with nothing released after the verb, is the thing)
                let rest = after.trim_start_matches(|c| "又也还则再已就便随即".contains(c));
                let maker = ex.lexicon.cues.release_verbs.iter().any(|v| {
                    rest.strip_prefix(v.as_str())
                        .and_then(|r| r.chars().next())
                        .is_some_and(|c| c.is_alphanumeric())
                });
                let company = company || maker;
                // (这款应用: a Chinese word with a kind of thing in it is
                // never a company, whatever was named last; 'the app' that
                // a company bought may be the company)
                let kind_word = !text[pos..end].is_ascii() && &text[pos..end] != "它";
                let fits = |k: &MentionKind| {
                    if kind_word {
                        etype(k) != Some(EntityType::Organization)
                    } else {
                        !company || etype(k) == Some(EntityType::Organization)
                    }
                };
                ms.iter()
                    .filter(|m| {
                        m.end <= offset + clause
                            && !m.coref
                            && m.entity_type().is_some_and(is_thing)
                            && fits(&m.kind)
                    })
                    .max_by_key(|m| m.start)
                    .map(|m| m.kind.clone())
                    .or(target.filter(|k| fits(k)))
                    .or_else(|| state.salient_org.clone().filter(|_| company))
            }
            // The last model named before it in this sentence, else the last one.
            "coref.model" => before(EntityType::AIModel)
                .max_by_key(|m| m.start)
                .map(|m| m.kind.clone())
                .or(target),
            _ => target,
        };
        if let Some(kind) = target {
            ms.push(Mention {
                start: offset + pos,
                end: offset + end,
                sentence,
                kind,
                rule,
                confidence: 0.8,
                coref: true,
            });
            ms.sort_by_key(|m| m.start);
        }
    }
    plural
}

/// Whether a pronoun for one person says she (true) or he (false):
/// `[pronouns] feminine` and `masculine`, compared without case.
fn pronoun_gender(pronoun: &str, p: &crate::lexicon::Pronouns) -> Option<bool> {
    let is = |ws: &[String]| ws.iter().any(|w| w.eq_ignore_ascii_case(pronoun));
    if is(&p.feminine) {
        Some(true)
    } else if is(&p.masculine) {
        Some(false)
    } else {
        None
    }
}

/// Whether a word for several people (两人, they, the two) stands for people
/// here: not 我们两人 (the speaker is among them), not 两人工智能, and an
/// English one only before a word of `[pronouns] people_next_words` or a
/// past tense (the two met, they left; not the two companies, they say).
fn names_people(text: &str, pos: usize, end: usize, next_words: &[String]) -> bool {
    let before = &text[..pos];
    let after = &text[end..];
    let word = &text[pos..end];
    if ["我们", "咱们", "我"].iter().any(|w| before.ends_with(w)) {
        return false;
    }
    if !word.is_ascii() {
        return !(word.ends_with('人') && after.starts_with('工'));
    }
    let next: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphabetic() || *c == '-')
        .collect();
    // (a past tense: they met, the pair founded; not they need, they proceed)
    let past = next.len() > 3 && next.ends_with("ed") && !next.ends_with("eed");
    after.starts_with(' ') && (next_words.contains(&next) || past)
}

/// The people named among `ms` (each once, no pronouns) besides a group:
/// who a word that counts more than the group may mean too.
fn others_than<'a>(
    group: &[MentionKind],
    ms: impl Iterator<Item = &'a Mention>,
) -> Vec<MentionKind> {
    let mut out: Vec<MentionKind> = Vec::new();
    for m in ms.filter(|m| m.entity_type() == Some(EntityType::Person) && !m.coref) {
        if !group.contains(&m.kind) && !out.contains(&m.kind) {
            out.push(m.kind.clone());
        }
    }
    out
}

/// How many people a word for several people counts (两人 2, the three 3),
/// by `[pronouns] people_counts`.
fn people_counted(word: &str, counts: &std::collections::BTreeMap<String, usize>) -> Option<usize> {
    let w = word.to_lowercase();
    counts
        .iter()
        .find(|(n, _)| w.contains(n.as_str()))
        .map(|(_, c)| *c)
}

/// Runs of two or more entities of one type (people, companies) joined by
/// 和, 与, 、, and, commas: where each run ends, its type and its entities.
fn named_together(
    text: &str,
    offset: usize,
    ms: &[Mention],
) -> Vec<(usize, EntityType, Vec<MentionKind>)> {
    const JOINS: [&str; 10] = [
        "和", "与", "、", "及", "以及", "跟", ",", "and", ", and", "&",
    ];
    let mut out = Vec::new();
    let mut run: Vec<&Mention> = Vec::new();
    let flush = |run: &mut Vec<&Mention>, out: &mut Vec<_>| {
        if run.len() >= 2 {
            let mut kinds: Vec<MentionKind> = Vec::new();
            for m in run.iter() {
                if !kinds.contains(&m.kind) {
                    kinds.push(m.kind.clone());
                }
            }
            if kinds.len() >= 2 {
                let t = run[0].entity_type().expect("entity mention");
                out.push((run.last().expect("non-empty").end, t, kinds));
            }
        }
        run.clear();
    };
    for m in ms.iter().filter(|m| {
        matches!(
            m.entity_type(),
            Some(EntityType::Person | EntityType::Organization)
        )
    }) {
        let joined = run.last().is_some_and(|prev| {
            prev.entity_type() == m.entity_type()
                && m.start >= prev.end
                && JOINS.contains(&text[prev.end - offset..m.start - offset].trim())
        });
        if !joined {
            flush(&mut run, &mut out);
        }
        run.push(m);
    }
    flush(&mut run, &mut out);
    out
}

/// Builds the unit sequence of a sentence: characters (spaces dropped) and
/// mentions, with each unit's byte span in the document.
fn units(
    doc: &Document,
    sentence: usize,
    ms: &[Mention],
    joined: &HashSet<usize>,
    honorifics: &[String],
    honorifics_before: &[String],
) -> (Vec<Unit>, Vec<(usize, usize)>) {
    let s = doc.sentences[sentence];
    let mut units = Vec::new();
    let mut spans = Vec::new();
    let mut at = s.start;
    let mut next = 0;
    while at < s.end {
        if let Some((k, m)) = ms
            .iter()
            .enumerate()
            .skip(next)
            .find(|(_, m)| m.start >= at)
            .filter(|(_, m)| m.start == at)
        {
            let kind = match &m.kind {
                MentionKind::Entity { etype, .. } => SlotType::Entity(*etype),
                MentionKind::Value(Value::Date(_)) => SlotType::Date,
                MentionKind::Value(Value::Amount { .. }) => SlotType::Amount,
            };
            // English first-person words of an interview (we, our, I) may
            // fill a slot but stand in a gap like words: "QM-70B, that we
            // built on top of Llama 3".
            let first_person = m.coref
                && matches!(m.rule, "coref.speaker" | "coref.speaker_org")
                && doc.norm[m.start..m.end].is_ascii();
            units.push(Unit::Mention {
                index: k,
                kind,
                entity: matches!(kind, SlotType::Entity(_)) && !first_person,
            });
            at = m.end.max(at + 1);
            // An honorific belongs to the name it follows (施建祥先生创办的…).
            if kind == SlotType::Entity(EntityType::Person)
                && let Some(h) = honorifics
                    .iter()
                    .find(|h| doc.norm[at..s.end].starts_with(h.as_str()))
            {
                at += h.len();
            }
            // 谷歌(Google), 深度求索(DeepSeek): the same name again in
            // brackets belongs to the mention, so that 在谷歌(Google)工作 reads
            // as 在谷歌工作.
            if let Some(j) = bracketed_alias(doc, ms, k, at, s.end) {
                at = ms[j].end + 1;
                next = j + 1;
            } else {
                next = k + 1;
            }
            spans.push((m.start, at));
            continue;
        }
        // Dr. Sarah Lindholm: a title before a name stands for no words.
        if let Some(h) = honorifics_before
            .iter()
            .filter(|h| doc.norm[at..s.end].starts_with(h.as_str()))
            .max_by_key(|h| h.len())
            && let Some(after) = doc.norm[at + h.len()..s.end].strip_prefix(' ')
            && ms.iter().skip(next).any(|m| {
                m.start == s.end - after.len() && m.entity_type() == Some(EntityType::Person)
            })
        {
            at = s.end - after.len();
            continue;
        }
        let c = doc.norm[at..].chars().next().expect("inside the text");
        if !c.is_whitespace() {
            units.push(Unit::Char(c, joined.contains(&(at + c.len_utf8() - 1))));
            spans.push((at, at + c.len_utf8()));
        }
        at += c.len_utf8();
    }
    (units, spans)
}

/// The mention of the same entity right after `at` in brackets, `(…)`,
/// if the bracket holds nothing else.
fn bracketed_alias(
    doc: &Document,
    ms: &[Mention],
    k: usize,
    at: usize,
    end: usize,
) -> Option<usize> {
    let key = ms[k].entity_key()?;
    let open = doc.norm[at..end].strip_prefix('(')?;
    let j = k + 1 + ms[k + 1..].iter().position(|m| m.start >= at)?;
    let alias = &ms[j];
    (alias.start == end - open.len()
        && alias.entity_key().as_ref() == Some(&key)
        && doc.norm[alias.end..end].starts_with(')'))
    .then_some(j)
}

fn contains_cue(text: &str, cue: &str) -> bool {
    if !cue.is_ascii() {
        return text.contains(cue);
    }
    text.match_indices(cue)
        .any(|(i, _)| cue_at_word(text.as_bytes(), i, cue.len()))
}

/// Whether `len` bytes at `at` stand as a word (no letter or digit around).
fn cue_at_word(b: &[u8], at: usize, len: usize) -> bool {
    let end = at + len;
    (at == 0 || !b[at - 1].is_ascii_alphanumeric())
        && (end == b.len() || !b[end].is_ascii_alphanumeric())
}

/// The text of a match from `bs` to `be` with the two characters before it
/// (negation just before the match counts too: 并没有推出…) and with names
/// blanked out (names are no cue words: 冰火未央 holds 未, Nevermind holds
/// never).
fn masked(doc: &Document, i: usize, bs: usize, be: usize, ms: &[Mention]) -> String {
    let s = doc.sentences[i];
    let lead = doc.norm[s.start..bs]
        .chars()
        .rev()
        .take(2)
        .map(char::len_utf8)
        .sum::<usize>();
    doc.norm[bs - lead..be]
        .char_indices()
        .map(|(k, c)| {
            let at = bs - lead + k;
            if ms.iter().any(|m| m.start <= at && at < m.end && !m.coref) {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// The confidence of a `creator` read from a sentence that names a well-known
/// thing together with its well-known maker (ChatGPT and OpenAI): lower than
/// a rule's, as no cue word ties the two.
const KNOWN_MAKER_CONFIDENCE: f32 = 0.6;

/// `creator` facts that `resources/makers.tsv` knows and this sentence
/// confirms by naming both the thing and its maker, neither through a
/// pronoun, with no negation, question or plan between them.
fn known_makers(
    doc: &Document,
    i: usize,
    ms: &[Mention],
    ex: &Extractor,
    out: &mut Vec<Assertion>,
) {
    let s = doc.sentences[i];
    let sentence = &doc.norm[s.start..s.end];
    for t in ms.iter().filter(|m| !m.coref) {
        let Some(makers) = canonical(&t.kind).and_then(|n| ex.lexicon.makers.get(n)) else {
            continue;
        };
        if matches!(
            etype(&t.kind),
            None | Some(EntityType::Person | EntityType::Organization | EntityType::Place)
        ) {
            continue;
        }
        for m in ms.iter().filter(|m| !m.coref) {
            let (Some(subject), Some(maker)) = (t.entity_key(), m.entity_key()) else {
                continue;
            };
            if !matches!(maker.etype, EntityType::Organization | EntityType::Person)
                || !makers.contains(&maker.name)
            {
                continue;
            }
            // In Chinese, both in one clause (a comma ends a statement there;
            // in English it mostly opens an apposition: Gemini, Google's model).
            let (first, second) = if t.start < m.start { (t, m) } else { (m, t) };
            let between = &doc.norm[first.end.min(second.start)..second.start];
            if is_chinese(sentence) && between.contains([',', ';']) {
                continue;
            }
            // (a rule that read the same fact here already says it better)
            push_plain(
                doc,
                i,
                ms,
                ex,
                (t, m),
                (subject, Predicate::Creator, Object::Entity(maker)),
                ("known.maker", KNOWN_MAKER_CONFIDENCE, false),
                out,
            );
        }
    }
}

/// Whether a thing stands after 在 with only other mentions, Latin names and
/// list marks between (在S24和Pixel 8系列上线): what went live on it, not it.
fn released_on(doc: &Document, start: usize, ms: &[Mention], t: &Mention) -> bool {
    // (在ChatGPT上线当天: a time, not a place of release)
    let after: String = doc.norm[t.end..].chars().take(12).collect();
    if ["当天", "之后", "之际", "以后", "以来", "前夕", "那天"]
        .iter()
        .any(|w| after.contains(w))
    {
        return false;
    }
    let mut at = t.start;
    loop {
        let before = &doc.norm[start..at];
        // (正在, 现在, 存在: no preposition)
        if let Some(pre) = before.strip_suffix('在') {
            return !pre.ends_with(['正', '现', '存', '实', '所', '自', '好']);
        }
        let Some(c) = before.chars().next_back() else {
            return false;
        };
        if matches!(c, '、' | '和' | '与' | '及') {
            at -= c.len_utf8();
        } else if c.is_ascii_alphanumeric() {
            // (a Latin name the text did not tag: 在S24和…)
            at = before
                .trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == ' ')
                .len()
                + start;
        } else if let Some(m) = ms
            .iter()
            .find(|m| m.end == at && m.start >= start && m.start < at)
        {
            at = m.start;
        } else {
            return false;
        }
    }
}

/// 昨晚8点,深度求索宣布,其自研的推理模型DeepSeek-R1-Lite预览版正式上线: in a
/// Chinese sentence with one date and no founding, a model, app or product
/// that a release word takes right after it or right before it (see
/// `dated_release_words_zh`) was released then, when no rule dated anything
/// in the sentence.
fn dated_releases(
    doc: &Document,
    i: usize,
    ms: &[Mention],
    ex: &Extractor,
    out: &mut Vec<Assertion>,
) {
    let s = doc.sentences[i];
    let sentence = &doc.norm[s.start..s.end];
    let cues = &ex.lexicon.cues;
    if !is_chinese(sentence)
        || cues
            .founding_words_zh
            .iter()
            .any(|w| sentence.contains(w.as_str()))
        || out
            .iter()
            .any(|a| a.evidence.sentence == i && a.predicate == Predicate::DatePublished)
    {
        return;
    }
    // (黄仁勋(1963年2月17日出生): a birth date dates no release)
    let dates: Vec<&Mention> = ms
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Value(Value::Date(_))))
        .filter(|m| !doc.norm[m.end..].trim_start().starts_with("出生"))
        .collect();
    let Some(date) = dates.first() else { return };
    if dates.iter().any(|d| d.kind != date.kind) {
        return;
    }
    let MentionKind::Value(value) = &date.kind else {
        return;
    };
    let skip = |mut rest: &str, words: &[String]| -> usize {
        let len = rest.len();
        while let Some(w) = words.iter().find(|w| rest.starts_with(w.as_str())) {
            rest = &rest[w.len()..];
        }
        len - rest.len()
    };
    // (发布两周年: an anniversary is no release)
    let released = |w: &str| {
        cues.dated_release_words_zh.iter().any(|r| {
            w.starts_with(r.as_str())
                && !w[r.len()..]
                    .chars()
                    .take(4)
                    .collect::<String>()
                    .contains("周年")
        })
    };
    for t in ms.iter().filter(|m| {
        !m.coref
            && matches!(
                m.entity_type(),
                Some(EntityType::AIModel | EntityType::SoftwareApplication | EntityType::Product)
            )
    }) {
        let after = &doc.norm[t.end..s.end];
        let after_ok = released(&after[skip(after, &cues.dated_release_between_after_zh)..]);
        // Before: a release word, the words between (其, 全新的, “), and one kind word.
        let before = &doc.norm[s.start..t.start];
        let kinds = ex.lexicon.quoted_heads.iter().map(|(w, _)| w);
        let before = kinds
            .filter(|k| before.ends_with(k.as_str()))
            .map(|k| &before[..before.len() - k.len()])
            .min_by_key(|b| b.len())
            .unwrap_or(before);
        let before_ok = cues.dated_release_words_zh.iter().any(|r| {
            before.rfind(r.as_str()).is_some_and(|at| {
                let gap = &before[at + r.len()..];
                skip(gap, &cues.dated_release_between_before_zh) == gap.len()
            })
        });
        if !(after_ok || before_ok) || released_on(doc, s.start, ms, t) {
            continue;
        }
        let Some(subject) = t.entity_key() else {
            continue;
        };
        push_plain(
            doc,
            i,
            ms,
            ex,
            (t, date),
            (
                subject,
                Predicate::DatePublished,
                Object::Value(value.clone()),
            ),
            (
                "zh.datePublished.dated_release",
                DATED_RELEASE_CONFIDENCE,
                false,
            ),
            out,
        );
    }
}

/// 由May Habib和Waseem AlShikh创立,两人分别担任CEO和CTO: people named
/// together (or a word for them) and 分别 with as many job titles: each
/// person holds the title in the same place of the company the sentence
/// opens with, else the company talked about.
fn respectively(
    doc: &Document,
    i: usize,
    ms: &[Mention],
    plural: &HashMap<usize, Vec<MentionKind>>,
    ex: &Extractor,
    state: &State,
    out: &mut Vec<Assertion>,
) {
    let s = doc.sentences[i];
    let text = &doc.norm[s.start..s.end];
    for (pos, _) in text.match_indices("分别") {
        let at = s.start + pos;
        // The people right before 分别: a word for them (两人), or their names.
        let mut people: Vec<MentionKind> = Vec::new();
        if let Some(m) = ms.iter().rev().find(|m| m.end <= at)
            && m.end == at
            && m.rule == "coref.people"
        {
            people.push(m.kind.clone());
            people.extend(plural.get(&m.start).into_iter().flatten().cloned());
        }
        if people.is_empty() {
            people = named_together(text, s.start, ms)
                .into_iter()
                .find(|(end, t, _)| *end == at && *t == EntityType::Person)
                .map(|(_, _, g)| g)
                .unwrap_or_default();
        }
        people.dedup();
        if people.len() < 2 {
            continue;
        }
        // The titles after it: 分别担任CEO和CTO.
        let mut rest = &text[pos + "分别".len()..];
        for v in ["担任", "出任", "任", "是", "为"] {
            if let Some(r) = rest.strip_prefix(v) {
                rest = r;
                break;
            }
        }
        let mut titles = Vec::new();
        while let Some((n, p)) = ex.rules.title_prefix(rest) {
            titles.push(p);
            rest = &rest[n..];
            match ["和", "、", "及", "与"]
                .iter()
                .find(|j| rest.starts_with(**j))
            {
                Some(j) => rest = &rest[j.len()..],
                None => break,
            }
        }
        let factor = modifier_factor(
            &masked(doc, i, s.start, at + "分别".len(), ms),
            text,
            "",
            ex,
        );
        let confidence = RESPECTIVELY_CONFIDENCE * factor;
        if titles.len() != people.len() || confidence < ex.settings.min_assertion_confidence {
            continue;
        }
        let subject = ms
            .iter()
            .find(|m| {
                m.start < at
                    && m.entity_type() == Some(EntityType::Organization)
                    && canonical(&m.kind)
                        .is_some_and(|n| !is_school(n, &ex.lexicon.cues.school_words))
            })
            .map(|m| m.kind.clone())
            .or_else(|| state.salient_org.clone());
        let Some(MentionKind::Entity {
            etype,
            canonical: name,
            ..
        }) = subject
        else {
            continue;
        };
        for (person, p) in people.iter().zip(&titles) {
            let (Some(p), MentionKind::Entity { canonical: pn, .. }) = (p, person) else {
                continue;
            };
            let exists = out.iter().any(|a| {
                a.evidence.sentence == i
                    && a.predicate == *p
                    && a.subject.name == name
                    && matches!(&a.object, Object::Entity(o) if &o.name == pn)
            });
            if exists {
                continue;
            }
            out.push(Assertion {
                subject: EntityKey {
                    etype,
                    name: name.clone(),
                },
                predicate: *p,
                object: Object::Entity(EntityKey {
                    etype: EntityType::Person,
                    name: pn.clone(),
                }),
                evidence: Evidence {
                    sentence: i,
                    start: at,
                    end: at + "分别".len(),
                    rule: "zh.title.respectively".to_string(),
                    confidence,
                },
            });
        }
    }
}

/// How sure a title read by [`respectively`] is.
const RESPECTIVELY_CONFIDENCE: f32 = 0.7;

/// How sure a date read by [`dated_releases`] is: below the patterns'.
const DATED_RELEASE_CONFIDENCE: f32 = 0.6;

/// A reading without a pattern (a known maker, a co-occurrence rule) from
/// the mentions `a` and `b` of sentence `i`: scored by the modifiers between
/// and around them, kept if it clears the minimum and no reading of this
/// sentence already relates `object` by `predicate` to the subject (or, with
/// `any_subject`, to anything).
#[allow(clippy::too_many_arguments)]
fn push_plain(
    doc: &Document,
    i: usize,
    ms: &[Mention],
    ex: &Extractor,
    (a, b): (&Mention, &Mention),
    (subject, predicate, object): (EntityKey, Predicate, Object),
    (rule, base, any_subject): (&str, f32, bool),
    out: &mut Vec<Assertion>,
) {
    if out.iter().any(|x| {
        x.evidence.sentence == i
            && x.predicate == predicate
            && x.object == object
            && (any_subject || x.subject == subject)
    }) {
        return;
    }
    let s = doc.sentences[i];
    let (bs, be) = (a.start.min(b.start), a.end.max(b.end));
    let span = masked(doc, i, bs, be, ms);
    let confidence =
        base * modifier_factor(&span, &doc.norm[s.start..s.end], &doc.norm[be..s.end], ex);
    if confidence < ex.settings.min_assertion_confidence || planned_date(predicate, &span, ex) {
        return;
    }
    out.push(Assertion {
        subject,
        predicate,
        object,
        evidence: Evidence {
            sentence: i,
            start: bs,
            end: be,
            rule: rule.to_string(),
            confidence,
        },
    });
}

/// The co-occurrence rules (`[[cooccur]]` in the rule files) on one
/// sentence, for objects no pattern related to anything by the predicate
/// here.
fn cooccurrences(
    doc: &Document,
    i: usize,
    ms: &[Mention],
    ex: &Extractor,
    out: &mut Vec<Assertion>,
) {
    let s = doc.sentences[i];
    let sentence = &doc.norm[s.start..s.end];
    let lower = sentence.to_lowercase();
    let chinese = is_chinese(sentence);
    for rule in &ex.rules.cooccur {
        if rule.chinese.is_some_and(|z| z != chinese)
            || !rule.cues.iter().any(|c| contains_cue(&lower, c))
            || rule.blockers.iter().any(|c| contains_cue(&lower, c))
        {
            continue;
        }
        for o in ms.iter().filter(|m| !m.coref) {
            let Some(object) = o.entity_key().filter(|k| k.etype == rule.object) else {
                continue;
            };
            if rule.object_is_school && !is_school_name(&object.name, &ex.lexicon.cues) {
                continue;
            }
            let Some(sm) = ms
                .iter()
                .filter(|m| m.entity_type() == Some(rule.subject) && m.end <= o.start)
                .max_by_key(|m| m.end)
                .or_else(|| {
                    ms.iter()
                        .find(|m| m.entity_type() == Some(rule.subject) && m.start >= o.end)
                })
            else {
                continue;
            };
            // (what a pattern already related the object to stands alone)
            let related = out.iter().any(|x| {
                x.evidence.sentence == i
                    && x.predicate == rule.predicate
                    && x.object == Object::Entity(object.clone())
            });
            if related {
                continue;
            }
            // (Bry and Donahoe were classmates at Olin: each of the
            // people coordinated with the nearest one)
            let mut subjects = vec![sm];
            while let Some(prev) = ms
                .iter()
                .filter(|m| m.entity_type() == Some(rule.subject) && m.end <= subjects[0].start)
                .max_by_key(|m| m.end)
                .filter(|m| {
                    let gap = &doc.norm[m.end..subjects[0].start];
                    ex.lexicon.cues.coordinators.iter().any(|w| w == gap.trim())
                })
            {
                subjects.insert(0, prev);
            }
            for sm in subjects {
                let Some(subject) = sm.entity_key().filter(|k| *k != object) else {
                    continue;
                };
                push_plain(
                    doc,
                    i,
                    ms,
                    ex,
                    (sm, o),
                    (subject, rule.predicate, Object::Entity(object.clone())),
                    (&rule.id, rule.confidence, false),
                    out,
                );
            }
        }
    }
}

/// Whether the negation cue `cue` at `at` of a masked match text negates the
/// match. An ASCII cue must stand as a word; a Chinese one does not when it
/// sits in a short clause that ends in 的 right before a name, after a
/// preposition of its clause: a modifier of that name (由尚未发布的X蒸馏而来:
/// X is unreleased, the distillation stands; but 并没有发布新的X denies the
/// release).
fn negates_match(masked: &str, at: usize, cue: &str, prepositions: &[String]) -> bool {
    if cue.is_ascii() {
        return cue_at_word(masked.as_bytes(), at, cue.len());
    }
    let rest = &masked[at + cue.len()..];
    let ends_in_de = rest
        .char_indices()
        .take(8)
        .take_while(|&(_, c)| !"，,、。;；:：".contains(c))
        .any(|(k, c)| c == '的' && rest[k + c.len_utf8()..].starts_with(' '));
    let clause = masked[..at]
        .rfind([',', '，', ';', '；', '。'])
        .map_or(&masked[..at], |k| &masked[k..at]);
    let after_preposition = prepositions.iter().any(|p| clause.contains(p.as_str()));
    !(ends_in_de && after_preposition)
}

/// The organisation a person leads, by the title of founder, chief or
/// chairman right before the person (公司创始人杨植麟, 亚马逊CEO安迪·贾西,
/// Amazon chief executive Andy Jassy; not Google researcher X).
fn titled_by<'m>(
    doc: &Document,
    from: usize,
    ms: &'m [Mention],
    person: &Mention,
    ex: &Extractor,
) -> Option<&'m Mention> {
    if person.entity_type() != Some(EntityType::Person) {
        return None;
    }
    let org = ms
        .iter()
        .filter(|m| {
            m.entity_type() == Some(EntityType::Organization)
                && m.end <= person.start
                && m.start >= from
                && person.start - m.end <= 24
        })
        .max_by_key(|m| m.end)?;
    let between: String = doc.norm[org.end..person.start]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let between = between
        .strip_prefix("'s")
        .or_else(|| between.strip_prefix('的'))
        .unwrap_or(&between);
    // (a former post is no one's to launch for: 前阿里云CEO X, former OpenAI CTO X)
    let former = former_before(doc.norm[from..org.start].trim_end(), &ex.lexicon.cues);
    (!former && ex.rules.is_leading_title_chain(between)).then_some(org)
}

/// A release or founding date under a plan (预计在明年1月底推出, is expected
/// to launch in March) is no date of anything yet: it is not read at all
/// (but 按计划于3月发布 happened as planned).
fn planned_date(predicate: Predicate, span: &str, ex: &Extractor) -> bool {
    predicate.takes_date() && tells_of_plan(span, ex, false)
}

/// Whether `text` tells of a plan (`[modifiers] plan`, and with `future_too`
/// of the future: 将于, will), but for a plan kept (`plan_exceptions`: as
/// planned, 按计划).
pub(crate) fn tells_of_plan(text: &str, ex: &Extractor, future_too: bool) -> bool {
    let m = &ex.rules.modifiers;
    let mut lower = text.to_lowercase();
    for e in &m.plan_exceptions {
        lower = lower.replace(e.as_str(), " ");
    }
    m.plan
        .iter()
        .chain(m.future.iter().filter(|_| future_too))
        .any(|f| contains_cue(&lower, f))
}

/// `text` with every `word` that a number follows blanked out.
fn blank_before_number(text: &str, word: &str) -> String {
    let number = |c: char| c.is_ascii_digit() || "零一二两三四五六七八九十百千万半几数".contains(c);
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(word) {
        let after = &rest[at + word.len()..];
        out.push_str(&rest[..at]);
        out.push_str(if after.starts_with(number) { " " } else { word });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// How much the modifiers around a match leave of its confidence; 0 blocks it.
/// `after` is the sentence's text after the match.
fn modifier_factor(span: &str, sentence: &str, after: &str, ex: &Extractor) -> f32 {
    let m = &ex.rules.modifiers;
    let lower = span.to_lowercase();
    let mut cleaned = lower.clone();
    for e in &m.negation_exceptions {
        cleaned = cleaned.replace(e.as_str(), " ");
    }
    for b in &m.quantity_bounds {
        cleaned = blank_before_number(&cleaned, b);
    }
    if m.negation.iter().any(|n| {
        cleaned
            .match_indices(n.as_str())
            .any(|(at, _)| negates_match(&cleaned, at, n, &ex.lexicon.cues.prepositions_zh))
    }) {
        return 0.0;
    }
    let whole = sentence.to_lowercase();
    if m.denial.iter().any(|d| contains_cue(&whole, d)) {
        return 0.0;
    }
    let closing = |c: char| c.is_whitespace() || "”’\")".contains(c);
    let trimmed = sentence.trim_end_matches(closing);
    // 王慧文2月宣布组建光年之外,你们会不会正面竞争?: a Chinese question in a
    // later clause asks about something else, and the clauses before it
    // stand; not where the last clause asks to confirm them (…,对吗?), nor
    // where they speak of the one asked (你们和华为云一起上线R1,是怎么…?).
    let premise = || {
        let told = &sentence[..sentence.len().saturating_sub(after.len())];
        let last = after
            .rfind([',', ';'])
            .map(|k| after[k + 1..].trim_end_matches(|c: char| c == '?' || closing(c)));
        !told.contains(['你', '您'])
            && last.is_some_and(|last| {
                last.chars().any(super::discover::is_cjk)
                    && !m.question_tags.iter().any(|t| last.ends_with(t.as_str()))
            })
    };
    if (trimmed.ends_with('?') && !premise()) || m.question.iter().any(|q| contains_cue(&lower, q))
    {
        return 0.0;
    }
    let mut f = 1.0;
    // (joined in May: a capitalised word inside the match is a name, the
    // month, not the hedge)
    let folded = span.to_ascii_lowercase();
    let hedged = |cue: &str| {
        if !cue.is_ascii() {
            return lower.contains(cue);
        }
        folded.match_indices(cue).any(|(i, _)| {
            cue_at_word(folded.as_bytes(), i, cue.len())
                && !(span[i..].starts_with(|c: char| c.is_ascii_uppercase())
                    && span[..i]
                        .trim_end()
                        .ends_with(|c: char| c.is_ascii_lowercase()))
        })
    };
    if m.hedge.iter().any(|h| hedged(h)) {
        f *= m.hedge_factor.unwrap_or(0.7);
    }
    if m.future.iter().any(|h| contains_cue(&lower, h)) {
        f *= m.future_factor.unwrap_or(0.8);
    }
    f
}

#[allow(clippy::too_many_arguments)]
fn read_relations(
    doc: &Document,
    i: usize,
    ms: &[Mention],
    joined: &HashSet<usize>,
    plural: &HashMap<usize, Vec<MentionKind>>,
    ex: &Extractor,
    state: &mut State,
    out: &mut Vec<Assertion>,
) {
    if ms.is_empty() {
        return;
    }
    // 两人, they: the other people the word stands for, as mentions at its place.
    let others: Vec<Mention> = ms
        .iter()
        .filter(|m| m.rule == "coref.people")
        .flat_map(|m| {
            plural.get(&m.start).into_iter().flatten().map(|k| Mention {
                kind: k.clone(),
                ..m.clone()
            })
        })
        .collect();
    let with_others = |m: &Mention| -> Vec<&Mention> {
        others
            .iter()
            .filter(|o| o.start == m.start && m.rule == "coref.people")
            .collect()
    };
    let cues = &ex.lexicon.cues;
    let (units, spans) = units(
        doc,
        i,
        ms,
        joined,
        &cues.honorifics,
        &cues.honorifics_before_en,
    );
    let s = doc.sentences[i];
    let sentence = &doc.norm[s.start..s.end];
    // Rules match with spaces dropped, so their cue words are looked up so too.
    let lower: String = sentence
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    let found = ex.rules.find(&units, &lower);
    // What any rule reads as an object here is not this sentence's topic.
    // (a maker is the doer of its sentence, not an object: 苹果发布X,并宣布与
    // OpenAI合作 is 苹果's partnership)
    let objects_here: HashSet<usize> = found
        .iter()
        .filter(|m| ex.rules.rules[m.rule].predicate != Predicate::Creator)
        .flat_map(|m| m.captures.iter())
        .filter(|c| c.0 == Role::Object)
        .map(|c| c.1)
        .collect();
    for m in found {
        let rule = &ex.rules.rules[m.rule];
        let predicates = m.predicates(rule);
        let RuleMatch {
            start,
            end,
            captures,
            ..
        } = m;
        let (bs, be) = (spans[start].0, spans[end - 1].1);
        let span = masked(doc, i, bs, be, ms);
        let factor = modifier_factor(&span, sentence, &doc.norm[be..s.end], ex);
        let confidence = rule.confidence * factor;
        // (投资人包括马云与虞锋创办的云锋基金: the people a funder rule read
        // founded the investor named next)
        let describes_next = rule.predicate == Predicate::Funder
            && ex
                .lexicon
                .cues
                .makers_of_next_zh
                .iter()
                .any(|w| doc.norm[be..s.end].starts_with(w.as_str()));
        if confidence < ex.settings.min_assertion_confidence
            || planned_date(rule.predicate, &span, ex)
            || describes_next
        {
            continue;
        }
        let mut objects: Vec<&Mention> = captures
            .iter()
            .filter(|c| c.0 == Role::Object)
            .flat_map(|c| std::iter::once(&ms[c.1]).chain(with_others(&ms[c.1])))
            .collect();
        // 公司创始人杨植麟发布了k0-math: an executive named with his title
        // launches his organisation's thing; the organisation made it.
        if rule.predicate == Predicate::Creator {
            for o in &mut objects {
                if let Some(org) = titled_by(doc, doc.sentences[i].start, ms, o, ex) {
                    *o = org;
                }
            }
        }
        // A dropped object is the sentence's topic: its first entity of the
        // type before the match; with no such entity, as the rule says, the
        // speaker or the speaker's company in an answer (去年2月发布了天工2.0),
        // or the one the text talks about (Its chips, A and B, …).
        let (fallback, rule_name) = match (rule.salient_object, rule.object_fill) {
            (Some(EntityType::Organization), ObjectFill::Speaker) => {
                (state.speaker_org(), "coref.speaker")
            }
            (Some(EntityType::Person), ObjectFill::Speaker) => {
                (state.speaker.clone(), "coref.speaker")
            }
            (Some(EntityType::Organization), ObjectFill::Topic) => {
                (state.salient_org.clone(), "coref.topic")
            }
            (Some(t), ObjectFill::Topic) => (state.topic.get(&t).cloned(), "coref.topic"),
            _ => (None, ""),
        };
        let fallback = fallback.map(|kind| Mention {
            start: bs,
            end: bs,
            sentence: i,
            kind,
            rule: rule_name,
            confidence: 1.0,
            coref: true,
        });
        if objects.is_empty()
            && let Some(t) = rule.salient_object
            && let Some(m) = ms
                .iter()
                .enumerate()
                .filter(|(k, m)| {
                    m.end <= bs && m.entity_type() == Some(t) && !captures.iter().any(|c| c.1 == *k)
                })
                .map(|(_, m)| m)
                // the sentence's first such entity, but not a possessor
                // (他的前任楚庆…,此前在华为工作: 楚庆 worked there)
                .min_by_key(|m| (doc.norm[m.end..].starts_with('的'), m.start))
        {
            objects.push(m);
        }
        if objects.is_empty()
            && let Some(m) = &fallback
        {
            objects.push(m);
        }
        let mut subjects: Vec<MentionKind> = captures
            .iter()
            .filter(|c| c.0 == Role::Subject)
            .flat_map(|c| std::iter::once(&ms[c.1]).chain(with_others(&ms[c.1])))
            .map(|m| m.kind.clone())
            .collect();
        if subjects.is_empty()
            && let Some(t) = rule.salient_subject
        {
            // An investor is not the company whose round it is: an investment
            // firm by its name (创新工场领投,耀途资本和…跟投; 红杉中国, also
            // called 红杉资本中国), or one the document has named as an investor
            // (奇绩创坛给了我们天使轮。后来A轮是启明创投领投的).
            let investor_name = |n: &str| {
                rule.predicate == Predicate::Funder
                    && (ex.investment_firms.contains(n)
                        || ex.lexicon.is_investor_name(n)
                        || out.iter().any(|a| {
                            a.predicate == Predicate::Funder
                                && matches!(&a.object, Object::Entity(e) if e.name == n)
                        }))
            };
            let investor = |k: &MentionKind| canonical(k).is_some_and(investor_name);
            // A school heads and funds no company: 清华大学…,CEO夏立雪 is not
            // 清华大学's CEO.
            let leads = rule.from_title
                || matches!(
                    rule.predicate,
                    Predicate::Founder | Predicate::Ceo | Predicate::Chairman | Predicate::Funder
                );
            // (…the only photonics company to raise money: Xscape Photonics,
            // based in New York, announced a Series A led by…: an English
            // clause after a colon has its own subject, if it names one the
            // rule may take)
            let colon = doc.norm[s.start..bs]
                .rfind(": ")
                .map_or(0, |c| s.start + c + 2);
            let pick = |from: usize| {
                ms.iter()
                    .enumerate()
                    .filter(|(k, m)| {
                        m.end <= bs
                        && m.start >= from
                        && m.entity_type() == Some(t)
                        // (a person read as a title's holder is still the
                        // sentence's person: 星河科技CTO李明毕业于…)
                        && (t == EntityType::Person || !objects_here.contains(k))
                        && !objects.iter().any(|o| o.kind == m.kind)
                        && !(leads
                            && canonical(&m.kind)
                                .is_some_and(|n| is_school(n, &ex.lexicon.cues.school_words)))
                        // 前英特尔副总裁林嘉接任CEO: a former employer is not
                        // where the new post is.
                        && !(leads && former_before(&doc.norm[..m.start], &ex.lexicon.cues))
                        && !investor(&m.kind)
                        && !(rule.predicate == Predicate::Funder
                            && (puts_money_in(&doc.norm[m.end..s.end], &ex.lexicon.cues)
                                || listed_before(&doc.norm[m.end..bs])
                                || invests_before_en(&doc.norm[m.end..bs], &ex.lexicon.cues)))
                        // (TECNO背后的传音控股成立于…: a company that only
                        // qualifies the next one is not the topic)
                        && !(t == EntityType::Organization && qualifies_next(&doc.norm, 0, ms, m))
                    })
                    .map(|(_, m)| m)
                    // A dropped subject is the topic: the first such entity of the
                    // sentence (for a person, the nearest one).
                    .min_by_key(|m| {
                        if t == EntityType::Person {
                            usize::MAX - m.start
                        } else {
                            m.start
                        }
                    })
                    .map(|m| m.kind.clone())
            };
            let here = (colon > 0)
                .then(|| pick(colon))
                .flatten()
                .or_else(|| pick(0));
            // Else the company talked about, or the topic of another type.
            let fallback = if t == EntityType::Organization {
                // (the interview's company, if the company talked about is an
                // investor, or for any round, rival or partner in the
                // interviewee's answer: 百度风投领投过A+轮 is about the
                // speaker's company)
                let speakers = state.speaker_org().filter(|s| !investor(s));
                // (else the company whose round the text last told of:
                // Apptronik raised…. Google and B Capital put money in. ARK
                // Invest joined too.)
                let last_round = || {
                    out.iter()
                        .rev()
                        .find(|a| a.predicate == Predicate::Funder)
                        // (told in this or one of the two sentences before)
                        .filter(|a| a.evidence.sentence + 2 >= i)
                        .and_then(|a| state.org_kinds.get(&a.subject.name).cloned())
                };
                // (else the company told of as raising a round in this or
                // the sentence before: Apple did not join the round that
                // OpenAI closed. That round was led by Thrive Capital)
                // (or two sentences further, when the sentence speaks of
                // the round: BrainCo has raised…. The sum is the second
                // largest…. The round was led by…)
                let definite = || {
                    let s = doc.sentences[i];
                    crate::lexicon::holds_any_cue(
                        &doc.norm[s.start..s.end],
                        &ex.lexicon.cues.definite_round_words,
                    )
                };
                let round_org = state
                    .round_org
                    .as_ref()
                    .filter(|(at, k)| {
                        rule.predicate == Predicate::Funder
                            && (at + 1 >= i || at + 3 >= i && definite())
                            && !investor(k)
                    })
                    .map(|(_, k)| k.clone());
                // (`subject = "topic:ORG"`: the company the text is about,
                // not one the sentences before named in passing: …加入谷歌
                // 旗下的Waymo。联合创始人、首席科学家赵行…)
                // (for a round, not an investor named twice: Kestrel Capital,
                // the venture arm of…, had led a raise. … named alongside
                // Kestrel Capital)
                let topic = rule
                    .subject_topic
                    .then(|| {
                        state.topic_company_but(|n| {
                            is_school(n, &ex.lexicon.cues.school_words) || investor_name(n)
                        })
                    })
                    .flatten();
                match state.salient_org.clone() {
                    _ if matches!(
                        rule.predicate,
                        Predicate::Funder | Predicate::CompetitorOf | Predicate::PartnerOf
                    ) && speakers.is_some() =>
                    {
                        speakers
                    }
                    _ if rule.subject_topic && (speakers.is_some() || topic.is_some()) => {
                        speakers.or(topic)
                    }
                    Some(k) if investor(&k) => speakers.or_else(last_round).or(round_org),
                    _ if round_org.is_some() => round_org,
                    // (the backers of the round just told of, not a company
                    // named in passing between: BrainCo's round was led by
                    // IDG Capital…. Lens Technology was among the investors;
                    // but a company that opened the sentence before is the
                    // one talked about: Brightwater, a rival, has raised…)
                    other
                        if rule.predicate == Predicate::Funder
                            && !state.opener_org.as_ref().is_some_and(|(at, k)| {
                                at + 1 >= i && Some(k) == other.as_ref()
                            }) =>
                    {
                        last_round().or(other)
                    }
                    other => other,
                }
            } else {
                state.topic.get(&t).cloned()
            };
            if let Some(k) = here.or(fallback)
                && !objects.iter().any(|o| o.kind == k)
            {
                subjects.push(k);
            }
        }
        // A、B和C之间的竞争: every two of them.
        let mut pairs: Vec<(MentionKind, &Mention)> = Vec::new();
        if rule.pairwise {
            let all: Vec<&Mention> = captures
                .iter()
                .filter(|c| c.0 != Role::Other)
                .flat_map(|c| std::iter::once(&ms[c.1]).chain(with_others(&ms[c.1])))
                .collect();
            for (a, x) in all.iter().enumerate() {
                for y in &all[a + 1..] {
                    pairs.push((x.kind.clone(), y));
                }
            }
            subjects.clear();
        }
        let single: Vec<(MentionKind, &Mention)> = if rule.respectively {
            // (A和B…分别为X和Y: in order, and only when the counts agree)
            if subjects.len() == objects.len() {
                subjects
                    .iter()
                    .cloned()
                    .zip(objects.iter().copied())
                    .collect()
            } else {
                Vec::new()
            }
        } else {
            subjects
                .iter()
                .flat_map(|sk| objects.iter().map(move |o| (sk.clone(), *o)))
                .collect()
        };
        for (sk, o) in pairs.iter().chain(single.iter()) {
            let MentionKind::Entity {
                etype: st,
                canonical: sn,
                ..
            } = sk
            else {
                continue;
            };
            // A school-only rule (我本科在X) reads no company as a school.
            if rule.object_is_school
                && canonical(&o.kind).is_none_or(|n| !is_school(n, &ex.lexicon.cues.school_words))
            {
                continue;
            }
            for &predicate in &predicates {
                let object = match &o.kind {
                    MentionKind::Entity {
                        etype, canonical, ..
                    } => {
                        if canonical == sn && etype == st {
                            continue;
                        }
                        Object::Entity(crate::model::EntityKey {
                            etype: *etype,
                            name: canonical.clone(),
                        })
                    }
                    MentionKind::Value(v) => Object::Value(v.clone()),
                };
                let a = Assertion {
                    subject: crate::model::EntityKey {
                        etype: *st,
                        name: sn.clone(),
                    },
                    predicate,
                    object,
                    evidence: Evidence {
                        sentence: i,
                        start: bs,
                        end: be,
                        rule: rule.id.clone(),
                        confidence,
                    },
                };
                if is_role(predicate)
                    && let Object::Entity(person) = &a.object
                {
                    // 我在腾讯干了八年 does not make 腾讯 the founder's 我们.
                    let rank = if predicate == Predicate::Employee {
                        1
                    } else {
                        2
                    };
                    let held = state.affiliation.get(&person.name).map_or(0, |(_, r)| *r);
                    let led = state.led.entry(person.name.clone()).or_default();
                    if rank == 2 && !led.contains(sk) {
                        led.push(sk.clone());
                    }
                    if rank >= held {
                        state
                            .affiliation
                            .insert(person.name.clone(), (sk.clone(), rank));
                    }
                }
                // One reading per fact and sentence: the surest rule's.
                match out.iter_mut().find(|x| {
                    x.subject == a.subject
                        && x.predicate == a.predicate
                        && x.object == a.object
                        && x.evidence.sentence == i
                }) {
                    Some(x) if x.evidence.confidence < a.evidence.confidence => *x = a,
                    Some(_) => {}
                    None => out.push(a),
                }
            }
        }
    }
}

/// Whether the text before a name marks it as a former employer (前英特尔
/// 副总裁, 原百度高管; `[cues] former_marks_zh`), not a word that ends so
/// (目前, 此前, 三年前; `[cues] not_former_zh`).
fn former_before(before: &str, cues: &Cues) -> bool {
    cues.former_marks_zh
        .iter()
        .chain(&cues.former_marks_en)
        .any(|m| before.ends_with(m.as_str()))
        && !cues
            .not_former_zh
            .iter()
            .any(|w| before.ends_with(w.as_str()))
}

fn is_role(p: Predicate) -> bool {
    matches!(
        p,
        Predicate::Founder | Predicate::Ceo | Predicate::Chairman | Predicate::Employee
    )
}

/// What 它 may stand for: a company, a model, an app or a product.
fn is_thing(t: EntityType) -> bool {
    matches!(
        t,
        EntityType::Organization
            | EntityType::AIModel
            | EntityType::SoftwareApplication
            | EntityType::Product
    )
}

/// 可与Mistral-7B比肩: a thing named only to be compared with
/// (`[cues] comparison_words_zh` within eight characters after it).
fn compared(text: &str, offset: usize, m: &Mention, words: &[String]) -> bool {
    let before = &text[..m.start - offset];
    let after = &text[m.end - offset..];
    let near: String = after.chars().take(8).collect();
    ["与", "跟", "比", "同", "和"]
        .iter()
        .any(|w| before.ends_with(w))
        && words.iter().any(|w| near.contains(w.as_str()))
}

/// Whether `between`, the English text from a name to a match, only goes on
/// with the list the match reads (Sequoia, DCVC (the new name of Data
/// Collective), Y Combinator … also took part): names, commas, 'and' and
/// asides in brackets, no verb. The name is one of the list, not the company
/// whose round it is.
fn listed_before(between: &str) -> bool {
    if !between.is_ascii() || !between.contains(',') {
        return false;
    }
    let mut depth = 0usize;
    let outside: String = between
        .chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect();
    outside
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '&'))
        .filter(|w| !w.is_empty())
        .all(|w| w == "and" || w.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// Whether English text between a company and a funder rule's match says
/// the company put money in itself (…, also joined, and existing backers…).
fn invests_before_en(between: &str, cues: &Cues) -> bool {
    between.is_ascii()
        && cues.investing_words_en.iter().any(|w| {
            between.match_indices(w.as_str()).any(|(at, _)| {
                let end = at + w.len();
                !between[..at].ends_with(|c: char| c.is_ascii_alphanumeric())
                    && !between[end..].starts_with(|c: char| c.is_ascii_alphanumeric())
            })
        })
}

/// Whether the clause that `rest` opens goes on to put money in (…、昌发展和
/// 山蓝资本跟投; 由X战略领投), with no word of raising before the verb
/// (完成由X领投的融资): the name before it is an investor of the round.
fn puts_money_in(rest: &str, cues: &Cues) -> bool {
    let clause = &rest[..rest
        .find([',', '。', ';', '；', '，'])
        .unwrap_or(rest.len())];
    cues.investing_words_zh.iter().any(|v| {
        clause.find(v.as_str()).is_some_and(|at| {
            !cues
                .raising_words_zh
                .iter()
                .any(|w| clause[..at].contains(w.as_str()))
        })
    })
}

/// Notes what a sentence named; `cues.school_words` mark organisations that are
/// schools or institutes, never what 'the company' means.
fn remember(
    text: &str,
    offset: usize,
    sentence: usize,
    ms: &[Mention],
    state: &mut State,
    cues: &Cues,
) {
    // People named together are what 两人 / they mean next; companies named
    // together since make 'they' mean no people.
    if let Some((_, t, g)) = named_together(text, offset, ms)
        .into_iter()
        .max_by_key(|(end, _, _)| *end)
    {
        state.group = (t == EntityType::Person).then(|| {
            let others = others_than(&g, ms.iter());
            (sentence, g, others, sentence)
        });
    } else if let Some(g) = state.group.as_mut()
        && ms.iter().any(|m| !m.coref && g.1.contains(&m.kind))
    {
        // (a sentence about one of them keeps the people in view)
        g.0 = sentence;
    }
    let mut people: Vec<MentionKind> = Vec::new();
    for m in ms
        .iter()
        .filter(|m| m.entity_type() == Some(EntityType::Person))
    {
        if !people.contains(&m.kind) {
            people.push(m.kind.clone());
        }
    }
    if !people.is_empty() {
        state.sentence_people = Some((sentence, people));
    }
    let school_words = &cues.school_words;
    let is_school = |name: &str| is_school(name, school_words);
    if let Some(p) = ms
        .iter()
        .find(|m| m.entity_type() == Some(EntityType::Person))
    {
        state.salient_person = Some(p.kind.clone());
    }
    for p in ms
        .iter()
        .filter(|m| m.entity_type() == Some(EntityType::Person) && !m.coref)
    {
        if state.first_person.is_none() {
            state.first_person = Some(p.kind.clone());
        }
        state.people.retain(|k| *k != p.kind);
        state.people.insert(0, p.kind.clone());
    }
    state.people.truncate(8);
    // The company talked about: of the companies named in the last two
    // sentences that named one, the one named most often so far (the
    // profile's subject over a passing mention), the earliest in the
    // latest sentence on a tie.
    let orgs: Vec<&Mention> = ms
        .iter()
        .filter(|m| m.entity_type() == Some(EntityType::Organization))
        .collect();
    // X, a London-based startup that…; 初创公司X: the startup of the text.
    for o in orgs.iter().filter(|o| !o.coref) {
        let (s, e) = (o.start - offset, o.end - offset);
        let head: String = {
            let before = text[..s].trim_end();
            let n = before.chars().count();
            before.chars().skip(n.saturating_sub(12)).collect()
        };
        // (…; Lodestar Labs: the startup that teaches robots…, in a headline)
        let apposition = text[e..]
            .strip_prefix(", ")
            .or_else(|| text[e..].strip_prefix(": "))
            .filter(|a| a.starts_with("a ") || a.starts_with("an ") || a.starts_with("the "))
            .and_then(|a| a.split(',').next())
            .unwrap_or("");
        if cues
            .startup_words
            .iter()
            .any(|w| head.ends_with(w.as_str()) || apposition.contains(w.as_str()))
        {
            state.startup = Some(o.kind.clone());
            if sentence == 0 {
                state.headline_startup = Some(o.kind.clone());
            }
        }
    }
    // (…and for Apple's macOS a month later: a maker named by its possessive
    // before its thing is named in passing)
    let possessive_maker = |o: &Mention| {
        text[o.end - offset..].strip_prefix("'s ").is_some_and(|_| {
            ms.iter()
                .any(|m| m.start == o.end + "'s ".len() && m.entity_type().is_some_and(is_thing))
        })
    };
    // (创始团队都出自AMD, 曾任AMD…: a background employer is not what the
    // text goes on about, nor is a maker named in passing)
    // (…hired Dan Wright, a former executive at the software company
    // AppDynamics: a person's former employer in an apposition neither)
    // (…but not his current one: 'a former Google engineer who now runs
    // research at Quill': the former mark and 'at' or 'of' right before the
    // name, perhaps with its kind: 'at the software company')
    let former_employer = |before: &str| {
        let clause = before.rsplit([',', ';']).next().unwrap_or(before);
        let Some(at) = clause.rfind(" at ").or_else(|| clause.rfind(" of ")) else {
            return false;
        };
        let kind = clause[at + 4..].trim();
        clause[..at].split_whitespace().any(|w| {
            cues.former_marks_en
                .iter()
                .any(|f| w == f || (f.ends_with('-') && w.starts_with(f.as_str())))
        }) && (kind.is_empty()
            || kind.starts_with("the ")
                && kind
                    .split(' ')
                    .all(|w| w.chars().all(|c| c.is_ascii_lowercase())))
    };
    // (本轮由阳光保险集团战略领投,昌发展和山蓝资本跟投: an investor of the
    // round is not the company that raised it; the clause after the name
    // puts money in, with no word of raising before the verb)
    // (only where the sentence tells of money: 星图科技参与了国家标准的起草
    // is no investment)
    let money = cues
        .money_words_zh
        .iter()
        .any(|w| text.contains(w.as_str()));
    let investing = |o: &Mention| money && puts_money_in(&text[o.end - offset..], cues);
    let background = |o: &&&Mention| {
        let before = &text[..o.start - offset];
        possessive_maker(o)
            || investing(o)
            || cues
                .source_tails_zh
                .iter()
                .any(|w| text[o.end - offset..].starts_with(w.as_str()))
            || former_employer(before)
            || cues
                .background_words_zh
                .iter()
                .any(|w| before.ends_with(w.as_str()))
    };
    for o in orgs.iter().filter(|o| !o.coref && !background(o)) {
        if let Some(n) = canonical(&o.kind) {
            *state.org_counts.entry(n.to_string()).or_default() += 1;
            state
                .org_kinds
                .entry(n.to_string())
                .or_insert_with(|| o.kind.clone());
        }
    }
    let companies: Vec<MentionKind> = orgs
        .iter()
        .filter(|o| !background(o))
        .map(|o| o.kind.clone())
        .filter(|k| canonical(k).is_some_and(|n| !is_school(n)))
        .collect();
    // The only company a Chinese sentence names (read below).
    let sole = companies
        .first()
        .filter(|k| is_chinese(text) && companies.iter().all(|c| c == *k))
        .cloned();
    if !companies.is_empty() {
        state.recent_companies.insert(0, companies);
        state.recent_companies.truncate(2);
        let count = |k: &MentionKind| {
            canonical(k).map_or(0, |n| state.org_counts.get(n).copied().unwrap_or(0))
        };
        let mut best: Option<&MentionKind> = None;
        for k in state.recent_companies.iter().flatten() {
            if best.is_none_or(|b| count(k) > count(b)) {
                best = Some(k);
            }
        }
        state.salient_org = best.cloned();
    } else if let Some(o) = orgs
        .iter()
        .find(|o| !investing(o))
        .filter(|_| state.recent_companies.is_empty())
    {
        state.salient_org = Some(o.kind.clone());
    }
    // The company a sentence opens with (after a date or a word or two; not
    // one that only qualifies the next, 腾讯旗下的X).
    if let Some(o) = orgs
        .first()
        .filter(|o| !qualifies_next(text, offset, ms, o))
    {
        let before = &text[..o.start - offset];
        if before.chars().filter(|c| !c.is_whitespace()).count() <= 4
            || before.trim_end().ends_with(',')
                && !ms
                    .iter()
                    .any(|m| m.start < o.start && m.entity_type().is_some())
        {
            state.opener_org = Some((sentence, o.kind.clone()));
        }
    }
    // (also past an apposition with no company in it: BrainCo, the
    // Hangzhou company whose…, has raised…)
    let raised_after = |o: &Mention| {
        let after = &text[o.end - offset..];
        RAISED_AFTER.is_match(after)
            || after.strip_prefix(", ").is_some_and(|rest| {
                rest.find(", ").is_some_and(|k| {
                    let close = o.end + 2 + k;
                    RAISED_AFTER.is_match(&rest[k + 2..])
                        && !orgs.iter().any(|x| x.start > o.end && x.end <= close)
                })
            })
    };
    if ROUND_WORDS.is_match(text)
        && let Some(o) = orgs.iter().find(|o| raised_after(o))
    {
        state.round_org = Some((sentence, o.kind.clone()));
    }
    // …co-founded Lumen Robotics with a colleague. The Seattle company builds…:
    // a company just founded is what the next sentence talks about; so is one
    // just introduced as a company (the project had become a company, X).
    if let Some(o) = orgs.iter().find(|o| {
        // (Franka Emika成立于2016年,由…创办。这家公司的…: a Chinese sentence
        // that opens with the only company it names and introduces it, not
        // 英伟达今年也推出了…, a passing mention)
        // (星图科技2015年成立: or a year and a word of founding)
        let after = &text[o.end - offset..];
        let opens_introduced = sole.as_ref() == Some(&o.kind)
            && o.start == offset
            && (cues
                .company_introductions_zh
                .iter()
                .any(|w| after.starts_with(w.as_str()))
                || YEAR_FOUNDED_AHEAD.is_match(after));
        // (…本周公布融资的是深圳的服务机器人公司云帆科技。: a company a
        // Chinese sentence ends on, introduced by its kind)
        // (not after a backer's role, 领投方为…机构红杉中国。, nor after a
        // unit's, 母公司X。; and only the one company the sentence names
        // besides the parent of one grown, 海尔孵化的X。)
        let closes = text[o.end - offset..]
            .chars()
            .all(|c| "。!?;".contains(c) || c.is_whitespace());
        let before = &text[..o.start - offset];
        let spun_out = cues
            .spun_out_words_zh
            .iter()
            .any(|w| before.ends_with(w.as_str()));
        let introduced_by_kind = cues
            .company_kinds_introducing_zh
            .iter()
            .any(|h| before.ends_with(h.as_str()))
            && !cues
                .unit_kinds_zh
                .iter()
                .any(|h| before.ends_with(h.as_str()))
            && sole.as_ref() == Some(&o.kind);
        let closes_introduced = is_chinese(text) && closes && (introduced_by_kind || spun_out);
        // (…app became Apple's most downloaded app: a possessor is no
        // company introduced)
        !o.coref
            && !text[o.end - offset..].starts_with("'s")
            && (opens_introduced || closes_introduced || {
                let before = text[..o.start - offset].trim_end();
                cues.company_introductions_en
                    .iter()
                    .any(|w| before.ends_with(w.as_str()))
                    || cues
                        .founding_verbs
                        .iter()
                        .chain(&cues.founding_verbs_en)
                        .any(|v| {
                            before.ends_with(v.as_str())
                                && !before[..before.len() - v.len()]
                                    .ends_with(|c: char| c.is_alphanumeric() && c.is_ascii())
                        })
            })
    }) {
        state.salient_org = Some(o.kind.clone());
    }
    if let Some(m) = ms.iter().rev().find(|m| {
        m.entity_type().is_some_and(is_thing)
            && !compared(text, offset, m, &cues.comparison_words_zh)
            && !cues
                .background_words_zh
                .iter()
                .any(|w| text[..m.start - offset].ends_with(w.as_str()))
    }) {
        state.last_thing = Some(m.kind.clone());
    }
    let mut seen = HashSet::new();
    for m in ms {
        if let Some(t) = etype(&m.kind) {
            state.last.insert(t, m.kind.clone());
            if seen.insert(t) {
                state.topic.insert(t, m.kind.clone());
            }
        }
    }
}
