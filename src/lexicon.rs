//! Knowledge as data: the entity dictionary and the word lists the
//! recognisers read, parsed and validated from `resources/`.
//!
//! In: the built-in files (compiled in, so the binary runs anywhere) and a
//! user's `--dict` files. Out: a [`Lexicon`]. Errors name the file, the line
//! and what was expected.

use crate::model::EntityType;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::path::Path;

const BUILTIN_ENTITIES: &str = include_str!("../resources/entities.tsv");
const BUILTIN_MINED: &str = include_str!("../resources/mined.tsv");
const BUILTIN_PLACES: &str = include_str!("../resources/places.tsv");
const BUILTIN_LEXICON: &str = include_str!("../resources/lexicon.toml");
const BUILTIN_GIVEN_NAMES: &str = include_str!("../resources/given_names.txt");
const BUILTIN_MAKERS: &str = include_str!("../resources/makers.tsv");

/// A problem in a data file.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Syntax {
        path: String,
        line: usize,
        message: String,
    },
}

/// One dictionary entry: a real entity with its names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DictEntry {
    pub etype: EntityType,
    pub name: String,
    pub aliases: Vec<String>,
    pub wikidata: Option<String>,
}

impl DictEntry {
    /// The canonical name followed by the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

#[derive(Deserialize)]
struct LexiconFile {
    surnames: String,
    double_surnames: Vec<String>,
    name_stoppers: String,
    #[serde(default)]
    title_final_chars: String,
    not_entities: Vec<String>,
    roles: Vec<String>,
    speech_verbs: Vec<String>,
    interviewer_labels: Vec<String>,
    #[serde(default)]
    answer_labels: Vec<String>,
    pronouns: Pronouns,
    quoted_heads: HashMap<String, Vec<String>>,
    titles: Titles,
    suffixes: Suffixes,
    suffix_guard: SuffixGuard,
    #[serde(default)]
    model_tiers: Vec<String>,
    #[serde(default)]
    cues: Cues,
    #[serde(default)]
    districts_zh: std::collections::BTreeMap<String, Vec<String>>,
}

/// Cue words the recognisers look for around a name (`[cues]`).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cues {
    #[serde(default)]
    pub honorifics: Vec<String>,
    /// Kind words after a founding or release verb that the name follows
    /// (创办了手机电商网站欧酷网, 推出了拼团平台拼好货): organisations' and
    /// apps'.
    #[serde(default)]
    pub kind_heads_org_zh: Vec<String>,
    #[serde(default)]
    pub kind_heads_app_zh: Vec<String>,
    /// …and a product (推出首款云端训练产品云燧T10, 接待机器人豹小秘).
    #[serde(default)]
    pub kind_heads_product_zh: Vec<String>,
    /// Kind words that say what a company's own thing is, in 'Apollo, the
    /// company's general-purpose humanoid' and 'its self-driving system,
    /// the Nuro Driver': products', apps' and models'.
    #[serde(default)]
    pub owned_heads_product_en: Vec<String>,
    /// …apps'
    #[serde(default)]
    pub owned_heads_app_en: Vec<String>,
    /// …and models' (one word each, as the recogniser reads one).
    #[serde(default)]
    pub owned_heads_model_en: Vec<String>,
    /// Nationalities that may open the words before a kind of organisation
    /// and its name (the Austrian logistics group Knapp).
    #[serde(default)]
    pub nationalities_en: Vec<String>,
    /// Endings that make what follows a kind word a description, not a name
    /// (推出了平台会员服务).
    #[serde(default)]
    pub kind_name_not_ends_zh: Vec<String>,
    /// Characters after which a name that jieba cut apart still opens its
    /// clause (我和邓泰华一起, 在段永平创办的).
    #[serde(default)]
    pub name_openers_zh: String,
    /// Words that make a phrase a description of what stands under a
    /// company, not a name (谷歌旗下人工智能实验室).
    #[serde(default)]
    pub under_words_zh: Vec<String>,
    #[serde(default)]
    pub corporate_suffixes: Vec<String>,
    /// Endings a company is also named without that end no name on their
    /// own (秒针系统 → 秒针).
    #[serde(default)]
    pub short_form_suffixes_zh: Vec<String>,
    /// …and in English (VAST Data → VAST).
    #[serde(default)]
    pub short_form_suffixes_en: Vec<String>,
    /// Endings of bodies named after what they look after (RISC-V
    /// Foundation, Linux Foundation): their stem names that thing, not the
    /// body, and such a body is no start-up.
    #[serde(default)]
    pub steward_endings_en: Vec<String>,
    #[serde(default)]
    pub release_verbs: Vec<String>,
    /// Words that start with a place's administrative suffix (湖北|省会).
    #[serde(default)]
    pub admin_suffix_words_zh: Vec<String>,
    /// Words that qualify a job title (代理首席执行官) and name nothing.
    #[serde(default)]
    pub title_qualifiers_zh: Vec<String>,
    /// Company endings after which a verbal noun may open the name that a
    /// Latin company name in brackets glosses (循环智能(Recurrent AI)).
    #[serde(default)]
    pub verbal_noun_name_endings_zh: Vec<String>,
    /// Capitals before 大模型 that are no field of a model's name (AI大模型).
    #[serde(default)]
    pub not_model_fields: Vec<String>,
    /// Head nouns a Chinese product name keeps (麒麟电池).
    #[serde(default)]
    pub heads_kept_zh: Vec<String>,
    /// See `dated_release_words_zh` in `resources/lexicon.toml`.
    #[serde(default)]
    pub dated_release_words_zh: Vec<String>,
    #[serde(default)]
    pub dated_release_between_after_zh: Vec<String>,
    #[serde(default)]
    pub dated_release_between_before_zh: Vec<String>,
    #[serde(default)]
    pub founding_verbs: Vec<String>,
    #[serde(default)]
    pub org_verbs_before_en: Vec<String>,
    #[serde(default)]
    pub org_context_after_en: Vec<String>,
    #[serde(default)]
    pub event_words: Vec<String>,
    #[serde(default)]
    pub not_app_names: Vec<String>,
    #[serde(default)]
    pub school_words: Vec<String>,
    #[serde(default)]
    pub person_context_after_zh: Vec<String>,
    #[serde(default)]
    pub org_context_after_zh: Vec<String>,
    #[serde(default)]
    pub org_heads_zh: Vec<String>,
    #[serde(default)]
    pub org_roles_after_list_zh: Vec<String>,
    #[serde(default)]
    pub rival_words: Vec<String>,
    #[serde(default)]
    pub counted_people_zh: Vec<String>,
    #[serde(default)]
    pub modifier_suffixes_zh: Vec<String>,
    #[serde(default)]
    pub round_words_en: Vec<String>,
    #[serde(default)]
    pub hearsay_words: Vec<String>,
    /// Words for the round a text told of before (the round, 本轮).
    #[serde(default)]
    pub definite_round_words: Vec<String>,
    /// What only a company has, after 它 (它的合作伙伴).
    #[serde(default)]
    pub company_possessions_zh: Vec<String>,
    /// Verbs jieba may glue to a two-character name (艾渝聊|了).
    #[serde(default)]
    pub verbs_after_names_zh: Vec<String>,
    #[serde(default)]
    pub title_words_after_kind_en: Vec<String>,
    #[serde(default)]
    pub maker_words_after_kind_en: Vec<String>,
    #[serde(default)]
    pub round_only_suffixes_zh: Vec<String>,
    #[serde(default)]
    pub round_roles_zh: Vec<String>,
    #[serde(default)]
    pub spun_out_words_zh: Vec<String>,
    #[serde(default)]
    pub companion_openers_zh: Vec<String>,
    #[serde(default)]
    pub companion_followers_zh: Vec<String>,
    #[serde(default)]
    pub met_words_zh: Vec<String>,
    #[serde(default)]
    pub list_closers_zh: Vec<String>,
    #[serde(default)]
    pub collective_nouns_zh: Vec<String>,
    #[serde(default)]
    pub workplace_words_en: Vec<String>,
    #[serde(default)]
    pub company_kinds_introducing_zh: Vec<String>,
    #[serde(default)]
    pub unit_kinds_zh: Vec<String>,
    #[serde(default)]
    pub spun_out_descriptions_zh: Vec<String>,
    #[serde(default)]
    pub org_heads_en: Vec<String>,
    #[serde(default)]
    pub founded_after_zh: Vec<String>,
    #[serde(default)]
    pub countries_zh: Vec<String>,
    #[serde(default)]
    pub app_heads_after_org: Vec<String>,
    /// Heads that make an app's or a model's name an app's (QQ浏览器 uses the
    /// list above; 混元助手, 通义App these).
    #[serde(default)]
    pub app_heads_after_app: Vec<String>,
    /// Verbs of office, never inside an organisation's name (现任, 曾任).
    #[serde(default)]
    pub office_words_zh: Vec<String>,
    /// Legal forms after a company's name that name the company itself
    /// (Intel Corporation is Intel).
    #[serde(default)]
    pub legal_forms_en: Vec<String>,
    /// Name endings of companies that publish or produce works (影业, 出版社).
    #[serde(default)]
    pub work_company_ends_zh: Vec<String>,
    /// Words that make a sentence one about writing a work (作者, 著, 小说).
    #[serde(default)]
    pub writing_words_zh: Vec<String>,
    /// Words after a thing that say it is only compared with (比肩, 相当).
    #[serde(default)]
    pub comparison_words_zh: Vec<String>,
    /// Words before a company that is only someone's past (出身AMD的陈立言):
    /// no 它 that follows means it.
    #[serde(default)]
    pub background_words_zh: Vec<String>,
    /// Titles before an English name that belong to it (Dr., Prof.).
    #[serde(default)]
    pub honorifics_before_en: Vec<String>,
    /// Words before …公司 that make it a description (一家, 某, 这家).
    #[serde(default)]
    pub description_openers_zh: Vec<String>,
    /// Copulas: a company named right before one is not what the
    /// demonstrative after it means (启明创投是这家公司的投资方之一).
    #[serde(default)]
    pub copulas_zh: Vec<String>,
    /// Initials that are a country's or a body's, not a person's (U.K.,
    /// J.P.).
    #[serde(default)]
    pub initials_not_people_en: Vec<String>,
    /// Words after 'it' and a verb of `it_company_verbs_en` that make the
    /// verb no company's deed (it showed that…).
    #[serde(default)]
    pub it_verb_not_before_en: Vec<String>,
    /// Kinds that, after a place, describe a name rather than make one
    /// (阿联酋主权基金穆巴达拉, 美国私募机构银湖资本).
    #[serde(default)]
    pub place_kinds_zh: Vec<String>,
    /// Endings that make a name an investor's only inside a list of
    /// organisations (泰达科投, 北汽产投): too common alone.
    #[serde(default)]
    pub listed_org_suffixes_zh: Vec<String>,
    /// As `listed_org_suffixes_zh`, and only with the list going on after
    /// it (碧鸿投资等, 碧鸿投资和…): elsewhere the ending is a verb.
    #[serde(default)]
    pub list_only_org_suffixes_zh: Vec<String>,
    /// Capitalised words that a number follows without naming a family of
    /// things (Level 2 … Level 4, Phase 1, Gen 3).
    #[serde(default)]
    pub version_stems_not_families_en: Vec<String>,
    /// English words that count what a number before them measures (3
    /// million users): no version.
    #[serde(default)]
    pub quantity_words_en: Vec<String>,
    /// Words that end a definition's noun phrase (a small lab in Boston; a
    /// partner at the firm).
    #[serde(default)]
    pub definition_stops_en: Vec<String>,
    /// Endings of a university's schools and institutes (计算机学院,
    /// 人工智能研究院): who is at one is at the university.
    #[serde(default)]
    pub school_unit_endings_zh: Vec<String>,
    /// Words that say a sentence speaks of models (模型, model): a version
    /// after a company's name there names a model.
    #[serde(default)]
    pub model_words: Vec<String>,
    /// Words of org_context_after_zh too weak to let any two-character word
    /// open a name (与, 于: 推动科技与…).
    #[serde(default)]
    pub weak_org_context_zh: Vec<String>,
    /// Words before an organisation that make it a former employer (前, 原).
    #[serde(default)]
    pub former_marks_zh: Vec<String>,
    /// …and in English (former, ex-).
    #[serde(default)]
    pub former_marks_en: Vec<String>,
    /// Prepositions that open a clause modifying a name: a negation after
    /// one, in a clause ending in 的, is the name's (由尚未发布的X蒸馏而来).
    #[serde(default)]
    pub prepositions_zh: Vec<String>,
    /// English prepositions: a company named right after one is no clause's
    /// subject, and 'the company' after one is not the clause's own (Under
    /// SoftBank the firm bought…; to buy 80 percent of the company).
    #[serde(default)]
    pub prepositions_en: Vec<String>,
    /// English verbs that put a price on a company: 'the company' right
    /// after one is the company funded, never an investor the sentence
    /// names (a round from A and B valued the company at $5 billion).
    #[serde(default)]
    pub valuation_verbs_en: Vec<String>,
    /// The prepositions before the company money goes into (invested $10
    /// billion in OpenAI).
    #[serde(default)]
    pub invested_in_en: Vec<String>,
    /// What joins coordinated names (A and B, A、B和C): a co-occurrence rule
    /// relates each of them.
    #[serde(default)]
    pub coordinators: Vec<String>,
    /// Chinese words that place something (位于): an unknown name between
    /// the places after one and 的 is a place too (位于美国马萨诸塞州贝德福德的).
    #[serde(default)]
    pub located_zh: Vec<String>,
    /// Endings of a street's name: no place of its own.
    #[serde(default)]
    pub street_endings_zh: Vec<String>,
    /// Heads of the names of government bodies named by what they are of
    /// (Ministry of Health, Department of Energy).
    #[serde(default)]
    pub government_heads_en: Vec<String>,
    /// Verbs of putting money in that close a list of investors (A、B和C领投).
    #[serde(default)]
    pub funding_list_verbs_zh: Vec<String>,
    /// Words that may stand between such a list and its verb: doing
    /// together, or the investor's part (联合领投, 共同投资, 战略领投).
    #[serde(default)]
    pub joint_marks_zh: Vec<String>,
    /// Words of putting money into a round (领投, 再度加注): a company whose
    /// clause goes on to one is an investor of the round.
    #[serde(default)]
    pub investing_words_zh: Vec<String>,
    /// Words of raising money (获, 完成): a company they follow in its
    /// clause is the one whose round it is, not an investor.
    #[serde(default)]
    pub raising_words_zh: Vec<String>,
    /// What introduces a company opening a Chinese sentence (成立于, 由):
    /// such a sentence is about it.
    #[serde(default)]
    pub company_introductions_zh: Vec<String>,
    /// English words of putting money in (joined, invested): a company
    /// they follow before a funder rule's match is an investor.
    #[serde(default)]
    pub investing_words_en: Vec<String>,
    /// Words after a list of investors that make it describe the name
    /// after it (马云与虞锋创办的云锋基金): no funder is read from it.
    #[serde(default)]
    pub makers_of_next_zh: Vec<String>,
    /// Words of a sentence that tells of money (融资, 轮, 投资): only there
    /// does a company's clause of `investing_words_zh` make it an investor.
    #[serde(default)]
    pub money_words_zh: Vec<String>,
    /// Latin school words that make a school wherever they stand in a name
    /// (Olin College of Engineering); other school words only at its ends.
    #[serde(default)]
    pub school_words_inside_en: Vec<String>,
    /// Words that end in such a mark but say nothing of the kind (目前, 此前).
    #[serde(default)]
    pub not_former_zh: Vec<String>,
    /// English verbs of founding right before the company founded.
    #[serde(default)]
    pub founding_verbs_en: Vec<String>,
    /// Endings that name a unit of an organisation (研究院, 实验室, 事业部).
    #[serde(default)]
    pub unit_endings_zh: Vec<String>,
    /// Endings of a company's investment arm named after it (吉利资本).
    #[serde(default)]
    pub investment_arm_endings_zh: Vec<String>,
    /// Words right before a name that introduce it as a company (the project
    /// had become a company, X): what the next sentence talks about.
    #[serde(default)]
    pub company_introductions_en: Vec<String>,
    /// Words between an old name and the new one (星槎科技更名为星槎智能, Kiva was later
    /// renamed Amazon Robotics), either language.
    #[serde(default)]
    pub rename_cues: Vec<String>,
    /// Words between a name and the one it had before (Limitless的前身是Rewind,
    /// CrowdFlower, formerly Dolores Labs), either language.
    #[serde(default)]
    pub predecessor_cues: Vec<String>,
    /// Words before a company's legal name, after the name it goes by (…,
    /// whose legal name is X; 全称为X), either language.
    #[serde(default)]
    pub legal_name_cues: Vec<String>,
    /// Words of a sentence about money put into a company (领投, 出手): an
    /// investor's ending there ends a name.
    #[serde(default)]
    pub funding_words_zh: Vec<String>,
    /// English words after an organisation's name that name a unit of it
    /// (IBM Research, Intel Foundry).
    #[serde(default)]
    pub unit_endings_en: Vec<String>,
    /// English head nouns that also follow ordinary words (the Chinese
    /// system): before them only a name with a digit is a product's.
    #[serde(default)]
    pub broad_heads_en: Vec<String>,
    /// Countries and regions that name an organisation's regional unit
    /// before a title (谷歌中国总裁).
    #[serde(default)]
    pub regional_units_zh: Vec<String>,
    /// Endings of investment firms' names (资本, 创投, Capital): such a firm
    /// is no dropped subject of an investment.
    #[serde(default)]
    pub investor_endings: Vec<String>,
    /// Words that describe an organisation as a startup (X, a … startup).
    #[serde(default)]
    pub startup_words: Vec<String>,
    #[serde(default)]
    pub generic_bodies_zh: Vec<String>,
    #[serde(default)]
    pub founding_words_zh: Vec<String>,
    #[serde(default)]
    pub en_sentence_openers: Vec<String>,
    #[serde(default)]
    pub nickname_before: Vec<String>,
    #[serde(default)]
    pub nickname_after: Vec<String>,
    #[serde(default)]
    pub it_company_verbs_en: Vec<String>,
    #[serde(default)]
    pub org_context_before_zh: Vec<String>,
    #[serde(default)]
    pub org_titles_zh: Vec<String>,
    /// Titles that follow a person's name (韩墨教授, 李明院士).
    #[serde(default)]
    pub titles_after_name_zh: Vec<String>,
    /// Words that give a company its name (取名思岚科技).
    #[serde(default)]
    pub naming_words_zh: Vec<String>,
    /// Words that cite a source (据36氪报道): the organisation after them
    /// is no 公司 of the sentence.
    #[serde(default)]
    pub source_markers_zh: Vec<String>,
    /// What follows a source (的数据显示, 报道称).
    #[serde(default)]
    pub source_tails_zh: Vec<String>,
    /// Officers only a company has (CEO, 董事长), not a founder an app may
    /// be said to have: after a name the dictionary calls an app or a work
    /// (推特的CEO), they make it the company.
    #[serde(default)]
    pub company_officers_zh: Vec<String>,
    /// What only an organisation has, after its name (的总部位于, 的投资方).
    #[serde(default)]
    pub org_markers_zh: Vec<String>,
    #[serde(default)]
    pub ordinals_zh: Vec<String>,
    #[serde(default)]
    pub units_after_number: Vec<String>,
    /// Two-letter surnames a person may go by alone (Andrew Ng → Ng); longer
    /// ones need no list. (Not He: a pronoun.)
    #[serde(default)]
    pub short_surnames_en: Vec<String>,
    /// 早在, 就在: adverbs whose first character jieba joins to the name
    /// before them (王肖早/在).
    #[serde(default)]
    pub adverbs_after_names_zh: Vec<String>,
    /// Trade words that after a known organisation's name name a business
    /// of its own (依图医疗).
    #[serde(default)]
    pub trade_units_zh: Vec<String>,
    /// What follows a backer's regional arm in a list of backers (软银亚洲和…).
    #[serde(default)]
    pub backer_list_joins_zh: Vec<String>,
    /// 总部位于杭州的…: a seat's clause before an organisation's name.
    #[serde(default)]
    pub seat_clauses_zh: Vec<String>,
    /// Verbs of releasing a product, in English (launched the Quill 2).
    #[serde(default)]
    pub release_verbs_en: Vec<String>,
    /// What before a company's name and a number makes the pair a product's
    /// name (the Skydio 2, its Lodestar 3), compared without case.
    #[serde(default)]
    pub product_determiners_en: Vec<String>,
}

/// Pronouns and role words that discourse resolves.
#[derive(Clone, Debug, Deserialize)]
pub struct Pronouns {
    pub person: Vec<String>,
    pub speaker: Vec<String>,
    pub speaker_org: Vec<String>,
    /// In an interviewer's question, the company of the one asked (你们).
    #[serde(default)]
    pub listener_org: Vec<String>,
    /// Words for one person that say she, and that say he (she, 她; he, 他).
    #[serde(default)]
    pub feminine: Vec<String>,
    #[serde(default)]
    pub masculine: Vec<String>,
    pub organisation: Vec<String>,
    /// Words of `organisation` that mean the investment firm named last in
    /// their sentence, else the organisation named last (由A领投,该机构合伙人…:
    /// the investor, not the company).
    #[serde(default)]
    pub institution: Vec<String>,
    /// Words that refer to the model last talked about (该模型, the model).
    #[serde(default)]
    pub model: Vec<String>,
    /// Words that refer to the thing (company, model, app, product) named last (它).
    #[serde(default)]
    pub thing: Vec<String>,
    /// The former / the latter: the first or the last of the companies just named.
    #[serde(default)]
    pub former: Vec<String>,
    #[serde(default)]
    pub latter: Vec<String>,
    /// Words that refer to the organisation the text described as a startup,
    /// else to the company talked about.
    #[serde(default)]
    pub startup: Vec<String>,
    /// Words that refer to the people just named together (两人, the pair):
    /// every one of them.
    #[serde(default)]
    pub people: Vec<String>,
    /// Words after which an English word for several people stands for them.
    #[serde(default)]
    pub people_next_words: Vec<String>,
    /// Number words in a word for several people and the count they give.
    #[serde(default)]
    pub people_counts: std::collections::BTreeMap<String, usize>,
    /// Possessives before a person, each with the `person` pronoun of its
    /// owner: the person owned is another than that pronoun after it (with
    /// his partner Brad Keywell he co-founded…: he is not Keywell).
    #[serde(default)]
    pub possessives: std::collections::BTreeMap<String, String>,
    pub not_pronouns: Vec<String>,
}

#[derive(Deserialize)]
struct Titles {
    not_works_suffixes: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Suffixes {
    organization: Vec<String>,
    place: Vec<String>,
    #[serde(rename = "Organization_en")]
    organization_en: Vec<String>,
}

#[derive(Deserialize)]
struct SuffixGuard {
    generic: Vec<String>,
    model_modifiers: Vec<String>,
}

/// Everything the recognisers know.
#[derive(Clone, Debug)]
pub struct Lexicon {
    pub entries: Vec<DictEntry>,
    pub surnames: HashSet<char>,
    pub double_surnames: Vec<String>,
    pub name_stoppers: HashSet<char>,
    /// Characters that end a title and start no transliterated name (官, 长).
    pub title_final_chars: HashSet<char>,
    /// Normalised (lower-cased) names that are never entities.
    pub not_entities: HashSet<String>,
    pub roles: Vec<String>,
    pub speech_verbs: Vec<String>,
    pub interviewer_labels: Vec<String>,
    /// Labels of the interviewee's turns (答, A).
    pub answer_labels: Vec<String>,
    pub pronouns: Pronouns,
    /// Head nouns after quoted names, longest first.
    pub quoted_heads: Vec<(String, EntityType)>,
    pub not_works_suffixes: Vec<String>,
    /// Suffixes with the type they give, longest first.
    pub suffixes: Vec<(String, EntityType)>,
    pub org_suffixes_en: Vec<String>,
    pub generic_modifiers: HashSet<String>,
    /// Words that make X大模型 a description, not a name (通用, 开源, 国产).
    pub model_modifiers: Vec<String>,
    /// Names of dictionary models and apps that take versions (GPT → GPT-5).
    pub families: HashMap<String, EntityType>,
    /// The districts of cities (`[districts_zh]`) by their city's canonical
    /// name and their short name, each with its canonical name (北京, 顺义 →
    /// 顺义区): a district named right after its city (北京顺义).
    pub districts: HashMap<(String, String), String>,
    district_table: std::collections::BTreeMap<String, Vec<String>>,
    /// Given names that start a Latin-script person name (resources/given_names.txt).
    pub given_names: HashSet<String>,
    /// Words after a model's name that name a model of its family (Pro, Lite, Flash).
    pub model_tiers: Vec<String>,
    pub cues: Cues,
    /// The well-known makers of well-known things (resources/makers.tsv):
    /// a thing's canonical name → its makers' canonical names.
    pub makers: HashMap<String, Vec<String>>,
}

impl Lexicon {
    /// The built-in lexicon.
    pub fn builtin() -> Result<Lexicon, LexiconError> {
        let mut entries = parse_entities(BUILTIN_ENTITIES, "resources/entities.tsv")?;
        entries.extend(parse_entities(BUILTIN_MINED, "resources/mined.tsv")?);
        entries.extend(parse_entities(BUILTIN_PLACES, "resources/places.tsv")?);
        let file: LexiconFile = toml::from_str(BUILTIN_LEXICON)
            .map_err(|e| toml_error("resources/lexicon.toml", BUILTIN_LEXICON, &e))?;
        let makers = parse_makers(BUILTIN_MAKERS, "resources/makers.tsv", &entries)?;
        let mut lex = Lexicon::assemble(entries, file)?;
        lex.makers = makers;
        Ok(lex)
    }

    /// Adds a user's dictionary file (same format as `resources/entities.tsv`).
    /// Its entries take precedence over built-in ones with the same names.
    pub fn add_dictionary(&mut self, path: &Path) -> Result<usize, LexiconError> {
        let text = std::fs::read_to_string(path).map_err(|source| LexiconError::Io {
            path: path.display().to_string(),
            source,
        })?;
        let user = parse_entities(&text, &path.display().to_string())?;
        let n = user.len();
        let taken: HashSet<String> = user.iter().flat_map(|e| e.names().map(fold_key)).collect();
        self.entries
            .retain(|e| !e.names().any(|n| taken.contains(&fold_key(n))));
        self.entries.splice(0..0, user);
        self.families = families(&self.entries);
        self.districts = districts(&self.entries, &self.district_table);
        Ok(n)
    }

    fn assemble(entries: Vec<DictEntry>, file: LexiconFile) -> Result<Lexicon, LexiconError> {
        let mut quoted_heads = Vec::new();
        for (ty, words) in &file.quoted_heads {
            let etype = EntityType::parse(ty).ok_or_else(|| LexiconError::Syntax {
                path: "resources/lexicon.toml".into(),
                line: 0,
                message: format!("[quoted_heads] has unknown type {ty:?}"),
            })?;
            quoted_heads.extend(words.iter().map(|w| (w.clone(), etype)));
        }
        quoted_heads.sort_by_key(|(w, _)| std::cmp::Reverse(w.chars().count()));
        let mut suffixes: Vec<(String, EntityType)> = file
            .suffixes
            .organization
            .iter()
            .map(|s| (s.clone(), EntityType::Organization))
            .chain(
                file.suffixes
                    .place
                    .iter()
                    .map(|s| (s.clone(), EntityType::Place)),
            )
            .collect();
        suffixes.sort_by_key(|(w, _)| std::cmp::Reverse(w.chars().count()));
        let fam = families(&entries);
        let districts = districts(&entries, &file.districts_zh);
        Ok(Lexicon {
            entries,
            surnames: file
                .surnames
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect(),
            double_surnames: file.double_surnames,
            name_stoppers: file.name_stoppers.chars().collect(),
            title_final_chars: file.title_final_chars.chars().collect(),
            not_entities: file.not_entities.iter().map(|s| fold_key(s)).collect(),
            roles: file.roles,
            speech_verbs: file.speech_verbs,
            interviewer_labels: file.interviewer_labels,
            answer_labels: file.answer_labels,
            pronouns: file.pronouns,
            quoted_heads,
            not_works_suffixes: file.titles.not_works_suffixes,
            suffixes,
            org_suffixes_en: file.suffixes.organization_en,
            generic_modifiers: file.suffix_guard.generic.into_iter().collect(),
            model_modifiers: file.suffix_guard.model_modifiers,
            families: fam,
            districts,
            district_table: file.districts_zh,
            model_tiers: file.model_tiers,
            cues: file.cues,
            given_names: BUILTIN_GIVEN_NAMES
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .flat_map(str::split_whitespace)
                .map(str::to_string)
                .collect(),
            makers: HashMap::new(),
        })
    }

    /// Whether a name is a body's named after what it looks after (RISC-V
    /// Foundation; `[cues] steward_endings_en`).
    pub fn is_steward_name(&self, name: &str) -> bool {
        self.cues.steward_endings_en.iter().any(|e| {
            name.strip_suffix(e.as_str())
                .is_some_and(|r| r.ends_with(' '))
        })
    }

    /// Whether a name is an investment firm's by its ending (创新工场 no,
    /// 耀途资本 and Index Ventures yes).
    pub fn is_investor_name(&self, name: &str) -> bool {
        self.cues
            .investor_endings
            .iter()
            .any(|e| name.ends_with(e.as_str()))
    }

    /// Whether a surface is on the never-an-entity list.
    pub fn is_not_entity(&self, surface: &str) -> bool {
        self.not_entities.contains(&fold_key(surface))
    }

    /// Whether `name` (2–4 CJK characters) starts with a Chinese surname.
    pub fn has_surname(&self, name: &str) -> bool {
        if self
            .double_surnames
            .iter()
            .any(|d| name.starts_with(d.as_str()))
        {
            return true;
        }
        name.chars()
            .next()
            .is_some_and(|c| self.surnames.contains(&c))
    }
}

/// The districts of `[districts_zh]` by city and short name, each with the
/// dictionary's name for it where the dictionary has one (浦东 → 浦东新区),
/// else its short name and 区.
fn districts(
    entries: &[DictEntry],
    table: &std::collections::BTreeMap<String, Vec<String>>,
) -> HashMap<(String, String), String> {
    let places: HashMap<&str, &str> = entries
        .iter()
        .filter(|e| e.etype == EntityType::Place)
        .flat_map(|e| e.names().map(move |n| (n, e.name.as_str())))
        .collect();
    let mut out = HashMap::new();
    for (city, stems) in table {
        let city = places.get(city.as_str()).copied().unwrap_or(city.as_str());
        for stem in stems {
            let name = [format!("{stem}区"), format!("{stem}新区"), stem.clone()]
                .iter()
                .find_map(|n| places.get(n.as_str()).map(|c| c.to_string()))
                .unwrap_or_else(|| format!("{stem}区"));
            out.insert((city.to_string(), stem.clone()), name);
        }
    }
    out
}

/// Names of AI models and apps from the dictionary, lower-cased, that a
/// version may follow.
fn families(entries: &[DictEntry]) -> HashMap<String, EntityType> {
    // Microsoft 365 makes no family "microsoft": that is the company.
    let orgs: HashSet<String> = entries
        .iter()
        .filter(|e| e.etype == EntityType::Organization)
        .flat_map(|e| e.names().map(|n| n.to_ascii_lowercase()))
        .collect();
    let mut out = HashMap::new();
    for e in entries {
        if e.etype.is_made() {
            for n in e.names() {
                if n.is_ascii() && n.len() >= 2 {
                    // A family is the name without its version: GPT-4 → gpt, Claude 3 → claude.
                    let stem: String = n
                        .split(|c: char| c == '-' || c == ' ' || c.is_ascii_digit())
                        .next()
                        .unwrap_or(n)
                        .to_ascii_lowercase();
                    if stem.len() >= 2 && !orgs.contains(&stem) {
                        out.entry(stem).or_insert(e.etype);
                    }
                }
            }
        }
    }
    out
}

/// Whether `text` holds a cue word: a Latin cue as a whole word, in any
/// case ("led by" not in "controlled by", "rival" not in "arrival"), a
/// Chinese one anywhere.
pub fn holds_cue(text: &str, cue: &str) -> bool {
    holds_any_cue(text, [cue])
}

/// Whether `text` holds any of `cues` (see [`holds_cue`]); the text is
/// lower-cased once for all of them.
pub fn holds_any_cue<C: AsRef<str>>(text: &str, cues: impl IntoIterator<Item = C>) -> bool {
    let mut lower: Option<String> = None;
    cues.into_iter().any(|cue| {
        let cue = cue.as_ref();
        if !cue.is_ascii() {
            return text.contains(cue);
        }
        let lower = lower.get_or_insert_with(|| text.to_lowercase());
        let cue = cue.to_ascii_lowercase();
        lower.match_indices(cue.as_str()).any(|(i, _)| {
            let before = lower[..i].chars().next_back();
            let after = lower[i + cue.len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric())
                && !after.is_some_and(|c| c.is_alphanumeric())
        })
    })
}

/// The key names are compared by: ASCII lower-cased, spaces removed.
pub fn fold_key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| crate::ingest::fold_char(c).to_ascii_lowercase())
        .collect()
}

/// Parses the dictionary format: `type<TAB>name<TAB>aliases<TAB>wikidata`,
/// aliases separated by `|`, `#` comments, a header line.
pub fn parse_entities(text: &str, path: &str) -> Result<Vec<DictEntry>, LexiconError> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        let lineno = i + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |message: String| LexiconError::Syntax {
            path: path.to_string(),
            line: lineno,
            message,
        };
        let fields: Vec<&str> = line.split('\t').collect();
        if !header_seen {
            header_seen = true;
            if fields.first().is_some_and(|f| f.trim() == "type") {
                continue;
            }
        }
        if fields.len() < 2 || fields.len() > 4 {
            return Err(err(format!(
                "expected 2 to 4 tab-separated fields (type, name, aliases, wikidata), found {}",
                fields.len()
            )));
        }
        let etype = EntityType::parse(fields[0].trim()).ok_or_else(|| {
            err(format!(
                "unknown type {:?}; expected one of Person, Organization, Place, AIModel, \
                 SoftwareApplication, Product, CreativeWork",
                fields[0]
            ))
        })?;
        let name = fields[1].trim();
        if name.is_empty() {
            return Err(err("empty name".into()));
        }
        let aliases = fields
            .get(2)
            .map(|a| {
                a.split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let wikidata = match fields.get(3).map(|w| w.trim()).filter(|w| !w.is_empty()) {
            Some(q)
                if q.starts_with('Q')
                    && q[1..].chars().all(|c| c.is_ascii_digit())
                    && q.len() > 1 =>
            {
                Some(q.to_string())
            }
            Some(q) => return Err(err(format!("wikidata id {q:?} is not of the form Q123"))),
            None => None,
        };
        out.push(DictEntry {
            etype,
            name: name.to_string(),
            aliases,
            wikidata,
        });
    }
    Ok(out)
}

/// Parses `resources/makers.tsv`: `thing<TAB>maker`, canonical names of
/// dictionary entries, `#` comments, a header line. A thing must be a model,
/// app, product or work; its maker an organisation or a person.
pub fn parse_makers(
    text: &str,
    path: &str,
    entries: &[DictEntry],
) -> Result<HashMap<String, Vec<String>>, LexiconError> {
    let types: HashMap<&str, EntityType> =
        entries.iter().map(|e| (e.name.as_str(), e.etype)).collect();
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') || line == "thing\tmaker" {
            continue;
        }
        let err = |message: String| LexiconError::Syntax {
            path: path.to_string(),
            line: i + 1,
            message,
        };
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        let [thing, maker] = fields[..] else {
            return Err(err(format!(
                "expected 2 tab-separated fields (thing, maker), found {}",
                fields.len()
            )));
        };
        match types.get(thing) {
            Some(EntityType::Person | EntityType::Organization | EntityType::Place) => {
                return Err(err(format!(
                    "{thing:?} is not a model, app, product or work in the dictionary"
                )));
            }
            Some(_) => {}
            None => {
                return Err(err(format!(
                    "{thing:?} is not the canonical name of a dictionary entry"
                )));
            }
        }
        match types.get(maker) {
            Some(EntityType::Person | EntityType::Organization) => {}
            _ => {
                return Err(err(format!(
                    "maker {maker:?} is not the canonical name of a dictionary organisation or person"
                )));
            }
        }
        let list = out.entry(thing.to_string()).or_default();
        if list.iter().any(|m| m == maker) {
            return Err(err(format!("{thing} → {maker} is listed twice")));
        }
        if list.len() >= 2 {
            return Err(err(format!("{thing} has more than two makers")));
        }
        list.push(maker.to_string());
    }
    Ok(out)
}

/// A TOML error with the line it happened on.
pub fn toml_error(path: &str, text: &str, e: &toml::de::Error) -> LexiconError {
    let line = e
        .span()
        .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
        .unwrap_or(0);
    LexiconError::Syntax {
        path: path.to_string(),
        line,
        message: e.message().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_loads_with_hundreds_of_entries() {
        let lex = Lexicon::builtin().expect("built-in data files are valid");
        assert!(
            lex.entries.len() >= 500,
            "only {} entries",
            lex.entries.len()
        );
        assert!(lex.has_surname("李涛"));
        assert!(lex.is_not_entity("人工智能"));
        assert_eq!(lex.families.get("gpt"), Some(&EntityType::AIModel));
    }

    #[test]
    fn dictionary_errors_name_the_line() {
        let err = parse_entities("type\tname\taliases\twikidata\nCompany\tFoo\t\t\n", "x.tsv")
            .unwrap_err();
        assert_eq!(err.to_string().split(": ").next(), Some("x.tsv:2"));
        let err = parse_entities("Person\tA\t\tq12\n", "x.tsv").unwrap_err();
        assert!(err.to_string().contains("Q123"), "{err}");
    }

    #[test]
    fn makers_name_dictionary_things_and_their_makers() {
        let lex = Lexicon::builtin().expect("built-in data files are valid");
        assert!(lex.makers["ChatGPT"].iter().any(|m| m == "OpenAI"));
        let entries = parse_entities(
            "AIModel\tGPT-4\t\t\nOrganization\tOpenAI\t\t\nPlace\t北京\t\t\n",
            "e.tsv",
        )
        .unwrap();
        let ok = parse_makers("thing\tmaker\nGPT-4\tOpenAI\n", "m.tsv", &entries).unwrap();
        assert_eq!(ok["GPT-4"], vec!["OpenAI".to_string()]);
        for (text, why) in [
            ("GPT-4\t北京\n", "maker"),
            ("北京\tOpenAI\n", "not a model"),
            ("GPT-5\tOpenAI\n", "canonical name"),
            ("GPT-4 OpenAI\n", "2 tab-separated"),
            ("GPT-4\tOpenAI\nGPT-4\tOpenAI\n", "twice"),
        ] {
            let err = parse_makers(text, "m.tsv", &entries)
                .unwrap_err()
                .to_string();
            assert!(
                err.starts_with("m.tsv:") && err.contains(why),
                "{text:?}: {err}"
            );
        }
    }
}
