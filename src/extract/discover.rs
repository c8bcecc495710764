//! Discovery of names no dictionary has. Each recogniser is small and
//! independent, proposes [`Candidate`]s with a rule id and a confidence, and
//! knows nothing of the others; the lattice chooses among them.
//!
//! In: a sentence (normalised), its jieba tokens, the dictionary hits in it
//! and the lexicon. Out: candidates with byte spans into the sentence.

use super::Candidate;
use crate::analyse::Token;
use crate::lexicon::Lexicon;
use crate::model::EntityType;
use regex::Regex;
use std::sync::LazyLock;

/// A sentence with what the recognisers need to look at it.
pub struct SentenceView<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token<'a>],
    /// Dictionary hits: `(start, end, type, canonical)`.
    pub known: &'a [(usize, usize, EntityType, String)],
    pub starts_line: bool,
}

impl SentenceView<'_> {
    /// The places of a cue word in the sentence; a cheap first-character test
    /// skips building a searcher for the many cues a sentence does not hold.
    fn find<'w>(&self, word: &'w str) -> impl Iterator<Item = usize> + use<'_, 'w> {
        let present = word.chars().next().is_some_and(|c| {
            if c.is_ascii() {
                self.text.as_bytes().contains(&(c as u8))
            } else {
                self.text.contains(c)
            }
        });
        present
            .then(|| self.text.match_indices(word).map(|(i, _)| i))
            .into_iter()
            .flatten()
    }

    /// The places of a word where a jieba word starts (发了 is not read
    /// inside 开发了 or 引发了).
    fn find_word<'w>(&self, word: &'w str) -> impl Iterator<Item = usize> + use<'_, 'w> {
        self.find(word)
            .filter(|&p| self.tokens.iter().any(|t| t.start == p))
    }
}

/// Runs every recogniser.
pub fn discover(view: &SentenceView<'_>, lex: &Lexicon) -> Vec<Candidate> {
    let mut out = Vec::new();
    quoted(view, lex, &mut out);
    named_models(view, lex, &mut out);
    titles(view, lex, &mut out);
    work_makers(view, lex, &mut out);
    versions(view, lex, &mut out);
    role_anchored_people(view, lex, &mut out);
    dotted_names(view, lex, &mut out);
    english_people(view, lex, &mut out);
    latin_people(view, lex, &mut out);
    initialled_people(view, lex, &mut out);
    speaker_label(view, lex, &mut out);
    biography_subject(view, lex, &mut out);
    latin_organisations(view, lex, &mut out);
    domain_named_orgs(view, lex, &mut out);
    english_places(view, lex, &mut out);
    government_bodies_en(view, lex, &mut out);
    places_after_places_zh(view, lex, &mut out);
    suffixed_names(view, lex, &mut out);
    // (guesses stay out of the other recognisers' sight: no list or known
    // name is built on one)
    let (guesses, rest): (Vec<_>, Vec<_>) = out.into_iter().partition(|c| c.rule == SUFFIX_GUESS);
    out = rest;
    coded_names(view, lex, &mut out);
    released_products(view, lex, &mut out);
    series_names(view, lex, &mut out);
    released_names(view, lex, &mut out);
    released_codes(view, lex, &mut out);
    released_numbered(view, lex, &mut out);
    apposition_kinds(view, lex, &mut out);
    quoted_works_en(view, lex, &mut out);
    such_as_names(view, lex, &mut out);
    defined_orgs_en(view, lex, &mut out);
    kind_headed_names(view, lex, &mut out);
    latin_after_org_heads(view, lex, &mut out);
    self_made_names(view, lex, &mut out);
    made_headed_names(view, lex, &mut out);
    in_charge_people(view, lex, &mut out);
    released_latin_names(view, lex, &mut out);
    called_names(view, lex, &mut out);
    called_names_en(view, lex, &mut out);
    named_by_head_en(view, lex, &mut out);
    defined_names(view, lex, &mut out);
    head_then_name_en(view, lex, &mut out);
    kind_named_orgs_en(view, lex, &mut out);
    places_of_study_and_work_en(view, lex, &mut out);
    listed_suffixed_names(view, lex, &mut out);
    funding_lists_zh(view, lex, &mut out);
    listed_things(view, lex, &mut out);
    han_model_numbers(view, lex, &mut out);
    made_or_owned_things_en(view, lex, &mut out);
    its_listed_things_en(view, lex, &mut out);
    founded_names(view, lex, &mut out);
    founded_subjects(view, lex, &mut out);
    titled_organisations(view, lex, &mut out);
    officered_apps(view, lex, &mut out);
    named_in_english(view, lex, &mut out);
    bracketed_latin_orgs(view, lex, &mut out);
    glossed_founded_orgs_zh(view, lex, &mut out);
    seated_or_headed_names_zh(view, lex, &mut out);
    titled_after_people(view, lex, &mut out);
    called_its_own_en(view, lex, &mut out);
    owned_kind_things_en(view, lex, &mut out);
    units_of_known(view, lex, &mut out);
    known_with_version(view, lex, &mut out);
    latin_org_lists(view, lex, &mut out);
    shipped_codes(view, lex, &mut out);
    org_apps(view, lex, &mut out);
    tagged_words(view, lex, &mut out);
    coordinated_people(view, lex, &mut out);
    sized_models(view, lex, &mut out);
    family_codes(view, &mut out);
    shared_surnames(view, lex, &mut out);
    code_lists(view, lex, &mut out);
    listed_organisations(view, lex, &guesses, &mut out);
    spun_out_names_zh(view, lex, &mut out);
    out.extend(guesses);
    // 推出擦窗机器人窗宝, 推出过双足机器人TRON 1: a kind of product a name
    // follows describes that name.
    let named_at: Vec<usize> = out
        .iter()
        .filter(|c| matches!(c.rule, "zh.kind_headed" | "zh.released_latin"))
        .map(|c| c.start)
        .collect();
    let described = |c: &Candidate| c.rule == "zh.released_product" && named_at.contains(&c.end);
    // 王肖早/在2009年: a three-character name that jieba read as one word,
    // whose last character opens an adverb with the word after it (`[cues]
    // adverbs_after_names_zh`), is the two before it.
    for c in out.iter_mut().filter(|c| c.etype == EntityType::Person) {
        let name = &view.text[c.start..c.end];
        let whole_word = view
            .tokens
            .iter()
            .any(|t| t.start == c.start && t.end == c.end);
        if name.chars().count() == 3
            && name.chars().all(is_cjk)
            && whole_word
            && let Some(last) = name.chars().next_back()
            && lex.cues.adverbs_after_names_zh.iter().any(|a| {
                a.strip_prefix(last).is_some_and(|rest| {
                    view.tokens
                        .iter()
                        .any(|t| t.start == c.end && t.word == rest)
                })
            })
        {
            c.end -= last.len_utf8();
            if c.canonical == name {
                c.canonical = view.text[c.start..c.end].to_string();
            }
        }
    }
    out.retain(|c| {
        !lex.is_not_entity(&c.canonical) && !c.canonical.trim().is_empty() && !described(c)
    });
    out
}

/// Whether `s..e` is one word jieba knows and does not tag as a name (高管,
/// 投资人): no person's name.
fn common_word_at(view: &SentenceView<'_>, s: usize, e: usize) -> bool {
    view.tokens
        .iter()
        .any(|t| t.start == s && t.end == e && t.known && !t.tag.starts_with("nr"))
}

/// Whether `s..e` is two or more words jieba knows as everyday nouns and
/// verbs (芯片|设计), no proper name among them. (One such word may be a
/// fanciful name: 星河科技.)
fn everyday_words(view: &SentenceView<'_>, s: usize, e: usize) -> bool {
    let words: Vec<_> = view
        .tokens
        .iter()
        .filter(|t| t.start >= s && t.end <= e)
        .collect();
    words.len() >= 2
        && words.iter().all(|t| {
            t.known && !proper_tag(t.tag) && (t.tag.starts_with('n') || t.tag.starts_with('v'))
        })
}

/// Whether `rest` starts with a capitalised Latin word that is no title
/// (Nutanix, not CEO).
fn latin_name_at(lex: &Lexicon, rest: &str) -> bool {
    rest.starts_with(|c: char| c.is_ascii_uppercase())
        && !lex.roles.iter().any(|r| rest.starts_with(r.as_str()))
}

/// Where the `n` characters before `pos` start (or the text's start).
pub(crate) fn chars_back(text: &str, pos: usize, n: usize) -> usize {
    text[..pos]
        .char_indices()
        .rev()
        .take(n)
        .last()
        .map_or(pos, |(i, _)| i)
}

fn candidate(
    start: usize,
    end: usize,
    etype: EntityType,
    canonical: &str,
    rule: &'static str,
    confidence: f32,
) -> Candidate {
    Candidate {
        start,
        end,
        etype,
        canonical: canonical.trim().to_string(),
        rule,
        confidence,
        priority: 2,
        wikidata: None,
    }
}

pub(crate) fn is_cjk(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"“([^“”,、。;:!?\s]{1,16})”").expect("valid regex"));
/// What may stand between a quoted name in a list and the kind the list
/// shares: more quoted or Latin names (、“天枢”和“开阳”, 、UP), and a count or
/// 等 that closes the list (等, 两款, 等多款).
static QUOTED_LIST_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:、|和|与|及)(?:“[^“”,、。;:!?\s]{1,16}”|[A-Za-z][A-Za-z0-9-]{0,11}))*(?:等多款|等|[两三四五几]款|[两三四五几]个)?")
        .expect("valid regex")
});
static NAMING_CUES: [&str; 7] = ["名为", "叫做", "称为", "名叫", "代号", "命名为", "叫"];

/// “天燕”大模型, 名为“Bard”的服务: a quoted name typed by its head noun.
fn quoted(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for c in QUOTED.captures_iter(view.text) {
        let whole = c.get(0).expect("group 0");
        let inner = c.get(1).expect("group 1");
        let after = view.text[whole.end()..].trim_start();
        let after = after.strip_prefix('的').unwrap_or(after);
        // “星枢”系列模型: a series of the kind.
        let after = after.strip_prefix("系列").unwrap_or(after);
        // “北辰”、“天枢”等巡检机器人: a list of quoted names shares the kind
        // after it, a short description perhaps first.
        let after = match QUOTED_LIST_TAIL.find(after).filter(|m| !m.is_empty()) {
            Some(m) => {
                let rest = &after[m.end()..];
                rest.char_indices()
                    .take(5)
                    .take_while(|&(_, c)| is_cjk(c))
                    .map(|(i, _)| &rest[i..])
                    .find(|r| head_after(lex, r, |_| true).is_some())
                    .unwrap_or(rest)
            }
            None => after,
        };
        // The head noun after the name (“天燕”大模型) or right before it (语音助手“理想同学”).
        let before = &view.text[..whole.start()];
        let head = lex
            .quoted_heads
            .iter()
            .find(|(h, _)| after.starts_with(h.as_str()))
            .or_else(|| {
                // …but not a phrase in quotes (给大模型“打地基”): no verb first,
                // unless the clause releases the thing (推出了…芯片“求索”).
                let clause = &before[before
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| [',', '。', ';', ':'].contains(&c))
                    .map_or(0, |(i, c)| i + c.len_utf8())..];
                // (发布 in 发布会 releases nothing)
                let released = lex.cues.release_verbs.iter().any(|v| {
                    clause
                        .match_indices(v.as_str())
                        .any(|(i, _)| !clause[i + v.len()..].starts_with('会'))
                });
                let verb_first = !released
                    && view
                        .tokens
                        .iter()
                        .find(|t| t.start >= inner.start())
                        .is_some_and(|t| t.tag.starts_with('v'));
                // 语音助手“理想同学”, 第一款助手叫“星澜”; 是/为 only after an
                // ordinal or a measure word (第一款应用是“X”, not 大模型是“黑箱”).
                lex.quoted_heads.iter().find(|(h, _)| {
                    !h.is_ascii()
                        && !verb_first
                        && (before.ends_with(h.as_str())
                            || before.ends_with(&format!("{h}叫"))
                            || ["是", "为"].iter().any(|c| {
                                before.strip_suffix(&format!("{h}{c}")).is_some_and(|b| {
                                    lex.cues.ordinals_zh.iter().any(|m| b.ends_with(m.as_str()))
                                })
                            }))
                })
            })
            .map(|(_, t)| *t)
            // 第一个产品是“云帆助手”: a product, named as one.
            .or_else(|| {
                lex.cues
                    .ordinals_zh
                    .iter()
                    .any(|m| {
                        ["产品是", "产品为", "产品叫"]
                            .iter()
                            .any(|c| before.ends_with(&format!("{m}{c}")))
                    })
                    .then_some(EntityType::Product)
            });
        let named = NAMING_CUES
            .iter()
            .any(|cue| view.text[..whole.start()].ends_with(cue));
        // 做了一款写作助手,叫“妙笔”: a name given takes the kind said just before.
        let head = head.or_else(|| {
            if !named {
                return None;
            }
            let near: String = before
                .chars()
                .rev()
                .take(12)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            lex.quoted_heads
                .iter()
                .filter(|(h, _)| !h.is_ascii())
                .filter_map(|(h, t)| near.rfind(h.as_str()).map(|i| (i + h.len(), *t)))
                .max_by_key(|(end, _)| *end)
                .map(|(_, t)| t)
        });
        let (etype, conf) = match (head, named) {
            (Some(t), true) => (t, 0.9),
            (Some(t), false) => (t, 0.85),
            // (被称为“小冰之父”: what something is called, with no kind
            // near, is an epithet, not a name; but 名称为/将其称为“X” name it)
            (None, true)
                if ["称为", "誉为", "人称", "叫作"]
                    .iter()
                    .any(|w| before.ends_with(w))
                    && !["名称为", "其称为", "它称为"]
                        .iter()
                        .any(|w| before.ends_with(w)) =>
            {
                continue;
            }
            (None, true) => (EntityType::SoftwareApplication, 0.65),
            (None, false) => continue,
        };
        if inner.as_str().chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        out.push(candidate(
            inner.start(),
            inner.end(),
            etype,
            inner.as_str(),
            "zh.quoted",
            conf,
        ));
    }
}

const MODEL_HEADS: [&str; 2] = ["大模型", "大语言模型"];
/// The most capitals a field in a model's name has (盘古NLP大模型).
const MAX_FIELD_LETTERS: usize = 5;
const MODEL_NAME_BEFORE: [&str; 11] = [
    "的", "了", "推出", "发布", "自研", "开源", "上线", "基于", "和", "为", "是",
];

/// 天燕大模型, 混元大模型: a short proper name before 大模型, after a word that
/// ends a phrase (自研的天燕大模型), is the model's name unless it is a description.
fn named_models(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for head in MODEL_HEADS {
        for pos in view.find(head) {
            // (盘古NLP大模型: a field's capitals between the name and the
            // head belong to the name, 盘古NLP)
            let field = view.text[..pos]
                .bytes()
                .rev()
                .take_while(u8::is_ascii_uppercase)
                .count();
            let tagged = (2..=MAX_FIELD_LETTERS).contains(&field)
                && !lex
                    .cues
                    .not_model_fields
                    .iter()
                    .any(|f| *f == view.text[pos - field..pos]);
            let field_at = if tagged { pos - field } else { pos };
            let before_head = &view.text[..field_at];
            // Names of 2 to 4 characters ending at the head, shortest first.
            let starts: Vec<usize> = before_head
                .char_indices()
                .rev()
                .take(4)
                .map(|(i, _)| i)
                .collect();
            for &start in starts.iter().skip(1) {
                let word = &view.text[start..field_at];
                let before = &view.text[..start];
                // After a word that ends a phrase, or opening the sentence.
                if !word.chars().all(is_cjk)
                    || !(before.is_empty() || MODEL_NAME_BEFORE.iter().any(|w| before.ends_with(w)))
                {
                    continue;
                }
                let words: Vec<&Token<'_>> = view
                    .tokens
                    .iter()
                    .filter(|t| t.start < field_at && start < t.end)
                    .collect();
                // After a release verb (发布了言犀大模型) any word may be the name.
                let released = lex
                    .cues
                    .release_verbs
                    .iter()
                    .any(|v| before.ends_with(v.as_str()));
                let nouns = words.first().is_some_and(|t| t.start == start)
                    && (released
                        || words.iter().all(|t| {
                            t.tag.starts_with('n') || matches!(t.tag, "x" | "j" | "eng" | "ng")
                        }));
                let descriptive = !nouns
                    || word.chars().any(|c| lex.name_stoppers.contains(&c))
                    || lex.generic_modifiers.contains(word)
                    || lex.is_not_entity(word)
                    || lex
                        .model_modifiers
                        .iter()
                        .any(|m| word.contains(m.as_str()));
                if !descriptive {
                    // The mention keeps its head (蓝心大模型 is how the text
                    // names it, an alias of 蓝心).
                    out.push(candidate(
                        start,
                        pos + head.len(),
                        EntityType::AIModel,
                        &view.text[start..pos],
                        "zh.named_model",
                        0.75,
                    ));
                    break;
                }
            }
        }
    }
}

static TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"《([^《》\n]{1,30})》").expect("valid regex"));

/// 《寿司之神》: a title is a creative work, unless it names a law or a plan.
fn titles(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for c in TITLE.captures_iter(view.text) {
        let inner = c.get(1).expect("group 1");
        let name = inner.as_str().trim();
        if lex
            .not_works_suffixes
            .iter()
            .any(|s| name.ends_with(s.as_str()))
        {
            continue;
        }
        let before = &view.text[..c.get(0).expect("group 0").start()];
        let typed = lex
            .quoted_heads
            .iter()
            .any(|(h, t)| *t == EntityType::CreativeWork && before.ends_with(h.as_str()));
        let conf = if typed { 0.92 } else { 0.85 };
        out.push(candidate(
            inner.start(),
            inner.end(),
            EntityType::CreativeWork,
            name,
            "zh.title",
            conf,
        ));
    }
}

/// Who wrote or produced a work, in the words book and film notes use:
/// 作者是Y, 》Y著, Y笔下的《, 是Y创作的 (groups `w1`–`w4`: a writer, a person
/// or a company when the name ends like one) and 由Y出品 (`p`: a producer,
/// perhaps a list).
static WORK_MAKER: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"[\p{Han}A-Za-z·]{2,12}?";
    Regex::new(&format!(
        r"作者(?:是|为|:)?(?P<w1>{name})(?:[,。;(\s、和]|$|等)|》(?P<w3>{name}) ?(?:著|撰|编著|主编|原著)|(?P<w4>{name})笔下的《|(?:是由|是|由|签约作家)(?P<w2>{name})(?:创作|创造|所著|编著|撰写|写的|著的|主编|执笔|发表在|发表于)|(?:是由|由|是)(?P<p>[\p{{Han}}A-Za-z·、和与]{{2,40}}?)(?:于[0-9年月日]+)?(?:联合|共同|投资|独家)?(?:出品|摄制)"
    ))
    .expect("valid regex")
});

/// What stands between a writer's name and a title (庄朝晖编著的《,
/// 明晓溪的同名小说《).
const WRITER_CUES: &str = "编著的|撰写的|主编的|所著的|所撰|编著|主编|的同名小说|的小说|的漫画|的原著|的新作|的新书|的代表作|笔下的";

/// 庄朝晖编著的《…》, 金惠康著《…》, 徐剑著有…: a person's name right before
/// a verb of writing and a title.
static WRITER_BEFORE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[^\p{{Han}}·])(?P<n>\p{{Han}}{{2,4}}|\p{{Han}}{{1,5}}·\p{{Han}}{{1,6}})(?:(?:{WRITER_CUES}|著|小说|漫画)《|著有)"
    ))
    .expect("valid regex")
});

/// A writer's cue and the title after it (…的同名小说《, 著有《).
static WRITER_CUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("(?:{WRITER_CUES}|著有)《")).expect("valid regex"));

/// 《邪少兵王》是冰火未央写的网络小说, 作者是赵忠心, 由新丽传媒出品: the
/// writer or producer of a work named in the sentence, pen names included.
fn work_makers(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    if !out.iter().any(|c| c.etype == EntityType::CreativeWork)
        && !view.known.iter().any(|k| k.2 == EntityType::CreativeWork)
    {
        return;
    }
    for c in WORK_MAKER.captures_iter(view.text) {
        let writer = c
            .name("w1")
            .or(c.name("w2"))
            .or(c.name("w3"))
            .or(c.name("w4"));
        let (m, producer) = match (writer, c.name("p")) {
            (Some(m), _) => (m, false),
            (None, Some(m)) => (m, true),
            _ => continue,
        };
        let name = m.as_str();
        // 是一部…, 由他创作: a description or a pronoun is no name.
        if [
            "一", "这", "那", "该", "其", "他", "她", "我", "你", "在", "从", "以", "本",
        ]
        .iter()
        .any(|w| name.starts_with(w))
            || lex.is_not_entity(name)
        {
            continue;
        }
        let company = producer
            || lex
                .cues
                .corporate_suffixes
                .iter()
                .any(|s| name.ends_with(s.as_str()))
            || lex
                .cues
                .work_company_ends_zh
                .iter()
                .any(|s| name.ends_with(s.as_str()));
        let etype = if company {
            EntityType::Organization
        } else {
            EntityType::Person
        };
        // 由柠萌影业、柠萌悦心和腾讯视频联合出品: each producer of a list.
        let mut at = m.start();
        for part in name.split(['、', '和', '与']) {
            let (s, e) = (at, at + part.len());
            at = e + '、'.len_utf8();
            let taken = view.known.iter().any(|k| k.0 < e && s < k.1)
                || out
                    .iter()
                    .any(|o| o.priority >= 2 && o.start < e && s < o.end);
            if part.chars().count() >= 2 && !lex.is_not_entity(part) && !taken {
                out.push(candidate(s, e, etype, part, "zh.work_maker", 0.75));
            }
        }
    }
    // 改编自明晓溪的同名小说《…》: where jieba reads a name right before the
    // cue, it ends there, whatever stands before it.
    for m in WRITER_CUE.find_iter(view.text) {
        if let Some(t) = view.tokens.iter().find(|t| {
            t.end == m.start()
                && t.tag.starts_with("nr")
                && (2..=3).contains(&t.word.chars().count())
                && lex.has_surname(t.word)
        }) && !view.known.iter().any(|k| k.0 < t.end && t.start < k.1)
        {
            out.push(candidate(
                t.start,
                t.end,
                EntityType::Person,
                t.word,
                "zh.work_maker",
                0.75,
            ));
        }
    }
    // 《吾国与吾民》是林语堂…著作: in a sentence about writing a work, a name
    // jieba tags as a person's is believed.
    let writing = lex
        .cues
        .writing_words_zh
        .iter()
        .any(|w| view.text.contains(w.as_str()));
    for t in view.tokens.iter().filter(|t| {
        writing
            && t.tag == "nr"
            && (2..=3).contains(&t.word.chars().count())
            && lex.has_surname(t.word)
            // 徐剑|著: a verb of writing jieba glued on is no part of the name.
            && !t.word.ends_with(['著', '撰', '编', '写', '作'])
    }) {
        if !view.known.iter().any(|k| k.0 < t.end && t.start < k.1) && !lex.is_not_entity(t.word) {
            out.push(candidate(
                t.start,
                t.end,
                EntityType::Person,
                t.word,
                "zh.work_person",
                0.7,
            ));
        }
    }
    for c in WRITER_BEFORE_TITLE.captures_iter(view.text) {
        let m = c.name("n").expect("group n");
        let name = m.as_str();
        if (name.contains('·') || lex.has_surname(name))
            && !lex.is_not_entity(name)
            && !view.known.iter().any(|k| k.0 < m.end() && m.start() < k.1)
        {
            out.push(candidate(
                m.start(),
                m.end(),
                EntityType::Person,
                name,
                "zh.work_maker",
                0.75,
            ));
        }
    }
}

static VERSIONED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)(?-u:\b)
        (?P<stem>[A-Z][A-Za-z]+|[a-z]+[A-Z][A-Za-z]*)
        (?P<ver>
          [-\ ]?(?:\d+(?:\.\d+)*[a-zA-Z]{0,2}|[A-Z]\d+(?:\.\d+)?|\d+x\d+[BbMm])
          (?:[-\ ](?:Pro|Max|Turbo|Ultra|Mini|mini|Plus|Flash|Sonnet|Opus|Haiku|Instruct|Chat|Coder|Base|Lite|Vision|V\d+(?:\.\d+)?|R\d+|\d+[Bb]))*
          (?:-[A-Za-z0-9][A-Za-z0-9.]*)*
        )(?-u:\b)",
    )
    .expect("valid regex")
});

const MODEL_CUES: [&str; 6] = ["大模型", "模型", "model", "Model", "LLM", "语言模型"];

/// The versioned names of a text (Polaris 1.0, Polaris 3), as (start, end,
/// stem, version): not a year or a long number (In 2024, Series 100), nor a
/// date's or a sentence opener's stem (March 2024), nor an acronym's (IP68),
/// nor a quantity.
pub(crate) fn versioned_names<'t>(
    text: &'t str,
    lex: &'t Lexicon,
) -> impl Iterator<Item = (usize, usize, &'t str, &'t str)> + 't {
    VERSIONED.captures_iter(text).filter_map(move |c| {
        let whole = c.get(0)?;
        let (stem, ver) = (c.name("stem")?.as_str(), c.name("ver")?.as_str());
        let number = ver.trim_start_matches([' ', '-']);
        let whole_part = number
            .split(|ch: char| !ch.is_ascii_digit())
            .next()
            .unwrap_or("");
        // (IP68, USB 4, GT7: an acronym's number is a standard's or a
        // model's code, not a family's version)
        (whole_part.len() <= 2
            && stem.len() >= 3
            && stem.chars().any(|ch| ch.is_ascii_lowercase())
            && !EN_DATE_WORDS.is_match(stem)
            && !lex.cues.en_sentence_openers.iter().any(|w| w == stem)
            && !quantity_follows(lex, &text[whole.end()..]))
        .then_some((whole.start(), whole.end(), stem, ver))
    })
}

/// GPT-4, DeepSeek-R1, Claude 3, Mixtral 8x7B: a known family with a
/// version, or any versioned name followed by a model cue.
fn versions(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for c in VERSIONED.captures_iter(view.text) {
        let whole = c.get(0).expect("group 0");
        // ChatGPT 100 million, GPT 2023年: a quantity or a date, not a version.
        if unit_follows(lex, &view.text[whole.end()..]) {
            continue;
        }
        let stem = c["stem"].to_ascii_lowercase();
        let after = view.text[whole.end()..].trim_start();
        let (etype, conf) = match lex.families.get(&stem) {
            Some(t) => (*t, 0.85),
            None if MODEL_CUES.iter().any(|m| after.starts_with(m)) => (EntityType::AIModel, 0.75),
            None => continue,
        };
        out.push(candidate(
            whole.start(),
            whole.end(),
            etype,
            whole.as_str(),
            "latin.versioned",
            conf,
        ));
    }
}

/// The Chinese name that starts at `at`: two or three characters beginning
/// with a surname, cut by jieba's word boundaries and by stop characters.
fn person_name_at(view: &SentenceView<'_>, lex: &Lexicon, at: usize) -> Option<(usize, usize)> {
    if let Some(dotted) = dotted_name_at(view, lex, at) {
        return Some(dotted);
    }
    let (s, e) = name_span_at(view, lex, at)?;
    // 总裁谭待称,…: a verb of saying before a comma is no part of the name.
    let name = &view.text[s..e];
    let after = view.text[e..].chars().next();
    if name.chars().count() == 3
        && name.ends_with(['称', '说', '道'])
        && after.is_some_and(|c| ",:\"“".contains(c))
    {
        return Some((s, e - '称'.len_utf8()));
    }
    Some((s, e))
}

/// 布拉德·莱特卡普透露: a transliterated name whose first dot lies within
/// six characters of `at`, if it starts there or after (副董事长兼总裁|布拉德
/// ·史密斯: the titles of a chain are no part of it; 首席执行官|戴|密斯·
/// 哈萨比斯: `dotted_span` keeps a character split off after a title).
fn dotted_name_at(view: &SentenceView<'_>, lex: &Lexicon, at: usize) -> Option<(usize, usize)> {
    let dot = view.text[at..]
        .char_indices()
        .take(7)
        .take_while(|&(_, c)| is_cjk(c) || c == '·')
        .find(|&(_, c)| c == '·')
        .map(|(i, _)| at + i)?;
    dotted_span(view, lex, dot).filter(|&(s, _)| s >= at)
}

/// jieba's tags of function words: prepositions, conjunctions, particles,
/// adverbs, pronouns, numerals, measure words, localisers, times and verbs.
const FUNCTION_TAGS: [&str; 10] = ["p", "c", "u", "d", "r", "m", "q", "f", "t", "v"];

/// Whether jieba tags a word as a function word (`FUNCTION_TAGS`).
fn function_word(t: &Token<'_>) -> bool {
    FUNCTION_TAGS.iter().any(|c| t.tag.starts_with(c))
}

/// Whether a word reads as part of a transliterated name: jieba tags it a
/// name or a place, or does not know it (马斯克/nr, not 旗下/n), and it is no
/// title (顾问|谢赫塔农).
fn namelike_word(t: &Token<'_>, lex: &Lexicon) -> bool {
    // (阿姆|农/zg: one character of no function class too)
    let lone = t.word.chars().count() == 1
        && !function_word(t)
        && !t.word.chars().any(|c| lex.title_final_chars.contains(&c));
    t.word.chars().all(is_cjk)
        && (t.tag.starts_with("nr") || t.tag.starts_with("ns") || t.tag == "nz" || !t.known || lone)
        && !lex.roles.iter().any(|r| r == t.word)
}

/// The transliterated name around the dot at `dot` (马克·雷伯特,
/// 谢赫塔农·本·扎耶德): the name-like words before it and after each dot, up
/// to six characters a part; where jieba glued a part's end to a particle
/// (雷伯|特于), the part runs to the stop character.
fn dotted_span(view: &SentenceView<'_>, lex: &Lexicon, dot: usize) -> Option<(usize, usize)> {
    let stop = |c: char| lex.name_stoppers.contains(&c) || !is_cjk(c);
    let title_ends = |at: usize| {
        lex.roles
            .iter()
            .any(|r| view.text[..at].ends_with(r.as_str()))
    };
    // Before the dot.
    let mut start = dot;
    while let Some(t) = view.tokens.iter().find(|t| t.end == start) {
        // (首席技术|官|米拉·穆拉蒂: a word that ends a title is none of it)
        if view.text[start..dot].chars().count() + t.word.chars().count() > 6 || title_ends(t.end) {
            break;
        }
        // (和尼基|·帕尔玛: a stop character ends the part, in any word)
        // (吉列尔|莫/d|·劳赫: the one character right before the dot is the
        // name's, whatever jieba tags it)
        let next_to_dot = start == dot
            && t.word.chars().count() == 1
            && !t.word.chars().any(|c| lex.title_final_chars.contains(&c));
        // (首席执行官|科林/n|·安格尔: the word right before the dot, after a
        // title or a stop, is the name's, whatever jieba calls it)
        let after_title = start == dot
            && (2..=3).contains(&t.word.chars().count())
            && t.word.chars().all(is_cjk)
            && !function_word(t)
            && (title_ends(t.start) || view.text[..t.start].chars().next_back().is_none_or(stop));
        match t.word.char_indices().rev().find(|&(_, c)| stop(c)) {
            None if namelike_word(t, lex) || next_to_dot || after_title => {
                start = t.start;
                continue;
            }
            // (还有|斯宾塞·鲍尔斯: one character left after a stop in a
            // word before the name's first part is the word's, not the name's)
            Some((i, c)) if start == dot || t.word[i + c.len_utf8()..].chars().count() >= 2 => {
                start = t.start + i + c.len_utf8();
            }
            Some(_) => {}
            // (首席执行官|戴|密斯·哈萨比斯: one character jieba split off
            // right after a title is the name's)
            None if t.word.chars().count() == 1 && title_ends(t.start) => {
                start = t.start;
            }
            None => {}
        }
        break;
    }
    // (首席设计|官纳德|·法基扎德: a title that ends inside jieba's word
    // before the dot is none of the name)
    if let Some(k) = view.text[start..dot]
        .char_indices()
        .map(|(i, _)| start + i)
        .skip(1)
        .filter(|&k| title_ends(k))
        .last()
    {
        start = k;
    }
    if start == dot {
        return None;
    }
    // After each dot.
    let mut end = dot;
    loop {
        let part = end + '·'.len_utf8();
        let mut at = part;
        while let Some(t) = view.tokens.iter().find(|t| t.start == at) {
            if view.text[part..at].chars().count() >= 6 || t.word == "·" {
                break;
            }
            let stopped = t.word.chars().any(stop);
            if namelike_word(t, lex) && !stopped {
                at = t.end;
                continue;
            }
            // (谢赫塔农·本·扎耶德: a short middle part, whatever jieba says)
            let middle = t.word.chars().count() <= 2 && view.text[t.end..].starts_with('·');
            // (查克·舒默/a|会面: the first word after a dot is the name's
            // unless it is a function word)
            let first = at == part
                && t.word.chars().count() <= 3
                && t.word.chars().all(is_cjk)
                && ![
                    "p", "c", "u", "d", "r", "m", "q", "f", "t", "v", "y", "e", "o",
                ]
                .iter()
                .any(|c| t.tag.starts_with(c));
            if (middle || first) && !stopped {
                at = t.end;
                continue;
            }
            // (弗拉德·特/d|内夫/n: a character jieba read as a function word,
            // then a short noun, open the part)
            if at == part
                && !stopped
                && t.word.chars().count() == 1
                && t.word.chars().all(is_cjk)
                && !["p", "c", "u", "r"].iter().any(|c| t.tag.starts_with(c))
                && let Some(n) = view.tokens.iter().find(|n| n.start == t.end)
                && (1..=2).contains(&n.word.chars().count())
                && n.word.chars().all(|c| is_cjk(c) && !stop(c))
                && n.tag.starts_with('n')
                && !lex.roles.iter().any(|r| r == n.word)
            {
                at = n.end;
                continue;
            }
            // (a conjunction or preposition jieba knows, 以及, is none of it)
            if !(t.tag.starts_with('c') || t.tag.starts_with('p')) {
                at += t
                    .word
                    .char_indices()
                    .find(|&(_, c)| stop(c))
                    .map_or(0, |(i, _)| i);
            }
            break;
        }
        if at == part {
            break;
        }
        end = at;
        if !(view.text[end..].starts_with('·')
            && view.text[end + '·'.len_utf8()..].starts_with(is_cjk))
        {
            break;
        }
    }
    // (萨米·哈达丁/现为: jieba joined the first character of a verb of
    // office to the name, 丁现)
    if let Some(c) = view.text[..end].chars().next_back()
        && end - c.len_utf8() > dot
        && lex
            .cues
            .office_words_zh
            .iter()
            .any(|w| w.starts_with(c) && view.text[end - c.len_utf8()..].starts_with(w.as_str()))
    {
        end -= c.len_utf8();
    }
    if end == dot {
        return None;
    }
    // (斯宾塞·霍尔|顿/q|（Spencer Holden）: one or two characters left before
    // the bracket that gives the name in Latin letters are the name's)
    // (not 约翰·史密斯等（MIT校友）: no stop character, and a Latin full
    // name in the brackets)
    if let Some(open) = view.text[end..].find(['(', '（'])
        && (1..=2).contains(&view.text[end..end + open].chars().count())
        && view.text[end..end + open]
            .chars()
            .all(|c| is_cjk(c) && !lex.name_stoppers.contains(&c))
        && view.text[end + open..]
            .split([')', '）'])
            .next()
            .is_some_and(|inner| {
                let words: Vec<&str> = inner[inner.chars().next().map_or(0, char::len_utf8)..]
                    .split(' ')
                    .collect();
                words.len() >= 2
                    && words
                        .iter()
                        .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
            })
    {
        end += open;
    }
    // (布拉德·莱特卡普|则称: where the dictionary's person ends a character
    // or two short of jieba's word, the name ends there)
    if let Some(k) = view.known.iter().find(|k| {
        k.0 == start
            && k.2 == EntityType::Person
            && k.1 > dot
            && k.1 < end
            && view.text[k.1..end].chars().count() <= 2
    }) {
        end = k.1;
    }
    // A known name inside that is not the person's (谷歌·纳德拉) is no part
    // of it.
    let other = view.known.iter().any(|k| {
        k.0 < end && start < k.1 && !(k.2 == EntityType::Person && k.0 >= start && k.1 <= end)
    });
    (!other).then_some((start, end))
}

/// Whether `name`, a dotted name that ends in a surname the dictionary knows
/// of `person`, can be that person: 萨提亚·纳德拉 is Satya Nadella (萨蒂亚·纳
/// 德拉) and 伊隆·马斯克 Elon Musk (埃隆), but 马克斯·奥尔特曼 is not Sam Altman
/// (萨姆·奥尔特曼): no character of the given names is shared.
fn same_given_name(lex: &Lexicon, person: &str, name: &str) -> bool {
    let given = |n: &str| n.split('·').next().unwrap_or("").to_string();
    let ours = given(name);
    let Some(entry) = lex
        .entries
        .iter()
        .find(|d| d.etype == EntityType::Person && d.name == person)
    else {
        return true;
    };
    let dotted: Vec<&str> = entry.names().filter(|n| n.contains('·')).collect();
    // (an entry with no other name than its own, such as the bare surname
    // 迈尔斯 that mined.tsv holds, says nothing of whose it is)
    dotted.is_empty() && entry.names().count() > 1
        || dotted
            .iter()
            .any(|n| given(n).chars().any(|c| ours.contains(c)))
}

/// 由马克·雷伯特于1992年创立, 与萨姆·奥尔特曼一同出现: a transliterated name,
/// Han words joined by a dot, is a person's wherever it stands.
fn dotted_names(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let mut after = 0;
    for (dot, _) in view.text.match_indices('·') {
        if dot < after {
            continue;
        }
        if let Some((s, e)) = dotted_span(view, lex, dot) {
            after = e;
            // (DriveGPT雪湖·海若: a dotted name after Latin letters is part
            // of a product's name)
            if view.text[..s].ends_with(|c: char| c.is_ascii_alphanumeric()) {
                continue;
            }
            let name = &view.text[s..e];
            if !lex.is_not_entity(name) {
                let canonical = view
                    .known
                    .iter()
                    .find(|k| {
                        k.2 == EntityType::Person
                            && k.0 >= s
                            && k.1 == e
                            && same_given_name(lex, &k.3, name)
                    })
                    .map_or(name, |k| k.3.as_str());
                out.push(candidate(
                    s,
                    e,
                    EntityType::Person,
                    canonical,
                    "zh.dotted_name",
                    0.8,
                ));
            }
        }
    }
}

/// 唐家|渝, 陈伟|星: the end of a single Han character jieba left on its own
/// at `at`, if it can end a two-character name: no character a name stops
/// at, and no function word (王兴|则|认为, 李明|去).
pub(crate) fn lone_name_char(tokens: &[Token<'_>], lex: &Lexicon, at: usize) -> Option<usize> {
    let next = tokens.iter().position(|x| x.start == at)?;
    let x = &tokens[next];
    // (董事长是杨崇和。: a conjunction cannot close a clause, so a 和 or 与
    // there is the name's)
    let closing = matches!(x.word, "和" | "与")
        && tokens
            .get(next + 1)
            .is_none_or(|n| ["。", ",", ";", "!", "?", "、"].contains(&n.word));
    // (张送/nr|根/p: after a name jieba made up itself, a character it calls a
    // preposition is the name's unless it is one: a stopper)
    let made_up = next
        .checked_sub(1)
        .is_some_and(|k| !tokens[k].known && tokens[k].tag.starts_with("nr"));
    let lone = x.word.chars().count() == 1
        && x.word
            .chars()
            .all(|c| is_cjk(c) && !lex.name_stoppers.contains(&c))
        && !["d", "v", "p", "c", "u", "r", "m", "q", "f", "t"]
            .iter()
            .any(|tag| x.tag.starts_with(tag) && !(made_up && *tag == "p"));
    // (张送/nr|根是/v: a word jieba made up of the name's last character and a
    // stopper after it)
    let mut chars = x.word.chars();
    let glued = match (chars.next(), chars.next(), chars.next()) {
        (Some(a), Some(b), None) => {
            made_up
                && !x.known
                && is_cjk(a)
                && !lex.name_stoppers.contains(&a)
                && lex.name_stoppers.contains(&b)
        }
        _ => false,
    };
    if glued {
        return x.word.chars().next().map(|a| x.start + a.len_utf8());
    }
    (lone || closing).then_some(x.end)
}

fn name_span_at(view: &SentenceView<'_>, lex: &Lexicon, at: usize) -> Option<(usize, usize)> {
    let rest = &view.text[at..];
    let chars: Vec<char> = rest.chars().take(4).collect();
    if chars.len() < 2 || !chars[..2].iter().all(|&c| is_cjk(c)) || !lex.has_surname(rest) {
        return None;
    }
    // Prefer jieba's word when it is a name-sized word starting here.
    if let Some(t) = view.tokens.iter().find(|t| t.start == at) {
        let n = t.word.chars().count();
        // (艾渝聊|了: a verb jieba glued to a name before 了 is no part of it)
        let glued_verb = n == 3
            && view.text[t.end..].starts_with(['了', '过', '着'])
            && lex
                .cues
                .verbs_after_names_zh
                .iter()
                .any(|v| t.word.ends_with(v.as_str()));
        if glued_verb {
            let two: usize = t.word.chars().take(2).map(char::len_utf8).sum();
            return Some((at, at + two));
        }
        if (2..=3).contains(&n)
            && t.word.chars().all(is_cjk)
            && (t.tag.starts_with("nr") || n == 3 || !t.known)
        {
            // 唐家|渝, 夏立|雪也: a third character jieba left on its own ends the name.
            if n == 2
                && let Some(end) = lone_name_char(view.tokens, lex, t.end)
            {
                return Some((at, end));
            }
            return Some((at, t.end));
        }
    }
    // A surname that is also a function word (曾国洋, 于东来) starts a name
    // unless jieba reads a word there (曾任, 于是).
    let word_here = view
        .tokens
        .iter()
        .any(|t| t.start == at && t.word.chars().count() >= 2 && !t.tag.starts_with("nr"));
    let mut len = 0;
    for (k, &c) in chars.iter().take(3).enumerate() {
        // 正 stops 正在 and 正是, but is a given name's too (刘正旺).
        let given = c == '正'
            && chars
                .get(k + 1)
                .is_some_and(|n| !"在是式要如好当常".contains(*n));
        if !is_cjk(c) || (lex.name_stoppers.contains(&c) && !given && (k > 0 || word_here)) {
            break;
        }
        len += 1;
    }
    if len == 3 {
        // A third character that starts a word of its own belongs to that word.
        let third = at + chars[..2].iter().map(|c| c.len_utf8()).sum::<usize>();
        if view
            .tokens
            .iter()
            .any(|t| t.start == third && t.word.chars().count() >= 2)
        {
            len = 2;
        }
    }
    (len >= 2).then(|| {
        (
            at,
            at + chars[..len].iter().map(|c| c.len_utf8()).sum::<usize>(),
        )
    })
}

/// 创始人李涛, CEO张三, 董事长刘德兵: a role word anchors the name after it.
fn role_anchored_people(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for role in lex
        .roles
        .iter()
        .filter(|r| !r.is_ascii() || r.chars().all(|c| c.is_ascii_uppercase()))
    {
        for pos in view.find(role.as_str()) {
            let mut at = pos + role.len();
            let rest = &view.text[at..];
            let skipped = rest.len() - rest.trim_start_matches([' ', ':']).len();
            at += skipped;
            // 首席执行官为韩歆毅, 董事长是井贤栋, 联合创始人里有温浩: a copula
            // or a 'there are' between role and name.
            // (时任斑马智行联席CEO的张春晖宣布: a title and 的 before the name)
            if let Some(c) = ["里有", "中有", "还有", "包括", "为", "是", "由", "的"]
                .iter()
                .find(|c| view.text[at..].starts_with(**c))
            {
                at += c.len();
            }
            // 联合创始人Ion Stoica: a Latin full name after the role.
            if let Some(m) = EN_FULL_NAME
                .find(&view.text[at..])
                .filter(|m| m.start() == 0)
                && plausible_latin_person(view, lex, at, at + m.end())
            {
                out.push(candidate(
                    at,
                    at + m.end(),
                    EntityType::Person,
                    m.as_str(),
                    "zh.role_person",
                    0.8,
                ));
                continue;
            }
            // 副总统|哈里斯/nrt: a transliterated name jieba knows as one,
            // whatever its first character
            let transliterated = || {
                view.tokens
                    .iter()
                    .find(|t| t.start == at && t.tag == "nrt")
                    .filter(|t| {
                        (2..=5).contains(&t.word.chars().count()) && t.word.chars().all(is_cjk)
                    })
                    .map(|t| (t.start, t.end))
            };
            if let Some((s, e)) = person_name_at(view, lex, at).or_else(transliterated) {
                let name = &view.text[s..e];
                // 投资人方面呢, 专家表示: a common word jieba knows is no name
                // (but a place's name right after a title is a person's:
                // 首席科学家高阳/ns则…).
                let place = view
                    .tokens
                    .iter()
                    .any(|t| t.start == s && t.end == e && t.tag == "ns");
                let word =
                    common_word_at(view, s, e) && !place && view.text[s..e].chars().count() == 2;
                // 萨提亚·纳德拉 where the dictionary knows 纳德拉: its entry names him.
                let canonical = view
                    .known
                    .iter()
                    .find(|k| {
                        k.2 == EntityType::Person
                            && k.0 > s
                            && k.1 == e
                            && same_given_name(lex, &k.3, name)
                    })
                    .map_or(name, |k| k.3.as_str());
                if !word && !lex.roles.iter().any(|r| name.starts_with(r.as_str())) {
                    out.push(candidate(
                        s,
                        e,
                        EntityType::Person,
                        canonical,
                        "zh.role_person",
                        0.85,
                    ));
                }
            }
        }
    }
    // 王慧文表示…, 沈亚楠,他是…: a name before a verb of saying or a word
    // that follows people.
    for verb in lex
        .speech_verbs
        .iter()
        .chain(&lex.cues.person_context_after_zh)
    {
        for pos in view.find(verb.as_str()) {
            for t in view
                .tokens
                .iter()
                .filter(|t| t.end == pos && t.tag.starts_with("nr"))
            {
                let n = t.word.chars().count();
                // A one-character cue (是, 与) counts only for a name that
                // opens its clause: 沈若愚是…首席科学家, not 产品与服务.
                let before = view.text[..t.start].trim_end();
                let opens = verb.chars().count() > 1
                    || before.is_empty()
                    || before.ends_with([',', '。', ';', ':', '!', '?']);
                if (2..=3).contains(&n)
                    && opens
                    && t.word.chars().all(is_cjk)
                    && lex.has_surname(t.word)
                {
                    out.push(candidate(
                        t.start,
                        t.end,
                        EntityType::Person,
                        t.word,
                        "zh.speech_person",
                        0.75,
                    ));
                }
            }
            // 首席财务官的许若青则出任…: jieba cut the name apart; a name of
            // two or three characters after 的 or a clause start still ends here,
            // perhaps before an adverb.
            let mut end = pos;
            if let Some(a) = [
                "则", "也", "就", "便", "又", "还", "随即", "随后", "后来", "将",
            ]
            .iter()
            .find(|a| view.text[..pos].ends_with(**a))
            {
                end -= a.len();
            }
            let before = &view.text[..end];
            for n in [3, 2] {
                let Some((st, _)) = before.char_indices().rev().nth(n - 1) else {
                    continue;
                };
                let opens = before[..st]
                    .chars()
                    .next_back()
                    // (我和邓泰华一起: after 和, a companion's name opens too;
                    // 在段永平创办的, 由王兴创办: so does a doer's after 在, 由)
                    .is_none_or(|c| !is_cjk(c) || lex.cues.name_openers_zh.contains(c));
                // 毕业后,他…: a common word of two characters or more, or a
                // word of place or time at the end, makes no name.
                let words = view.tokens.iter().filter(|t| t.start >= st && t.end <= end);
                // (a surname jieba tagged as one, 胡/nr|一川: the rest is the
                // given name, whatever word it also is)
                // (…or one jieba glued to the words before into a noun,
                // 我和林/ng|晨曦; not into a word of another class, 同时/c|宣布)
                let glued = lex.has_surname(&before[st..])
                    && view.tokens.iter().any(|t| {
                        t.start < st
                            && t.tag.starts_with('n')
                            && before[st..]
                                .chars()
                                .next()
                                .is_some_and(|c| t.end == st + c.len_utf8())
                    });
                let surname_cut = glued
                    || words.clone().next().is_some_and(|t| {
                        t.start == st && t.tag.starts_with("nr") && t.word.chars().count() == 1
                    });
                let common = words
                    .clone()
                    // (a proper noun jieba cut off, 邓|泰华/nz, 段|永平/ns, is
                    // no common word)
                    .any(|t| {
                        t.known
                            && !surname_cut
                            && !t.tag.starts_with("nr")
                            && t.tag != "nz"
                            && t.tag != "ns"
                            && t.word.chars().count() >= 2
                    })
                    || words.clone().next_back().is_some_and(|t| t.tag == "f");
                if opens
                    && !common
                    && person_name_at(view, lex, st) == Some((st, end))
                    && !lex.is_not_entity(&before[st..])
                    && !view.known.iter().any(|k| k.0 < end && st < k.1)
                {
                    out.push(candidate(
                        st,
                        end,
                        EntityType::Person,
                        &before[st..],
                        "zh.speech_person",
                        0.72,
                    ));
                    break;
                }
            }
        }
    }
    // 韩立新于1975年出生于…, 韩立新1975年出生: a clause-opening name, a year,
    // and what people do.
    for c in ZH_PERSON_YEAR.captures_iter(view.text) {
        let m = c.name("name").expect("group name");
        // (without 于: not 高校2021年毕业生, nor a word jieba knows as no name)
        let bare = c.name("at").is_none()
            && (view.text[c.get(0).expect("match").end()..].starts_with('生')
                || view.tokens.iter().any(|t| {
                    t.start == m.start() && t.end == m.end() && t.known && !t.tag.starts_with("nr")
                }));
        if !bare
            && person_name_at(view, lex, m.start()) == Some((m.start(), m.end()))
            && !lex.is_not_entity(m.as_str())
        {
            out.push(candidate(
                m.start(),
                m.end(),
                EntityType::Person,
                m.as_str(),
                "zh.person_year",
                0.76,
            ));
        }
    }
    // 比如韩立新,他是…: a pronoun right after a clause-initial name refers
    // back to it, whatever jieba made of the name's characters.
    for cue in lex
        .cues
        .person_context_after_zh
        .iter()
        .filter(|c| c.starts_with(','))
    {
        for pos in view.find(cue) {
            let before = &view.text[..pos];
            for n in [3, 2] {
                let Some((s, _)) = before.char_indices().rev().nth(n - 1) else {
                    continue;
                };
                let boundary = before[..s]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !is_cjk(c) || "如像是的给和与及".contains(c));
                // 毕业后,他…: a phrase ending in a word of place or time is no name,
                // nor is one word that jieba does not call a name.
                let inside: Vec<_> = view
                    .tokens
                    .iter()
                    .filter(|t| t.start >= s && t.end <= pos)
                    .collect();
                let word = inside.last().is_some_and(|t| t.tag == "f")
                    || (inside.len() == 1 && !inside[0].tag.starts_with("nr"));
                if boundary
                    && !word
                    && person_name_at(view, lex, s) == Some((s, pos))
                    && !lex.is_not_entity(&before[s..])
                {
                    out.push(candidate(
                        s,
                        pos,
                        EntityType::Person,
                        &before[s..],
                        "zh.pronoun_person",
                        0.7,
                    ));
                    break;
                }
            }
        }
    }
}

/// Dario and Daniela Amodei: a given name joined to a full name shares its
/// surname.
static GIVEN_AND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<given>[A-Z][\p{Ll}]+)\s+and\s+$").expect("valid regex")
});

fn shared_surnames(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let people: Vec<(usize, String)> = out
        .iter()
        .filter(|c| c.etype == EntityType::Person && c.priority >= 2)
        .map(|c| (c.start, view.text[c.start..c.end].to_string()))
        .chain(
            view.known
                .iter()
                .filter(|k| k.2 == EntityType::Person)
                .map(|k| (k.0, view.text[k.0..k.1].to_string())),
        )
        .collect();
    for (start, surface) in people {
        // A Latin name (Karén Simonyan too), not a Chinese one.
        let Some((_, surname)) = surface
            .rsplit_once(' ')
            .filter(|_| !surface.chars().any(is_cjk))
        else {
            continue;
        };
        let Some(c) = GIVEN_AND.captures(&view.text[..start]) else {
            continue;
        };
        let g = c.name("given").expect("group given");
        // "In 2021, Dario and …": an opener is no given name; "Suleyman,
        // Hoffman and Karén Simonyan" is a list of people, not a family.
        // (…by Whitlock and Omar Reyes: a word no given name we know may be
        // another's surname, not Reyes's first name)
        if lex.cues.en_sentence_openers.iter().any(|w| w == g.as_str())
            || !lex.given_names.contains(g.as_str())
            || view.text[..g.start()].trim_end().ends_with(',')
            || out.iter().any(|o| o.start < g.end() && g.start() < o.end)
            || view.known.iter().any(|k| k.0 < g.end() && g.start() < k.1)
        {
            continue;
        }
        let canonical = format!("{} {surname}", g.as_str());
        out.push(candidate(
            g.start(),
            g.end(),
            EntityType::Person,
            &canonical,
            "en.shared_surname",
            0.78,
        ));
    }
}

/// A Latin model code right after its family's Chinese name: 通义千问Qwen2.5.
static FAMILY_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ ?([A-Za-z]{3,}-?\d[A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*)").expect("valid regex")
});

/// 通义千问Qwen2.5, 文心ERNIE-4.0: the code names the model; the family
/// name before it only says whose it is (a bare version, 文心大模型X1, is
/// the family's own).
fn family_codes(view: &SentenceView<'_>, out: &mut Vec<Candidate>) {
    for k in view.known.iter().filter(|k| {
        matches!(k.2, EntityType::AIModel | EntityType::SoftwareApplication) && !k.3.is_ascii()
    }) {
        if let Some(c) = FAMILY_CODE.captures(&view.text[k.1..]) {
            let code = c.get(1).expect("group 1");
            let end = k.1 + code.end();
            if view.text[end..].starts_with(|ch: char| ch.is_ascii_alphanumeric()) {
                continue;
            }
            let mut cand = candidate(k.0, end, k.2, code.as_str(), "zh.family_code", 0.9);
            cand.priority = 3;
            out.push(cand);
        }
    }
}

/// A Latin name that ends in a parameter count (BlueLM-7B, Qwen2.5-72B-Instruct).
static SIZED_MODEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*-\d+(?:\.\d+)?[BbMm](?:-[A-Za-z][A-Za-z0-9]*)*(?-u:\b)")
        .expect("valid regex")
});

/// “深蓝-7B”: a quoted Chinese name that carries its parameter count.
static QUOTED_SIZED_MODEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"“(\p{Han}{1,8}(?:-[A-Za-z0-9.]+)*-\d+(?:\.\d+)?[BbMm](?:-[A-Za-z][A-Za-z0-9]*)*)”")
        .expect("valid regex")
});

/// BlueLM-7B, Light-R1-32B: a name that carries its parameter count is an
/// AI model, whatever else proposed it as.
fn sized_models(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for c in out.iter_mut().filter(|c| {
        matches!(
            c.etype,
            EntityType::SoftwareApplication | EntityType::Product
        ) && c.priority < 3
    }) {
        if SIZED_MODEL
            .find(&c.canonical)
            .is_some_and(|m| m.start() == 0 && m.end() == c.canonical.len())
        {
            c.etype = EntityType::AIModel;
        }
    }
    let quoted = QUOTED_SIZED_MODEL
        .captures_iter(view.text)
        .filter_map(|c| c.get(1));
    for m in SIZED_MODEL.find_iter(view.text).chain(quoted) {
        if !lex.is_not_entity(m.as_str())
            && !view
                .known
                .iter()
                .any(|k| k.0 <= m.start() && m.end() <= k.1)
        {
            out.push(candidate(
                m.start(),
                m.end(),
                EntityType::AIModel,
                m.as_str(),
                "latin.sized_model",
                0.8,
            ));
        }
    }
}

/// What joins the members of a list of people (马化腾与张志东、许晨晔).
const ZH_LIST_JOINERS: [&str; 5] = ["、", "以及", "与", "和", "及"];
/// What may follow the last name of such a list: another joiner, the end of
/// the clause, or what a list of founders goes on with (…曾李青于1998年创办).
const ZH_LIST_ENDS: [&str; 27] = [
    "、", "以及", "与", "和", "及", ",", "。", ";", "于", "在", "等", "共同", "一起", "联合",
    "创办", "创立", "都", "也", "均", "分别", "曾", "接替", "接任", "取代", "接棒", "出任", "担任",
];

/// 马化腾与张志东、许晨晔、陈一丹、曾李青于1998年创办: a name with a
/// surname, joined to a person by the words of a list, is a person too; so
/// is the name after 由 in 由李彦宏于2000年创办 (由 … 创办/创立 names makers).
fn coordinated_people(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    let mut people: Vec<(usize, usize)> = out
        .iter()
        .filter(|c| c.etype == EntityType::Person && c.priority >= 2 && c.confidence >= 0.7)
        .map(|c| (c.start, c.end))
        .chain(
            view.known
                .iter()
                .filter(|k| k.2 == EntityType::Person)
                .map(|k| (k.0, k.1)),
        )
        .collect();
    let taken = |s: usize, e: usize, out: &[Candidate]| {
        view.known.iter().any(|k| k.0 < e && s < k.1)
            || out.iter().any(|c| {
                c.start < e && s < c.end && c.priority >= 2 && c.etype != EntityType::Person
            })
    };
    // 由 names whoever made or founded what the clause is about.
    for pos in view.find("由") {
        let at = pos + "由".len();
        if let Some(e) = listed_name(view, lex, at)
            .or_else(|| latin_listed_name(text, at, lex))
            .filter(|&e| {
                let after = &text[e..];
                [
                    "于", "在", "创办", "创立", "创建", "共同", "联合", "、", "与", "和", "出任",
                    "担任", "接任",
                ]
                .iter()
                .any(|w| after.starts_with(w))
            })
            && !taken(at, e, out)
        {
            add_person(out, &mut people, text, (at, e), "zh.by_person");
        }
    }
    // 我和许清河在杭州注册了公司: who the speaker does things with is a
    // person; 那时候认识了许清河。: so is who one came to know, ending the
    // clause.
    let companion = |after: &str| {
        lex.cues
            .companion_followers_zh
            .iter()
            .any(|w| after.starts_with(w.as_str()))
    };
    let clause_ends = |after: &str| after.is_empty() || after.starts_with([',', '。', ';']);
    for (words, with_speaker, rule) in [
        (&lex.cues.companion_openers_zh, true, "zh.with_speaker"),
        (&lex.cues.met_words_zh, false, "zh.met_person"),
    ] {
        for word in words {
            for pos in view.find(word) {
                let at = pos + word.len();
                let follows = |after: &str| {
                    if with_speaker {
                        companion(after)
                    } else {
                        clause_ends(after)
                    }
                };
                if let Some(e) = listed_name(view, lex, at).filter(|&e| follows(&text[e..]))
                    && !taken(at, e, out)
                {
                    add_person(out, &mut people, text, (at, e), rule);
                }
            }
        }
    }
    // 和梁家恩、康恒几个人创办了, 我和许清河、来明远三个人: two names or more
    // with surnames, joined as a list and counted as people
    // ([cues] counted_people_zh), are people.
    for word in &lex.cues.counted_people_zh {
        for pos in view.find(word) {
            let Some(last) = name_ending_at(view, lex, pos) else {
                continue;
            };
            let mut names = vec![(last, pos)];
            let mut start = last;
            while let Some(j) = ZH_LIST_JOINERS
                .iter()
                .find(|j| text[..start].ends_with(**j))
                && let Some(first) = name_ending_at(view, lex, start - j.len())
            {
                names.push((first, start - j.len()));
                start = first;
            }
            if names.len() < 2 {
                continue;
            }
            for (s, e) in names {
                if !taken(s, e, out) && !people.contains(&(s, e)) {
                    add_person(out, &mut people, text, (s, e), "zh.counted_people");
                }
            }
        }
    }
    // 吴胜武接替赵伟国出任…: who succeeds a person is a person.
    let starts: Vec<usize> = people.iter().map(|p| p.0).collect();
    for s in starts {
        for verb in ["接替", "接任", "取代", "接棒"] {
            let Some(before) = text[..s].strip_suffix(verb) else {
                continue;
            };
            if let Some(st) = name_ending_at(view, lex, before.len())
                && !taken(st, before.len(), out)
                && !people.contains(&(st, before.len()))
            {
                add_person(out, &mut people, text, (st, before.len()), "zh.successor");
            }
        }
    }
    let mut i = 0;
    while i < people.len() {
        let (s, e) = people[i];
        i += 1;
        // Rightwards: 马化腾与|张志东 (May Habib和|Waseem AlShikh).
        if let Some(j) = ZH_LIST_JOINERS.iter().find(|j| text[e..].starts_with(**j)) {
            let at = e + j.len();
            let latin = text[s..e].is_ascii();
            if let Some(end) = listed_name(view, lex, at)
                .or_else(|| latin.then(|| latin_listed_name(text, at, lex)).flatten())
                && !taken(at, end, out)
                && !people.contains(&(at, end))
            {
                add_person(out, &mut people, text, (at, end), "zh.listed_person");
            }
        }
        // Leftwards: 张志东|、许晨晔, when the list goes on before it too.
        if let Some(j) = ZH_LIST_JOINERS.iter().find(|j| text[..s].ends_with(**j)) {
            let before = s - j.len();
            for n in [3, 2] {
                let Some((st, _)) = text[..before].char_indices().rev().nth(n - 1) else {
                    continue;
                };
                let opens = text[..st].is_empty()
                    || ZH_LIST_JOINERS.iter().any(|j| text[..st].ends_with(j))
                    || text[..st].ends_with([',', ':', '由', '是']);
                if opens
                    && listed_name(view, lex, st) == Some(before)
                    && !taken(st, before, out)
                    && !people.contains(&(st, before))
                {
                    add_person(out, &mut people, text, (st, before), "zh.listed_person");
                    break;
                }
            }
        }
    }
}

/// The start of a two- or three-character name with a surname that ends at
/// `end` (the longer reading first).
fn name_ending_at(view: &SentenceView<'_>, lex: &Lexicon, end: usize) -> Option<usize> {
    name_of_length_ending_at(view, end, |st| listed_name(view, lex, st) == Some(end))
}

/// The start of a name of three or two characters (the longer first) that
/// ends at `end`, as `reads` accepts it from its start.
fn name_of_length_ending_at(
    view: &SentenceView<'_>,
    end: usize,
    reads: impl Fn(usize) -> bool,
) -> Option<usize> {
    [3, 2].into_iter().find_map(|n| {
        let (st, _) = view.text[..end].char_indices().rev().nth(n - 1)?;
        reads(st).then_some(st)
    })
}

/// Proposes a person found in a list and remembers it, so that the list is
/// followed on from it.
fn add_person(
    out: &mut Vec<Candidate>,
    people: &mut Vec<(usize, usize)>,
    text: &str,
    (s, e): (usize, usize),
    rule: &'static str,
) {
    out.push(candidate(s, e, EntityType::Person, &text[s..e], rule, 0.75));
    people.push((s, e));
}

/// The end of a Latin full name at `at` in a Chinese sentence (May Habib,
/// Waseem AlShikh) that stands where a list member ends.
fn latin_listed_name(text: &str, at: usize, lex: &Lexicon) -> Option<usize> {
    let m = LATIN_FULL_NAME.find(&text[at..])?;
    let end = at + m.end();
    let tail = &text[end..];
    // (由Foo Ventures和Bar Capital领投: an organisation's ending is no person's)
    let org = lex
        .org_suffixes_en
        .iter()
        .any(|s| m.as_str().ends_with(&format!(" {s}")));
    (!org && text[..end].chars().any(is_cjk) && list_goes_on(lex, tail)).then_some(end)
}

/// Two or three capitalised words (the first may be hyphenated: Wei-Lin
/// Chiang): a Latin person's full name.
static LATIN_FULL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?: [A-Z][a-zA-Z'-]+){1,2}").expect("valid regex")
});

/// The end of a name of two or three Chinese characters at `at` that starts
/// with a surname and stands where a list member ends (see [`list_goes_on`]).
fn listed_name(view: &SentenceView<'_>, lex: &Lexicon, at: usize) -> Option<usize> {
    let rest = &view.text[at..];
    if !lex.has_surname(rest) {
        return None;
    }
    let mut ends = rest
        .char_indices()
        .skip(1)
        .map(|(i, c)| (i + c.len_utf8(), c));
    let mut found = None;
    for _ in 0..2 {
        let Some((len, c)) = ends.next() else { break };
        if !is_cjk(c) || lex.name_stoppers.contains(&c) {
            break;
        }
        let tail = &rest[len..];
        if len >= 2 * 3 && (tail.is_empty() || list_goes_on(lex, tail)) {
            found = Some(at + len);
        }
    }
    let end = found?;
    let name = &view.text[at..end];
    // One word jieba knows and does not call a name (和平, 以及) is none.
    let word = view.tokens.iter().any(|t| {
        t.start == at && t.end == end && !t.tag.starts_with("nr") && !t.tag.starts_with("nz")
    });
    // A word jieba makes across the name's end (张三|和平) breaks the list.
    // …unless what it glued on is the word the list goes on with (徐|勇于2000年).
    let split = view.tokens.iter().any(|t| {
        t.start < end
            && t.end > end
            && t.start >= at
            && t.known
            && !list_end_word(lex, &view.text[end..t.end])
    });
    (!word && !split && !lex.is_not_entity(name)).then_some(end)
}

/// The words a list of names goes on (or ends) with: a joiner, a verb of its
/// clause, or a count of people (三个人, `[cues] counted_people_zh`).
fn list_end_words(lex: &Lexicon) -> impl Iterator<Item = &str> {
    ZH_LIST_ENDS
        .iter()
        .copied()
        .chain(lex.cues.counted_people_zh.iter().map(String::as_str))
}

/// Whether a list of names goes on (or ends as a list does) where `tail`
/// starts.
fn list_goes_on(lex: &Lexicon, tail: &str) -> bool {
    list_end_words(lex).any(|w| tail.starts_with(w))
}

/// Whether `word` is one a list of names goes on or ends with.
fn list_end_word(lex: &Lexicon, word: &str) -> bool {
    list_end_words(lex).any(|w| w == word)
}

static ZH_PERSON_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,。;:])(?P<name>\p{Han}{2,3}?)(?P<at>于|在)?(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出生|生于|毕业|考入)")
        .expect("valid regex")
});

static EN_ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?-u:\b)(?:CEO|CTO|[Cc]o-?founder|[Ff]ounder|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Cc]hairman|[Cc]hairwoman|[Pp]resident|[Cc]hief [Ss]cientist)s?,?|(?-u:\b)(?:Mr|Ms|Mrs|Dr|Prof)\.?)\s+(?P<name>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2})",
    )
    .expect("valid regex")
});
static EN_ROLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<name>(?-u:\b)[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2}),\s+(?:the\s+|a\s+|its\s+)?(?:(?:company|firm|start-?up|lab|group|[A-Z][A-Za-z0-9&.-]*)(?:'s|’s)\s+)?(?:CEO|CTO|[Cc]o-?founder|[Ff]ounder|[Cc]hief [Ee]xecutive|[Cc]hairman|[Pp]resident|[Cc]hief [Ss]cientist|[Cc]hief [A-Za-z]+ [Oo]fficer)(?-u:\b)",
    )
    .expect("valid regex")
});
/// Amanpreet Singh, a former colleague; Chris Van Pelt, an engineer: a
/// full name in apposition with a word only people are.
static EN_PERSON_APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<name>(?-u:\b)[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2}),\s+(?:a|an|his|her|their)\s+(?:former\s+|old\s+|longtime\s+|fellow\s+|close\s+)?(?:colleague|classmate|friend|co-worker|coworker|roommate|mentor|engineer|researcher|scientist|professor)(?-u:\b)",
    )
    .expect("valid regex")
});
static EN_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:co-?founded|founded|started|run|created)\s+by\s+(?P<list>[A-Z][a-z]+\s+[A-Z][a-z]+(?:(?:,\s+|,?\s+and\s+)[A-Z][a-z]+\s+[A-Z][a-z]+)*)",
    )
    .expect("valid regex")
});
static EN_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Z][a-z]+\s+[A-Z][a-z]+").expect("valid regex"));

/// Lower-case particles that may stand before a surname (Jur van den Berg),
/// up to two, each with the space after it.
const SURNAME_PARTICLES: &str = r"(?:(?:van|von|de|der|den|da|di|del|du|dos|ter|ten)\s+){0,2}";

/// A capitalised name of two or three words (hyphens and accents allowed:
/// Arsalan Tavakoli-Shiraji, Timothée Lacroix).
static EN_FULL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    // (a surname may open with Mc, Mac or O': Amanda McMaster, Conan O'Brien)
    // (and particles before a surname: Jur van den Berg)
    Regex::new(&format!(r"(?-u:\b)[A-Z][\p{{Ll}}]+(?:-[A-Z]?[\p{{Ll}}]+)?(?:\s+[A-Z]\.)?(?:\s+{SURNAME_PARTICLES}(?:Ma?c|O'|D')?[A-Z][\p{{Ll}}]+(?:-[A-Z]?[\p{{Ll}}]+)?){{1,2}}"))
        .expect("valid regex")
});
/// Whether what follows a name is what follows a person's and nothing
/// else's ([`EN_PERSON_NEXT`]).
pub fn follows_person(after: &str) -> bool {
    EN_PERSON_NEXT.is_match(after)
}

/// What follows a person's name and nothing else's: an apposition naming a
/// person's role, a relative `who`, or a verb people do.
static EN_PERSON_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:,\s+(?:who|whose)\b|,\s+(?:a|an|the|its|their)\s+(?:[\w'-]+\s+){0,4}?(?:professor|researcher|scientist|engineer|entrepreneur|investor|executive|billionaire|student|veteran|co-?founder|founder|economist|physicist|mathematician|programmer|designer|chairman|chairwoman|president|CEO|chief executive|chief scientist|chief technology officer|dean)s?\b|\s+(?:said|says|told|wrote|writes|earned|studied|grew up|joined|left|became|took over|co-founded|cofounded|founded|started|served|serves|runs|ran|leads|led|holds|received|graduated|taught|recalled|argued|added|explained|succeeded|stepped down|stepped in|resigned|retired)\b|\s+(?:as|its|their)\s+(?:new\s+|next\s+|interim\s+|acting\s+|first\s+)?(?:chief|CEO|CTO|COO|CFO|president|chair|chairman|chairwoman|head)\b)",
    )
    .expect("valid regex")
});
/// A list of capitalised names: A, B and C.
static EN_NAME_LIST: LazyLock<Regex> = LazyLock::new(|| {
    let n = format!(
        r"[A-Z][\p{{Ll}}]+(?:-[A-Z]?[\p{{Ll}}]+)?(?:\s+{SURNAME_PARTICLES}[A-Z][\p{{Ll}}]+(?:-[A-Z]?[\p{{Ll}}]+)?){{1,2}}"
    );
    Regex::new(&format!(r"{n}(?:(?:,\s+|,?\s+and\s+){n})+")).expect("valid regex")
});

/// Gen-3 Alpha shipped in June: a numbered name that ships, launches or
/// arrives is a model (when the text is about models) or an app.
static EN_SHIPPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<name>[A-Z][A-Za-z]*-?\d[\w.]*(?:-[A-Za-z0-9]+)*(?:\s+[A-Z][a-z]+)?)\s+(?:shipped|launched|arrived|debuted|went live|went on sale|was released|was launched|was unveiled|came out)(?-u:\b)")
        .expect("valid regex")
});

fn shipped_codes(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for c in EN_SHIPPED.captures_iter(view.text) {
        let m = c.name("name").expect("group name");
        if !free_name(view, lex, m.start(), m.end(), true) {
            continue;
        }
        let etype = family_of(view, m.start(), m.end()).unwrap_or(if view.text.contains("model") {
            EntityType::AIModel
        } else {
            EntityType::SoftwareApplication
        });
        out.push(candidate(
            m.start(),
            m.end(),
            etype,
            m.as_str(),
            "en.shipped",
            0.72,
        ));
    }
}

/// A list of capitalised names that may hold '&' and numbers
/// (Fidelity Management & Research, Baillie Gifford, Nvidia and SoftBank).
/// (a name may open with digits before a capital: 01A, 8VC)
const EN_ORG_NAME: &str =
    r"(?:[A-Z]|[0-9]+[A-Z])[A-Za-z0-9.'-]*(?:\s+(?:&\s+)?[A-Z0-9][A-Za-z0-9.'-]*){0,4}";
static EN_ORG_LIST: LazyLock<Regex> = LazyLock::new(|| {
    let n = EN_ORG_NAME;
    Regex::new(&format!(r"{n}(?:(?:,\s+|,?\s+and\s+){n})+")).expect("valid regex")
});
static EN_ORG_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(EN_ORG_NAME).expect("valid regex"));

/// Fidelity Management & Research, Baillie Gifford, Nvidia and SoftBank Vision
/// Fund 2: every unknown name of a list that holds a known organisation (and
/// no person) is an organisation.
fn latin_org_lists(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    // (…took part alongside ORCA and Kestrel Capital: in a sentence of
    // putting money in, or of a round, one found by its ending will do; read
    // once a list needs it)
    let investing = std::cell::OnceCell::new();
    let investing = || {
        *investing.get_or_init(|| {
            crate::lexicon::holds_any_cue(
                view.text,
                lex.cues
                    .investing_words_en
                    .iter()
                    .chain(&lex.cues.round_words_en),
            )
        })
    };
    for list in EN_ORG_LIST.find_iter(view.text) {
        let items: Vec<(usize, usize)> = EN_ORG_ITEM
            .find_iter(list.as_str())
            .map(|m| (list.start() + m.start(), list.start() + m.end()))
            .collect();
        let kinds: Vec<Option<EntityType>> = items
            .iter()
            .map(|&(s, e)| view.known.iter().find(|k| k.0 < e && s < k.1).map(|k| k.2))
            .collect();
        // (Wittington Ventures, FM Capital and Trucks VC: an organisation
        // found by its ending vouches for its list as a known one does)
        let found: Vec<bool> = items
            .iter()
            .map(|&(s, e)| {
                out.iter().any(|c| {
                    c.etype == EntityType::Organization
                        && c.priority >= 2
                        && c.start < e
                        && s < c.end
                })
            })
            .collect();
        let found_count = found.iter().filter(|&&f| f).count();
        let orgs = kinds.contains(&Some(EntityType::Organization))
            || found_count >= 2
            || found_count == 1 && investing();
        let others = kinds
            .iter()
            .any(|k| k.is_some_and(|t| t != EntityType::Organization));
        if items.len() < 2 || !orgs || others {
            continue;
        }
        // LG Electronics, LG Chem and LG Display: an item that goes on after
        // a known organisation's name is a company of that name's group.
        let extends = |s: usize, e: usize| {
            let mut known = view.known.iter().filter(|k| k.0 < e && s < k.1);
            known.clone().count() == 1
                && known.all(|k| {
                    k.0 == s
                        && k.1 < e
                        && k.2 == EntityType::Organization
                        && view.text[k.1..e].starts_with(' ')
                })
        };
        for ((&(s, e), kind), &was_found) in items.iter().zip(&kinds).zip(&found) {
            // Balderton Capital. ends a sentence; Acme Inc. keeps its point.
            let e = if view.text[s..e].ends_with('.')
                && !lex
                    .org_suffixes_en
                    .iter()
                    .any(|x| x.ends_with('.') && view.text[s..e].ends_with(x.as_str()))
            {
                e - 1
            } else {
                e
            };
            let name = &view.text[s..e];
            // (Tesla, Musk's car company: a possessive is no item)
            if kind.is_none() && was_found || name.ends_with("'s") {
                continue;
            }
            if kind.is_some() {
                if extends(s, e) && !name.split_whitespace().any(|w| lex.is_not_entity(w)) {
                    out.push(candidate(
                        s,
                        e,
                        EntityType::Organization,
                        name,
                        "en.org_list",
                        0.76,
                    ));
                }
                continue;
            }
            let first = name.split_whitespace().next().unwrap_or("");
            if free_name(view, lex, s, e, false)
                && (!lex.given_names.contains(first) || workplace_list(view, lex, s))
                && !lex.cues.honorifics_before_en.iter().any(|h| h == first)
                && !EN_DATE_WORDS.is_match(name)
                && strip_opener(lex, s, name).0 == s
                && !lex.cues.en_sentence_openers.iter().any(|w| w == name)
            {
                out.push(candidate(
                    s,
                    e,
                    EntityType::Organization,
                    name,
                    "en.org_list",
                    0.72,
                ));
            }
        }
    }
}

/// Strips a sentence opener (Before, Unlike, Today…; `[cues] en_sentence_openers`)
/// from the front of a capitalised name found at `start`.
/// Several may stand in a row (Last September SSI).
fn strip_opener<'t>(lex: &Lexicon, mut start: usize, mut name: &'t str) -> (usize, &'t str) {
    while let Some((first, rest)) = name.split_once(' ')
        && lex.cues.en_sentence_openers.iter().any(|w| w == first)
    {
        start += first.len() + 1;
        name = rest;
    }
    (start, name)
}

/// A month (with a year or a day) or a weekday: a date, never a name.
static EN_DATE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+\d+)?$")
        .expect("valid regex")
});

/// Whether the Latin name at `s..e` may be a person's: no word of it is an
/// organisation's suffix (Labs, Inc) or a non-entity, and no known name of
/// another kind overlaps it.
fn plausible_latin_person(view: &SentenceView<'_>, lex: &Lexicon, s: usize, e: usize) -> bool {
    let org_word = |w: &str| {
        lex.org_suffixes_en
            .iter()
            .any(|s| s.trim_end_matches('.') == w)
            || lex.is_not_entity(w)
    };
    !view.text[s..e].split_whitespace().any(org_word)
        && !view
            .known
            .iter()
            .any(|k| k.0 < e && s < k.1 && k.2 != EntityType::Person)
        && !workplace_list(view, lex, s)
}

/// internships at Two Sigma, Citadel and OpenAI: whether the
/// name at `s` opens or goes on a list after 'at' that a known
/// organisation closes (a list of places worked at, not of people).
fn workplace_list(view: &SentenceView<'_>, lex: &Lexicon, s: usize) -> bool {
    let text = view.text;
    let before = &text[..s];
    let clause = before.rsplit([';', '.', '(', ':']).next().unwrap_or(before);
    // (…at A, B and C after a word of work: internships at; not 'Speaking
    // at Web Summit, Dana Whitlock and Google's Jeff Dean said')
    let opened = clause.rfind(" at ").is_some_and(|at| {
        let items = &clause[at + " at ".len()..];
        let worked = clause[..at]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| lex.cues.workplace_words_en.iter().any(|x| x == w));
        worked
            && items
                .split([',', ' '])
                .filter(|w| !w.is_empty() && *w != "and")
                .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
    });
    let clause_end = text[s..]
        .find(['.', ';', '('])
        .map_or(text.len(), |k| s + k);
    opened
        && view.known.iter().any(|k| {
            k.2 == EntityType::Organization
                && k.0 > s
                && k.1 <= clause_end
                && (text[..k.0].ends_with(" and ") || text[..k.0].ends_with(", "))
        })
}

/// Latin-script names that read as people: a known given name and a
/// surname (Lisa Su), or a capitalised name followed by what people do
/// (Matei Zaharia wrote…; Ion Stoica, a Berkeley professor); then every name
/// of a list that holds one of them (Robert Nishihara and Philipp Moritz).
fn latin_people(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    let plausible = |s: usize, e: usize| plausible_latin_person(view, lex, s, e);
    let mut people: Vec<(usize, usize)> = Vec::new();
    for m in EN_FULL_NAME.find_iter(text) {
        // (When Daniel Jainer, …: a sentence's opening word is no name's)
        let (s, name) = strip_opener(lex, m.start(), m.as_str());
        let e = m.end();
        let first = name.split_whitespace().next().unwrap_or("");
        if !plausible(s, e) || !name.contains(' ') {
            continue;
        }
        if lex.given_names.contains(first) {
            out.push(candidate(
                s,
                e,
                EntityType::Person,
                name,
                "en.given_name",
                0.8,
            ));
            people.push((s, e));
        } else if EN_PERSON_NEXT.is_match(&text[e..]) {
            out.push(candidate(
                s,
                e,
                EntityType::Person,
                name,
                "en.person_context",
                0.76,
            ));
            people.push((s, e));
        }
    }
    people.extend(
        view.known
            .iter()
            .filter(|k| k.2 == EntityType::Person)
            .map(|k| (k.0, k.1)),
    );
    for list in EN_NAME_LIST.find_iter(text) {
        // (When Mara Quinn, Tobias Reed and …: not the opener)
        let names: Vec<(usize, usize)> = EN_FULL_NAME
            .find_iter(list.as_str())
            .map(|m| {
                let (s, _) = strip_opener(lex, list.start() + m.start(), m.as_str());
                (s, list.start() + m.end())
            })
            .collect();
        let has_person = names
            .iter()
            .any(|n| people.iter().any(|p| p.0 <= n.0 && n.1 <= p.1));
        if names.len() >= 2 && has_person {
            for (s, e) in names {
                if plausible(s, e) && !people.iter().any(|p| p.0 <= s && e <= p.1) {
                    out.push(candidate(
                        s,
                        e,
                        EntityType::Person,
                        &text[s..e],
                        "en.name_list",
                        0.75,
                    ));
                }
            }
        }
    }
}

/// CEO Sam Altman; Dario Amodei, the co-founder; founded by A, B and C.
fn english_people(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let mut push = |s: usize, e: usize, rule: &'static str| {
        let name = &view.text[s..e];
        let first = name.split_whitespace().next().unwrap_or("");
        if !lex.is_not_entity(first)
            && !view
                .known
                .iter()
                .any(|k| k.0 <= s && e <= k.1 && k.2 != EntityType::Person)
        {
            out.push(candidate(s, e, EntityType::Person, name, rule, 0.8));
        }
    };
    for (re, rule) in [
        (&*EN_ROLE_BEFORE, "en.role_person"),
        (&*EN_ROLE_AFTER, "en.role_person"),
        (&*EN_PERSON_APPOSITION, "en.person_apposition"),
    ] {
        for c in re.captures_iter(view.text) {
            let m = c.name("name").expect("group name");
            push(m.start(), m.end(), rule);
        }
    }
    for c in EN_BY.captures_iter(view.text) {
        let list = c.name("list").expect("group list");
        for m in EN_NAME.find_iter(list.as_str()) {
            push(
                list.start() + m.start(),
                list.start() + m.end(),
                "en.founded_by",
            );
        }
    }
}

static SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<name>\p{Han}{2,4}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*:").expect("valid regex")
});

/// `李涛：…` at the start of a line: the speaker of an interview turn.
fn speaker_label(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    if !view.starts_line {
        return;
    }
    let Some(c) = SPEAKER.captures(view.text) else {
        return;
    };
    let m = c.name("name").expect("group name");
    let name = m.as_str();
    if lex
        .interviewer_labels
        .iter()
        .chain(&lex.answer_labels)
        .any(|l| l == name)
    {
        return;
    }
    // (来源:36氪 is no speaker: a word that is no name)
    let cjk_person = name.chars().all(is_cjk)
        && name.chars().count() <= 3
        && lex.has_surname(name)
        && !lex.is_not_entity(name);
    // Sam Altman: We … — a turn opens with a capital; "Helix Data: a short
    // history" is a title, and "Acme Labs:" names no person.
    let turn = view.text[c.get(0).map_or(0, |g| g.end())..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(|ch| !ch.is_lowercase());
    let latin_person = name.contains(' ')
        && turn
        && !lex
            .org_suffixes_en
            .iter()
            .any(|s| name.rsplit(' ').next() == Some(s.as_str()));
    if cjk_person || latin_person {
        out.push(candidate(
            m.start(),
            m.end(),
            EntityType::Person,
            name,
            "turn.speaker",
            0.8,
        ));
    }
}

static BIOGRAPHY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:【[^】]*】)?(?P<name>\p{Han}{2,3})[,(]\s*(?:(?:19|20)\d{2}年|男|女|汉族|生于|出生|字|号|原名|曾用名)")
        .expect("valid regex")
});

/// `王名扬，1912年生于…`, `李景贤，男，…`: a biography opens with its person.
fn biography_subject(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let Some(c) = BIOGRAPHY.captures(view.text) else {
        return;
    };
    let m = c.name("name").expect("group name");
    if lex.has_surname(m.as_str()) && !lex.is_not_entity(m.as_str()) {
        out.push(candidate(
            m.start(),
            m.end(),
            EntityType::Person,
            m.as_str(),
            "zh.biography",
            0.8,
        ));
    }
}

/// Initials opening a Latin name, with the space after them (D.E. Shaw).
const INITIALS_PATTERN: &str = r"(?:[A-Z]\.){2,3} ";
static INITIALS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^{INITIALS_PATTERN}")).expect("valid regex"));
static LATIN_WORD: LazyLock<Regex> = LazyLock::new(|| {
    // (D.E. Shaw Ventures, J.P. Morgan: initials open a name)
    Regex::new(&format!(
        r"(?-u:\b)(?:{INITIALS_PATTERN})?[A-Z][A-Za-z0-9]*(?:[ .&-][A-Z][A-Za-z0-9]*)*(?-u:\b)"
    ))
    .expect("valid regex")
});
const ORG_HEADS_BEFORE: [&str; 10] = [
    "企业",
    "公司",
    "厂商",
    "集团",
    "机构",
    "初创公司",
    "创业公司",
    "独角兽",
    "实验室",
    "团队",
];
const ORG_ROLES_AFTER: [&str; 9] = [
    "创始人",
    "联合创始人",
    "首席执行官",
    "CEO",
    "董事长",
    "总裁",
    "CTO",
    "的创始人",
    "公司",
];
/// English head nouns before an organisation's name (the startup Mistral AI).
const ORG_HEADS_BEFORE_EN: [&str; 10] = [
    "startup",
    "start-up",
    "company",
    "firm",
    "chipmaker",
    "lab",
    "laboratory",
    "developer",
    "rival",
    "investor",
];
/// After a name: more names and a verb of making, as in 'the company Jain,
/// Yu and Taiuti started' (a relative clause whose subject is people).
static EN_PEOPLE_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:, [A-Z][a-z]+)* and [A-Z][a-z]+ (?:started|founded|co-founded|built|created|set up|launched|runs|ran|leads|led)(?-u:\b)| (?:started|founded|co-founded|set up|runs|ran|leads|led) (?:is|was|has|had|in|,|\.))")
        .expect("valid regex")
});
/// What follows an organisation more than anything else (APUS位于北京, APUS的员工).
const ORG_CONTEXT_AFTER: [&str; 14] = [
    "位于",
    "总部",
    "成立于",
    "旗下",
    "宣布",
    "的员工",
    "的办公室",
    "内部",
    "的用户",
    "集团",
    "团队",
    "的创始人",
    "的CEO",
    "的董事长",
];

/// The capitalised words after 'Ministry of': one, or two joined by 'and'
/// (Health; Science and Technology; Health and Human Services), never a
/// title and a person after them (Department of Energy Secretary Chris Wright).
static OF_WHAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:the )?[A-Z][a-z]+(?: (?:and|&) [A-Z][a-z]+(?: [A-Z][a-z]+)?)?")
        .expect("valid regex")
});

/// Rwanda's Ministry of Health, the Department of Energy: a body of
/// government (`[cues] government_heads_en`) named by what it is of.
fn government_bodies_en(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for head in &lex.cues.government_heads_en {
        let opener = format!("{head} of ");
        for pos in view.find(&opener) {
            if view.text[..pos].ends_with(|c: char| c.is_ascii_alphanumeric()) {
                continue;
            }
            let of = pos + opener.len();
            if let Some(m) = OF_WHAT.find(&view.text[of..])
                // (a university's Department of Computer Science at X is none)
                && !view.text[of + m.end()..].starts_with(" at ")
            {
                let end = of + m.end();
                let name = &view.text[pos..end];
                out.push(candidate(
                    pos,
                    end,
                    EntityType::Organization,
                    name,
                    "en.government_body",
                    0.78,
                ));
            }
        }
    }
}

/// Otter.ai, Viz.ai, Fireflies.ai: a capitalised name with a web domain of
/// AI or software companies after it is a company (not a web address or a
/// longer name: no dot, slash, @ or hyphen before it).
fn domain_named_orgs(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for m in DOMAIN_NAMED.find_iter(view.text) {
        let before = view.text[..m.start()].chars().next_back();
        if before.is_some_and(|c| matches!(c, '.' | '/' | '@' | '-'))
            || !free_name(view, lex, m.start(), m.end(), false)
        {
            continue;
        }
        out.push(candidate(
            m.start(),
            m.end(),
            EntityType::Organization,
            m.as_str(),
            "name.domain",
            0.8,
        ));
    }
}

/// A capitalised name and the domain .ai or .io (Otter.ai, Abacus.AI).
static DOMAIN_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[A-Z][A-Za-z0-9]*\.(?:ai|AI|io)(?-u:\b)").expect("valid regex")
});

/// A Latin name that a head noun before it (企业APUS) or a role after it
/// (APUS创始人) marks as an organisation; English names with Inc., Labs, AI.
fn latin_organisations(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    // a new consumer division called Microsoft AI
    for c in EN_CALLED_ORG.captures_iter(view.text) {
        let m = c.name("name").expect("group name");
        // (…started a new company, Quillmark.: the sentence's full stop
        // ends no name but a legal form's or an initial's, Quillmark Inc.)
        let raw = m.as_str();
        let last = raw.rsplit(' ').next().unwrap_or(raw);
        let stop = last.len() > 2
            && last.ends_with('.')
            && !last[..last.len() - 1].contains('.')
            && !lex
                .cues
                .legal_forms_en
                .iter()
                .any(|f| f == last.trim_end_matches('.'));
        let m_end = m.end() - usize::from(stop);
        // (…set up a small company, DNNresearch, which…: after a comma the
        // name must be the whole apposition)
        let whole = c.get(0).expect("group 0");
        let comma = view.text[whole.start()..m.start()].contains(',');
        // (…set up a small company, X: an article or a size word before the
        // kind; not 'At the lab, Smith, who…')
        let introduced = ["a ", "an ", "small ", "new ", "own ", "tiny ", "first "]
            .iter()
            .any(|w| view.text[..whole.start()].ends_with(w));
        let name = &view.text[m.start()..m_end];
        let closed = view.text[m_end..].starts_with([',', '.', ';']) || m_end == view.text.len();
        let opener = lex
            .cues
            .en_sentence_openers
            .iter()
            .any(|o| name.starts_with(o.as_str()));
        if !lex.is_not_entity(name) && (!comma || (closed && !opener && introduced)) {
            out.push(candidate(
                m.start(),
                m_end,
                EntityType::Organization,
                name,
                "en.called_org",
                0.78,
            ));
        }
    }
    // Databricks Ventures, SoftBank Corp.: a known organisation with a
    // corporate word after it is an organisation of its own.
    for k in view
        .known
        .iter()
        .filter(|k| k.2 == EntityType::Organization)
    {
        let rest = &view.text[k.1..];
        // (LG AI Research: 'AI' opens a unit's name when a corporate word follows)
        let ai = usize::from(
            ["Research", "Lab", "Labs", "Institute"]
                .iter()
                .any(|w| rest.starts_with(&format!(" AI {w}"))),
        ) * " AI".len();
        if let Some(word) = rest[ai..].strip_prefix(' ').and_then(|r| {
            lex.org_suffixes_en
                .iter()
                .filter(|s| s.chars().next().is_some_and(char::is_uppercase) && *s != "AI")
                .find(|s| {
                    r.starts_with(s.as_str())
                        && !r[s.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
                })
        }) {
            let end = k.1 + ai + 1 + word.len();
            // Intel Corporation, Apple Inc.: a legal form names the company
            // itself, not a unit of it.
            let legal = lex
                .cues
                .legal_forms_en
                .iter()
                .any(|f| f == word.trim_end_matches('.'));
            out.push(candidate(
                k.0,
                end,
                EntityType::Organization,
                if legal { &k.3 } else { &view.text[k.0..end] },
                "en.org_suffix_known",
                0.8,
            ));
        }
    }
    // University of Waterloo, KTH Royal Institute of Technology.
    for m in EN_SCHOOL_OF.find_iter(view.text) {
        // University of Artificial Intelligence and Cerebras: a known name
        // (or one with a company's suffix: and Lumen Systems) after 'and' is
        // the next item of a list, not the school's.
        let end = m
            .as_str()
            .match_indices(" and ")
            .map(|(i, _)| m.start() + i)
            .find(|&i| {
                let next = i + " and ".len();
                let rest = &view.text[next..m.end()];
                view.known.iter().any(|k| k.0 == next)
                    || lex
                        .org_suffixes_en
                        .iter()
                        .any(|x| rest.ends_with(&format!(" {x}")))
            })
            .unwrap_or(m.end());
        out.push(candidate(
            m.start(),
            end,
            EntityType::Organization,
            &view.text[m.start()..end],
            "en.school_of",
            0.8,
        ));
    }
    for m in LATIN_WORD.find_iter(view.text) {
        // Before Orbital Labs: a sentence's first word is no part of the name.
        let (start, name) = strip_opener(lex, m.start(), m.as_str());
        // (the U.S. Commerce Department: initials the dictionary knows are
        // a name of their own, not the opening of this one)
        let (start, name) = match INITIALS.find(name) {
            Some(i)
                if view
                    .known
                    .iter()
                    .any(|k| k.0 == start && k.1 == start + i.end() - 1) =>
            {
                (start + i.end(), &name[i.end()..])
            }
            _ => (start, name),
        };
        // Slack, the workplace-messaging company; G42's subsidiary Inception:
        // a name the dictionary knows as an app or a work is a company where
        // the words around it say so (the document then reads it so
        // everywhere, see `Extractor::extract`).
        if let Some(k) = view.known.iter().find(|k| k.0 == start && k.1 == m.end())
            && matches!(
                k.2,
                EntityType::SoftwareApplication | EntityType::CreativeWork | EntityType::Product
            )
            && strong_org_context(&view.text[..start], &view.text[m.end()..])
        {
            let mut c = candidate(
                start,
                m.end(),
                EntityType::Organization,
                name,
                ORG_RETYPE,
                0.96,
            );
            c.priority = 3;
            out.push(c);
            continue;
        }
        if name.len() < 2
            || lex.is_not_entity(name)
            || view.known.iter().any(|k| k.0 < m.end() && start < k.1)
        {
            continue;
        }
        let before = &view.text[..start];
        let after = &view.text[m.end()..];
        // (the company Jain, Yu and Taiuti started: the people of a
        // relative clause, not the company's name)
        let clause_of_people = EN_PEOPLE_CLAUSE.is_match(after);
        let head_before = ORG_HEADS_BEFORE.iter().any(|h| before.ends_with(h))
            || (ORG_HEADS_BEFORE_EN
                .iter()
                .any(|h| before.trim_end().ends_with(h) && before.ends_with(' '))
                && !clause_of_people);
        let role_after = ORG_ROLES_AFTER.iter().any(|r| after.starts_with(r));
        // (His next startup, Detour, launched…: a possessive's company named
        // in an apposition)
        let possessed_head = POSSESSED_ORG_HEAD.is_match(before) && after.starts_with(',');
        if head_before || role_after || possessed_head {
            // (the trading firm Jane Street: the head outweighs a given name,
            // whose `en.given_name` candidate is 0.8)
            out.push(candidate(
                start,
                m.end(),
                EntityType::Organization,
                name,
                "zh.latin_org",
                0.82,
            ));
        } else if !EN_OWNER_TITLE.is_match(after)
            // (According to Shah, the company expects…: a clause follows
            // the source, no apposition)
            && !before.to_lowercase().ends_with("according to ")
            && (ORG_CONTEXT_AFTER.iter().any(|r| after.starts_with(r))
                || en_org_next(after).is_some()
                || lex
                    .cues
                    .org_context_after_en
                    .iter()
                    .any(|r| after.starts_with(r.as_str()))
                || lex
                    .cues
                    .org_verbs_before_en
                    .iter()
                    .any(|v| before.ends_with(&format!("{v} "))))
            && name.len() >= 3
        {
            out.push(candidate(
                start,
                m.end(),
                EntityType::Organization,
                name,
                "zh.latin_org_context",
                0.75,
            ));
        }
        let words: Vec<&str> = name.split(' ').collect();
        if words.len() >= 2
            && lex
                .org_suffixes_en
                .iter()
                .any(|s| words.last() == Some(&s.as_str()))
        {
            out.push(candidate(
                start,
                m.end(),
                EntityType::Organization,
                name,
                "en.org_suffix",
                0.75,
            ));
        }
    }
}

/// Words around a name that only a company has: an apposition naming a kind
/// of company, its chief or founder, or a word of ownership before it.
fn strong_org_context(before: &str, after: &str) -> bool {
    // (ChatGPT, the chatbot from AI company OpenAI: the company word there
    // is another name's)
    let next = en_org_next(after);
    let elsewhere = next.is_some_and(|m| {
        [" from ", " by ", " of ", " made ", " built "]
            .iter()
            .any(|w| m.contains(w))
    });
    (next.is_some() && !elsewhere)
        || [
            "'s chief executive",
            "'s founder",
            "'s co-founder",
            "'s board",
            "'s investors",
        ]
        .iter()
        .any(|w| after.starts_with(w))
        || [
            "subsidiary ",
            "co-found ",
            "cofound ",
            "founded ",
            "to found ",
            "founder of ",
            "co-founder of ",
            "chief executive of ",
            "CEO of ",
            "invested in ",
        ]
        .iter()
        .any(|w| before.ends_with(w))
        || FOUNDED_BY_WHICH.captures(after).is_some_and(|c| {
            // (not 'which Microsoft started selling', 'started to')
            let next = c["rest"].split_whitespace().next().unwrap_or("");
            next != "to" && !next.ends_with("ing")
        })
}

/// LlamaIndex, which Jerry Liu started in 2022: what someone founded.
static FOUNDED_BY_WHICH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,\s+which\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+(?:co-founded|cofounded|founded|started|set up)\b(?P<rest>.*)")
        .expect("valid regex")
});

/// His next startup, : a person's company, its name to follow.
static POSSESSED_ORG_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}(?:startup|start-up|company|venture|firm),\s*$")
        .expect("valid regex")
});

/// Natarajan, the company's chief executive: a person, whatever 'the company' suggests.
static EN_OWNER_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,\s+(?:the|its)\s+(?:company|startup|start-up|firm|group|lab)['’]s\b")
        .expect("valid regex")
});

/// What [`EN_ORG_NEXT`] finds after a name, unless its company word is
/// inside a clause about another kind of thing (Chirp, a music model that
/// the company offered…: Chirp is the model).
fn en_org_next(after: &str) -> Option<&str> {
    EN_ORG_NEXT.find(after).map(|m| m.as_str()).filter(|m| {
        ![" that ", " which ", " who ", " model ", " models "]
            .iter()
            .any(|w| m.contains(w))
    })
}

/// What follows a company's name and nothing else's: an apposition naming a
/// kind of company (Runway, the New York-based maker of video tools) or its
/// chief (Zipline, whose chief executive), its founding or seat (Quillworks,
/// based in York, announced…), or a round it raised.
static EN_ORG_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:,\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,4}?(?:company|startup|start-up|firm|maker|developer|lab|provider|chipmaker|joint venture|carmaker|automaker|unicorn|subsidiary|brand|operator|manufacturer|grocer|chain|retailer|lender|insurer|conglomerate|publisher|supplier|airline)\b|,\s+whose\s+(?:chief executive|CEO|founder|co-founder|chairman)\b|,\s+(?:based|headquartered)\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2},\s+(?:announced|raised|said|closed|secured|launched|unveiled|has raised)\b|\s+(?:was|is|had been|has been)\s+(?:founded|co-founded|cofounded|started|established|set up|incorporated|spun out|headquartered in|based in)\b|\s+(?:raised|raises|has raised|closed|secured)\s+(?:about\s+|nearly\s+|more than\s+)?\$|(?:\s+and\s+[A-Z][A-Za-z]+)?\s+(?:now\s+|still\s+)?(?:operates?|runs?|functions?)\s+as\s+(?:an?\s+)?(?:unit|units|division|divisions|subsidiary|subsidiaries|part)\s+of\b)",
    )
    .expect("valid regex")
});

static EN_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:based|headquartered|located|offices?) in (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})")
        .expect("valid regex")
});

/// Headquartered in Santa Clara: a capitalised name after "based in" is a place.
fn english_places(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for c in EN_PLACE.captures_iter(view.text) {
        let m = c.name("place").expect("group place");
        if !lex.is_not_entity(m.as_str()) {
            out.push(candidate(
                m.start(),
                m.end(),
                EntityType::Place,
                m.as_str(),
                "en.place_after_based",
                0.75,
            ));
        }
    }
}

/// 总部位于美国马萨诸塞州贝德福德的iRobot: after a word that places
/// something and the places it names, an unknown name of two to five
/// characters right before 的 is a smaller place in them (not 北京市中心:
/// a common noun is none).
fn places_after_places_zh(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for cue in &lex.cues.located_zh {
        for pos in view.find(cue) {
            let mut at = pos + cue.len();
            while let Some(k) = view
                .known
                .iter()
                .find(|k| k.0 == at && k.2 == EntityType::Place)
            {
                at = k.1;
            }
            if at == pos + cue.len() {
                continue;
            }
            let start = at;
            while let Some(t) = view.tokens.iter().find(|t| t.start == at) {
                let namelike = t.word.chars().all(is_cjk)
                    && t.word != "的"
                    && (t.tag.starts_with("ns") || t.tag == "zg" || !t.known);
                if !namelike || view.known.iter().any(|k| k.0 < t.end && t.start < k.1) {
                    break;
                }
                at = t.end;
            }
            if (2..=5).contains(&view.text[start..at].chars().count())
                && view.text[at..].starts_with('的')
                && !lex
                    .cues
                    .street_endings_zh
                    .iter()
                    .any(|w| view.text[start..at].ends_with(w.as_str()))
            {
                out.push(candidate(
                    start,
                    at,
                    EntityType::Place,
                    &view.text[start..at],
                    "zh.place_after_places",
                    0.7,
                ));
            }
        }
    }
}

/// Tags that make a word a proper name.
fn proper_tag(tag: &str) -> bool {
    matches!(
        tag,
        "ns" | "nt" | "nz" | "nr" | "nrt" | "nrfg" | "eng" | "j" | "x"
    )
}

/// The rule of a suffixed name found with nothing around it to say it is
/// one (深势科技 in a headline): too weak for a sentence, a name once the
/// document repeats it.
pub const SUFFIX_GUESS: &str = "zh.suffix_guess";

/// The end of a time word jieba tags at `at` (长风汽车今日宣布), else `at`.
fn past_time_word(view: &SentenceView<'_>, at: usize) -> usize {
    view.tokens
        .iter()
        .find(|t| t.start == at && t.tag == "t")
        .map_or(at, |t| t.end)
}

/// A date right after a name: 2016年, 2016年3月, 2016年3月5日.
static DATE_AHEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?").expect("valid regex")
});

/// Up to three capitalised Latin words, each with a space after it, ending
/// the text.
static LATIN_WORDS_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:[A-Z][A-Za-z0-9]* ){1,3}$").expect("valid regex"));

/// 北京智谱华章科技有限公司, 融新科技中心, APUS公司: a name ending in an
/// organisation or place suffix, whose part before the suffix holds a proper
/// name rather than a description (互联网公司 is not a name).
fn suffixed_names(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    // (界石投资领投: an ending that is a word of its own names a backer only
    // before its role in a round, [cues] round_only_suffixes_zh)
    let round_only = lex
        .cues
        .round_only_suffixes_zh
        .iter()
        .map(|s| (s, &EntityType::Organization, true));
    let suffixes = lex.suffixes.iter().map(|(s, t)| (s, t, false));
    for (suffix, etype, in_round) in suffixes.chain(round_only) {
        for pos in view.find(suffix.as_str()) {
            // Walk back over the words before the suffix; jieba may have
            // kept the suffix inside a word (工商学院/nt).
            let mut start = pos;
            let mut proper = false;
            if let Some(t) = view
                .tokens
                .iter()
                .find(|t| t.start < pos && t.end == pos + suffix.len())
                && t.word.chars().count() > suffix.chars().count()
                && (matches!(t.tag, "nt" | "nz")
                    // 横店集团/n: a place the dictionary knows and the suffix
                    // in one word name an organisation.
                    || view
                        .known
                        .iter()
                        .any(|k| k.0 == t.start && k.1 == pos && k.2 == EntityType::Place))
            {
                start = t.start;
                proper = true;
            }
            let whole_word = proper;
            // 天津港(集团)有限公司, 聚光科技(杭州)股份有限公司: a bracketed
            // word before the suffix belongs to the name.
            let mut bracket = None;
            if let Some(inner) = view.text[..start].strip_suffix(')')
                && let Some(open) = inner.rfind('(')
                && (2..=4).contains(&inner[open + 1..].chars().count())
                && inner[open + 1..].chars().all(is_cjk)
            {
                start = open;
                bracket = Some(open);
            }
            let walk_from = start;
            let mut first_tag = "";
            let mut made_up = false;
            // What follows the suffix, past a time word (长风汽车今日宣布).
            let end_at = pos + suffix.len();
            let mut after_at = past_time_word(view, end_at);
            // …or past a date (晶海科技2016年成立)
            if let Some(d) = DATE_AHEAD.find(&view.text[after_at..]) {
                after_at += d.end();
            }
            // …or past an adverb or two (首程控股则同时投资了…)
            for _ in 0..2 {
                if let Some(t) = view
                    .tokens
                    .iter()
                    .find(|t| t.start == after_at && matches!(t.tag, "d" | "c"))
                {
                    after_at = t.end;
                }
            }
            let context_after = lex
                .cues
                .org_context_after_zh
                .iter()
                .filter(|c| view.text[after_at..].starts_with(c.as_str()))
                .max_by_key(|c| c.len());
            let after_context = *etype == EntityType::Organization && context_after.is_some();
            if in_round
                && !lex
                    .cues
                    .round_roles_zh
                    .iter()
                    .any(|r| view.text[after_at..].starts_with(r.as_str()))
            {
                continue;
            }
            // (熊猫智能|公交: an ending that also describes a thing, with a
            // noun right after it, is part of the thing's name;
            // [cues] modifier_suffixes_zh)
            if lex.cues.modifier_suffixes_zh.contains(suffix)
                // (阿里云智能总裁: a role after it is the company's)
                && !lex
                    .roles
                    .iter()
                    .any(|r| view.text[end_at..].starts_with(r.as_str()))
                && view.tokens.iter().any(|t| {
                    t.start == end_at
                        && t.tag.starts_with('n')
                        && !proper_tag(t.tag)
                        && t.word.chars().all(is_cjk)
                        && !lex.cues.corporate_suffixes.iter().any(|c| c == t.word)
                        && !lex
                            .cues
                            .company_kinds_introducing_zh
                            .iter()
                            .any(|k| k == t.word)
                })
            {
                continue;
            }
            // A Latin suffix (知行AI由…创立) ends a Chinese name only, and
            // only where what follows says organisation (纳米AI搜索 is an app).
            if suffix.is_ascii()
                && (!view.text[..pos].ends_with(|c: char| is_cjk(c)) || !after_context)
            {
                continue;
            }
            // Before a legal form (有限公司) a name may hold any content word:
            // 河南兴远起重机有限公司.
            let legal = suffix.ends_with("有限公司") || suffix.ends_with("有限责任公司");
            for (words, t) in view
                .tokens
                .iter()
                .rev()
                .filter(|t| t.end <= walk_from)
                .enumerate()
            {
                // Before jieba's organisation word only a proper name goes
                // on it (山东|工商学院, not 成|金山网络).
                // (a fund's name runs longer: 北京机器人产业发展投资基金)
                let most = if suffix == "基金" { 6 } else { 4 };
                if t.end != start || words >= most || (whole_word && !proper_tag(t.tag)) {
                    break;
                }
                // (…智广芯控股/v有限公司: a trade word before the legal form too)
                let content = legal
                    && (["a", "b", "j", "l", "vn", "an", "ng"].contains(&t.tag)
                        || lex.cues.corporate_suffixes.iter().any(|c| c == t.word));
                // 缪建民现任|中国人民保险集团: a word of office ends the walk.
                if lex.cues.office_words_zh.iter().any(|w| w == t.word) {
                    break;
                }
                // 定边县第五中学: an ordinal numbers one of a kind.
                let ordinal = t.tag == "m" && t.word.starts_with('第');
                // 知行/v AI由…创立: where what follows says organisation, a
                // two-character word of any content class opens the name.
                // (a particle after it, 与 or 于, is too weak for that:
                // 推动科技与…; `[cues] weak_org_context_zh`)
                let loose = context_after
                    .is_some_and(|c| !lex.cues.weak_org_context_zh.contains(c))
                    && *etype == EntityType::Organization
                    && words == 0
                    // 已接入|公司旗下: not before the bare kind word itself
                    && suffix != "公司"
                    && t.word.chars().count() == 2
                    && t.word.chars().all(is_cjk)
                    && ["v", "a", "vn", "an", "ad", "b", "j"].contains(&t.tag);
                // (黄石市产业发展/vn基金: a fund's name may say what it is for)
                let purpose = t.tag == "vn" && suffix == "基金";
                let name_class = t.tag.starts_with('n')
                    || proper_tag(t.tag)
                    || content
                    || ordinal
                    || loose
                    || purpose;
                // (澄势/v: a word jieba made up itself is likelier a name's)
                let unknown = !t.known
                    && words == 0
                    && t.word.chars().count() == 2
                    && t.word.chars().all(is_cjk);
                let word_ok = (name_class || unknown)
                    && !t
                        .word
                        .chars()
                        .any(|c| lex.name_stoppers.contains(&c) || c.is_whitespace());
                if !word_ok {
                    // 由青禾/nr|集团: jieba joined a function word to the
                    // name; the name starts after it.
                    let mut chars = t.word.chars();
                    if (name_class || unknown)
                        && let Some(first) = chars.next()
                        && lex.name_stoppers.contains(&first)
                        && chars.clone().count() >= 2
                        && chars.all(|c| is_cjk(c) && !lex.name_stoppers.contains(&c))
                    {
                        proper |= proper_tag(t.tag);
                        start = t.start + first.len_utf8();
                    }
                    break;
                }
                // 姚奎章|河北养元…有限公司: a person's name before a place
                // name is the person, not the start of the company's name.
                if t.tag.starts_with("nr") && first_tag == "ns" {
                    break;
                }
                first_tag = t.tag;
                made_up |= unknown && !name_class;
                proper |= proper_tag(t.tag) && !lex.generic_modifiers.contains(t.word);
                start = t.start;
            }
            // Robotics X实验室: a Latin name of several words before the
            // suffix (jieba parts them at the spaces); not before the bare
            // kind word (Arena Intelligence公司 is the company Arena
            // Intelligence)
            if start < pos
                && suffix != "公司"
                && view.text[start..pos]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric())
                && let Some(m) = LATIN_WORDS_BEFORE.find(&view.text[..start])
            {
                start = m.start();
            }
            // 上汽旗下的尚/d|颀/z|资本: right after words only an organisation
            // follows, two or three characters before the suffix are the
            // name's, whatever jieba made of them.
            if *etype == EntityType::Organization
                && let Some(q) = lex
                    .cues
                    .org_context_before_zh
                    .iter()
                    .filter_map(|c| {
                        let q = view.text[..pos].rfind(c.as_str())? + c.len();
                        let stem = &view.text[q..pos];
                        // (旗下的飞行|汽车公司: a word jieba knows whole is
                        // a description)
                        let one_word = view
                            .tokens
                            .iter()
                            .any(|t| t.start == q && t.end == pos && t.known);
                        ((2..=3).contains(&stem.chars().count())
                            && !one_word
                            && stem
                                .chars()
                                .all(|ch| is_cjk(ch) && !lex.name_stoppers.contains(&ch)))
                        .then_some(q)
                    })
                    .max()
                && q < start
            {
                start = q;
            }
            // 贵阳市大数据产业集团: a place the dictionary knows and up to
            // three content words before a name of everyday words (数据产业
            // 集团) are the name's (not before 公司 alone: 美国芯片公司
            // describes one; nor before a proper name: 杭州云帆科技).
            if *etype == EntityType::Organization
                && suffix != "公司"
                && !suffix.is_ascii()
                && !proper
                && let Some(p) = view
                    .known
                    .iter()
                    .filter(|k| k.2 == EntityType::Place && k.1 <= start)
                    .max_by_key(|k| k.1)
            {
                let between: Vec<_> = view
                    .tokens
                    .iter()
                    .filter(|t| t.start >= p.1 && t.end <= start)
                    .collect();
                let covered: usize = between.iter().map(|t| t.end - t.start).sum();
                // (an adjective of one character only, 大|数据; 大型, 国有
                // describe: 英国大型传媒集团)
                if between.len() <= 3
                    && covered == start - p.1
                    && between.iter().all(|t| {
                        (["n", "vn", "j", "nz", "l"].contains(&t.tag)
                            || (["a", "b"].contains(&t.tag) && t.word.chars().count() == 1))
                            && t.word.chars().all(is_cjk)
                            && !t.word.chars().any(|c| lex.name_stoppers.contains(&c))
                    })
                {
                    start = p.0;
                }
            }
            // Brackets at the front (【生数科技), or the end of a date
            // (2023年云帆科技), are not part of the name.
            while let Some(c) = view.text[start..pos].chars().next()
                && (!(c.is_alphanumeric()
                    && (c.is_ascii() || ('\u{4E00}'..='\u{9FFF}').contains(&c)))
                    || ("年月日号".contains(c)
                        && view.text[..start].ends_with(|d: char| d.is_ascii_digit())))
            {
                start += c.len_utf8();
            }
            // (Mech-MSR软件, Mech-Vision视觉软件: a code before a word that
            // is also a kind of thing names the thing, zh.code_head)
            if view.text[start..pos].starts_with(|c: char| c.is_ascii_alphabetic())
                && lex
                    .quoted_heads
                    .iter()
                    .any(|(h, t)| h == suffix && *t != EntityType::Organization)
            {
                continue;
            }
            // 阿联酋主权基金(穆巴达拉): a place and a kind describe what
            // follows.
            let end = pos + suffix.len();
            if lex.cues.place_kinds_zh.iter().any(|k| {
                view.text[..end].ends_with(k.as_str())
                    && view
                        .known
                        .iter()
                        .any(|p| p.2 == EntityType::Place && p.0 == start && p.1 == end - k.len())
            }) {
                continue;
            }
            // 正心|谷|资本: one character cut from a longer run of words
            // before it is no name's whole head.
            if view.text[start..pos].chars().count() == 1
                && view.text[..start]
                    .chars()
                    .next_back()
                    .is_some_and(|c| is_cjk(c) && !lex.name_stoppers.contains(&c))
            {
                continue;
            }
            // Descriptions at the front (全球化, 一家) are not part of the name.
            while let Some(t) = view
                .tokens
                .iter()
                .find(|t| t.start == start && t.end < pos && lex.generic_modifiers.contains(t.word))
            {
                start = t.end;
            }
            // 曾|任星澜智能: a verb of office that jieba split across the name's
            // start is no part of it.
            if let Some(c) = view.text[start..pos].chars().next()
                && lex
                    .cues
                    .office_words_zh
                    .iter()
                    .any(|v| v.ends_with(c) && view.text[..start + c.len_utf8()].ends_with(v))
            {
                start += c.len_utf8();
            }
            // 长城汽车|智能驾驶总监: the suffix opens a description word of
            // `[suffix_guard]`, not a name's end.
            if lex.generic_modifiers.iter().any(|g| {
                g.len() > suffix.len()
                    && g.starts_with(suffix.as_str())
                    && view.text[pos..].starts_with(g.as_str())
            }) {
                continue;
            }
            // The suffix ends a word (YOYO智能体 is no 智能 company), unless a
            // title follows that jieba read across it (中学|校长, not 中|学校|长).
            // (…航空|大学毕业: jieba reads 大学毕业 as one word)
            let titled = lex
                .roles
                .iter()
                .any(|r| view.text[pos + suffix.len()..].starts_with(r.as_str()))
                || matches!(suffix.as_str(), "大学" | "学院")
                    && view.text[pos + suffix.len()..].starts_with("毕业");
            if !titled
                && view
                    .tokens
                    .iter()
                    .any(|t| t.start < pos + suffix.len() && t.end > pos + suffix.len())
            {
                continue;
            }
            // What follows only an organisation (星图智能的联合创始人), or a
            // head noun right before the name (创业公司星图智能), makes the
            // name one even when jieba knows its words.
            let mut org_context = after_context;
            // …or an investor's ending in a sentence about money put in,
            // even on a word jieba made up (宁德时代也通过晨道/q资本再次出手).
            // (not everyday words: 美元基金, 人民币基金 describe)
            let named_stem = || {
                view.tokens
                    .iter()
                    .filter(|t| t.start >= start && t.end <= pos)
                    .any(|t| !t.known || proper_tag(t.tag) || t.tag == "q")
            };
            let funding = *etype == EntityType::Organization
                && lex.cues.investor_endings.contains(suffix)
                && named_stem()
                && lex
                    .cues
                    .funding_words_zh
                    .iter()
                    .any(|w| view.text.contains(w.as_str()));
            // …or what stands before it (母公司是星河集团, 收购了云帆科技).
            org_context |= *etype == EntityType::Organization
                && lex
                    .cues
                    .org_context_before_zh
                    .iter()
                    .chain(&lex.cues.founding_verbs)
                    .any(|c| view.text[..start].ends_with(c.as_str()));
            // …or a clause giving its seat (总部位于杭州的星图科技).
            // (not where a noun goes on the description: 总部位于北京的云通信
            // 服务商容联云)
            org_context |= *etype == EntityType::Organization
                && seated_before(view, lex, start)
                && !view
                    .tokens
                    .iter()
                    .any(|t| t.start == pos + suffix.len() && t.tag.starts_with('n'));
            if *etype == EntityType::Organization
                && let Some(head) = view
                    .tokens
                    .iter()
                    .rev()
                    .filter(|t| t.start >= start && t.end < pos)
                    .find(|t| lex.cues.org_heads_zh.iter().any(|h| h == t.word))
            {
                start = head.end;
                org_context = true;
            }
            if start == pos {
                continue;
            }
            // Without a proper word or a context the name is only a guess,
            // that the document may confirm by repeating it (see
            // `repeated_guesses` in mod.rs).
            // (a made-up word of another class names only as a guess)
            // (南昌航空大学, 北京理工大学: a place, everyday words and 大学
            // name a school)
            let school_of_place = matches!(suffix.as_str(), "大学" | "学院")
                && view
                    .known
                    .iter()
                    .any(|k| k.0 == start && k.1 < pos && k.2 == EntityType::Place);
            let guess = !funding && (!(proper || org_context || school_of_place) || made_up);
            // …and only one with a word jieba does not know (深势, not 车载
            // or 浏览器: those describe).
            if guess
                && view
                    .tokens
                    .iter()
                    .filter(|t| t.start >= start && t.end <= pos)
                    .all(|t| t.known)
            {
                continue;
            }
            // 一家欧洲AI芯片公司 describes a company; 北辰集团控股的车企 holds the
            // verb 控股, not a company named …控股 ([cues] description_openers_zh).
            if suffix == "公司"
                && lex
                    .cues
                    .description_openers_zh
                    .iter()
                    .any(|d| view.text[..start].ends_with(d.as_str()))
                || suffix == "控股" && view.text[pos + suffix.len()..].starts_with('的')
            {
                continue;
            }
            let stem = &view.text[start..pos];
            if lex.generic_modifiers.contains(stem) || lex.is_not_entity(stem) {
                continue;
            }
            // 这家…成立的芯片设计公司: after a relative clause's 的, everyday
            // words before the suffix describe a company, they do not name it.
            if view.text[..start].ends_with('的') && !proper && everyday_words(view, start, pos) {
                continue;
            }
            // 云数据公司Snowflake, 存储软件公司Nutanix: words jieba knows and a
            // suffix right before a company's name describe it (no name
            // stands right before another).
            let next = pos + suffix.len();
            let next = if view.text[next..].starts_with("公司") {
                next + "公司".len()
            } else {
                next
            };
            if view
                .tokens
                .iter()
                .filter(|t| t.start >= start && t.end <= pos)
                .all(|t| t.known)
                && !view.known.iter().any(|k| k.0 == start && k.1 == pos)
                && (view
                    .known
                    .iter()
                    .any(|k| k.0 == next && k.2 == EntityType::Organization)
                    || latin_name_at(lex, &view.text[next..]))
            {
                continue;
            }
            // 京东全球科技探索者大会 is an event, not 京东全球科技 (but 星图智能在杭州
            //召开发布会 names a company: a verb or preposition comes first).
            let after = pos + suffix.len();
            let event_name = view
                .tokens
                .iter()
                .filter(|t| t.start >= after && t.start < after + 24)
                .take_while(|t| t.tag.starts_with('n') || t.tag.starts_with('a') || t.tag == "vn")
                .any(|t| {
                    lex.cues
                        .event_words
                        .iter()
                        .any(|e| t.word.ends_with(e.as_str()))
                });
            if event_name {
                continue;
            }
            // 一家杭州公司 describes a company by its city: a place alone is no name.
            // (jieba's place guess alone does not decide it where what
            // follows says organisation: 星海/ns 科技于今日发布.)
            let place_only = view
                .known
                .iter()
                .any(|k| k.0 == start && k.1 == pos && k.2 == EntityType::Place)
                || !org_context
                    && !funding
                    && view
                        .tokens
                        .iter()
                        .any(|t| t.start == start && t.end == pos && t.tag == "ns");
            // 杭州创业公司 describes a company by its city and trade: no name either.
            let place_and_trade = view.known.iter().any(|k| {
                k.0 == start
                    && k.1 < pos
                    && k.2 == EntityType::Place
                    && lex.generic_modifiers.contains(&view.text[k.1..pos])
            });
            // …but a place names its university or institute (深圳大学, 浙江大学),
            // and a name jieba knows as one word (横店集团/n) is a name.
            let one_word = view
                .tokens
                .iter()
                .any(|t| t.start == start && t.end == pos + suffix.len());
            let named_by_place = one_word
                || matches!(
                    suffix.as_str(),
                    "大学" | "学院" | "研究院" | "研究总院" | "研究所" | "分校"
                );
            if (place_only || place_and_trade)
                && !named_by_place
                && *etype == EntityType::Organization
            {
                continue;
            }
            let end = pos + suffix.len();
            // 美国哥伦比亚大学 is 哥伦比亚大学 in America (but 西安电子科技大学 is
            // named after its city).
            if matches!(suffix.as_str(), "大学" | "学院" | "研究院" | "研究所")
                && let Some(k) = view
                    .known
                    .iter()
                    .find(|k| k.0 == start && k.1 < pos && k.2 == EntityType::Place)
                && lex
                    .cues
                    .countries_zh
                    .iter()
                    .any(|c| *c == view.text[k.0..k.1])
                && view.text[k.1..pos].chars().count() >= 2
            {
                start = k.1;
            }
            // 浙江大学计算机学院院长: a known organisation's unit named only to
            // scope a title is no entity of its own; the title is the
            // organisation's.
            let unit = matches!(suffix.as_str(), "学院" | "研究院" | "研究所" | "实验室");
            if unit
                && view
                    .known
                    .iter()
                    .any(|k| k.0 == start && k.1 < pos && k.2 == EntityType::Organization)
                && lex
                    .roles
                    .iter()
                    .any(|r| view.text[end..].starts_with(r.as_str()))
            {
                continue;
            }
            // DICT + 公司 is the dictionary entity under a longer name; DICT +
            // 研究院 is a unit of its own (OPPO研究院).
            if let Some(k) = view
                .known
                .iter()
                .find(|k| k.0 == start && (k.1 == pos || Some(k.1) == bracket))
                .filter(|k| !(named_by_place && k.2 == EntityType::Place))
                .filter(|_| {
                    !lex.cues.unit_endings_zh.contains(suffix)
                        && !lex.cues.investment_arm_endings_zh.contains(suffix)
                })
            {
                // (依图医疗: a trade that is no company ending makes a business
                // of its own, where the known-with-trade reader says so)
                if lex.cues.trade_units_zh.contains(suffix)
                    && !lex.cues.corporate_suffixes.contains(suffix)
                {
                    continue;
                }
                if k.2 == EntityType::Organization && *etype == EntityType::Organization {
                    let mut c = candidate(start, end, k.2, &k.3, "zh.suffix_alias", 0.9);
                    c.priority = 3;
                    out.push(c);
                }
                continue;
            }
            // 谷歌旗下人工智能实验室: what stands under a company is described,
            // not named.
            if lex
                .cues
                .under_words_zh
                .iter()
                .any(|w| view.text[start..end].contains(w.as_str()))
            {
                continue;
            }
            let (rule, confidence) = if guess {
                (SUFFIX_GUESS, 0.5)
            } else {
                ("zh.suffix", 0.75)
            };
            let mut c = candidate(start, end, *etype, &view.text[start..end], rule, confidence);
            // (a guess is weak evidence, as a jieba tag is: nothing that reads
            // strong candidates sees it)
            if guess {
                c.priority = 1;
            }
            out.push(c);
        }
    }
}

static CODE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ ?([A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)").expect("valid regex")
});
static CODE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*|\p{Han}{2,3}[0-9]+[A-Za-z0-9]*) ?$")
        .expect("valid regex")
});
/// A Chinese name with a version number: 天枢2.0, 盘古5.
static HAN_VERSIONED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Han}{2,4}\d+(?:\.\d+)*").expect("valid regex"));

/// A short Chinese word with a model code: 远征A1, 灵犀X2.
static HAN_CODE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ ?(\p{Han}{2,3}[A-Z]{1,2}[0-9]+[A-Za-z0-9]*)").expect("valid regex")
});

/// A second code-like name joined to the first: 和Seaweed, 、Step-2.
static CODE_AND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:和|与|及|、) ?([A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(?:[^A-Za-z0-9 .-]|$)",
    )
    .expect("valid regex")
});
/// One more word of a Latin product name: ` MI325X`, ` 8.0`, ` Gen`.
static CODE_MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ [A-Z0-9][A-Za-z0-9]*(?:[-.+][A-Za-z0-9]+)*").expect("valid regex")
});
static YEAR_IN_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:19|20)\d{2}").expect("valid regex"));
static SIZED_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^-\d+(?:\.\d+)?[BbMm]").expect("valid regex"));

static ORG_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:-[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|-\d+(?:\.\d+)?[BbMm](?:-[A-Za-z0-9]+)*(?-u:\b)|[A-Z]{1,4}[0-9]+[A-Za-z0-9]*|[A-Z][a-z]{2,8}[0-9]+[A-Za-z0-9]*|[A-Z][a-z]{1,8} [0-9]{1,3}(?:\.[0-9])?(?-u:\b)|[A-Z][a-z]{2,10} [A-Z]{1,3}[0-9]{1,4}[A-Za-z]*(?-u:\b)|[0-9]{1,2}\.[0-9]{1,2}(?:\.[0-9]+)?)")
        .expect("valid regex")
});

/// Whether a clause giving an organisation's seat ends with 的 right before
/// `start` (总部位于美国加州的…), no mark between.
fn seated_before(view: &SentenceView<'_>, lex: &Lexicon, start: usize) -> bool {
    let Some(before) = view.text[..start].strip_suffix('的') else {
        return false;
    };
    let clause = &before[clause_start(before, before.len())..];
    lex.cues
        .seat_clauses_zh
        .iter()
        .any(|c| clause.contains(c.as_str()))
}

/// The end of the tier words after `end` (ERNIE Lite, Gemini 2.0 Flash
/// Thinking, 澜舟X7 Pro: each space and tier word makes another of the
/// family; Llama 3.1 70B: so does a size; 灵犀Mini: after a Chinese name the
/// tier needs no space).
pub fn after_tiers(text: &str, mut end: usize, tiers: &[String]) -> usize {
    while end < text.len() {
        let rest = &text[end..];
        if let Some(m) = SIZE_AFTER.find(rest) {
            end += m.end();
            continue;
        }
        let cjk = text[..end].chars().next_back().is_some_and(is_cjk);
        let Some((gap, tier)) = tiers.iter().find_map(|t| {
            let (gap, r) = match rest.strip_prefix(' ') {
                Some(r) => (1, r),
                None if cjk || !t.is_ascii() => (0, rest),
                None => return None,
            };
            // (魅族21 PRO: a tier in capitals is the same tier)
            let upper = t.is_ascii()
                && t.len() >= 3
                && r.get(..t.len())
                    .is_some_and(|p| p == t.to_ascii_uppercase());
            let after = if upper {
                r.get(t.len()..)
            } else {
                r.strip_prefix(t.as_str())
            };
            after
                .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphanumeric()))
                .then_some((gap, t))
        }) else {
            break;
        };
        end += gap + tier.len();
    }
    end
}

/// A parameter count right after a model's name (Llama 3.1 70B).
static SIZE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ \d+(?:\.\d+)?B(?-u:\b)").expect("valid regex"));

/// The end of the longest app head (助手, 浏览器, App) right after `end`:
/// 星海助手, QQ浏览器 name apps after their maker or model.
pub fn app_head_end<'a>(
    text: &str,
    end: usize,
    heads: impl Iterator<Item = &'a String>,
) -> Option<usize> {
    // (a Latin head ends a word and no capitalised word goes on after it:
    // Lodestar Chat, not 'MIT Assistant Professor' or Lodestar Chatbot)
    heads
        .filter(|h| text[end..].starts_with(h.as_str()))
        .filter(|h| {
            let rest = &text[end + h.len()..];
            !h.is_ascii()
                || !rest.starts_with(|c: char| c.is_ascii_alphanumeric())
                    && !rest
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
        })
        .map(|h| end + h.len())
        .max()
}

/// 蔚来ET9, MiniMax-Text-01: an organisation's name at `start..end` followed
/// by a model code is a product of its maker (a model for a Latin name with
/// a hyphenated code).
pub fn maker_code(text: &str, start: usize, end: usize, lex: &Lexicon) -> Option<Candidate> {
    let m = ORG_CODE.find(&text[end..]).filter(|m| {
        // A code has a digit or a capital after the hyphen (-Text-01, -M1), not
        // -profile; a year makes an event (三星WCG2011), not a product.
        let code = m.as_str();
        // 红杉2.5亿美元: a number with its unit is an amount, not a version.
        let rest = &text[end + m.end()..];
        let unit_after = rest.starts_with(|c: char| c.is_ascii_digit())
            || lex
                .cues
                .units_after_number
                .iter()
                .any(|u| rest.starts_with(u.as_str()));
        code.chars()
            .skip(1)
            .any(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
            && !YEAR_IN_CODE.is_match(code)
            && !unit_after
    })?;
    // 澜舟X7 Pro, 小米14 Ultra: a tier word is part of the product's name.
    let stop = after_tiers(text, end + m.end(), &lex.model_tiers);
    let latin = text[start..end].is_ascii();
    // 青岚-32B: a code that is a parameter count names a model; so does a
    // version (星海2.0) where the text speaks of models.
    let models_here = lex
        .cues
        .model_words
        .iter()
        .any(|w| text.contains(w.as_str()));
    let sized = SIZED_CODE.is_match(m.as_str())
        || models_here
            && m.as_str()
                .starts_with(|c: char| c.is_ascii_digit() || c == '-');
    let etype = if sized || latin && m.as_str().starts_with('-') {
        EntityType::AIModel
    } else {
        EntityType::Product
    };
    // 三星Galaxy S24: a product line's own two-word Latin name after a
    // Chinese maker is the name without the maker.
    let line_name = m
        .as_str()
        .split_once(' ')
        .is_some_and(|(a, b)| a.len() > 2 && b.starts_with(|c: char| c.is_ascii_uppercase()));
    let from = if !latin && line_name { end } else { start };
    Some(candidate(
        from,
        stop,
        etype,
        &text[from..stop],
        "zh.maker_code",
        0.8,
    ))
}

/// A bare number right after a Chinese organisation's name.
static NUMBER_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[1-9][0-9]?|0[1-9]|00[1-9])").expect("valid regex"));

/// Where a model year right before a product's name starts (2025款极氪007).
pub fn model_year_before(before: &str) -> Option<usize> {
    MODEL_YEAR_BEFORE.find(before).map(|m| m.start())
}

/// A model year right before a product's name: 2025款.
static MODEL_YEAR_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:19|20)\d\d款$").expect("valid regex"));

/// 一加13, 小米15 Ultra, iQOO 13: an organisation's name with a bare number is
/// a product of its maker when the document says so twice, or once right
/// after a release verb (推出了一加13). A number that goes on or takes a
/// unit (小米15亿, 华为5G, 腾讯20年) is no name.
pub fn maker_number(
    text: &str,
    start: usize,
    end: usize,
    document: &str,
    lex: &Lexicon,
) -> Option<Candidate> {
    // (a Latin maker's name, in a Chinese sentence, with a space: iQOO 13)
    let latin = text[start..end].is_ascii();
    if latin && !text.chars().any(is_cjk) {
        return maker_number_en(text, start, end, document, lex);
    }
    let gap = usize::from(latin && text[end..].starts_with(' '));
    let end = end + gap;
    let m = NUMBER_AFTER.find(&text[end..])?;
    let bare = |rest: &str| {
        let grouped = rest
            .strip_prefix([',', '.'])
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        // (百度20多年, 京东18家门店: a count, not a model line)
        let measure = |c: char| "年个家名人次岁位台辆部万亿".contains(c);
        let counted = rest.starts_with(measure)
            || rest
                .strip_prefix(['多', '余'])
                .is_some_and(|r| r.starts_with(measure));
        !rest.starts_with(|c: char| c.is_ascii_alphanumeric())
            && !grouped
            && !counted
            && !unit_follows(lex, rest)
    };
    let name_end = end + m.end();
    if !bare(&text[name_end..]) {
        return None;
    }
    let repeated = said_twice(document, &text[start..name_end], bare);
    // 推出年度旗舰一加13: a release verb at most six characters before.
    let before = &text[chars_back(text, start, 6)..start];
    let released = lex.cues.release_verbs.iter().any(|v| {
        before
            .rfind(v.as_str())
            .is_some_and(|i| !before[i + v.len()..].contains(|c: char| ",.;:!?、".contains(c)))
    });
    if !repeated && !released {
        return None;
    }
    let stop = after_tiers(text, name_end, &lex.model_tiers);
    // 2025款极氪007: a model year opens the name of that year's version.
    let start = model_year_before(&text[..start]).unwrap_or(start);
    Some(candidate(
        start,
        stop,
        EntityType::Product,
        &text[start..stop],
        "zh.maker_number",
        0.75,
    ))
}

/// Whether the document gives `name` twice or more, each time with what
/// `bare` accepts after it (no unit, no further digits).
fn said_twice(document: &str, name: &str, bare: impl Fn(&str) -> bool) -> bool {
    document
        .match_indices(name)
        .filter(|(i, _)| bare(&document[i + name.len()..]))
        .nth(1)
        .is_some()
}

/// A number or a short code after a company's name.
static NUMBER_AFTER_EN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ (?:[1-9][0-9]?|[A-Z]{1,2}[0-9]{1,3})\b").expect("valid regex"));

/// The Skydio 2 followed in 2019, its Lodestar X3: in English, a company's
/// name with a number or a short code after a determiner
/// ([cues] product_determiners_en) is a product of that company where the
/// document says so twice or a release verb comes first, as for
/// [`maker_number`]; not where the number goes on or takes a unit (the
/// Forbes 30 Under 30 list, the Quill 2 million).
pub fn maker_number_en(
    text: &str,
    start: usize,
    end: usize,
    document: &str,
    lex: &Lexicon,
) -> Option<Candidate> {
    let before = text[..start].strip_suffix(' ')?;
    let word = before.rsplit(' ').next()?;
    if !lex
        .cues
        .product_determiners_en
        .iter()
        .any(|d| d.eq_ignore_ascii_case(word))
    {
        return None;
    }
    let m = NUMBER_AFTER_EN.find(&text[end..])?;
    let name_end = end + m.end();
    let bare = |rest: &str| {
        !(rest.starts_with(|c: char| c.is_ascii_alphanumeric() || "%$".contains(c))
            || rest
                .strip_prefix(['.', ','])
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            || quantity_follows(lex, rest))
    };
    if !bare(&text[name_end..]) {
        return None;
    }
    let repeated = said_twice(document, &text[start..name_end], bare);
    let released = before
        .rsplit(' ')
        .nth(1)
        .is_some_and(|v| lex.cues.release_verbs_en.iter().any(|r| r == v));
    if !repeated && !released {
        return None;
    }
    let stop = after_tiers(text, name_end, &lex.model_tiers);
    Some(candidate(
        start,
        stop,
        EntityType::Product,
        &text[start..stop],
        "en.maker_number",
        0.75,
    ))
}

/// The type of the longest Chinese head noun of `[quoted_heads]` that `rest`
/// starts with (MI325X加速器, 征程5芯片), among the types `keep` accepts.
fn head_after(lex: &Lexicon, rest: &str, keep: impl Fn(EntityType) -> bool) -> Option<EntityType> {
    longest_head(lex, keep, |h| rest.starts_with(h))
}

/// The type of the longest Chinese head noun of `[quoted_heads]` that `text`
/// ends with (抓拍功能 → application, 双足机器人 → product), among the types
/// `keep` accepts.
fn head_ending(lex: &Lexicon, text: &str, keep: impl Fn(EntityType) -> bool) -> Option<EntityType> {
    longest_head(lex, keep, |h| text.ends_with(h))
}

/// The type of the longest Chinese head noun of `[quoted_heads]` that
/// `fits`, among the types `keep` accepts.
fn longest_head(
    lex: &Lexicon,
    keep: impl Fn(EntityType) -> bool,
    fits: impl Fn(&str) -> bool,
) -> Option<EntityType> {
    lex.quoted_heads
        .iter()
        .filter(|(h, t)| !h.is_ascii() && keep(*t) && fits(h))
        .max_by_key(|(h, _)| h.len())
        .map(|(_, t)| *t)
}

/// Kinds of thing a name is given after (works are named by their titles).
fn named_kind(t: EntityType) -> bool {
    t != EntityType::CreativeWork
}

/// A code-like name is a name when it has a digit or a capital (video-01,
/// Orin, ET9), and is not a bare acronym (AI, GPU).
fn code_like(name: &str, lex: &Lexicon) -> bool {
    let digit = name.chars().any(|c| c.is_ascii_digit());
    let upper = name.chars().next().is_some_and(|c| c.is_uppercase());
    let acronym = !digit && name.chars().count() <= 4 && name.chars().all(|c| !c.is_lowercase());
    (digit || upper) && !acronym && name.chars().count() >= 2 && !lex.is_not_entity(name)
}

/// Names of models and products by what they are called next to:
/// 视频生成模型video-01, Orin芯片, 征程5芯片 (a head noun of `[quoted_heads]`
/// before or after a code-like name), and 蔚来ET9, MiniMax-Text-01 (a
/// known organisation's name with a model code: a product of its maker).
fn coded_names(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for (head, etype) in &lex.quoted_heads {
        if *etype == EntityType::CreativeWork {
            continue;
        }
        for pos in view.find(head.as_str()) {
            // (模型家族SWE-1, 芯片系列X: a family word may stand between)
            let mut after = pos
                + head.len()
                + ["家族", "系列"]
                    .iter()
                    .find(|w| text[pos + head.len()..].starts_with(**w))
                    .map_or(0, |w| w.len());
            // (旗舰手机芯片天玑9400: heads in a row are one kind)
            while let Some((h, _)) = lex
                .quoted_heads
                .iter()
                .find(|(h, _)| !h.is_ascii() && text[after..].starts_with(h.as_str()))
            {
                after += h.len();
            }
            if let Some(c) = CODE_AFTER.captures(&text[after..]).and_then(|c| c.get(1))
                && code_like(c.as_str(), lex)
                && !head.is_ascii()
            {
                let s = after + c.start();
                let mut e = after + c.end();
                while let Some(m) = CODE_MORE.find(&text[e..])
                    && !unit_follows(lex, &text[e + m.end()..])
                {
                    e += m.end();
                }
                out.push(candidate(s, e, *etype, &text[s..e], "zh.head_code", 0.8));
                // 视频生成模型PixelDance和Seaweed: the head covers the list.
                if let Some(c) = CODE_AND.captures(&text[e..]).and_then(|c| c.get(1))
                    && code_like(c.as_str(), lex)
                {
                    let (s2, e2) = (e + c.start(), e + c.end());
                    out.push(candidate(s2, e2, *etype, c.as_str(), "zh.head_code", 0.75));
                }
            }
            // 新一代模型天枢2.0: a Chinese name with a version after a head noun.
            if !head.is_ascii()
                && let Some(m) = HAN_VERSIONED.find(&text[after..])
                // …ending the phrase (not 芯片采用5nm工艺, 续航700公里)
                && text[after + m.end()..]
                    .chars()
                    .next()
                    .is_none_or(|c| matches!(c, ',' | '。' | ';' | '、' | ' ' | ')' | '”' | '和' | '与' | '之'))
                && !view.tokens.iter().any(|tk| {
                    tk.start >= after && tk.end <= after + m.end() && tk.tag.starts_with('v')
                })
                && !lex.is_not_entity(
                    &m.as_str()[..m.as_str().find(|c: char| c.is_ascii_digit()).unwrap_or(0)],
                )
            {
                out.push(candidate(
                    after,
                    after + m.end(),
                    *etype,
                    m.as_str(),
                    "zh.head_code",
                    0.78,
                ));
            }
            // 快影App, 剪映App: the word before an app head is the app's name.
            if matches!(head.as_str(), "App" | "APP" | "app")
                && !text[pos + head.len()..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_alphabetic())
                && let Some(t) = view.tokens.iter().find(|t| t.end == pos)
                && !lex.quoted_heads.iter().any(|(h, _)| h == t.word)
                && !lex.cues.not_app_names.iter().any(|w| w == t.word)
                && (2..=4).contains(&t.word.chars().count())
                && t.word.chars().all(is_cjk)
                // (每个App, 这些App: a pronoun or a count names none)
                && !["r", "m", "q"].iter().any(|c| t.tag.starts_with(c))
                && !lex.is_not_entity(t.word)
                && !lex.generic_modifiers.contains(t.word)
                && !lex
                    .model_modifiers
                    .iter()
                    .any(|m| t.word.contains(m.as_str()))
            {
                out.push(candidate(
                    t.start,
                    t.end,
                    *etype,
                    t.word,
                    "zh.app_head",
                    0.78,
                ));
            }
            if !head.is_ascii()
                && let Some(m) = CODE_BEFORE.find(&text[..pos])
            {
                let mut s = m.start();
                let e = s + m.as_str().trim_end().len();
                if !text[s..e].is_ascii() {
                    // 星河7, not 载星河7: the name starts where a word starts.
                    let digits = text[s..e]
                        .find(|c: char| c.is_ascii_digit())
                        .unwrap_or(e - s);
                    match view.tokens.iter().map(|t| t.start).find(|&t| {
                        (s..=s + digits).contains(&t) && text[t..s + digits].chars().count() >= 2
                    }) {
                        Some(t) => s = t,
                        None => continue,
                    }
                }
                let name = &text[s..e];
                let stopped = name.chars().any(|c| lex.name_stoppers.contains(&c));
                if (!name.is_ascii() || code_like(name, lex)) && !stopped {
                    out.push(candidate(s, e, *etype, name, "zh.code_head", 0.78));
                }
            }
        }
    }
    for k in view
        .known
        .iter()
        .filter(|k| k.2 == EntityType::Organization)
    {
        out.extend(maker_code(text, k.0, k.1, lex));
        // 英伟达的Orin-X, 地平线的征程5: a code-like name a company has is its
        // product, typed by a head noun after it.
        let after = k.1 + "的".len();
        if !text[k.1..].starts_with('的') {
            continue;
        }
        let rest = &text[after..];
        let code = CODE_AFTER
            .captures(rest)
            .and_then(|c| c.get(1))
            .filter(|c| c.start() == 0 && code_like(c.as_str(), lex))
            .filter(|c| {
                c.as_str()
                    .contains(|ch: char| ch.is_ascii_digit() || ch == '-')
            })
            .map(|c| c.end())
            .or_else(|| {
                HAN_VERSIONED
                    .find(rest)
                    .filter(|m| {
                        !lex.is_not_entity(
                            &m.as_str()
                                [..m.as_str().find(|c: char| c.is_ascii_digit()).unwrap_or(0)],
                        )
                    })
                    .filter(|m| {
                        !m.as_str()
                            .starts_with(['第', '前', '后', '近', '约', '共', '每', '超'])
                    })
                    .map(|m| m.end())
            });
        let Some(len) = code else { continue };
        let e = after + len;
        // …ending the phrase or before a head noun (not 的A100服务器集群).
        let next = &text[e..];
        let head = head_after(lex, next, |t| t != EntityType::CreativeWork);
        let ends = next.chars().next().is_none_or(|c| {
            matches!(
                c,
                ',' | '。' | ';' | '、' | ')' | '”' | '和' | '与' | '及' | '等'
            )
        });
        if (head.is_some() || ends) && !view.known.iter().any(|o| o.0 < e && after < o.1) {
            let name = &text[after..e];
            out.push(candidate(
                after,
                e,
                head.unwrap_or(EntityType::Product),
                name,
                "zh.possessive_code",
                0.74,
            ));
        }
    }
}

/// Measure words: a word holding one counts or describes (两款, 新一代), it
/// names nothing.
const MEASURE_WORDS: &str = "款代种个颗块台辆";

static SERIES_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<name>\p{Han}{2,4}?|[A-Za-z][A-Za-z0-9-]{0,15})系列(?P<kind>\p{Han}{0,8})")
        .expect("valid regex")
});

/// 推出地宝系列扫地机器人: a short name before 系列, right after a release
/// verb, names the series, of the kind the head noun ending the words after it says.
fn series_names(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for verb in &lex.cues.release_verbs {
        for pos in view.find_word(verb) {
            let start = pos + verb.len();
            // (推出了云雀系列: 推出了 reads it, not 推出)
            if text[start..].starts_with('了') {
                continue;
            }
            let Some(c) = SERIES_NAME.captures(&text[start..]) else {
                continue;
            };
            let name = c.name("name").expect("group name").as_str();
            let kind = c.name("kind").expect("group kind").as_str();
            // (全新系列, 新一代: what is new is no name)
            let descriptive = lex
                .model_modifiers
                .iter()
                .any(|m| name.contains(m.as_str()))
                || name
                    .chars()
                    .any(|c| MEASURE_WORDS.contains(c) || "新全".contains(c));
            let Some(etype) = head_ending(lex, kind, named_kind) else {
                continue;
            };
            let end = start + name.len();
            if !descriptive && !view.known.iter().any(|k| k.0 < end && start < k.1) {
                out.push(candidate(start, end, etype, name, "zh.series", 0.74));
            }
        }
    }
}

/// 发布了神行超充电池, 推出了麒麟电池, 上线了星云助手: a short name between a
/// release verb and a product head noun (or an assistant's 助手) names the
/// product (head included).
fn released_products(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for (head, etype) in lex.quoted_heads.iter().filter(|(h, t)| {
        !h.is_ascii()
            && (*t == EntityType::Product
                    // (推出了星云助手: an assistant's name ends in 助手)
                    || (*t == EntityType::SoftwareApplication
                        && lex.cues.app_heads_after_app.contains(h)))
    }) {
        for pos in view.find(head.as_str()) {
            for verb in &lex.cues.release_verbs {
                let Some(vpos) = text[..pos].rfind(verb) else {
                    continue;
                };
                let start = vpos + verb.len();
                // 上个月发布的神行超充电池: a relative clause before the name,
                // which then holds no everyday word alone
                let relative = text[start..pos].starts_with('的');
                let start = start + if relative { '的'.len_utf8() } else { 0 };
                let word = &text[start..pos];
                let n = word.chars().count();
                let descriptive = relative
                    && (common_word_at(view, start, pos)
                        || everyday_words(view, start, pos)
                        || lex.generic_modifiers.contains(word))
                    || lex
                        .model_modifiers
                        .iter()
                        .any(|m| word.contains(m.as_str()))
                    || word
                        .chars()
                        .any(|c| lex.name_stoppers.contains(&c) || !is_cjk(c))
                    || word.chars().any(|c| MEASURE_WORDS.contains(c));
                let end = pos + head.len();
                // (推出地宝系列扫地机器人: the head ends where a word ends, and
                // a series word is no part of a name)
                let cut = !view.tokens.iter().any(|t| t.end == end) || word.contains("系列");
                // 推出聊天机器人ChatGPT: a kind word itself (of any kind), or
                // one a known name follows, describes that name.
                // (发布了仓储机器人平台“星链”: so does a kind word or a quoted
                // name right after the head)
                let kind = lex.quoted_heads.iter().any(|(h, _)| *h == text[start..end])
                    || view.known.iter().any(|k| k.0 == end)
                    || text[end..].starts_with('“')
                    || lex
                        .quoted_heads
                        .iter()
                        .any(|(h, _)| !h.is_ascii() && text[end..].starts_with(h.as_str()));
                if (2..=5).contains(&n)
                    && !descriptive
                    && !kind
                    && !cut
                    && !view.known.iter().any(|k| k.0 < pos && start < k.1)
                {
                    out.push(candidate(
                        start,
                        end,
                        *etype,
                        &text[start..end],
                        "zh.released_product",
                        0.75,
                    ));
                }
                break;
            }
        }
    }
}

/// 发布了旭日5智能计算芯片: a Chinese word and a number right after a release
/// verb, before a description ending in a kind word, name a thing of that
/// kind.
static HAN_NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Han}{2,4}[0-9]{1,3}").expect("valid regex"));

fn released_numbered(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for verb in &lex.cues.release_verbs {
        for pos in view.find_word(verb) {
            let mut at = pos + verb.len();
            if text[at..].starts_with('了') {
                at += '了'.len_utf8();
            }
            let Some(m) = HAN_NUMBERED.find(&text[at..]) else {
                continue;
            };
            let (s, e) = (at, at + m.end());
            // (拥有62亿参数, 多达30款, 每月200美元: a count or a price, not a
            // name: a unit follows, or a verb, an adverb, a numeral, a
            // measure word or a pronoun leads)
            let han_end = s + m
                .as_str()
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .len();
            let leads = view.tokens.iter().any(|t| {
                t.start >= s
                    && t.start < han_end
                    && ["v", "d", "m", "q", "r"]
                        .iter()
                        .any(|p| t.tag.starts_with(p))
            });
            if unit_follows(lex, &text[e..]) || leads || !text[e..].starts_with(is_cjk) {
                continue;
            }
            let rest: String = text[e..]
                .chars()
                .take_while(|&c| is_cjk(c))
                .take(8)
                .collect();
            let Some((_, etype)) = lex
                .quoted_heads
                .iter()
                .filter(|(h, t)| !h.is_ascii() && *t != EntityType::CreativeWork)
                .find(|(h, _)| rest.contains(h.as_str()))
            else {
                continue;
            };
            if !lex.is_not_entity(m.as_str()) && free_name(view, lex, s, e, false) {
                out.push(candidate(
                    s,
                    e,
                    *etype,
                    m.as_str(),
                    "zh.released_numbered",
                    0.74,
                ));
            }
        }
    }
}

/// 发布了Step-2, 推出了Kimi, 发布了远征A1: a code-like name right after a
/// Chinese release verb (Latin, or a short Chinese word with a letter and a
/// number) is a model, a product or an app: what a head noun right after it
/// says, else a model when the sentence is about models, a product when a
/// product's head noun follows (发了远征A2、灵犀X1等几款新机器人), an app
/// otherwise. Names listed after it with 、 和 及 are of the same kind.
fn released_codes(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for verb in &lex.cues.release_verbs {
        for pos in view.find_word(verb) {
            let mut at = pos + verb.len();
            let mut etype = None;
            while let Some((s, e)) = released_code_at(view, lex, at) {
                if names_a_level(&text[e..]) {
                    break;
                }
                let name = &text[s..e];
                // MI325X加速器: a head noun right after it says what it is.
                let head = head_after(lex, &text[e..], |_| true);
                // (a head noun a few words on: 远征A2、灵犀X1等几款新机器人)
                let near: String = text[e..].chars().take(12).collect();
                let product_follows = || {
                    lex.quoted_heads.iter().any(|(h, t)| {
                        *t == EntityType::Product && !h.is_ascii() && near.contains(h.as_str())
                    })
                };
                let t = *etype.get_or_insert_with(|| {
                    head.unwrap_or(if text.contains("模型") || text.contains("model") {
                        EntityType::AIModel
                    } else if product_follows() {
                        EntityType::Product
                    } else {
                        EntityType::SoftwareApplication
                    })
                });
                out.push(candidate(s, e, t, name, "zh.released_code", 0.75));
                let Some(sep) = ["、", "和", "与", "及", "以及"]
                    .iter()
                    .find(|w| text[e..].starts_with(*w))
                else {
                    break;
                };
                at = e + sep.len();
            }
        }
    }
}

/// A list of codes in a Chinese sentence (A1000和A1000L两款芯片; …的C1236和
/// C1296): every code of a list that a head noun ends (after a count:
/// 两款) is of the head's kind; and a code joined to a model, app or
/// product already found (C1236|和C1296) is of its kind too.
fn code_lists(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    if !text.chars().any(is_cjk) {
        return;
    }
    let free = |s: usize, e: usize, out: &[Candidate]| {
        !view.known.iter().any(|k| k.0 < e && s < k.1)
            && !out
                .iter()
                .any(|c| c.start < e && s < c.end && c.priority >= 2)
    };
    for m in CODE_LIST.find_iter(text) {
        let rest = &text[m.end()..];
        let rest = COUNT_KIND.find(rest).map_or(rest, |c| &rest[c.end()..]);
        let Some(t) = head_after(lex, rest, EntityType::is_made) else {
            continue;
        };
        for c in CODE.find_iter(m.as_str()) {
            let (s, e) = (m.start() + c.start(), m.start() + c.end());
            if code_like(c.as_str(), lex) && free(s, e, out) {
                out.push(candidate(s, e, t, c.as_str(), "zh.code_list", 0.76));
            }
        }
    }
    let mut k = 0;
    while k < out.len() {
        let (end, t) = (out[k].end, out[k].etype);
        k += 1;
        if !t.is_made() || out[k - 1].priority < 2 {
            continue;
        }
        let Some(j) = ["、", "和", "与", "及", "以及"]
            .iter()
            .find(|j| text[end..].starts_with(**j))
        else {
            continue;
        };
        let at = end + j.len();
        if let Some(c) = CODE.find(&text[at..]).filter(|c| c.start() == 0) {
            let e = at + c.end();
            // (和Qwen2.5: a code that goes on is no code of its own)
            if code_like(c.as_str(), lex)
                && !text[e..]
                    .starts_with(|ch: char| ch.is_ascii_alphanumeric() || ".-_".contains(ch))
                && free(at, e, out)
            {
                out.push(candidate(at, e, t, c.as_str(), "zh.code_list", 0.75));
            }
        }
    }
}

/// 与一汽集团、博世、采埃孚和马瑞利等车企建立了合作: in a Chinese list that
/// holds two organisations already known, a short name between joiners is an
/// organisation too when the list ends with 等 or a pointer (这些,
/// `[cues] list_closers_zh`) and a kind of organisation (`[cues]
/// org_heads_zh`) or the name stands between known ones; and in a list said
/// to be rivals, partners or backers (`[cues] org_roles_after_list_zh`) one
/// known organisation, or two names guessed by their endings, will do.
fn listed_organisations(
    view: &SentenceView<'_>,
    lex: &Lexicon,
    guesses: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    let text = view.text;
    let mut orgs = organisation_spans(view, out);
    // (傲川科技和明湖科技也是…的对手: names guessed from their endings
    // alone count where the list is said to be organisations)
    let guessed: Vec<(usize, usize)> = guesses.iter().map(|c| (c.start, c.end)).collect();
    orgs.sort_unstable();
    let org_at = |at: usize| orgs.iter().filter(|o| o.0 == at).map(|o| o.1).max();
    let mut from = 0;
    let mut walks: Vec<(usize, usize, bool)> = orgs
        .iter()
        .map(|&(s, e)| (s, e, true))
        .chain(guessed.iter().map(|&(s, e)| (s, e, false)))
        .collect();
    walks.sort_unstable();
    for &(start, end, strong) in &walks {
        if start < from {
            continue;
        }
        // Walk the list: known names and unknown ones, as (start, end, known).
        let mut items = vec![(start, end, strong)];
        let mut at = end;
        while let Some(j) = ZH_LIST_JOINERS.iter().find(|j| text[at..].starts_with(**j)) {
            let s = at + j.len();
            if let Some(e) = org_at(s) {
                items.push((s, e, true));
                at = e;
                continue;
            }
            if let Some(&(_, e)) = guessed.iter().find(|g| g.0 == s) {
                items.push((s, e, false));
                at = e;
                continue;
            }
            // (up to the next joiner: 博世以及马瑞利 is no 博世以)
            let mut len = 0;
            for c in text[s..].chars() {
                let at = &text[s + len..];
                // (软银、SIG、IDG资本: a Latin name too)
                if !(is_cjk(c) || c.is_ascii_alphanumeric())
                    || lex.name_stoppers.contains(&c)
                    || c == '等'
                    || ZH_LIST_JOINERS.iter().any(|j| at.starts_with(j))
                    || lex
                        .cues
                        .list_closers_zh
                        .iter()
                        .any(|j| at.starts_with(j.as_str()))
                {
                    break;
                }
                len += c.len_utf8();
            }
            let n = text[s..s + len].chars().count();
            // (PreAngel, Prosperity7: a Latin name may be longer)
            let most = if text[s..s + len].is_ascii() { 24 } else { 6 };
            if !(2..=most).contains(&n)
                || !ZH_LIST_JOINERS
                    .iter()
                    .chain(&["等"])
                    .any(|w| text[s + len..].starts_with(w))
                    && !lex
                        .cues
                        .list_closers_zh
                        .iter()
                        .any(|w| text[s + len..].starts_with(w.as_str()))
            {
                break;
            }
            items.push((s, s + len, false));
            at = s + len;
        }
        from = at;
        // (a word of `words` within ten characters of `r`)
        let near = |r: &str, words: &[String]| {
            let near: String = r.chars().take(10).collect();
            words.iter().any(|h| near.contains(h.as_str()))
        };
        // 蓝鲸智行和美团是我们的主要对手: a list said to be competitors,
        // partners or backers is one of organisations, its first name too
        // when that opens the clause.
        let role = lex.cues.copulas_zh.iter().any(|c| {
            text[at..]
                .strip_prefix(c.as_str())
                .is_some_and(|r| near(r, &lex.cues.org_roles_after_list_zh))
        });
        if role
            && let Some(j) = ZH_LIST_JOINERS
                .iter()
                .find(|j| text[..start].ends_with(**j))
        {
            let before = start - j.len();
            let s = text[..before]
                .char_indices()
                .rev()
                .take_while(|(_, c)| is_cjk(*c) && !lex.name_stoppers.contains(c))
                .last()
                .map_or(before, |(i, _)| i);
            let opens = text[..s].is_empty() || text[..s].ends_with([',', ':', ';', '。', '的']);
            if opens && (2..=6).contains(&text[s..before].chars().count()) {
                items.insert(0, (s, before, false));
            }
        }
        let known = items.iter().filter(|i| i.2).count();
        // (…等车企; …、史陶比尔这些外资厂商)
        let closed = text[at..]
            .strip_prefix("等")
            .or_else(|| {
                lex.cues
                    .list_closers_zh
                    .iter()
                    .find_map(|w| text[at..].strip_prefix(w.as_str()))
            })
            .is_some_and(|r| near(r, &lex.cues.org_heads_zh));
        let guesses = items
            .iter()
            .filter(|i| guessed.contains(&(i.0, i.1)))
            .count();
        // (two known, or a role's list with one known or two guessed)
        if known < 2 && !(role && (known == 1 || guesses >= 2)) {
            continue;
        }
        for (k, &(s, e, is_known)) in items.iter().enumerate() {
            let between = items[..k].iter().any(|i| i.2) && items[k + 1..].iter().any(|i| i.2);
            let name = &text[s..e];
            // (a role's list may hold people or a group: 创始团队和腾讯都是…
            // no everyday word, no name read as a person's)
            let plain = role
                && (common_word_at(view, s, e)
                    || everyday_words(view, s, e)
                    || out.iter().any(|c| {
                        c.etype == EntityType::Person && c.priority >= 2 && c.start < e && s < c.end
                    }));
            if !is_known && (closed || between || role) && !plain && !lex.is_not_entity(name) {
                out.push(candidate(
                    s,
                    e,
                    EntityType::Organization,
                    name,
                    "zh.listed_org",
                    0.72,
                ));
            }
        }
    }
}

/// The organisations the dictionary knows in the sentence and those a strong
/// recogniser found so far, as spans.
fn organisation_spans(view: &SentenceView<'_>, out: &[Candidate]) -> Vec<(usize, usize)> {
    view.known
        .iter()
        .filter(|k| k.2 == EntityType::Organization)
        .map(|k| (k.0, k.1))
        .chain(
            out.iter()
                .filter(|c| c.etype == EntityType::Organization && c.priority >= 2)
                .map(|c| (c.start, c.end)),
        )
        .collect()
}

/// 海尔孵化的蓝湾互联: the words right after an organisation and a word
/// of growing one (`[cues] spun_out_words_zh`), up to a function word other
/// than a verb (树根|互联/v), ending the clause or before a name-stopper,
/// name an organisation, unless a kind of thing or company ends them.
fn spun_out_names_zh(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for (_, end) in organisation_spans(view, out) {
        let Some(w) = lex
            .cues
            .spun_out_words_zh
            .iter()
            .find(|w| text[end..].starts_with(w.as_str()))
        else {
            continue;
        };
        let start = end + w.len();
        let mut stop = start;
        for t in view.tokens.iter().filter(|t| t.start >= start) {
            if t.start != stop
                || function_word(t) && t.tag != "v"
                || !t.word.chars().all(is_cjk)
                || t.word.chars().any(|c| lex.name_stoppers.contains(&c))
            {
                break;
            }
            stop = t.end;
        }
        let name = &text[start..stop];
        let closes = text[stop..].is_empty()
            || text[stop..].starts_with(|c: char| ",。;:、)".contains(c))
            || lex
                .name_stoppers
                .iter()
                .any(|&c| text[stop..].starts_with(c));
        if (2..=6).contains(&name.chars().count())
            && closes
            && unclaimed_org_name(view, lex, start, stop)
            && !common_word_at(view, start, stop)
            // (小米孵化的智能硬件, 腾讯孵化的游戏工作室: a kind of thing or
            // company ends a description)
            && !lex
                .cues
                .org_heads_zh
                .iter()
                .chain(&lex.cues.spun_out_descriptions_zh)
                .chain(&lex.cues.kind_heads_org_zh)
                .chain(&lex.cues.kind_heads_app_zh)
                .chain(&lex.cues.kind_heads_product_zh)
                .any(|h| name.ends_with(h.as_str()))
            && !out
                .iter()
                .any(|c| c.start < stop && start < c.end && c.priority >= 2)
        {
            out.push(candidate(
                start,
                stop,
                EntityType::Organization,
                name,
                "zh.spun_out_org",
                0.72,
            ));
        }
    }
}

/// 越秀产业基金、众为资本和渤海中盛联合领投: the names of a list right before
/// a verb of putting money in (`[cues] funding_list_verbs_zh`, perhaps after
/// `joint_marks_zh`: 联合, 共同)
/// are investors, when one of them ends as an investment firm's name does
/// (`investor_endings`). The list runs back over jieba's words to the
/// clause's start, a preposition, a verb or a time.
fn funding_lists_zh(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for w in &lex.cues.funding_list_verbs_zh {
        for pos in view.find_word(w) {
            let mut end = pos;
            for lead in &lex.cues.joint_marks_zh {
                if text[..end].ends_with(lead.as_str()) {
                    end -= lead.len();
                }
            }
            // (A、B及C等跟投: the list closes before 等)
            if let Some(before) = text[..end].strip_suffix('等') {
                end = before.len();
            }
            let mut items: Vec<(usize, usize)> = Vec::new();
            let mut item_end = end;
            let mut at = end;
            while let Some(t) = view.tokens.iter().find(|t| t.end == at) {
                if ZH_LIST_JOINERS.contains(&t.word) {
                    items.push((t.end, item_end));
                    item_end = t.start;
                    at = t.start;
                    continue;
                }
                // (众为/p|资本: jieba's guess at a word of two is no function
                // word unless a verb, a time, a number or a pronoun; a
                // measure word of one character may be a name's)
                let function = if t.word.chars().count() == 1 {
                    function_word(t) && !t.tag.starts_with('q')
                } else {
                    ["v", "t", "m", "r"].iter().any(|c| t.tag.starts_with(c))
                };
                let part = t
                    .word
                    .chars()
                    .all(|c| is_cjk(c) || c.is_ascii_alphanumeric())
                    && !function;
                if !part {
                    // (,昌/nr|发展/vn、丝路华创和山蓝资本跟投: a name jieba
                    // reads as words, a verb among them, runs from the
                    // clause's start when the list goes on after it)
                    let from = clause_start(text, item_end);
                    if !items.is_empty() && surname_then_verb(view, from, item_end) {
                        at = from;
                    }
                    break;
                }
                at = t.start;
            }
            // (本轮由鼎晖VGC、…: jieba's word may hold a stop before the name)
            let lead = text[at..item_end]
                .char_indices()
                .find(|&(_, c)| !lex.name_stoppers.contains(&c))
                .map_or(0, |(i, _)| i);
            items.push((at + lead, item_end));
            let sized = |&(s, e): &(usize, usize)| (2..=10).contains(&text[s..e].chars().count());
            if items.len() < 2
                || !items.iter().all(sized)
                || !items.iter().any(|&(s, e)| {
                    lex.cues
                        .investor_endings
                        .iter()
                        .any(|x| text[s..e].ends_with(x.as_str()))
                })
            {
                continue;
            }
            for &(s, e) in &items {
                // (徐小平、真格基金和…跟投: a person in the list stays one)
                let taken = view.known.iter().any(|k| k.0 < e && s < k.1)
                    || out
                        .iter()
                        .any(|c| c.priority >= 2 && c.start < e && s < c.end)
                    || person_name_at(view, lex, s).is_some_and(|(_, pe)| pe == e)
                        // (昌/nr|发展/vn: no person whose given name is a verb)
                        && !surname_then_verb(view, s, e);
                if !taken && !lex.is_not_entity(&text[s..e]) {
                    out.push(candidate(
                        s,
                        e,
                        EntityType::Organization,
                        &text[s..e],
                        "zh.funding_list",
                        0.72,
                    ));
                }
            }
        }
    }
}

/// Whether jieba reads `s..e` as exactly a surname of one character and a
/// verb (昌/nr|发展/vn): in a list of investors, a name, not a person.
fn surname_then_verb(view: &SentenceView<'_>, s: usize, e: usize) -> bool {
    let words: Vec<_> = view
        .tokens
        .iter()
        .filter(|t| t.start >= s && t.end <= e)
        .collect();
    matches!(words.as_slice(), [a, b]
        if a.start == s && b.end == e && a.end == b.start
            && a.word.chars().count() == 1 && a.tag.starts_with("nr")
            && b.word.chars().all(is_cjk) && b.tag.starts_with('v'))
}

/// A code: letters and digits, at least one of each (A1000L, C1296).
const CODE_PATTERN: &str = r"[A-Za-z][A-Za-z0-9]*\d[A-Za-z0-9]*|\d+[A-Za-z][A-Za-z0-9]*";
static CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(CODE_PATTERN).expect("valid regex"));
/// Two or more codes joined as a list.
static CODE_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:{CODE_PATTERN})(?:(?:、|和|与|及|以及)(?:{CODE_PATTERN}))+"
    ))
    .expect("valid regex")
});
/// A count of kinds before a head noun: 两款, 三颗, 等.
static COUNT_KIND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:等)?(?:[两二三四五六七八九十几多]|\d+)?(?:款|颗|个|种|台|部)?")
        .expect("valid regex")
});

/// The code-like name that starts at `at` (after a space), if it is no
/// known name: Step-2, Instinct MI325X, 远征A1.
fn released_code_at(view: &SentenceView<'_>, lex: &Lexicon, at: usize) -> Option<(usize, usize)> {
    let text = view.text;
    let c = CODE_AFTER
        .captures(&text[at..])
        .or_else(|| HAN_CODE_AFTER.captures(&text[at..]))
        .and_then(|c| c.get(1))?;
    let s = at + c.start();
    let mut e = at + c.end();
    // Instinct MI325X, MagicOS 8.0, Movie Gen: capitalised or numbered
    // words that go on the name.
    while let Some(m) = CODE_MORE.find(&text[e..])
        && !unit_follows(lex, &text[e + m.end()..])
    {
        e += m.end();
    }
    let name = &text[s..e];
    // The Chinese part of 远征A1 is a name's, not a verb's, a modifier's or a
    // count's (发布了搭载M4的…, 全新X1, 新一代H200).
    let han_end = s + name.find(|c: char| c.is_ascii()).unwrap_or(name.len());
    let han = &text[s..han_end];
    let han_ok = han.is_empty()
        || (han.chars().all(|c| !lex.name_stoppers.contains(&c))
            && !lex.model_modifiers.iter().any(|m| han.contains(m.as_str()))
            && !view.tokens.iter().any(|t| {
                t.start < han_end
                    && s < t.end
                    && (t.tag.starts_with('v') || matches!(t.tag, "a" | "m" | "d" | "b"))
            }));
    (code_like(name, lex) && han_ok && !view.known.iter().any(|k| k.0 < e && s < k.1))
        .then_some((s, e))
}

/// 创办了汽车之家, 创立了车和家: the name a founding verb takes, up to the
/// end of the clause, is an organisation when its words are nouns.
/// 360浏览器, 百度地图, 搜狗输入法: a known company's name and a kind of app
/// (`[cues] app_heads_after_org`) is that company's app.
fn org_apps(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for (s, e, etype, _) in view.known {
        // 百度地图; QQ浏览器, 混元助手, 通义App: an app or model's name makes
        // the name of an app too.
        let heads: &[String] = match etype {
            EntityType::Organization => &[],
            EntityType::SoftwareApplication | EntityType::AIModel => &lex.cues.app_heads_after_app,
            _ => continue,
        };
        let Some(end) = app_head_end(
            view.text,
            *e,
            lex.cues.app_heads_after_org.iter().chain(heads),
        ) else {
            continue;
        };
        // The head must end a word (百度搜索, not 百度搜索引擎的).
        if view.tokens.iter().any(|t| t.start < end && t.end > end) {
            continue;
        }
        out.push(candidate(
            *s,
            end,
            EntityType::SoftwareApplication,
            &view.text[*s..end],
            "zh.org_app",
            0.78,
        ));
    }
}

/// A version or code right after a known model, app or product.
static VERSION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ ?(?:\d+\.\d+[A-Za-z]{0,3}|[A-Z]{1,2}\d+(?:\.\d+)?|\d+[A-Za-z]{0,3}|NEXT)(?: (?:Turbo|Pro|Max|Ultra|Plus|Lite|Mini|NEXT))*")
        .expect("valid regex")
});

/// Whether a unit or a word of quantity (`[cues] quantity_words_en`)
/// follows a number (2.0亿, 3 million users): a narrower test than
/// `unit_follows`, which any lower-case word passes.
fn quantity_follows(lex: &Lexicon, rest: &str) -> bool {
    let next = rest
        .strip_prefix(' ')
        .and_then(|r| r.split(|c: char| !c.is_ascii_alphabetic()).next())
        .unwrap_or("");
    lex.cues
        .units_after_number
        .iter()
        .any(|u| rest.starts_with(u.as_str()))
        || lex.cues.quantity_words_en.iter().any(|w| w == next)
}

/// Whether a number just read is a date's or a quantity's: a unit follows it
/// (3月, 2023年, 100 million).
fn unit_follows(lex: &Lexicon, rest: &str) -> bool {
    lex.cues
        .units_after_number
        .iter()
        .any(|u| rest.starts_with(u.as_str()))
        || rest
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// 文心大模型X1, 盘古大模型5.0, HarmonyOS NEXT: a known model, app or
/// product with a version after it is that version, a thing of its own.
fn known_with_version(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for (s, e, etype, _) in view.known {
        if !etype.is_made() {
            continue;
        }
        let Some(m) = VERSION_AFTER.find(&view.text[*e..]) else {
            continue;
        };
        let end = e + m.end();
        // A word goes on (Qwen2.5系列 is fine, GPT-4o-mini is read elsewhere),
        // or the number is a date or a quantity (文心一言3月, ChatGPT 100 million).
        if view.text[end..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '.')
            || unit_follows(lex, &view.text[end..])
        {
            continue;
        }
        out.push(candidate(
            *s,
            end,
            *etype,
            &view.text[*s..end],
            "known.version",
            0.8,
        ));
    }
}

/// 于2009年, 在2015年3月 at the end of the words before a founding cue.
static YEAR_BEFORE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:于|在)(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?$").expect("valid regex")
});

/// Where the clause that holds `pos` starts: after punctuation, a speaker's
/// colon, a bracket or a quote, else at the sentence's start.
fn clause_start(text: &str, pos: usize) -> usize {
    text[..pos]
        .char_indices()
        .rev()
        .find(|(_, c)| {
            matches!(
                c,
                ',' | ';' | ':' | '。' | '、' | '】' | '“' | '”' | '，' | '：'
            )
        })
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Whether `start..end` may be an organisation's name found from its context:
/// no concept, description or pronoun, and no overlap with a name the
/// dictionary already knows.
fn unclaimed_org_name(view: &SentenceView<'_>, lex: &Lexicon, start: usize, end: usize) -> bool {
    let name = &view.text[start..end];
    !lex.is_not_entity(name)
        && !lex.generic_modifiers.contains(name)
        && !lex.pronouns.organisation.iter().any(|p| p == name)
        && !view.known.iter().any(|k| k.0 < end && start < k.1)
}

/// One or two capitalised words and one more after a name, ending a word.
static INVESTMENT_ARM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?: [A-Z][a-z]+){1,2} [A-Z][a-z]+\b").expect("valid regex"));

/// 百度深度学习研究院, 清华大学自然语言处理实验室, 谷歌中国总裁: a unit of an
/// organisation the dictionary knows is an organisation of its own, named
/// by the known name, a few words and a unit ending (`[cues]
/// unit_endings_zh`), or by the known name and a country or region before a
/// title or, where the sentence is about money put in, in a list of
/// backers (`[cues] regional_units_zh`); and a business of its own named by
/// the known name and a trade word (依图医疗, [`trade_unit_end`]).
fn units_of_known(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    let funding = lex
        .cues
        .funding_words_zh
        .iter()
        .any(|w| text.contains(w.as_str()));
    for k in view
        .known
        .iter()
        .filter(|k| k.2 == EntityType::Organization)
    {
        let rest = &text[k.1..];
        // The words between the known name and the ending: Chinese, no
        // punctuation or 的, at most eight characters.
        let unit = lex
            .cues
            .unit_endings_zh
            .iter()
            .filter_map(|e| {
                let at = rest.find(e.as_str())?;
                let between = &rest[..at];
                (between.chars().count() <= 8
                    && between
                        .chars()
                        .all(|c| is_cjk(c) && !lex.name_stoppers.contains(&c))
                    // (谷歌旗下人工智能实验室 is a description, not a unit's name)
                    && !between.contains('的')
                    && !lex.cues.under_words_zh.iter().any(|w| between.contains(w.as_str()))
                    // (思必驰之间有联合实验室: a clause, not a unit's name;
                    // 自然语言处理实验室 and 深度学习研究院 name fields)
                    && !view.tokens.iter().any(|t| {
                        t.start >= k.1
                            && t.end <= k.1 + at
                            && (["f", "p", "c", "d", "r"].contains(&t.tag)
                                || t.tag == "v" && t.word.chars().count() == 1)
                    }))
                .then_some(at + e.len())
            })
            .min();
        // IBM Research, Intel Foundry: an English unit word after the name.
        let english = lex
            .cues
            .unit_endings_en
            .iter()
            .find(|u| {
                rest.strip_prefix(' ')
                    .and_then(|r| r.strip_prefix(u.as_str()))
                    .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
            })
            .map(|u| 1 + u.len())
            // LG Technology Ventures, Samsung Catalyst Fund: a known
            // company's investment arm, one or two capitalised words and an
            // investor's ending after its name.
            .or_else(|| {
                let m = INVESTMENT_ARM.find(rest)?;
                let last = m.as_str().rsplit(' ').next()?;
                lex.cues
                    .investor_endings
                    .iter()
                    .any(|e| e == last)
                    .then_some(m.end())
            });
        let regional = lex
            .cues
            .regional_units_zh
            .iter()
            .find(|r| {
                rest.strip_prefix(r.as_str()).is_some_and(|after| {
                    lex.roles
                        .iter()
                        .any(|role| after.starts_with(role.as_str()))
                        // (由软银亚洲和中金资本联合领投: a backer's regional
                        // arm in a list of backers)
                        || funding
                            && lex
                                .cues
                                .backer_list_joins_zh
                                .iter()
                                .any(|w| after.starts_with(w.as_str()))
                })
            })
            .map(|r| r.len());
        let trade = trade_unit_end(view, lex, k.1)
            .filter(|&end| !view.known.iter().any(|o| o.0 == k.0 && o.1 >= end));
        // Another known name inside (百度与腾讯研究院) is no unit of the first.
        let unit = unit
            .or(english)
            .or(regional)
            .map(|len| k.1 + len)
            .filter(|&end| {
                !view
                    .known
                    .iter()
                    .any(|o| o.0 >= k.1 && o.1 <= end && o.2 == EntityType::Organization)
            });
        for (end, rule, confidence) in [
            trade.map(|end| (end, "zh.known_with_trade", 0.78)),
            unit.map(|end| (end, "zh.org_unit", 0.8)),
        ]
        .into_iter()
        .flatten()
        {
            out.push(candidate(
                k.0,
                end,
                EntityType::Organization,
                &text[k.0..end],
                rule,
                confidence,
            ));
        }
    }
}

/// A capitalised name and the start of a clause that says what its maker
/// called it (Phoenix, which Sanctuary called its…).
static CALLED_ITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s(“])(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}), (?:which|that) [A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3} (?:called|calls|describes as|described as|bills as|billed as) its (?P<desc>[^,.;]+)")
        .expect("valid regex")
});

/// Phoenix, which Sanctuary called its sixth-generation general-purpose
/// robot: the thing a company calls its own, of the kind its head noun says.
fn called_its_own_en(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for c in CALLED_ITS.captures_iter(view.text) {
        let name = c.name("name").expect("group name");
        // (In Phoenix, which…: a sentence's opening word is none of it)
        let (start, name) = strip_opener(lex, name.start(), name.as_str());
        let end = start + name.len();
        let desc = c.name("desc").expect("group desc").as_str();
        let head = desc.trim_end().rsplit(' ').next().unwrap_or("");
        if name.is_empty()
            || lex.is_not_entity(name)
            || view.known.iter().any(|k| k.0 < end && start < k.1)
        {
            continue;
        }
        out.push(candidate(
            start,
            end,
            kind_of_head(lex, head),
            name,
            "en.called_its",
            0.78,
        ));
    }
}

/// 浙江大学韩墨教授, 李明院士: a name right before a title that follows
/// names (`[cues] titles_after_name_zh`) is a person's.
fn titled_after_people(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for title in &lex.cues.titles_after_name_zh {
        for pos in view.find(title.as_str()) {
            let start = name_of_length_ending_at(view, pos, |st| {
                person_name_at(view, lex, st) == Some((st, pos))
            });
            // (荣休教授, 任助理教授: a word that qualifies the title is no
            // name's end)
            // (中国工程|院士: the name starts where one of jieba's words
            // does, and is no everyday word: 高级|研究员)
            if let Some(start) = start
                && !lex
                    .cues
                    .title_qualifiers_zh
                    .iter()
                    .any(|q| view.text[..pos].ends_with(q.as_str()))
                && view.tokens.iter().any(|t| t.start == start)
                && !common_word_at(view, start, pos)
                && !lex.is_not_entity(&view.text[start..pos])
                && !view.known.iter().any(|k| k.0 < pos && start < k.1)
            {
                out.push(candidate(
                    start,
                    pos,
                    EntityType::Person,
                    &view.text[start..pos],
                    "zh.name_title",
                    0.78,
                ));
            }
        }
    }
}

/// 我们成立了加速进化,英文名叫Booster Robotics; 取名思岚科技,英文名叫
/// SLAMTEC: the name a founding verb or 取名 takes, when the clause after it
/// gives its English name, is an organisation's, whatever its words.
fn named_in_english(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for verb in lex
        .cues
        .founding_verbs
        .iter()
        .chain(&lex.cues.naming_words_zh)
    {
        for pos in view.find(verb.as_str()) {
            let start = pos + verb.len();
            let len: usize = text[start..]
                .chars()
                .take_while(|&c| is_cjk(c) && !lex.name_stoppers.contains(&c))
                .map(char::len_utf8)
                .sum();
            let end = start + len;
            let n = text[start..end].chars().count();
            if (2..=6).contains(&n)
                && (text[end..].starts_with(",英文") || text[end..].starts_with("(英文"))
                && !lex.is_not_entity(&text[start..end])
                && !view.known.iter().any(|k| k.0 < end && start < k.1)
            {
                out.push(candidate(
                    start,
                    end,
                    EntityType::Organization,
                    &text[start..end],
                    "zh.named_in_english",
                    0.8,
                ));
            }
        }
    }
}

/// 总部位于北京的新石器成立于2018年, 医学影像人工智能公司深睿医疗近日宣布: one
/// word (and a trade word jieba split off it) after a clause giving a seat
/// and 的, whatever jieba thinks the word means, or right after a described
/// kind of organisation ([cues] org_heads_zh), where jieba knows it as no
/// everyday word, is an organisation's name when what follows it (past a
/// time word or a bracketed date) is what only an organisation does
/// ([cues] org_context_after_zh, not the weak ones); after a seat the name
/// may also close its clause, and after a kind a person's or place's word
/// and a trade word may, or stand before an adverb (公司澄川机器人则在…).
fn seated_or_headed_names_zh(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    let cues = &lex.cues;
    // (深睿|医疗: a trade word jieba split off ends the name)
    let cues_trade = |word: &str| {
        cues.corporate_suffixes
            .iter()
            .chain(&cues.short_form_suffixes_zh)
            .chain(&cues.trade_units_zh)
            .any(|s| s == word)
    };
    let strong: Vec<&String> = cues
        .org_context_after_zh
        .iter()
        .filter(|c| !cues.weak_org_context_zh.contains(c))
        .collect();
    for (i, w) in view.tokens.iter().enumerate().skip(1) {
        let n = w.word.chars().count();
        // (总部位于北京的踏歌/v|智行: after a seat, a word of any class
        // before a trade word jieba split off)
        let trade_after = view
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.start == w.end && cues_trade(t.word));
        let seated_trade =
            view.tokens[i - 1].word == "的" && trade_after && seated_before(view, lex, w.start);
        // (另一家公司澄川/ns|机器人, 公司许洋/nr|机器人: after a kind of
        // organisation, a name and a trade word, whatever jieba tags the
        // name)
        let headed_trade = trade_after
            && (w.tag.starts_with("nr") || w.tag == "ns")
            && cues
                .org_heads_zh
                .iter()
                .any(|h| *h == view.tokens[i - 1].word);
        if !(2..=4).contains(&n)
            || !w.word.chars().all(is_cjk)
            || (!seated_trade
                && !headed_trade
                && ((!w.tag.starts_with('n') && w.known)
                    || w.tag.starts_with("nr")
                    || w.tag == "ns"))
            || lex.is_not_entity(w.word)
            || lex.generic_modifiers.contains(w.word)
            || cues.org_heads_zh.iter().any(|h| h == w.word)
            || view.known.iter().any(|k| k.0 < w.end && w.start < k.1)
        {
            continue;
        }
        let prev = &view.tokens[i - 1];
        let seated = prev.word == "的" && seated_before(view, lex, w.start);
        // (after a kind alone, an everyday word is no name: 上市公司董事会)
        let named = !w.known || proper_tag(w.tag);
        let headed = named && cues.org_heads_zh.iter().any(|h| h == prev.word) && i >= 2 && {
            // (a description before the kind: 无人配送车企业, not 该公司)
            let before = &view.tokens[i - 2];
            before.end == prev.start
                && before.word.chars().all(is_cjk)
                && !function_word(before)
                && before.word != "的"
        };
        if !seated && !headed {
            continue;
        }
        let mut end = view
            .tokens
            .iter()
            .find(|t| t.start == w.end && cues_trade(t.word))
            .map_or(w.end, |t| t.end);
        // (机器人公司岚启/v|世界/n宣布: a name of two words, the second a
        // noun, before what only an organisation does)
        if end == w.end
            && named
            && let Some(t) = view.tokens.get(i + 1).filter(|t| {
                t.start == w.end
                    && t.tag == "n"
                    && t.word.chars().count() == 2
                    && !lex.roles.iter().any(|r| r == t.word)
                    && !cues.collective_nouns_zh.iter().any(|c| c == t.word)
                    && strong.iter().any(|c| text[t.end..].starts_with(c.as_str()))
            })
        {
            end = t.end;
        }
        let mut after = past_time_word(view, end);
        if after > end {
            // (昨天(23日))
            if let Some(inner) = text[after..].strip_prefix('(')
                && let Some(close) = inner.find(')')
                && inner[..close].chars().count() <= 6
            {
                after += 1 + close + 1;
            }
        }
        // (…是总部位于北京的踏歌智行。: after a seat, a name may end the
        // clause, if jieba knows it as no word or a trade word follows; not
        // 总部位于当地的子公司。)
        let closes = seated
            && (named || seated_trade)
            && (text[after..].is_empty() || text[after..].starts_with(['。', ',', ';']));
        // (…公司澄川机器人则在7月…: after a kind, a name and a trade word
        // before a clause's end, an adverb or what only an organisation does)
        let headed_closes = headed
            && headed_trade
            && (view
                .tokens
                .iter()
                .any(|t| t.start == after && t.tag.starts_with('d'))
                || text[after..].is_empty()
                || text[after..].starts_with(['。', ',', ';']));
        if closes || headed_closes || strong.iter().any(|c| text[after..].starts_with(c.as_str())) {
            out.push(candidate(
                w.start,
                end,
                EntityType::Organization,
                &text[w.start..end],
                "zh.seated_or_headed",
                0.76,
            ));
        }
    }
}

/// 依图医疗 beside 依图科技: where a known organisation's name (or its
/// short name) ending at `at` has a trade word right after it ([cues]
/// trade_units_zh), the end of the business of its own they name, unless
/// another word follows to make it a description (依图医疗影像 is still one).
fn trade_unit_end(view: &SentenceView<'_>, lex: &Lexicon, at: usize) -> Option<usize> {
    let text = view.text;
    let w = lex
        .cues
        .trade_units_zh
        .iter()
        .filter(|w| text[at..].starts_with(w.as_str()))
        .max_by_key(|w| w.len())?;
    let end = at + w.len();
    // (the trade word ends a word: not 依图医疗影像, 小米汽车工厂)
    let ends_word = view.tokens.iter().any(|t| t.end == end)
        && !view.tokens.iter().any(|t| t.start < end && t.end > end);
    let next_is_han = text[end..].starts_with(|c: char| is_cjk(c));
    let follows = next_is_han
        && !lex
            .cues
            .org_context_after_zh
            .iter()
            .any(|c| text[end..].starts_with(c.as_str()))
        && !text[end..].starts_with(['和', '、', '与', '及', '的', '在', '也', '则', '还', '是']);
    (ends_word && !follows).then_some(end)
}

/// A Latin name in brackets: capitalised words, perhaps with digits, dots,
/// ampersands or hyphens.
static BRACKETED_LATIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\([A-Z][A-Za-z0-9.&'-]*(?: [A-Za-z0-9.&'-]+){0,3}\)").expect("valid regex")
});

/// 思灵机器人(Agile Robots), 珞石机器人(Rokae Robotics): a word and a trade
/// word that ends companies' names ([cues] corporate_suffixes) with a Latin
/// name in brackets right after are an organisation's name, where the Latin
/// name ends as a company's does or the word is no everyday one (not
/// 人形机器人(Humanoid Robot)).
fn bracketed_latin_orgs(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for (i, t) in view.tokens.iter().enumerate().skip(1) {
        if !lex.cues.corporate_suffixes.iter().any(|s| s == t.word) {
            continue;
        }
        let Some(m) = BRACKETED_LATIN.find(&text[t.end..]) else {
            continue;
        };
        let w = &view.tokens[i - 1];
        // (酷/n|哇/y|机器人(COWAROBOT): jieba's single characters before the
        // suffix join into the name)
        let first = (i >= 2
            && w.word.chars().count() == 1
            && view.tokens[i - 2].word.chars().count() == 1
            && view.tokens[i - 2].end == w.start
            && !function_word(&view.tokens[i - 2])
            && view.tokens[i - 2].word.chars().all(is_cjk))
        .then(|| &view.tokens[i - 2]);
        let start = first.map_or(w.start, |f| f.start);
        let word = &text[start..w.end];
        let n = word.chars().count();
        // (人形机器人(Humanoid Robot) glosses a term: the Latin name ends as a
        // company's does, or jieba does not know the word as an everyday one)
        let latin = m.as_str().trim_matches(['(', ')']);
        let latin_company = latin
            .rsplit(' ')
            .next()
            .is_some_and(|last| lex.org_suffixes_en.iter().any(|s| s == last));
        let company_like = latin_company || !w.known || proper_tag(w.tag);
        // (循环/vn|智能(Recurrent AI): a verbal noun may open a name that a
        // company's Latin name glosses)
        let function_opener = first.is_none()
            && function_word(w)
            && !(latin_company
                && w.tag == "vn"
                && lex
                    .cues
                    .verbal_noun_name_endings_zh
                    .iter()
                    .any(|e| e == t.word));
        // (single characters joined: only before a Latin name written as a
        // brand is, in capitals, not a term glossed in brackets)
        let brand = !latin.chars().any(|c| c.is_ascii_lowercase());
        if w.end != t.start
            || !(company_like || first.is_some() && brand)
            || !(2..=4).contains(&n)
            || !word.chars().all(is_cjk)
            || function_opener
            || word.chars().any(|c| lex.name_stoppers.contains(&c))
            || lex.is_not_entity(word)
            || lex.generic_modifiers.contains(word)
            || view.known.iter().any(|k| k.0 < t.end && start < k.1)
        {
            continue;
        }
        out.push(candidate(
            start,
            t.end,
            EntityType::Organization,
            &text[start..t.end],
            "zh.bracketed_latin",
            0.78,
        ));
    }
}

/// A Chinese name of two to four characters at a clause's start, glossed by
/// a Latin name in brackets.
static GLOSSED_HAN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[:,;。的])(\p{Han}{2,4})\([A-Z][A-Za-z0-9.&'-]*(?: [A-Za-z0-9.&'-]+){0,3}\)")
        .expect("valid regex")
});

/// 星图(Stellar)成立于2016年, 云栈(Cloudstack)2017年成立: a Chinese name
/// glossed by a Latin one and then founded (`[cues] founded_after_zh`, those
/// ending in 于; not 是一家… or 2016年创办…, which a person glossed in Latin
/// does) is a company's, whatever words jieba cuts it into.
fn glossed_founded_orgs_zh(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for c in GLOSSED_HAN_NAME.captures_iter(text) {
        let (whole, name) = (c.get(0).expect("match"), c.get(1).expect("group 1"));
        let rest = &text[whole.end()..];
        let founded = lex
            .cues
            .founded_after_zh
            .iter()
            .filter(|w| w.ends_with('于'))
            .any(|w| rest.starts_with(w.as_str()))
            || YEAR_FOUNDED_NEXT.is_match(rest);
        let (start, end) = (name.start(), name.end());
        if !founded
            || name
                .as_str()
                .chars()
                .any(|c| lex.name_stoppers.contains(&c))
            || !unclaimed_org_name(view, lex, start, end)
            || !view.tokens.iter().any(|t| t.start == start)
        {
            continue;
        }
        out.push(candidate(
            start,
            end,
            EntityType::Organization,
            name.as_str(),
            "zh.glossed_founded",
            0.78,
        ));
    }
}

/// 于2015年成立, 2015年创立: a founding year right after a name.
static YEAR_FOUNDED_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:于|在)?(?:19|20)\d{2}年(?:\d{1,2}月)?成立").expect("valid regex")
});

/// The rule of a candidate that makes a name the dictionary calls an app or
/// a work a company's, in this document (`Extractor::extract` reads every
/// mention of it so).
pub const ORG_RETYPE: &str = "org_retype";

/// 特斯拉、SpaceX和推特的CEO马斯克: a name the dictionary calls an app or a
/// work is a company's where it closes a list of companies that an officer
/// only a company has (`[cues] company_officers_zh`) follows. (Alone, as in
/// 出任TikTok首席执行官, the app may stand for its business.)
fn officered_apps(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for (s, e, etype, _) in view.known {
        if !matches!(
            etype,
            EntityType::SoftwareApplication | EntityType::CreativeWork | EntityType::Product
        ) {
            continue;
        }
        let before = &view.text[..*s];
        let Some(joint) = ZH_LIST_JOINERS.iter().find_map(|j| before.strip_suffix(j)) else {
            continue;
        };
        let listed = view
            .known
            .iter()
            .any(|k| k.1 == joint.len() && k.2 == EntityType::Organization);
        let rest = view.text[*e..]
            .strip_prefix('的')
            .unwrap_or(&view.text[*e..]);
        if listed
            && lex
                .cues
                .company_officers_zh
                .iter()
                .any(|t| rest.starts_with(t.as_str()))
        {
            let mut c = candidate(
                *s,
                *e,
                EntityType::Organization,
                &view.text[*s..*e],
                ORG_RETYPE,
                0.96,
            );
            c.priority = 3;
            out.push(c);
        }
    }
}

/// 本期嘉宾:云图视觉联合创始人、总裁陈峰: the words between a clause's start
/// and a leader's title (`[cues] org_titles_zh`) name an organisation, as
/// do the words before what only an organisation has (深蓝视界的总部位于深圳;
/// `[cues] org_markers_zh`).
fn titled_organisations(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for title in lex
        .cues
        .org_titles_zh
        .iter()
        .chain(&lex.cues.org_markers_zh)
    {
        for pos in view.find(title) {
            // (行政|总裁: the end of a longer title is no title of its own)
            let end = pos + title.len();
            if lex.roles.iter().any(|r| {
                r.len() > title.len()
                    && r.ends_with(title.as_str())
                    && text[..end].ends_with(r.as_str())
            }) {
                continue;
            }
            let clause = clause_start(text, pos);
            let words: Vec<_> = view
                .tokens
                .iter()
                .filter(|t| t.start >= clause && t.end <= pos)
                .collect();
            // (a single character may be a cut-apart name's, but no pronoun:
            // 我|做|CEO names no company)
            // (nor a punctuation mark: 2009年,|盛大|创始人)
            // (nor a word of taking a post: 宫如璟现任|公司|董事长)
            let name_like = |t: &&&Token| {
                t.word
                    .chars()
                    .all(|c| is_cjk(c) || c.is_ascii_alphanumeric())
                    && (!function_word(t)
                        || (t.word.chars().count() == 1 && !t.tag.starts_with('r')))
                    && !lex.cues.office_words_zh.iter().any(|w| w == t.word)
            };
            // The name is the run of name-like words right before the title
            // (本文根据|深蓝|视界|创始人: 深蓝视界), the whole clause if all are.
            let run = words.iter().rev().take_while(name_like).count();
            let start = match run {
                0 => pos,
                k => words[words.len() - k].start,
            };
            let clean = words.last().is_some_and(|t| t.end == pos)
                && (start == clause
                    || words.len() > run
                        // after 根据, 担任, 和; not after 的 (最大的电商平台创始人)
                        && ["p", "v", "c"]
                            .iter()
                            .any(|x| words[words.len() - run - 1].tag.starts_with(x)));
            // (星槎科技联席|CEO: a title's qualifier before it is none of the
            // name)
            let pos = lex
                .cues
                .title_qualifiers_zh
                .iter()
                .find(|q| text[start..pos].ends_with(q.as_str()) && start + q.len() < pos)
                .map_or(pos, |q| pos - q.len());
            let name = &text[start..pos];
            let n = name.chars().count();
            // 白鹭行创始人兼CEO来明远: a person named after the title (and the
            // titles chained to it) holds it, so what stands before the
            // title is the organisation even where it reads as a name (白).
            let mut after = end;
            while let Some(r) = lex
                .roles
                .iter()
                .filter(|r| {
                    let rest = text[after..].strip_prefix('兼').unwrap_or(&text[after..]);
                    rest.starts_with(r.as_str())
                })
                .max_by_key(|r| r.len())
            {
                after += r.len()
                    + if text[after..].starts_with('兼') {
                        '兼'.len_utf8()
                    } else {
                        0
                    };
            }
            let titled_person = view
                .known
                .iter()
                .any(|k| k.0 == after && k.2 == EntityType::Person)
                || person_name_at(view, lex, after).is_some_and(|(s, _)| s == after);
            if (2..=8).contains(&n)
                && clean
                && name.chars().all(is_cjk)
                && !name.chars().any(|c| lex.name_stoppers.contains(&c))
                && unclaimed_org_name(view, lex, start, pos)
                // (a person's name, or one with 任 after it: 王一凡任CEO; but
                // not a word jieba knows as no name: 盛大/b|创始人)
                && (person_name_at(view, lex, start).is_none_or(|(_, e)| {
                    e != pos && !(name.ends_with('任') && e + '任'.len_utf8() == pos)
                }) || view.tokens.iter().any(|t| {
                    t.start == start && t.end == pos && t.known && !t.tag.starts_with("nr")
                }) || titled_person)
                // 创始人、董事长兼CEO: a chain of titles names no organisation,
                // nor does a title's qualifier (代理首席执行官).
                && !lex.roles.iter().any(|r| name.contains(r.as_str()))
                && !lex.cues.title_qualifiers_zh.iter().any(|q| q == name)
                && !name.ends_with(['兼', '和', '及', '与'])
                // (戴伟民现任董事长: a word of office ends a person's clause)
                && !lex.cues.office_words_zh.iter().any(|w| name.ends_with(w.as_str()))
            {
                out.push(candidate(
                    start,
                    pos,
                    EntityType::Organization,
                    name,
                    "zh.titled_org",
                    0.76,
                ));
            }
        }
    }
}

/// 无问芯穹是由…发起成立的, 硅基流动成立于2023年: a clause that opens with
/// a name and goes on to say when or by whom it was founded names an
/// organisation.
fn founded_subjects(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for cue in &lex.cues.founded_after_zh {
        for pos in view.find(cue) {
            let start = clause_start(text, pos);
            // 是由… must go on to a founding (是由…发起成立的), not 是由…开发的.
            let clause_end = text[pos..]
                .find([',', ';', '。', '，'])
                .map_or(text.len(), |i| pos + i);
            let founding = lex
                .cues
                .founding_words_zh
                .iter()
                .any(|w| text[pos..clause_end].contains(w.as_str()));
            if cue.ends_with('由') && !founding {
                continue;
            }
            // X是一家…公司: the clause must end in a kind of organisation
            // (not 韩立新是一家AI公司的创始人), and X be no person's name.
            if cue.starts_with('是') && !cue.ends_with('由') {
                let clause = text[pos..clause_end].trim_end_matches("之一");
                let kind = lex
                    .cues
                    .org_heads_zh
                    .iter()
                    .any(|h| clause.ends_with(h.as_str()));
                if !kind || person_name_at(view, lex, start) == Some((start, pos)) {
                    continue;
                }
            }
            // Avazu于2009年成立于德国: the name stops before 于 and a year.
            let pos = YEAR_BEFORE_CUE
                .find(&text[start..pos])
                .map_or(pos, |m| start + m.start());
            let name = &text[start..pos];
            let n = name.chars().count();
            let words: Vec<_> = view
                .tokens
                .iter()
                .filter(|t| t.start >= start && t.end <= pos)
                .collect();
            let nouns = words.first().is_some_and(|t| t.start == start)
                && words.last().is_some_and(|t| t.end == pos)
                // jieba cuts a name it does not know into words of any kind
                // (无问|芯穹), but no time word, pronoun, adverb or particle
                // (后来由他接手), and one word alone must be a noun.
                && words.iter().enumerate().all(|(k, t)| {
                    let banned: &[&str] = if k == 0 {
                        &["t", "r", "p", "c", "d", "m", "f", "u", "q"]
                    } else {
                        &["r", "p", "c", "d", "u"]
                    };
                    !banned.iter().any(|x| t.tag.starts_with(x))
                })
                && (words.len() > 1
                    || words
                        .iter()
                        .all(|t| t.tag.starts_with('n') || matches!(t.tag, "j" | "eng" | "x")));
            // A Latin name may open the clause too (Avazu成立于2009年).
            let latin = name.starts_with(|c: char| c.is_ascii_uppercase())
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '.'));
            // (小i机器人: a Latin letter inside a Chinese name; no digit, no
            // time word: 芯原2001年, Pika今年)
            let han = name.chars().filter(|&c| is_cjk(c)).count() >= 2
                && name.chars().all(|c| is_cjk(c) || c.is_ascii_alphabetic())
                && (name.chars().all(is_cjk) || !words.iter().any(|t| t.tag.starts_with('t')));
            if (((2..=8).contains(&n) && nouns && han) || (latin && n <= 24))
                && !name.chars().any(|c| lex.name_stoppers.contains(&c))
                && unclaimed_org_name(view, lex, start, pos)
                && !lex
                    .cues
                    .org_heads_zh
                    .iter()
                    .any(|h| name.ends_with(h.as_str()))
            {
                out.push(candidate(
                    start,
                    pos,
                    EntityType::Organization,
                    name,
                    "zh.founded_subject",
                    0.76,
                ));
            }
        }
    }
}

fn founded_names(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for verb in &lex.cues.founding_verbs {
        for pos in view.find(verb) {
            let start = pos + verb.len();
            // 成立的展讯|通信,: up to the clause's end, a name with a
            // corporate ending is one whatever jieba tags its words.
            let clause: String = text[start..]
                .chars()
                .take_while(|&c| is_cjk(c) && !lex.name_stoppers.contains(&c))
                .collect();
            let n = clause.chars().count();
            let clause_end = start + clause.len();
            // (成立合资公司, 创办一家公司: a kind of body, no name)
            let generic = lex
                .cues
                .generic_bodies_zh
                .iter()
                .any(|g| clause.ends_with(g.as_str()))
                || ["一", "这", "该", "新", "几", "两", "合资"]
                    .iter()
                    .any(|w| clause.starts_with(w));
            // (这家…成立的芯片设计公司: a description after a relative clause)
            let described = verb.ends_with('的')
                && lex.cues.corporate_suffixes.iter().any(|suf| {
                    clause.ends_with(suf.as_str())
                        && everyday_words(view, start, clause_end - suf.len())
                });
            if (3..=8).contains(&n)
                && !generic
                && !described
                && text[clause_end..].starts_with([',', '。', ';', '、', '('])
                && lex
                    .cues
                    .corporate_suffixes
                    .iter()
                    .any(|suf| clause.ends_with(suf.as_str()) && clause.len() > suf.len() + 3)
                && unclaimed_org_name(view, lex, start, clause_end)
            {
                out.push(candidate(
                    start,
                    clause_end,
                    EntityType::Organization,
                    &clause,
                    "zh.founded_name",
                    0.75,
                ));
            }
            // The words up to the first that is not part of a name (的, a verb,
            // a conjunction, a number) or the end of the clause.
            let mut end = start;
            for t in view.tokens.iter().filter(|t| t.start >= start) {
                // jieba cuts a name it does not know into single characters
                // of any kind (可|牛|影像): those may start it too.
                let single = t.word.chars().count() == 1
                    && !lex
                        .name_stoppers
                        .contains(&t.word.chars().next().unwrap_or(' '));
                // (UC|优视: after a Latin word, a Chinese word that ends the
                // clause is the name's too, whatever jieba tags it)
                let after_latin = end > start
                    && text[start..end].is_ascii()
                    && !matches!(t.tag, "f" | "t")
                    && text[t.end..].starts_with([',', '。', ';', '、']);
                let part = t.start == end
                    && !matches!(t.tag, "uj" | "p" | "c" | "r" | "m" | "d" | "ad" | "x")
                    && (!t.tag.starts_with('v') || single || t.tag == "vn" || after_latin)
                    && !(t.start == start
                        && !(t.tag.starts_with('n')
                            // 深蓝/b 视界: a distinguishing word may open a name.
                            || matches!(t.tag, "s" | "j" | "eng" | "b")
                            || single));
                if !part {
                    break;
                }
                end = t.end;
            }
            let name = &text[start..end];
            let n = name.chars().count();
            // 成立了工作组, 成立了新公司: a kind of body, not a name.
            // 创办了工厂: one common noun jieba knows is no name either.
            let common_noun = view
                .tokens
                .iter()
                .any(|t| t.start == start && t.end == end && t.known && t.tag == "n" && n <= 3);
            // (黄仁勋创办的芯片公司: a trade of everyday nouns and a kind of
            // company describe it; they name none)
            let kind_only = lex.cues.company_kinds_introducing_zh.iter().any(|k| {
                let before = end.saturating_sub(k.len());
                name.len() > k.len()
                    && name.ends_with(k.as_str())
                    && view.tokens.iter().any(|t| t.start == start)
                    && view.tokens.iter().any(|t| t.end == before)
                    && view
                        .tokens
                        .iter()
                        .filter(|t| t.start >= start && t.end <= before)
                        .all(|t| {
                            t.known
                                && !proper_tag(t.tag)
                                && (t.tag.starts_with('n') || t.tag == "vn")
                        })
            });
            let generic = common_noun
                || described
                || kind_only
                || lex.cues.generic_bodies_zh.iter().any(|g| {
                    name == g || (name.ends_with(g.as_str()) && n <= g.chars().count() + 1)
                });
            // (UC优视: Latin letters may open it; not APUS|以后)
            let mixed_ok = name.chars().all(|c| is_cjk(c) || c.is_ascii_alphanumeric())
                && view
                    .tokens
                    .iter()
                    .filter(|t| t.start >= start && t.end <= end)
                    .all(|t| !matches!(t.tag, "f" | "t"));
            // 2021年创办的Exafunction,: a Latin name alone after the verb
            // is the company's too.
            if let Some(m) = LATIN_NAME.find(&text[start..])
                && m.start() == 0
                && text[start + m.end()..].starts_with([',', '。', ';', '、', '('])
                && code_like(m.as_str(), lex)
                && free_name(view, lex, start, start + m.end(), false)
            {
                out.push(candidate(
                    start,
                    start + m.end(),
                    EntityType::Organization,
                    m.as_str(),
                    "zh.founded_name",
                    0.76,
                ));
            }
            if (2..=8).contains(&n)
                && !generic
                && mixed_ok
                && name.chars().any(is_cjk)
                && unclaimed_org_name(view, lex, start, end)
                && text[end..].starts_with([',', '。', ',', ';', '、', '(', ')', '，'])
            {
                // (a Latin part makes the name distinctive enough to name it
                // everywhere in the document)
                let mixed = !name.is_ascii() && !name.chars().all(is_cjk);
                out.push(candidate(
                    start,
                    end,
                    EntityType::Organization,
                    name,
                    "zh.founded_name",
                    if mixed { 0.76 } else { 0.75 },
                ));
            }
        }
    }
}

/// An organisation introduced by what it is: a division called Microsoft AI.
static EN_CALLED_ORG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:division|unit|company|startup|start-up|lab|laboratory|subsidiary|team|group|firm|venture|fund)(?:\s+(?:called|named)\s+|,\s+)(?P<name>[A-Z][A-Za-z0-9.&-]*(?:\s+[A-Z][A-Za-z0-9.&-]*){0,3})")
        .expect("valid regex")
});

/// A school named '… University/Institute/College of …'.
static EN_SCHOOL_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[A-Z][A-Za-z]*\s+){0,3}(?:University|Institute|College|School|Academy)\s+of\s+[A-Z][A-Za-z]*(?:\s+(?:and\s+)?[A-Z][A-Za-z]*){0,3}(?:\s+at\s+[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)?)?")
        .expect("valid regex")
});

/// What starts a new clause after a name (…, Quarry, which is based in…).
static EN_CLAUSE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:which|who|a|an|the)\b").expect("valid regex"));

/// A kind word, then the name it introduces: flagship product, Vellum Code,…
/// A capitalised English name of a thing, up to three words (Vellum Code,
/// Gemini 1.5 Pro), captured as `name`.
const EN_THING_NAME: &str =
    r"(?P<name>[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:\s+[A-Z0-9][A-Za-z0-9.-]*){0,2})";

static EN_KIND_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(?P<head>product|model|app|application|chatbot|assistant|agent|platform|service|tool|engine|browser|chip|processor|robot|humanoid|device|phone|car|drone|gadget),\s+(?:the\s+)?{EN_THING_NAME},"))
        .expect("valid regex")
});

/// Imbue's main product was Sculptor, its first project is Avalon: a
/// company's main (flagship, first…) product named by 'was' or 'is'.
static EN_MAIN_THING_WAS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(?:main|flagship|core|first|signature|best-known|best known|biggest)\s+(?:[a-z]+\s+){{0,2}}?(?P<head>product|app|application|project|model|chip|platform|tool)\s+(?:was|is|became|remains)\s+{EN_THING_NAME}(?:[,.;]|$)"))
        .expect("valid regex")
});

static MODEL_WORDS_EN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:models?|languages?|LLMs?)(?-u:\b)").expect("valid regex")
});

/// Eleven Multilingual v2, released in August 2023, …: a capitalised name
/// opening the sentence with a release date in apposition.
static EN_RELEASED_APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:The\s+)?(?P<name>[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:\s+[A-Z0-9][A-Za-z0-9.-]*){0,2}(?:\s+v\d+(?:\.\d+)?)?),\s+(?:first\s+)?(?:released|launched|unveiled|introduced|announced|open-sourced)\s+(?:in|on|last|this|early|late)\b")
        .expect("valid regex")
});

/// A capitalised name followed by an apposition that says what it is:
/// Sonar, its in-house default model; Agentforce, a platform for agents.
static EN_APPOSITION_KIND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<name>[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:\s+[A-Z0-9][A-Za-z0-9.-]*){0,2}(?:\s+v\d+(?:\.\d+)?)?),\s+(?:now\s+|still\s+)?(?:a|an|its|the|their|the company's|the startup's)\s+(?:[\w-]+\s+){0,4}?(?P<head>model|LLM|chatbot|assistant|app|application|chip|processor|accelerator|GPU|smartphone|phone|service|system|platform|tool|software|robotaxi|browser|agent|generator|product)s?(?-u:\b)")
        .expect("valid regex")
});

/// 公司的产品包括用于推理的曦思N系列、训推一体的曦云C系列和…: the things a
/// list after 产品包括 names, each perhaps after a description ending in 的:
/// a short name of Chinese characters and perhaps a code, perhaps a series
/// (系列). Two items at least (one alone may be a description).
static ZH_LISTED_THINGS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<kind>产品线?|产品组合|芯片|模型|大模型|应用)(?:主要)?(?:包括|包含|涵盖|有)(?:了)?",
    )
    .expect("valid regex")
});
static ZH_LISTED_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[^,。;、和的]{1,10}的)?(?P<name>\p{Han}{2,4}[A-Za-z0-9]{0,4}(?:系列)?)(?P<sep>、|和|以及|及|,|。|;|$)")
        .expect("valid regex")
});

fn listed_things(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for c in ZH_LISTED_THINGS.captures_iter(text) {
        let etype = match &c["kind"] {
            "模型" | "大模型" => EntityType::AIModel,
            "应用" => EntityType::SoftwareApplication,
            _ => EntityType::Product,
        };
        let mut at = c.get(0).expect("group 0").end();
        let mut items = Vec::new();
        while let Some(m) = ZH_LISTED_ITEM.captures(&text[at..]) {
            let n = m.name("name").expect("group name");
            let (s, e) = (at + n.start(), at + n.end());
            // (words jieba knows as everyday ones describe: 服务器和存储设备)
            if everyday_words(view, s, e)
                || common_word_at(view, s, e)
                || lex.is_not_entity(n.as_str())
                || !free_name(view, lex, s, e, false)
            {
                items.clear();
                break;
            }
            items.push((s, e));
            let sep = m.name("sep").expect("group sep");
            if !["、", "和", "以及", "及"].contains(&sep.as_str()) {
                break;
            }
            at += sep.end();
        }
        if items.len() >= 2 {
            for (s, e) in items {
                out.push(candidate(
                    s,
                    e,
                    etype,
                    &text[s..e],
                    "zh.listed_things",
                    0.72,
                ));
            }
        }
    }
}

/// The type a head noun gives the name it goes with, from `[quoted_heads]`
/// (model → AIModel, app → SoftwareApplication); any other head names a product.
fn kind_of_head(lex: &Lexicon, head: &str) -> EntityType {
    listed_head(lex, head).unwrap_or(EntityType::Product)
}

/// The type `[quoted_heads]` gives a head noun (or its plural), if it lists it.
fn listed_head(lex: &Lexicon, head: &str) -> Option<EntityType> {
    let singular = singular_en(head);
    lex.quoted_heads
        .iter()
        .find(|(h, _)| h.eq_ignore_ascii_case(head) || h.eq_ignore_ascii_case(&singular))
        .map(|(_, t)| *t)
}

/// An English plural noun's singular, roughly (companies → company, labs →
/// lab); other words as they are.
fn singular_en(word: &str) -> std::borrow::Cow<'_, str> {
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() > 2) {
        return format!("{stem}y").into();
    }
    word.strip_suffix('s')
        .filter(|s| s.len() > 2)
        .unwrap_or(word)
        .into()
}

/// A known model, app or product that the name at `s..e` starts with and
/// extends (the Snapdragon X Elite): its type.
fn family_of(view: &SentenceView<'_>, s: usize, e: usize) -> Option<EntityType> {
    view.known
        .iter()
        .find(|k| k.0 == s && k.1 < e && k.2.is_made())
        .map(|k| k.2)
}

/// Whether a capitalised name at `s..e` may become a candidate: no word of it
/// is a non-entity (The, It), and it overlaps no known name, except, when
/// `extend` is set, a known family it extends.
fn free_name(view: &SentenceView<'_>, lex: &Lexicon, s: usize, e: usize, extend: bool) -> bool {
    let name = &view.text[s..e];
    let family = if extend { family_of(view, s, e) } else { None };
    !lex.is_not_entity(name)
        && !name.split_whitespace().any(|w| lex.is_not_entity(w))
        && !view
            .known
            .iter()
            .any(|k| k.0 < e && s < k.1 && !(family.is_some() && k.0 == s && k.1 < e))
}

/// the Snapdragon X Elite chips, its Gemini models: a capitalised name
/// before a head noun is a product of that kind.
static EN_NAME_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?-u:\b)(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]|[Aa]n|[Nn]ew|[Ll]atest|(?P<count>\d+))|'s|s')\s+(?:(?:own|flagship|newest|latest|first)\s+)?(?P<name>[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:\s+[A-Z0-9][A-Za-z0-9.-]*){0,3}\+?)\s+(?:(?:video|image|language|reasoning|coding|speech|voice|music|vision|multimodal|foundation|world|transcription|translation|writing|note-taking|meeting|messaging|editing|design|photo|search|mapping|navigation|email|chat|shopping|payments|fitness|banking|trading|delivery)\s+)?(?P<head>chip|chips|processor|processors|model|models|LLM|app|chatbot|assistant|smartphone|smartphones|phone|phones|GPU|GPUs|accelerator|accelerators|laptop|laptops|headset|system|systems|machine|machines|supercomputer|robot|robots|humanoid|API|APIs)(?-u:\b)")
        .expect("valid regex")
});

fn named_by_head_en(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for c in EN_NAME_HEAD.captures_iter(view.text) {
        let m = c.name("name").expect("group name");
        let coded = m.as_str().chars().any(|ch| ch.is_ascii_digit());
        // (before a broad head, or after a count, only a name with a digit:
        // 64 CS-2 systems, not the Chinese system)
        let broad =
            c.name("count").is_some() || lex.cues.broad_heads_en.iter().any(|h| *h == c["head"]);
        if (coded || !broad) && free_name(view, lex, m.start(), m.end(), true) {
            let etype = kind_of_head(lex, &c["head"]);
            out.push(candidate(
                m.start(),
                m.end(),
                etype,
                m.as_str(),
                "en.name_head",
                0.76,
            ));
        }
    }
}

/// its chatbot Pi, the smartphone Pixel 9: a head noun before a capitalised name.
static EN_HEAD_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Ii]ts|[Tt]he|[Tt]heir|[Aa]|[Aa]n)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>chatbot|assistant|app|model|chip|processor|accelerator|smartphone|phone|LLM|robot)\s+(?P<name>[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:\s+[A-Z0-9][A-Za-z0-9.-]*){0,2})")
        .expect("valid regex")
});

/// the online grocer Ocado, the supermarket chain Asda: a capitalised name
/// right after an article, up to three modifiers and a head noun of
/// `[cues] org_heads_en` is an organisation's.
fn kind_named_orgs_en(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    // (matches may overlap: 'Its partners included the Austrian' must not
    // hide 'the Austrian logistics group Knapp', so each article is tried)
    let mut at = 0;
    while let Some(c) = EN_ORG_HEAD_NAME.captures_at(view.text, at) {
        let open = c.get(0).expect("group 0").start();
        at = open + view.text[open..].chars().next().map_or(1, char::len_utf8);
        let (head, m) = (&c["head"], c.name("name").expect("group name"));
        if c.name("nation")
            .is_some_and(|n| !lex.cues.nationalities_en.iter().any(|w| w == n.as_str()))
        {
            continue;
        }
        // (the startup Lumora CEO Jane Doe: a title ends the name)
        let name = m
            .as_str()
            .split(' ')
            .take_while(|w| !EN_TITLE_WORDS.contains(w))
            .collect::<Vec<_>>()
            .join(" ");
        let name = name.trim_end_matches(['.', '-']);
        let (s, e) = (m.start(), m.start() + name.len());
        // (the company Jain, Yu and Taiuti started: people, not a name)
        let people = EN_PEOPLE_CLAUSE.is_match(&view.text[e..]);
        if !name.is_empty()
            && !people
            && lex.cues.org_heads_en.iter().any(|h| h == head)
            && latin_name_free(view, lex, s, e, false)
        {
            out.push(candidate(
                s,
                e,
                EntityType::Organization,
                name,
                "en.org_head_name",
                // (below naming it in the whole document, a name read from
                // its kind alone)
                0.72,
            ));
        }
    }
}

/// A sentence that opens with a capitalised name, a copula and a kind of
/// organisation after up to five words (its kind is read from them).
static EN_IS_A_KIND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<name>[A-Z][A-Za-z0-9&'-]*(?:\s+[A-Z][A-Za-z0-9&'-]*){0,3})\s+(?:is|was|has become|became)\s+(?:now\s+)?(?:a|an)\s+(?P<words>[\w-]+(?:\s+[\w-]+){0,5})")
        .expect("valid regex")
});

/// Imbue is a small artificial intelligence lab in San Francisco: a
/// sentence that defines its subject as a kind of organisation
/// (`[cues] org_heads_en`) names one.
fn defined_orgs_en(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let Some(c) = EN_IS_A_KIND.captures(view.text) else {
        return;
    };
    let m = c.name("name").expect("group name");
    let (s, e) = (m.start(), m.end());
    // The kind is the last word before a preposition or a relative word
    // (a small AI lab in San Francisco; not a partner at the firm).
    let head = c["words"]
        .split_whitespace()
        .take_while(|w| !lex.cues.definition_stops_en.iter().any(|x| x == w))
        .last()
        .unwrap_or_default();
    if lex.cues.org_heads_en.iter().any(|h| h == head)
        && !lex.cues.en_sentence_openers.iter().any(|w| w == m.as_str())
        && latin_name_free(view, lex, s, e, false)
    {
        out.push(candidate(
            s,
            e,
            EntityType::Organization,
            m.as_str(),
            "en.defined_org",
            0.76,
        ));
    }
}

/// 'Its chips, Grayskull, Wormhole and the newer Blackhole, are…', 'Its two
/// software stacks, TT-Metalium for … and TT-Buda for …': the capitalised
/// names listed after a company's kind of thing are things of that kind.
fn its_listed_things_en(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let Some(c) = EN_ITS_THINGS.captures(view.text) else {
        return;
    };
    let head = c.name("head").expect("group head").as_str();
    let last = head.rsplit(' ').next().unwrap_or(head);
    let Some(etype) = listed_head(lex, last).or_else(|| {
        head.starts_with("software")
            .then_some(EntityType::SoftwareApplication)
    }) else {
        return;
    };
    let mut at = c.get(0).expect("group 0").end();
    while let Some(m) = EN_LISTED_NAME.captures(&view.text[at..]) {
        let name = m.name("name").expect("group name");
        let (s, e) = (at + name.start(), at + name.end());
        if latin_name_free(view, lex, s, e, true) {
            out.push(candidate(
                s,
                e,
                etype,
                name.as_str(),
                "en.its_listed_things",
                0.72,
            ));
        }
        // on to the next item (after its short description: TT-Metalium for
        // low-level programming and TT-Buda …), unless the list has ended
        let rest = &view.text[e..];
        let mark = rest.find([',', ';']).unwrap_or(rest.len());
        if let Some(and) = rest[..mark].find(" and ").filter(|&i| i <= 40) {
            at = e + and + " and".len();
            continue;
        }
        if mark > 40 || mark == rest.len() {
            break;
        }
        let after = rest[mark + 1..].trim_start();
        if after.starts_with(|ch: char| ch.is_ascii_lowercase()) && !after.starts_with("and ") {
            break;
        }
        at = e + mark + 1;
    }
}

static EN_ITS_THINGS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[.;] )(?:Its|Their|The company's|The startup's) (?:(?:two|three|four|five|main|first|own|current|latest|newest|flagship) )*(?P<head>(?:software )?[a-z]+s),")
        .expect("valid regex")
});

/// One item of such a list: 'Grayskull', ' and the newer Blackhole'.
static EN_LISTED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:and\s+)?(?:the\s+(?:newer|newest|latest|older|new|first|original)\s+|the\s+)?(?P<name>[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?: [A-Z0-9][A-Za-z0-9.-]*){0,2})")
        .expect("valid regex")
});

/// 'Cursor, made by Anysphere, …', 'StackBlitz, whose Bolt.new appeared in
/// October': a capitalised name said to be made by someone, or someone's
/// that appeared, is a thing's (an application unless a kind word follows).
fn made_or_owned_things_en(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for re in [&*EN_MADE_BY, &*EN_WHOSE_APPEARED] {
        for c in re.captures_iter(view.text) {
            let m = c.name("name").expect("group name");
            let (s, e) = (m.start(), m.end());
            if !latin_name_free(view, lex, s, e, true) {
                continue;
            }
            let etype = family_of(view, s, e).unwrap_or(EntityType::SoftwareApplication);
            out.push(candidate(s, e, etype, m.as_str(), "en.made_or_whose", 0.74));
        }
    }
}

/// 'Apollo, the company's general-purpose humanoid, …' and 'its
/// self-driving system, the Nuro Driver, …': a capitalised name in apposition
/// with a company's own thing of a kind `[cues] owned_heads_*_en` names.
fn owned_kind_things_en(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let cues = &lex.cues;
    let kind = |head: &str| {
        let head = head
            .strip_suffix('s')
            .filter(|h| h.len() > 2)
            .unwrap_or(head);
        [
            (&cues.owned_heads_product_en, EntityType::Product),
            (&cues.owned_heads_app_en, EntityType::SoftwareApplication),
            (&cues.owned_heads_model_en, EntityType::AIModel),
        ]
        .into_iter()
        .find(|(words, _)| words.iter().any(|w| w == head))
        .map(|(_, t)| t)
    };
    for re in [&*EN_NAME_THEN_OWN_KIND, &*EN_OWN_KIND_THEN_NAME] {
        for c in re.captures_iter(view.text) {
            let m = c.name("name").expect("group name");
            let (s, e) = (m.start(), m.end());
            let Some(etype) = kind(c.name("head").expect("group head").as_str()) else {
                continue;
            };
            // (the Nuro Driver: a company's name may open its thing's)
            let owner_first = view
                .known
                .iter()
                .filter(|k| k.0 < e && s < k.1)
                .all(|k| k.0 == s && k.1 < e && k.2 == EntityType::Organization)
                && view.known.iter().any(|k| k.0 == s && k.1 < e);
            // (Meanwhile, its chatbot, …: a sentence's opener is no name)
            if strip_opener(lex, s, m.as_str()).0 != s
                || lex.cues.en_sentence_openers.iter().any(|w| w == m.as_str())
            {
                continue;
            }
            let free = if owner_first {
                !lex.is_not_entity(m.as_str())
            } else {
                latin_name_free(view, lex, s, e, true)
            };
            if !free {
                continue;
            }
            let etype = family_of(view, s, e).unwrap_or(etype);
            out.push(candidate(s, e, etype, m.as_str(), "en.owned_kind", 0.74));
        }
    }
}

static EN_NAME_THEN_OWN_KIND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s(])(?P<name>[A-Z][A-Za-z0-9.+-]*(?: [A-Z0-9][A-Za-z0-9.+-]*){0,2}), (?:the company's|the start-up's|the startup's|the firm's) (?:[\w-]+ ){0,3}?(?P<head>[a-z]+)(?:[,.;]| that| which| with| for| built| designed)")
        .expect("valid regex")
});

static EN_OWN_KIND_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)its (?:own )?(?:[\w-]+ ){0,3}?(?P<head>[a-z]+), (?:the |called |named )?(?P<name>[A-Z][A-Za-z0-9.+-]*(?: [A-Z0-9][A-Za-z0-9.+-]*){0,2})[,.;]")
        .expect("valid regex")
});

static EN_MADE_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[.;:] )(?P<name>[A-Z][A-Za-z0-9.+-]*(?: [A-Z0-9][A-Za-z0-9.+-]*){0,2}), (?:made|built|developed|created|designed|sold) by ")
        .expect("valid regex")
});

static EN_WHOSE_APPEARED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)whose (?P<name>[A-Z][A-Za-z0-9+-]*(?:\.[a-z0-9]+)?(?: [A-Z0-9][A-Za-z0-9.+-]*){0,2}) (?:appeared|arrived|launched|debuted|came out|was released|was launched)")
        .expect("valid regex")
});

/// 唐古拉T770, 虎贲T7520: a short Chinese word that opens a jieba word, a
/// capital or two and a number of three digits or more is a product's model
/// name wherever it stands (shorter numbers are read only after a release
/// verb or a head noun: 远征A1).
fn han_model_numbers(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for t in view
        .tokens
        .iter()
        .filter(|t| t.word.chars().next().is_some_and(is_cjk))
    {
        let Some(c) = HAN_MODEL_NUMBER
            .captures(&view.text[t.start..])
            .and_then(|c| c.get(1))
        else {
            continue;
        };
        // The Chinese part is one word of a name's class, no kind word and
        // no modifier (not 芯片V510, 下一代MI350, 量产A1000, 用上T7510).
        let han_end = t.start + c.as_str().find(|ch: char| ch.is_ascii()).unwrap_or(0);
        let one_name_word = t.end == han_end
            && (!t.known || proper_tag(t.tag))
            && !lex.quoted_heads.iter().any(|(h, _)| h == t.word)
            && !lex
                .model_modifiers
                .iter()
                .any(|m| t.word.contains(m.as_str()))
            && !lex.generic_modifiers.contains(t.word);
        if one_name_word
            && let Some((s, e)) = released_code_at(view, lex, t.start)
            && e == t.start + c.end()
        {
            out.push(candidate(
                s,
                e,
                EntityType::Product,
                &view.text[s..e],
                "zh.han_model_number",
                0.74,
            ));
        }
    }
}

/// 唐古拉T770: two or three Chinese characters, one or two capitals, three
/// digits or more.
static HAN_MODEL_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Han}{2,3}[A-Z]{1,2}[0-9]{3,}[A-Za-z]?)(?:[^A-Za-z0-9]|$)")
        .expect("valid regex")
});

/// 顺为资本、普华资本和兴旺资本, 智路资本和建广资产: a name with an
/// organisation's suffix next to a known organisation in a list is an
/// organisation's, whatever class jieba gives the word before the suffix
/// (兴旺 is also an adjective).
fn listed_suffixed_names(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    // the organisations known here: the dictionary's and those found so far
    // with some confidence (普华资本 by its suffix)
    let mut orgs = organisation_spans(view, out);
    let suffixes: Vec<&String> = lex
        .suffixes
        .iter()
        .filter(|(s, t)| *t == EntityType::Organization && !s.is_ascii())
        .map(|(s, _)| s)
        .chain(&lex.cues.listed_org_suffixes_zh)
        .chain(&lex.cues.list_only_org_suffixes_zh)
        .collect();
    // (和利资本、泰达科投、红杉中国: a name next to one found here is in the
    // list too, so the list is read again while it grows)
    for _ in 0..3 {
        let found = out.len();
        listed_suffixed_pass(view, lex, &suffixes, &orgs, out);
        if out.len() == found {
            break;
        }
        orgs.extend(out[found..].iter().map(|c| (c.start, c.end)));
    }
}

fn listed_suffixed_pass(
    view: &SentenceView<'_>,
    lex: &Lexicon,
    suffixes: &[&String],
    orgs: &[(usize, usize)],
    out: &mut Vec<Candidate>,
) {
    const SEPARATORS: [&str; 4] = ["、", "和", "与", "及"];
    let known_org_ending = |at: usize| orgs.iter().any(|o| o.1 == at);
    let known_org_starting = |at: usize| orgs.iter().any(|o| o.0 == at);
    // 中银国际/nt、上海科创基金: a word jieba tags an organisation's name,
    // listed beside an organisation, is one
    for t in view.tokens.iter().filter(|t| {
        t.tag == "nt"
            && (3..=8).contains(&t.word.chars().count())
            && t.word.chars().all(is_cjk)
            && !lex.is_not_entity(t.word)
    }) {
        let (before, after) = (&view.text[..t.start], &view.text[t.end..]);
        let listed = SEPARATORS.iter().any(|s| {
            before.ends_with(*s) && known_org_ending(t.start - s.len())
                || after.starts_with(*s) && known_org_starting(t.end + s.len())
        });
        if listed
            && !out.iter().any(|c| c.start < t.end && t.start < c.end)
            && !view.known.iter().any(|k| k.0 < t.end && t.start < k.1)
        {
            out.push(candidate(
                t.start,
                t.end,
                EntityType::Organization,
                t.word,
                "zh.listed_suffix",
                0.76,
            ));
        }
    }
    for suffix in suffixes {
        // (碧鸿投资 only inside a list, where it can be no verb: 、…等, 、…和)
        let list_only = lex.cues.list_only_org_suffixes_zh.contains(suffix);
        for pos in view.find(suffix.as_str()) {
            let end = pos + suffix.len();
            if out
                .iter()
                .any(|c| c.rule == "zh.listed_suffix" && c.start < end && pos < c.end)
                || list_only
                    && !(view.text[end..].starts_with('等')
                        || SEPARATORS.iter().any(|w| view.text[end..].starts_with(w)))
            {
                continue;
            }
            // two to four Chinese characters before the suffix, none a
            // stopper, but for the first after a mark (,和利资本: a stopper
            // opening a list is a name's)
            let mut head: Vec<(usize, char)> = view.text[..pos]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_cjk(c) && !lex.name_stoppers.contains(&c))
                .take(4)
                .collect();
            let from = head.last().map_or(pos, |h| h.0);
            if head.len() < 4
                && let Some((at, c)) = view.text[..from].char_indices().next_back()
                && lex.name_stoppers.contains(&c)
                && is_cjk(c)
                && view.text[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|b| ",;:、。".contains(b))
            {
                head.push((at, c));
            }
            let listed = |start: usize| {
                let before = &view.text[..start];
                let after = &view.text[end..];
                SEPARATORS
                    .iter()
                    .find(|s| before.ends_with(**s))
                    .is_some_and(|s| known_org_ending(start - s.len()))
                    || SEPARATORS
                        .iter()
                        .find(|s| after.starts_with(**s))
                        .is_some_and(|s| known_org_starting(end + s.len()))
            };
            // 美团龙珠和美团战投, 北汽产投: a known organisation and an
            // investor's ending, in a list, is that organisation's fund (网易
            // 集团 is still 网易).
            if let Some(k) = view
                .known
                .iter()
                .filter(|_| lex.cues.listed_org_suffixes_zh.contains(suffix))
                .find(|k| k.2 == EntityType::Organization && k.1 == pos)
                .filter(|k| listed(k.0) && !lex.is_not_entity(&view.text[k.0..end]))
            {
                let mut c = candidate(
                    k.0,
                    end,
                    EntityType::Organization,
                    &view.text[k.0..end],
                    "zh.listed_suffix",
                    0.76,
                );
                c.priority = 3;
                out.push(c);
                continue;
            }
            for n in 2..=head.len() {
                let start = head[n - 1].0;
                // (其他资本, 多家基金: a pronoun, an opener or a generic
                // word before the suffix describes, it does not name)
                let describes = view.tokens.iter().any(|t| {
                    t.start >= start
                        && t.end <= pos
                        && (t.tag == "r" || lex.generic_modifiers.contains(t.word))
                });
                let opener = lex
                    .cues
                    .description_openers_zh
                    .iter()
                    .any(|w| view.text[start..].starts_with(w.as_str()));
                if listed(start)
                    && !describes
                    && !opener
                    && !lex.is_not_entity(&view.text[start..end])
                    && free_name(view, lex, start, end, false)
                {
                    out.push(candidate(
                        start,
                        end,
                        EntityType::Organization,
                        &view.text[start..end],
                        "zh.listed_suffix",
                        0.76,
                    ));
                    break;
                }
            }
        }
    }
}

/// Both studied at HTL Spengergasse, a researcher at Booz Allen Hamilton: the
/// capitalised name where someone studied, taught or works is an organisation's.
fn places_of_study_and_work_en(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for c in EN_STUDIED_AT.captures_iter(view.text) {
        let m = c.name("name").expect("group name");
        let name = m.as_str().trim_end_matches(['.', '-']);
        let (s, e) = (m.start(), m.start() + name.len());
        if latin_name_free(view, lex, s, e, false) {
            out.push(candidate(
                s,
                e,
                EntityType::Organization,
                name,
                "en.studied_at",
                0.74,
            ));
        }
    }
}

static EN_STUDIED_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:studied|graduated|enrolled|taught|lectured)\s+(?:at|from)|(?:researcher|engineer|scientist|analyst|professor|lecturer|fellow|manager|intern)\s+at)\s+(?:the\s+)?(?P<name>[A-Z][A-Za-z.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][A-Za-z.&-]*){0,5})")
        .expect("valid regex")
});

/// Whether a capitalised English name at `s..e` may be a new name: no date
/// word (March), no word the lexicon says is none, and free of known names
/// (see [`free_name`]).
fn latin_name_free(
    view: &SentenceView<'_>,
    lex: &Lexicon,
    s: usize,
    e: usize,
    extend: bool,
) -> bool {
    let name = &view.text[s..e];
    !EN_DATE_WORDS.is_match(name) && !lex.is_not_entity(name) && free_name(view, lex, s, e, extend)
}

/// Title words that end an organisation's name read after its kind.
const EN_TITLE_WORDS: [&str; 10] = [
    "CEO",
    "CTO",
    "CFO",
    "COO",
    "Chief",
    "President",
    "Founder",
    "Co-founder",
    "Chairman",
    "Chair",
];

/// An article, up to three lower-case modifiers, a head noun and a
/// capitalised name of up to four words (the head is checked against the lexicon).
static EN_ORG_HEAD_NAME: LazyLock<Regex> = LazyLock::new(|| {
    // (a nationality of `[cues] nationalities_en` may open the modifiers:
    // the Austrian logistics group Knapp)
    Regex::new(r"(?-u:\b)(?:[Tt]he|[Aa]|[Aa]n|[Ii]ts|[Tt]heir|[Rr]ival)\s+(?:(?P<nation>[A-Z][a-z]+)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?P<head>[a-z][a-z-]+)\s+(?P<name>[A-Z][A-Za-z0-9&'-]*(?:\s+[A-Z][A-Za-z0-9&'-]*){0,3})")
        .expect("valid regex")
});

fn head_then_name_en(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for c in EN_HEAD_NAME.captures_iter(view.text) {
        let m = c.name("name").expect("group name");
        let name = m.as_str().trim_end_matches(['.', '-']);
        let (s, e) = (m.start(), m.start() + name.len());
        if free_name(view, lex, s, e, false) {
            out.push(candidate(
                s,
                e,
                kind_of_head(lex, &c["head"]),
                name,
                "en.head_name",
                0.76,
            ));
        }
    }
}

/// 昇腾是华为自研的AI芯片系列: a sentence that defines its subject as a
/// company's model, app or product names it.
static ZH_DEFINED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<name>[\p{Han}A-Za-z0-9][\p{Han}A-Za-z0-9 .+-]{0,11}?)是(?P<rest>[^,。;]{2,24}?)(?:自研|自主研发|推出|研发|开发|发布|打造|旗下)的[^,。;]{0,10}?(?P<head>大模型|模型|芯片|处理器|手机|汽车|应用|App|助手|平台|产品)")
        .expect("valid regex")
});

/// Command R+ is Cohere's flagship model.
static EN_DEFINED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<name>[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:\s+[A-Z0-9][A-Za-z0-9.-]*){0,2}\+?)\s+(?:is|was)\s+(?P<rest>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})'s\s+(?:[\w-]+\s+){0,3}?(?P<head>model|LLM|chatbot|assistant|app|chip|processor|accelerator|smartphone|phone)(?-u:\b)")
        .expect("valid regex")
});

fn defined_names(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let Some(c) = ZH_DEFINED
        .captures(view.text)
        .or_else(|| EN_DEFINED.captures(view.text))
    else {
        return;
    };
    let m = c.name("name").expect("group name");
    let name = m.as_str().trim();
    let (s, e) = (m.start(), m.start() + name.len());
    // The part between 是 and the verb must hold the maker (a known organisation).
    let rest = c.name("rest").expect("group rest");
    let maker = view
        .known
        .iter()
        .any(|k| k.2 == EntityType::Organization && rest.start() <= k.0 && k.1 <= rest.end());
    if !maker
        || name.chars().count() < 2
        || !free_name(view, lex, s, e, false)
        || lex.generic_modifiers.contains(name)
        || name.chars().any(|c| lex.name_stoppers.contains(&c))
    {
        return;
    }
    out.push(candidate(
        s,
        e,
        kind_of_head(lex, &c["head"]),
        name,
        "defined",
        0.78,
    ));
}

/// T.R. Vishwanath, J.R.R. Tolkien: two or three initials and a capitalised
/// surname name a person (one initial is too weak: Series C. Backers…);
/// not the initials of a country or a body (`[cues] initials_not_people_en`:
/// U.K. Government, J.P. Morgan), nor before another capitalised word.
static EN_INITIALS_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<name>(?:[A-Z]\.){2,3}\s?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?-u:\b)")
        .expect("valid regex")
});

fn initialled_people(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for c in EN_INITIALS_NAME.captures_iter(view.text) {
        let m = c.name("name").expect("group name");
        let surname = m.as_str().rsplit(['.', ' ']).next().unwrap_or_default();
        let initials = m.as_str()[..m.as_str().len() - surname.len()].trim();
        let capital_next = view.text[m.end()..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()));
        if free_name(view, lex, m.start(), m.end(), false)
            && !lex.org_suffixes_en.iter().any(|x| x == surname)
            && !lex
                .cues
                .initials_not_people_en
                .iter()
                .any(|i| i == initials)
            && !capital_next
            && !view.text[..m.start()].ends_with(|ch: char| ch.is_ascii_alphanumeric())
        {
            out.push(candidate(
                m.start(),
                m.end(),
                EntityType::Person,
                m.as_str(),
                "en.initials_person",
                0.72,
            ));
        }
    }
}

/// A plural kind, 'such as' and a list of capitalised names.
static EN_SUCH_AS: LazyLock<Regex> = LazyLock::new(|| {
    let n = r"[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:\s+[A-Z0-9][A-Za-z0-9.-]*){0,2}";
    Regex::new(&format!(
        r"(?-u:\b)(?P<head>[a-z][a-z-]+s)\s+such\s+as\s+(?P<list>{n}(?:,\s+{n})*(?:,?\s+and\s+{n})?)"
    ))
    .expect("valid regex")
});

/// younger start-ups such as Ambience Healthcare and Suki, models such as
/// Mixtral: the names a plural kind word gives examples of are of that kind
/// (a kind of organisation of `[cues] org_heads_en`, else a head of
/// `[quoted_heads]`).
fn such_as_names(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for c in EN_SUCH_AS.captures_iter(view.text) {
        let head = &c["head"];
        let etype = if lex
            .cues
            .org_heads_en
            .iter()
            .any(|h| *h == singular_en(head))
        {
            EntityType::Organization
        } else if let Some(t) = listed_head(lex, head) {
            t
        } else {
            continue;
        };
        let list = c.name("list").expect("group list");
        for m in EN_ORG_ITEM.find_iter(list.as_str()) {
            let (s, e) = (list.start() + m.start(), list.start() + m.end());
            let name = view.text[s..e].trim_end_matches('.');
            let e = s + name.len();
            if free_name(view, lex, s, e, false) && !EN_DATE_WORDS.is_match(name) {
                out.push(candidate(s, e, etype, name, "en.such_as", 0.76));
            }
        }
    }
}

/// the 2020 paper "Retrieval-Augmented Generation…", "Attention Is All You
/// Need", the 2017 paper: a title in straight quotes next to a kind of
/// writing is a work's.
static EN_QUOTED_WORK: LazyLock<Regex> = LazyLock::new(|| {
    const KINDS: &str = "paper|book|essay|article|memoir|novel|study";
    Regex::new(&format!(r#"(?:(?-u:\b)(?:{KINDS})\s+"(?P<a>[A-Z][^"]{{2,119}}?)[,.]?"|"(?P<b>[A-Z][^"]{{2,119}}?)[,.]?",?\s+(?:the|a|an|his|her|their)\s+(?:\d{{4}}\s+)?(?:{KINDS})(?-u:\b))"#))
        .expect("valid regex")
});

/// Works named in straight quotes beside a kind of writing (`EN_QUOTED_WORK`).
fn quoted_works_en(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for c in EN_QUOTED_WORK.captures_iter(view.text) {
        let Some(m) = c.name("a").or(c.name("b")) else {
            continue;
        };
        // (a title holds common words: only the whole may not be one, and
        // no known name may overlap it)
        let taken = view.known.iter().any(|k| k.0 < m.end() && m.start() < k.1);
        if !lex.is_not_entity(m.as_str()) && !taken {
            out.push(candidate(
                m.start(),
                m.end(),
                EntityType::CreativeWork,
                m.as_str(),
                "en.quoted_work",
                0.8,
            ));
        }
    }
}

/// Names typed by their apposition (Sonar, its in-house default model).
fn apposition_kinds(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    // The startup's flagship product, Vellum Code, launched…: a kind, then the name.
    for c in EN_KIND_THEN_NAME.captures_iter(view.text) {
        let m = c.name("name").expect("group name");
        // After launching the app, Quarry, which…: a new clause's subject.
        let clause_follows =
            EN_CLAUSE_AFTER.is_match(&view.text[c.get(0).expect("group 0").end()..]);
        if !clause_follows
            && free_name(view, lex, m.start(), m.end(), false)
            && !EN_DATE_WORDS.is_match(m.as_str())
        {
            out.push(candidate(
                m.start(),
                m.end(),
                kind_of_head(lex, &c["head"]),
                m.as_str(),
                "en.kind_then_name",
                0.76,
            ));
        }
    }
    for c in EN_MAIN_THING_WAS.captures_iter(view.text) {
        let m = c.name("name").expect("group name");
        let name = m.as_str().trim_end_matches('.');
        let (s, e) = (m.start(), m.start() + name.len());
        if free_name(view, lex, s, e, false) && !EN_DATE_WORDS.is_match(name) {
            // (a company's main project or product is read as an
            // application unless a kind says otherwise: the companies such
            // sentences speak of are mostly software makers)
            let etype = match &c["head"] {
                "project" | "product" => EntityType::SoftwareApplication,
                head => kind_of_head(lex, head),
            };
            out.push(candidate(s, e, etype, name, "en.main_thing_was", 0.76));
        }
    }
    if let Some(c) = EN_RELEASED_APPOSITION.captures(view.text) {
        let m = c.name("name").expect("group name");
        if free_name(view, lex, m.start(), m.end(), false) && !EN_DATE_WORDS.is_match(m.as_str()) {
            // (a model where the rest of the sentence speaks of models or
            // languages; not the Model S)
            let etype = if MODEL_WORDS_EN.is_match(&view.text[m.end()..]) {
                EntityType::AIModel
            } else {
                EntityType::SoftwareApplication
            };
            out.push(candidate(
                m.start(),
                m.end(),
                etype,
                m.as_str(),
                "en.released_apposition",
                0.74,
            ));
        }
    }
    for c in EN_APPOSITION_KIND.captures_iter(view.text) {
        let m = c.name("name").expect("group name");
        // Waymo One, its public robotaxi service: a company's name may open
        // the name of its thing.
        let maker_first = view.known.iter().any(|k| {
            k.0 == m.start()
                && k.1 < m.end()
                && k.2 == EntityType::Organization
                && view.text[k.1..m.end()].starts_with(' ')
        });
        // (Glean, an enterprise search software startup: a company;
        // Dolgov, a software engineer: a person)
        let next = view.text[c.get(0).expect("group 0").end()..].trim_start();
        // (Reyes, the company's chief product officer: a person's title,
        // `[cues] title_words_after_kind_en`, a whole word; a company or a
        // person, `[cues] maker_words_after_kind_en`, a word's start)
        let first_word = next
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("");
        let not_a_thing_next = lex
            .cues
            .title_words_after_kind_en
            .iter()
            .any(|w| w == first_word)
            || lex
                .cues
                .maker_words_after_kind_en
                .iter()
                .any(|w| next.starts_with(w.as_str()));
        // (Capital Factory, an Austin accelerator: a thing is not told of by
        // its city; an organisation is)
        // (but a Beijing-built sedan is made there)
        let head_at = c.name("head").expect("group head").start();
        let placed = view.known.iter().any(|k| {
            k.2 == EntityType::Place
                && k.0 > m.end()
                && k.1 <= head_at
                && view.text[k.1..].starts_with(' ')
        });
        if (maker_first || free_name(view, lex, m.start(), m.end(), false))
            && !placed
            && !EN_DATE_WORDS.is_match(m.as_str())
            && !not_a_thing_next
        {
            let etype = kind_of_head(lex, &c["head"]);
            out.push(candidate(
                m.start(),
                m.end(),
                etype,
                m.as_str(),
                "en.apposition_kind",
                // (0.75: just enough for `Extractor::document_names` to name
                // it everywhere in the document)
                0.75,
            ));
        }
    }
}

/// English release verbs whose object is a model, an app or a product.
/// …a new language, which Apple unveiled as Swift: what a company released,
/// named after 'as' (not 'was introduced as Chief Technology Officer': a
/// company's name stands before the verb).
static EN_UNVEILED_AS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(?:which|that)\s+[A-Z][A-Za-z0-9&.-]*(?:\s+[A-Z][A-Za-z0-9&.-]*)?\s+(?P<verb>unveiled|launched|released|introduced|shipped)\s+as\s+{EN_THING_NAME}"))
        .expect("valid regex")
});

static EN_RELEASED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<verb>unveiled|launched|released|introduced|debuted|open-sourced|shipped|rolled out|announced|built|trained|added|followed by|followed(?:\s+it)?(?:\s+in\s+\d{4})?\s+with|showed off|showed|previewed|demonstrated)\s+(?:what\s+(?:it|they|the\s+company)\s+(?:called|calls|dubbed)\s+)?(?:(?:the|its|a|an|new|first)\s+)*(?P<name>[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:\s+[A-Z0-9][A-Za-z0-9.-]*){0,3}|[a-z]{1,2}\d[A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*|[a-z][a-z0-9]*(?:-[a-z0-9.]+)+)")
        .expect("valid regex")
});

/// Salesforce unveiled Agentforce, a platform…; Databricks released Dolly 2.0:
/// the capitalised object of a release verb is a product, typed by the head
/// noun of `[quoted_heads]` that follows it (model → AIModel), else an application.
fn released_names(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for c in EN_RELEASED
        .captures_iter(text)
        .chain(EN_UNVEILED_AS.captures_iter(text))
    {
        let m = c.name("name").expect("group name");
        // A sentence's full stop is not part of the name (released R1 1776.).
        let name = m.as_str().trim_end_matches(['.', '-']);
        let (s, e) = (m.start(), m.start() + name.len());
        // added X, followed by X, followed it with X, showed X: only a
        // numbered or hyphenated name is a product (added Act-One, showed
        // ACT-1; not added Reid Hoffman to its board).
        if (matches!(
            &c["verb"],
            "added" | "showed" | "showed off" | "previewed" | "demonstrated"
        ) || c["verb"].starts_with("followed"))
            && !name.contains(|ch: char| ch.is_ascii_digit() || ch == '-')
        {
            continue;
        }
        // (announced a C$75.5 million round: a currency's letters, no name)
        if text[e..].starts_with('$') {
            continue;
        }
        // (released jina-embeddings-v2: a name in lower case holds a hyphen
        // and a digit; not released open-source code)
        if name.starts_with(|c: char| c.is_ascii_lowercase())
            && !(name.contains('-') && name.contains(|c: char| c.is_ascii_digit()))
            && !name[..2.min(name.len())].contains(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        // A known family's name may start it (introduced the Snapdragon X
        // Elite), and so may its maker's (launched Quill Systems Hybrid Cloud:
        // a company's name and capitalised words after it).
        // (…the words after it are a name's: no other known name, no date
        // word, no role, no word that is never an entity: not 'Nvidia Cosmos
        // Monday', 'Salesforce President Dana Whitlock')
        let maker_named = view.known.iter().any(|k| {
            k.0 == s
                && k.1 < e
                && k.2 == EntityType::Organization
                && text[k.1..e].starts_with(' ')
                && free_name(view, lex, k.1 + 1, e, false)
                && !EN_DATE_WORDS.is_match(&text[k.1 + 1..e])
                && !text[k.1 + 1..e]
                    .split(' ')
                    .any(|w| lex.roles.iter().any(|r| r.eq_ignore_ascii_case(w)))
        });
        if !(maker_named || free_name(view, lex, s, e, true))
            || lex
                .org_suffixes_en
                .iter()
                .any(|x| name.ends_with(x.as_str()))
        {
            continue;
        }
        // Typed by its family, else by the first head noun within ten words
        // (released Dolly 2.0, an open model; Granite 3.0, the third
        // generation of its Granite family of models), else an application.
        let etype = family_of(view, s, e).unwrap_or_else(|| {
            text[e..]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .take(10)
                .find_map(|w| listed_head(lex, w))
                .unwrap_or(EntityType::SoftwareApplication)
        });
        out.push(candidate(s, e, etype, name, "en.released", 0.76));
    }
}

/// 与GPU云服务商Lambda合作, 初创公司Manus: a Latin name right after a
/// Chinese word for a company is a company's name.
fn latin_after_org_heads(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for head in &lex.cues.org_heads_zh {
        for pos in view.find(head.as_str()) {
            let start = pos + head.len();
            let Some(m) = LATIN_NAME.find(&view.text[start..]) else {
                continue;
            };
            let end = start + m.end();
            // …ending where Chinese or punctuation resumes (not 公司AI部门)
            let closes = view.text[end..]
                .chars()
                .next()
                .is_none_or(|c| is_cjk(c) || ",。;、:!?)”".contains(c));
            if closes && free_name(view, lex, start, end, false) && code_like(m.as_str(), lex) {
                out.push(candidate(
                    start,
                    end,
                    EntityType::Organization,
                    m.as_str(),
                    "zh.org_head_latin",
                    0.76,
                ));
            }
        }
    }
}

/// A Latin name: capitalised words (Lambda, Black Forest Labs).
static LATIN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9]*){0,3}")
        .expect("valid regex")
});

/// A Latin name whose every word may hold hyphens or dots (Qomolo E-Truck).
static HYPHENED_LATIN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?: [A-Z0-9][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*){0,3}")
        .expect("valid regex")
});

/// XNGP是我们自研的智能辅助驾驶系统, 图灵是我们自研的AI芯片: what a clause
/// says its maker made itself, typed by the head noun.
fn self_made_names(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for c in ZH_SELF_MADE.captures_iter(view.text) {
        let m = c.name("name").expect("group name");
        let Some(etype) = listed_head(lex, &c["head"]) else {
            continue;
        };
        // A Chinese name must read as one: words jieba does not know or tags
        // as names (图灵), not common words (核心技术是我们自研的芯片).
        let named = m.as_str().is_ascii()
            || view
                .tokens
                .iter()
                .filter(|t| t.start >= m.start() && t.end <= m.end())
                .all(|t| !t.known || t.tag.starts_with("nr") || t.tag == "nz");
        if !named
            || lex.is_not_entity(m.as_str())
            || view.known.iter().any(|k| k.0 < m.end() && m.start() < k.1)
        {
            continue;
        }
        out.push(candidate(
            m.start(),
            m.end(),
            etype,
            m.as_str(),
            "zh.self_made",
            if m.as_str().is_ascii() { 0.76 } else { 0.74 },
        ));
    }
}

/// 极氪自研的浩瀚智驾2.0系统, 宁德时代生产的第二代麒麟电池和神行电池: the name
/// a making verb's 的 introduces before a head noun. A battery's or chip's
/// name of Chinese characters alone keeps its head (麒麟电池, 图灵芯片); a
/// name with a version or code does not (浩瀚智驾2.0, 征程6). An item
/// joined by 和 or 、 with the same head is named so too.
fn made_headed_names(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for c in ZH_MADE_HEADED.captures_iter(text) {
        let head = &c["head"];
        let Some(etype) = listed_head(lex, head) else {
            continue;
        };
        // (开发的车机系统Flyme Auto: a kind before the name, not a name)
        let end = c.get(0).expect("group 0").end();
        if text[end..].starts_with(|ch: char| ch.is_ascii_alphanumeric()) {
            continue;
        }
        let name = c.name("name").expect("group name");
        let mut items = vec![(name.start(), name.end())];
        let mut at = c.get(0).expect("group 0").end();
        while let Some(n) = ZH_HEADED_ITEM.captures(&text[at..]) {
            if &n["head"] != head {
                break;
            }
            let m = n.name("name").expect("group name");
            items.push((at + m.start(), at + m.end()));
            at += n.get(0).expect("group 0").end();
        }
        let keeps_head = lex.cues.heads_kept_zh.iter().any(|h| h == head);
        for (s, e) in items {
            let bare = &text[s..e];
            // (研发的智能驾驶系统, 第三代芯片: common words or a generation
            // alone make no name, unless the head is the name's: 麒麟电池)
            let plain = bare.trim_start_matches(|c: char| "第一二三四五六七八九十代".contains(c));
            let plain_start = e - plain.len();
            let words: Vec<_> = view
                .tokens
                .iter()
                .filter(|t| t.start >= plain_start && t.end <= e)
                .collect();
            let common = plain.is_empty()
                || (!keeps_head
                    && !words.is_empty()
                    && words.iter().map(|t| t.word.len()).sum::<usize>() == plain.len()
                    && words.iter().all(|t| {
                        t.known && !["nr", "ns", "nz"].iter().any(|n| t.tag.starts_with(n))
                    }));
            let e = if keeps_head && bare.chars().all(is_cjk) {
                e + head.len()
            } else {
                e
            };
            let name = &text[s..e];
            if common
                || lex.is_not_entity(bare)
                || lex.is_not_entity(name)
                || view.known.iter().any(|k| k.0 < e && s < k.1)
            {
                continue;
            }
            out.push(candidate(s, e, etype, name, "zh.made_headed", 0.74));
        }
    }
}

/// 自研的浩瀚智驾2.0系统, 生产的第二代麒麟电池: a making verb's 的, a name (an
/// ordinal generation may open it) and a head noun.
static ZH_MADE_HEADED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:自研|自主研发|自行研发|研发|生产|开发|打造)的(?P<name>(?:第[一二三四五六七八九十]代)?\p{Han}{2,4}?(?:\d+(?:\.\d+)?)?)(?P<head>操作系统|系统|芯片|电池|平台)")
        .expect("valid regex")
});
/// …和神行电池: one more item of such a list.
static ZH_HEADED_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:和|、|及|与)(?P<name>(?:第[一二三四五六七八九十]代)?\p{Han}{2,4}?(?:\d+(?:\.\d+)?)?)(?P<head>操作系统|系统|芯片|电池|平台)")
        .expect("valid regex")
});

/// 负责软件生态的焦国方, 主管销售的王某: a name with a surname after what
/// someone is in charge of, ending its clause or followed by a verb of
/// saying, is a person.
fn in_charge_people(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for m in ZH_IN_CHARGE.find_iter(view.text) {
        let Some((s, e)) = person_name_at(view, lex, m.end()) else {
            continue;
        };
        let after = &view.text[e..];
        let ends = after.starts_with([',', '。', ';', ':'])
            || lex
                .speech_verbs
                .iter()
                .any(|v| after.starts_with(v.as_str()));
        // (负责销售的高管表示: a role or a word jieba knows is no name)
        let name = &view.text[s..e];
        let word = common_word_at(view, s, e);
        let role = lex.roles.iter().any(|r| name.contains(r.as_str()));
        if ends && !word && !role && !view.known.iter().any(|k| k.0 < e && s < k.1) {
            out.push(candidate(
                s,
                e,
                EntityType::Person,
                &view.text[s..e],
                "zh.in_charge",
                0.75,
            ));
        }
    }
}

/// 负责…的 / 主管…的 / 分管…的, up to ten characters of what.
static ZH_IN_CHARGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:负责|主管|分管|掌管)[\p{Han}A-Za-z0-9]{1,10}?的").expect("valid regex")
});

/// NAME是(我们|某公司)自研的…HEAD, opening a clause.
static ZH_SELF_MADE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,。;:])(?P<name>[A-Za-z][A-Za-z0-9+.-]{1,19}|\p{Han}{2,6})是(?:我们|[^,。;]{1,10}?)(?:自研|自主研发|研发|开发|推出|打造)的[^,。;]{0,10}?(?P<head>大模型|模型|芯片|系统|操作系统|平台|手机|汽车|机器人|助手|应用)")
        .expect("valid regex")
});

/// OPPO今年1月发布的Find X7 Ultra, 刚刚发布的ColorOS 15, 发布了…的X200系列,
/// 自己开发的OxygenOS: a Latin name right after a Chinese release verb is what was released,
/// typed by the head noun after it (大模型 → AIModel, 系列/手机 → Product),
/// else an application. It needs a capital or a digit inside (not 发布了app).
fn released_latin_names(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for c in ZH_RELEASED_LATIN.captures_iter(text) {
        let m = c.name("name").expect("group name");
        let name = m.as_str().trim_end();
        let (s, e) = (m.start(), m.start() + name.len());
        let after = &text[e..];
        if !namelike(name) || !free_name(view, lex, s, e, true) || names_a_level(after) {
            continue;
        }
        // (自研NPU芯片Nova 100: an acronym before a kind word and another
        // name says what that name is; it names nothing itself)
        let acronym = name.len() <= 4 && name.chars().all(|ch| ch.is_ascii_uppercase());
        if acronym
            && lex.quoted_heads.iter().any(|(h, _)| {
                !h.is_ascii()
                    && after
                        .strip_prefix(h.as_str())
                        .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_alphabetic()))
            })
        {
            continue;
        }
        // (where the sentence counts parameters, or a model word follows
        // within its clause, a model; not 发布了Find X8,内置AI大模型助手)
        let clause_after = after.split([',', '。', ';']).next().unwrap_or("");
        let models_here = text.contains("参数")
            || lex
                .cues
                .model_words
                .iter()
                .any(|w| clause_after.contains(w.as_str()));
        // (推出过双足机器人TRON 1: the kind word right before the name)
        let kind_before = head_ending(lex, &text[..s], |_| true);
        let etype = family_of(view, s, e).unwrap_or_else(|| {
            let headed = head_after(lex, after, |_| true).or(kind_before);
            match headed {
                Some(t) => t,
                None if models_here => EntityType::AIModel,
                None if after.starts_with("系列") => EntityType::Product,
                None => EntityType::SoftwareApplication,
            }
        });
        out.push(candidate(s, e, etype, name, "zh.released_latin", 0.74));
        // …的Firefly Vector Model和面向版式模板的Firefly Design Model: the
        // further items of a list of released things, of the same kind.
        let mut end = e;
        while let Some(c) = ZH_LATIN_LIST_NEXT.captures(&text[end..]) {
            let m = c.name("name").expect("group name");
            let name = m.as_str().trim_end();
            let (s, e) = (end + m.start(), end + m.start() + name.len());
            if !namelike(name) || !free_name(view, lex, s, e, true) || names_a_level(&text[e..]) {
                break;
            }
            out.push(candidate(s, e, etype, name, "zh.released_latin", 0.74));
            end = e;
        }
    }
}

/// Whether a Latin word is name-like: a capital or a digit after its first
/// letter (X200, iPhone; not app).
fn namelike(name: &str) -> bool {
    name.chars()
        .skip(1)
        .any(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit())
}

/// Whether what follows a code makes it a level (L4级自动驾驶, L2+级辅助驾驶),
/// not a name.
fn names_a_level(after: &str) -> bool {
    after.starts_with('级')
}

/// 和面向版式模板的Firefly Design Model: a further Latin name of a list,
/// perhaps past a description ending in 的.
static ZH_LATIN_LIST_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:和|、|以及|及)(?:\p{{Han}}{{1,12}}的)?{RELEASED_LATIN_NAME}"
    ))
    .expect("valid regex")
});

/// A released Latin name, up to three words (Find X7 Ultra), ending where
/// Chinese or punctuation resumes.
const RELEASED_LATIN_NAME: &str = r"(?P<name>[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?: [A-Z0-9][A-Za-z0-9.+-]*){0,2}\+?)(?:\p{Han}|[,。;、:!?)]|$)";

/// A Chinese release verb (发布的, 推出了, 开源, 蒸馏出) and the Latin name
/// after it, perhaps past a description (只有30亿参数的, 首款人形机器人),
/// up to three words
/// (Find X7 Ultra), ending where Chinese resumes.
static ZH_RELEASED_LATIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:发布|推出|开源|上线|亮相|官宣|开售|发售|自研|自主研发|自主开发|自己开发|自己研发|研发|研制|蒸馏出|训练出)(?:了|的)?(?:[\p{{Han}}、]{{1,16}}的|[\p{{Han}}0-9.]{{1,12}}参数的|\p{{Han}}{{0,10}}(?:机器人|手机|芯片|处理器|大模型|模型|眼镜|耳机|平板|笔记本|汽车|车型|轿车|设备|助手|应用|平台|系统))?{RELEASED_LATIN_NAME}"))
        .expect("valid regex")
});

/// 我们的云服务叫SiliconCloud, 一个分布式框架,名字叫OneFlow: a Latin name
/// after a naming verb is the name of the thing the words before it speak
/// of, typed by the last head noun there (云服务 → application, 大模型 →
/// model, 芯片 → product); without one it is no name.
fn called_names(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let text = view.text;
    for c in ZH_CALLED_LATIN.captures_iter(text) {
        let m = c.name("name").expect("group name");
        let name = m.as_str().trim_end();
        let (s, e) = (m.start(), m.start() + name.len());
        let verb = c.get(0).expect("group 0").start();
        // the head that ends a short noun after 的, closing the clause
        // (名为FlashSnap的抓拍功能。), else the head noun nearest before the
        // verb, within 24 characters
        // (名为OPT(Open Pre-trained Transformer)的语言模型: an aside in
        // brackets may stand before 的)
        let rest = match text[e..].strip_prefix('(') {
            Some(r) => r.find(')').map_or(&text[e..], |k| &r[k + 1..]),
            None => &text[e..],
        };
        let after = || {
            let noun: String = rest
                .strip_prefix('的')?
                .chars()
                .take_while(|&c| is_cjk(c))
                .collect();
            (noun.chars().count() <= 9)
                .then(|| head_ending(lex, &noun, named_kind))
                .flatten()
        };
        let before = &text[chars_back(text, verb, 24)..verb];
        let Some(etype) = after().or_else(|| {
            lex.quoted_heads
                .iter()
                .filter(|(h, t)| !h.is_ascii() && named_kind(*t))
                .filter_map(|(h, t)| before.rfind(h.as_str()).map(|i| (i + h.len(), h.len(), *t)))
                .max_by_key(|&(end, len, _)| (end, len))
                .map(|(_, _, t)| t)
        }) else {
            continue;
        };
        // (an acronym of three letters or more, with its kind right after
        // it, is a name too: 名为OPT的语言模型)
        let acronym = name.chars().count() >= 3
            && name.chars().all(|c| c.is_ascii_uppercase())
            && after().is_some()
            && !lex.is_not_entity(name);
        if (code_like(name, lex) || acronym) && free_name(view, lex, s, e, true) {
            out.push(candidate(s, e, etype, name, "zh.called", 0.76));
        }
    }
}

/// a two-seat robotaxi called the Cybercab, a new system called the CS-2: a
/// capitalised name after 'called' (named, dubbed) is the name of the kind
/// of thing the noun before it says; without a listed kind it is no name.
fn called_names_en(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for c in EN_CALLED.captures_iter(view.text) {
        let m = c.name("name").expect("group name");
        let Some(etype) = listed_head(lex, &c["head"]) else {
            continue;
        };
        if free_name(view, lex, m.start(), m.end(), true) && !EN_DATE_WORDS.is_match(m.as_str()) {
            out.push(candidate(
                m.start(),
                m.end(),
                etype,
                m.as_str(),
                "en.called",
                0.76,
            ));
        }
    }
}

static EN_CALLED: LazyLock<Regex> = LazyLock::new(|| {
    // (the model, called LTM-2-mini: a comma may stand between)
    Regex::new(r"(?-u:\b)(?P<head>[A-Za-z-]+),?\s+(?:called|named|dubbed|branded)\s+(?:the\s+)?(?P<name>[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:\s+[A-Z0-9][A-Za-z0-9.-]*){0,2})")
        .expect("valid regex")
});

/// A naming verb (叫, 名为, 命名为) and the Latin name after it, ending where
/// Chinese or punctuation resumes.
static ZH_CALLED_LATIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:名字叫|名字是|叫做|名叫|名为|取名为|取名|命名为|就叫|英文名叫|英文名是|叫)(?P<name>[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?: [A-Z0-9][A-Za-z0-9.+-]*){0,2})(?:\p{Han}|[,。;、:!?()]|$)")
        .expect("valid regex")
});

/// jieba's own name tags, weak evidence on their own.
fn tagged_words(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for t in view.tokens {
        let n = t.word.chars().count();
        if n < 2 || !t.word.chars().all(is_cjk) || lex.is_not_entity(t.word) {
            continue;
        }
        // jieba tags common words as places (上市, 东西); a place it tags is
        // believed only with a place suffix (合肥市, 海淀区).
        let place_suffix = t
            .word
            .ends_with(['省', '市', '县', '区', '州', '镇', '村', '湾', '岛']);
        let (etype, conf) = match t.tag {
            "nr" if n <= 3 && lex.has_surname(t.word) => (EntityType::Person, 0.55),
            "ns" if place_suffix && n >= 3 => (EntityType::Place, 0.7),
            "ns" => (EntityType::Place, 0.5),
            _ => continue,
        };
        let mut c = candidate(t.start, t.end, etype, t.word, "jieba.tag", conf);
        c.priority = 1;
        out.push(c);
    }
}

/// 创办了手机电商网站欧酷网, 推出了社区团购业务多多买菜, 推出首款云端训练产品
/// 云燧T10: after a founding or release verb and a short description ending
/// in a kind word, the words up to the clause's end are the name of an
/// organisation, an app or a product; where the sentence releases something,
/// 包括 opens such a list, and every item of it is read.
fn kind_headed_names(view: &SentenceView<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let cues = &lex.cues;
    let heads = cues
        .kind_heads_org_zh
        .iter()
        .map(|h| (h, EntityType::Organization))
        .chain(
            cues.kind_heads_app_zh
                .iter()
                .map(|h| (h, EntityType::SoftwareApplication)),
        )
        .chain(
            cues.kind_heads_product_zh
                .iter()
                .map(|h| (h, EntityType::Product)),
        );
    let heads: Vec<(&String, EntityType)> = heads.collect();
    // 发布了五款产品,包括接待机器人豹小秘、零售机器人豹小贩: where the
    // sentence releases something, 包括 opens a list of what.
    let releases = view.text.contains("包括")
        && cues
            .release_verbs
            .iter()
            .any(|v| view.find_word(v).next().is_some());
    let including = ["包括".to_string()];
    let verbs = cues
        .founding_verbs
        .iter()
        .chain(&cues.release_verbs)
        .chain(including.iter().filter(|_| releases));
    for verb in verbs {
        for pos in view.find_word(verb) {
            let mut after = pos + verb.len();
            // …and each further item of a list: 、零售机器人豹小贩
            while let Some((start, end, etype)) = kind_headed_at(view, lex, &heads, after) {
                out.push(candidate(
                    start,
                    end,
                    etype,
                    &view.text[start..end],
                    "zh.kind_headed",
                    0.72,
                ));
                let Some(j) = ["、", "和", "以及", "及"]
                    .iter()
                    .find(|j| view.text[end..].starts_with(**j))
                else {
                    break;
                };
                after = end + j.len();
            }
        }
    }
}

/// The name after the kind word nearest it within twelve characters of
/// `after` (no mark between), if it closes where a name ends.
fn kind_headed_at(
    view: &SentenceView<'_>,
    lex: &Lexicon,
    heads: &[(&String, EntityType)],
    after: usize,
) -> Option<(usize, usize, EntityType)> {
    let cues = &lex.cues;
    let rest = &view.text[after..];
    let (at, head, etype) = heads
        .iter()
        .filter_map(|(h, t)| rest.find(h.as_str()).map(|i| (i, *h, *t)))
        .filter(|(i, ..)| {
            rest[..*i].chars().count() <= 12
                && rest[..*i]
                    .chars()
                    .all(|c| (is_cjk(c) || c.is_ascii_alphanumeric()) && c != '和')
        })
        // (the kind word nearest the name: 手机电商网站欧酷网 is a 网站)
        .max_by_key(|(i, h, _)| (*i + h.len(), h.len()))?;
    let start = after + at + head.len();
    let name: String = view.text[start..]
        .chars()
        .take_while(|&c| {
            (is_cjk(c) || c.is_ascii_alphanumeric()) && !lex.name_stoppers.contains(&c)
        })
        .collect();
    // (a list goes on after 和: 豹小秘和豹小贩)
    let name = match name.find('和') {
        Some(i) if i > 0 => name[..i].to_string(),
        _ => name,
    };
    // (新品Qomolo E-Truck: a Latin name may hold spaces and hyphens)
    let name = match HYPHENED_LATIN_NAME.find(&view.text[start..]) {
        Some(m) if m.as_str().len() > name.len() => m.as_str().to_string(),
        _ => name,
    };
    let end = start + name.len();
    let n = name.chars().count();
    let most = if name.is_ascii() { 30 } else { 6 };
    let closes = view.text[end..].is_empty()
        || view.text[end..].starts_with([',', '。', ';', '、', '!', '?', ')'])
        || ["和", "以及", "及"]
            .iter()
            .any(|j| view.text[end..].starts_with(j));
    let bad = !(2..=most).contains(&n)
        || !closes
        || lex.is_not_entity(&name)
        || cues
            .kind_name_not_ends_zh
            .iter()
            .any(|e| name.ends_with(e.as_str()))
        || view.known.iter().any(|k| k.0 < end && start < k.1);
    (!bad).then_some((start, end, etype))
}
