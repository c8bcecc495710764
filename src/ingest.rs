//! Stage 1 — ingest: from files, folders, JSONL records and stdin to
//! [`Document`]s.
//!
//! In: paths (`-` for stdin). Out: documents with their original text, a
//! normalised copy for matching (full-width ASCII folded, odd spaces made
//! plain) with a byte map back to the original, and sentence spans; plus a
//! [`Problem`] for every input that could not be read. It must not guess at
//! entities or care what happens downstream; it never panics on bad input.

use crate::model::DateValue;
use encoding_rs::{Encoding, GB18030, UTF_8};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// How to decode bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum TextEncoding {
    /// UTF-8 (with or without BOM), else GB18030 when that decodes cleanly.
    #[default]
    Auto,
    Utf8,
    /// GB18030, a superset of GBK and GB2312.
    Gb18030,
}

/// A sentence: a span of [`Document::norm`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Whether the sentence starts a line (interview turns start lines).
    pub starts_line: bool,
}

/// One input document.
#[derive(Clone, Debug)]
pub struct Document {
    /// The JSONL record's `id`, or the file name.
    pub id: String,
    /// Where it came from: a path, a path with a line, or `-`.
    pub source: String,
    pub title: Option<String>,
    pub date: Option<DateValue>,
    /// The decoded text, as it was.
    pub text: String,
    /// The text normalised for matching: full-width ASCII and punctuation
    /// folded to ASCII, ideographic and no-break spaces to plain spaces,
    /// corner brackets to curly quotes.
    pub norm: String,
    /// For every byte offset of `norm` (and its end), the byte offset of the
    /// same place in `text`.
    norm_to_text: Vec<u32>,
    /// The byte offset in `text` of every character, to turn byte offsets
    /// into character offsets by binary search.
    char_starts: Vec<u32>,
    pub sentences: Vec<Sentence>,
    /// SHA-256 of the decoded text, hex.
    pub content_hash: String,
}

/// A dateline at the top of a release or a wire story: 北京,2024年6月6日——;
/// 【杭州,2024年11月20日】;
/// 新华社北京6月6日电 has no year and is left alone; SAN FRANCISCO, March 5, 2024 --;
/// or a line that ends with its date after a label, a bracket or nothing,
/// perhaps followed by its weekday and the city written from
/// (【周报】2025年3月7日 周五; 发布日期:2025年3月7日; 早报|2025年3月14日(星期五);
/// 特约记者 2023年9月8日 深圳; 2024-06-05; LAS VEGAS, Oct. 21, 2024 -), but
/// not a sentence that ends
/// with one (OpenAI成立于2015年12月11日).
static DATELINE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?m)^[^\n]{0,24}?(?:(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*日|(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)\s+(?P<ed>3[01]|[12]\d|0?[1-9]),\s*(?P<ey>(?:19|20)\d{2}))\s*(?:——|—|--|–|-\s|电|/|】|\])",
    )
    .expect("valid regex")
});

static HEADER_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?m)^(?:[^\n]{0,24}?[\s\]】》:|·—-])?(?P<y>(?:19|20)\d{2})(?:\s*年\s*|[-/.])(?P<m>1[0-2]|0?[1-9])(?:\s*月\s*|[-/.])(?P<d>3[01]|[12]\d|0?[1-9])(?:\s*日)?\s*(?:\(?(?:星期|周)[一二三四五六日天]\)?)?(?:\s+(?P<tail>\p{Han}{2,6}))?\s*$",
    )
    .expect("valid regex")
});

/// A Chinese date with its year, month and day (2024年2月29日), captured as
/// y, m and d: the core the datelines below share.
const ZH_FULL_DATE: &str =
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*日";

/// A weekday (星期四, 周五).
const WEEKDAY: &str = r"(?:星期|周)[一二三四五六日天]";

/// 2024年2月29日(星期四) 本期…: a date with its weekday opening a line,
/// whatever follows.
static WEEKDAY_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(r"(?m)^\s*{ZH_FULL_DATE}\s*\(\s*{WEEKDAY}\s*\)"))
        .expect("valid regex")
});

/// 本报讯(2024年1月31日), (2023年10月31日,星期二): a date in brackets,
/// perhaps with its weekday, right after a line's opening word or two (not
/// 黄仁勋(1963年2月17日出生), whose bracket follows a name).
static BRACKETED_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(
        r"(?m)^(?:本报讯|本报|讯|消息|快讯)?\s*\(\s*{ZH_FULL_DATE}\s*(?:,\s*{WEEKDAY}\s*)?\)"
    ))
    .expect("valid regex")
});

/// 对话时间:2024年11月8日 地点:广州: a header's labelled date, whatever follows.
static LABELED_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(
        r"(?m)^[^\n]{{0,12}}?(?:时间|日期)\s*:\s*{ZH_FULL_DATE}"
    ))
    .expect("valid regex")
});

/// 整理于2024年9月, 全文定稿于2025年3月, 对话时间设定为2024年2月26日: an
/// editor's note saying when an interview or article was put together dates
/// it, to the month or the day.
static EDITED_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?:整理|定稿|成稿|撰写|写作|采访|访谈|对话)(?:完成)?(?:时间|日期)?(?:设定)?(?:为|是|于|在|:)\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*日)?",
    )
    .expect("valid regex")
});

/// Words of a report's source or making ((本刊北京2022年11月30日综合报道)):
/// a bracketed closing line with one and a full date dates the document.
const REPORT_WORDS: [&str; 11] = [
    "本刊",
    "本报",
    "本网",
    "本台",
    "记者",
    "编辑部",
    "综合",
    "报道",
    "整理",
    "讯",
    "电",
];

/// (本刊北京2022年11月30日综合报道), (本报综合外电,2023年5月31日,星期三): a
/// bracketed line closing the document with the date it was written (not
/// (数据截至2023年6月30日): a report word must be in it).
static CLOSING_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(
        r"^\s*\((?P<pre>[^\n()]{{0,24}}?){ZH_FULL_DATE}(?P<post>[^\n()]{{0,16}})\)\s*$"
    ))
    .expect("valid regex")
});

/// Words of a digest's title (AI快讯|2024年2月, 2023年8月回顾).
const DIGEST_WORDS: &str = "快讯|回顾|月报|要闻|盘点|速览|周报|月刊";

/// Words that make a header's date an event's (发布, 上市): see `dateline_date`.
const EVENT_WORDS: [&str; 10] = [
    "发布", "上市", "开售", "举行", "召开", "开幕", "上线", "推出", "亮相", "开启",
];

/// The date a dateline in the first lines gives the document, if any.
fn dateline_date(norm: &str) -> Option<DateValue> {
    let head: String = norm.lines().take(4).collect::<Vec<_>>().join("\n");
    let c = DATELINE
        .captures(&head)
        .or_else(|| {
            HEADER_DATE.captures(&head).filter(|c| {
                // 2024年11月20日 北京 names the city written from; a headline's
                // 2024年10月29日 发布 names an event, not the document's date.
                c.name("tail")
                    .is_none_or(|t| !EVENT_WORDS.iter().any(|w| t.as_str().ends_with(w)))
            })
        })
        .or_else(|| WEEKDAY_DATE.captures(&head))
        .or_else(|| BRACKETED_DATE.captures(&head))
        .or_else(|| LABELED_DATE.captures(&head))
        .or_else(|| EDITED_DATE.captures(&head));
    let Some(c) = c else {
        return closing_date(norm);
    };
    let n = |k: &str| c.name(k).and_then(|m| m.as_str().parse::<i32>().ok());
    // (only an editor's note may give a month without its day)
    if let (Some(y), Some(m)) = (n("y"), n("m")) {
        return Some(match n("d") {
            Some(d) => DateValue::Day(y, m as u8, d as u8),
            None => DateValue::YearMonth(y, m as u8),
        });
    }
    let m = crate::extract::values::month(c.name("mon")?.as_str());
    Some(DateValue::Day(n("ey")?, m, n("ed")? as u8))
}

/// AI快讯|2024年2月, 2023年8月回顾: a digest's title naming the month it
/// covers.
static DIGEST_MONTH: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(
        r"^[^\n]{{0,24}}?(?:{DIGEST_WORDS})[^\n]{{0,6}}?(?P<y>(?:19|20)\d{{2}})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:$|[^\d日号])|^[^\n]{{0,6}}?(?P<y2>(?:19|20)\d{{2}})\s*年\s*(?P<m2>1[0-2]|0?[1-9])\s*月\s*(?:{DIGEST_WORDS})"
    ))
    .expect("valid regex")
});

/// The date a bracketed line closing the document gives it (see
/// `CLOSING_DATE`), else the month a digest's title names, if any.
fn closing_date(norm: &str) -> Option<DateValue> {
    let last = norm.lines().rfind(|l| !l.trim().is_empty())?;
    if let Some(c) = CLOSING_DATE.captures(last).filter(|c| {
        let words = format!("{}{}", &c["pre"], &c["post"]);
        REPORT_WORDS.iter().any(|w| words.contains(w))
    }) {
        let n = |k: &str| c.name(k).and_then(|m| m.as_str().parse::<i32>().ok());
        return Some(DateValue::Day(n("y")?, n("m")? as u8, n("d")? as u8));
    }
    let title = norm.lines().find(|l| !l.trim().is_empty())?;
    let c = DIGEST_MONTH.captures(title)?;
    let n = |a: &str, b: &str| {
        c.name(a)
            .or_else(|| c.name(b))
            .and_then(|m| m.as_str().parse::<i32>().ok())
    };
    Some(DateValue::YearMonth(n("y", "y2")?, n("m", "m2")? as u8))
}

impl Document {
    /// Builds a document from decoded text.
    pub fn new(id: impl Into<String>, source: impl Into<String>, text: String) -> Document {
        let (norm, norm_to_text) = normalise(&text);
        let sentences = split_sentences(&norm);
        let content_hash = hex(&Sha256::digest(text.as_bytes()));
        let title = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .map(|l| l.chars().take(80).collect());
        let char_starts = text.char_indices().map(|(i, _)| i as u32).collect();
        Document {
            char_starts,
            id: id.into(),
            source: source.into(),
            title,
            date: dateline_date(&norm),
            text,
            norm,
            norm_to_text,
            sentences,
            content_hash,
        }
    }

    /// The byte offset in `text` of a byte offset in `norm`.
    pub fn text_offset(&self, norm_offset: usize) -> usize {
        self.norm_to_text
            .get(norm_offset)
            .map(|&o| o as usize)
            .unwrap_or(self.text.len())
    }

    /// The character offset in `text` of a byte offset in `norm`: what the
    /// graph records, so that users can slice the original with it.
    pub fn char_offset(&self, norm_offset: usize) -> usize {
        let b = self.text_offset(norm_offset) as u32;
        self.char_starts.partition_point(|&s| s < b)
    }

    /// The original text of a span of `norm`.
    pub fn original(&self, start: usize, end: usize) -> &str {
        &self.text[self.text_offset(start)..self.text_offset(end)]
    }

    /// The original text of sentence `i`.
    pub fn sentence_text(&self, i: usize) -> &str {
        let s = self.sentences[i];
        self.original(s.start, s.end)
    }

    /// The normalised text of sentence `i`.
    pub fn sentence_norm(&self, i: usize) -> &str {
        let s = self.sentences[i];
        &self.norm[s.start..s.end]
    }
}

/// An input that could not be read, or a part of it that was skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.path, l, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// What reading the inputs produced.
#[derive(Debug, Default)]
pub struct Ingested {
    pub documents: Vec<Document>,
    pub problems: Vec<Problem>,
    pub bytes: u64,
}

/// File extensions read when walking a folder.
const EXTENSIONS: [&str; 3] = ["txt", "md", "jsonl"];

/// Reads every input: files, folders (recursively, `.txt`, `.md`, `.jsonl`,
/// in path order) and `-` for stdin.
pub fn load(inputs: &[PathBuf], encoding: TextEncoding) -> Ingested {
    let mut out = Ingested::default();
    for input in inputs {
        if input.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match std::io::stdin().read_to_end(&mut bytes) {
                Ok(_) => read_bytes("-", "stdin", &bytes, false, encoding, &mut out),
                Err(e) => out
                    .problems
                    .push(problem("-", None, format!("cannot read stdin: {e}"))),
            }
            continue;
        }
        let mut files = Vec::new();
        if input.is_dir() {
            walk(input, &mut files, &mut out.problems);
            files.sort();
        } else {
            files.push(input.clone());
        }
        for file in files {
            read_file(&file, encoding, &mut out);
        }
    }
    disambiguate_ids(&mut out.documents);
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<Problem>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(problem(
                &dir.display().to_string(),
                None,
                format!("cannot list folder: {e}"),
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, files, problems);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            files.push(path);
        }
    }
}

fn read_file(path: &Path, encoding: TextEncoding, out: &mut Ingested) {
    let shown = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            out.problems
                .push(problem(&shown, None, format!("cannot read file: {e}")));
            return;
        }
    };
    let jsonl = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.clone());
    read_bytes(&shown, &name, &bytes, jsonl, encoding, out);
}

fn read_bytes(
    shown: &str,
    name: &str,
    bytes: &[u8],
    jsonl: bool,
    encoding: TextEncoding,
    out: &mut Ingested,
) {
    out.bytes += bytes.len() as u64;
    let text = match decode(bytes, encoding) {
        Ok(t) => t,
        Err((line, msg)) => {
            out.problems.push(problem(shown, Some(line), msg));
            return;
        }
    };
    let looks_jsonl = jsonl || (shown == "-" && text.trim_start().starts_with('{'));
    if looks_jsonl {
        read_jsonl(shown, &text, out);
    } else if text.trim().is_empty() {
        out.problems
            .push(problem(shown, None, "empty document, skipped".into()));
    } else {
        out.documents.push(Document::new(name, shown, text));
    }
}

/// Decodes bytes; on failure returns the line of the first bad byte and a
/// message saying what to do.
pub fn decode(bytes: &[u8], encoding: TextEncoding) -> Result<String, (usize, String)> {
    let line_of = |pos: usize| {
        bytes[..pos.min(bytes.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    };
    let strict = |enc: &'static Encoding, bytes: &[u8]| -> Option<String> {
        enc.decode_without_bom_handling_and_without_replacement(bytes)
            .map(|c| c.into_owned())
    };
    let (bom_enc, bom_len) = Encoding::for_bom(bytes).unwrap_or((UTF_8, 0));
    let body = &bytes[bom_len..];
    match encoding {
        TextEncoding::Utf8 => std::str::from_utf8(body).map(str::to_owned).map_err(|e| {
            let pos = bom_len + e.valid_up_to();
            (
                line_of(pos),
                format!("invalid UTF-8 at byte {pos}; if the file is GBK, pass --encoding gb18030"),
            )
        }),
        TextEncoding::Gb18030 => strict(GB18030, body)
            .ok_or_else(|| (1, "not valid GB18030; try --encoding utf8".to_string())),
        TextEncoding::Auto => {
            if bom_len > 0 && bom_enc != UTF_8 {
                return strict(bom_enc, body).ok_or_else(|| {
                    (
                        1,
                        format!("invalid {} after its byte-order mark", bom_enc.name()),
                    )
                });
            }
            match std::str::from_utf8(body) {
                Ok(s) => Ok(s.to_owned()),
                Err(e) => strict(GB18030, body).ok_or_else(|| {
                    let pos = bom_len + e.valid_up_to();
                    (
                        line_of(pos),
                        format!(
                            "undecodable byte sequence at byte {pos}: neither UTF-8 nor GB18030; \
                             convert the file to UTF-8 or pass --encoding"
                        ),
                    )
                }),
            }
        }
    }
}

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: String,
    date: Option<String>,
    source: Option<String>,
    title: Option<String>,
}

fn read_jsonl(shown: &str, text: &str, out: &mut Ingested) {
    for (i, line) in text.lines().enumerate() {
        let lineno = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let rec: Record = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                out.problems.push(problem(
                    shown,
                    Some(lineno),
                    format!("malformed JSONL record ({e}); expected {{\"id\", \"text\", \"date\"?, \"source\"?}}"),
                ));
                continue;
            }
        };
        if rec.text.trim().is_empty() {
            out.problems.push(problem(
                shown,
                Some(lineno),
                "record has empty text, skipped".into(),
            ));
            continue;
        }
        let id = match rec.id {
            Some(serde_json::Value::String(s)) if !s.is_empty() => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => format!("{shown}#{lineno}"),
        };
        let source = rec.source.unwrap_or_else(|| format!("{shown}:{lineno}"));
        let mut doc = Document::new(id, source, rec.text);
        if let Some(t) = rec.title {
            doc.title = Some(t);
        }
        if let Some(d) = rec.date {
            match DateValue::parse(&d) {
                Some(v) => doc.date = Some(v),
                None => out.problems.push(problem(
                    shown,
                    Some(lineno),
                    format!(
                        "date {d:?} is not YYYY, YYYY-MM or YYYY-MM-DD; relative dates left out"
                    ),
                )),
            }
        }
        out.documents.push(doc);
    }
}

/// Two files with the same name in different folders must not overwrite each
/// other's graph: the later ones are identified by their path.
fn disambiguate_ids(docs: &mut [Document]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for doc in docs.iter_mut() {
        let n = seen.entry(doc.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            doc.id = if doc.source != "-" && doc.source != doc.id {
                doc.source.clone()
            } else {
                format!("{}#{}", doc.id, n)
            };
        }
    }
}

fn problem(path: &str, line: Option<usize>, message: String) -> Problem {
    Problem {
        path: path.to_string(),
        line,
        message,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Folds one character for matching. Every character maps to exactly one.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' => ' ',
        '「' | '『' => '“',
        '」' | '』' => '”',
        '\u{2014}' | '\u{2015}' => '—',
        _ => c,
    }
}

fn normalise(text: &str) -> (String, Vec<u32>) {
    let mut norm = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    let curly = chinese_straight_quotes(text);
    for (i, c) in text.char_indices() {
        if c == '\u{FEFF}' {
            continue;
        }
        let f = match curly.binary_search_by_key(&i, |q| q.0) {
            Ok(k) => curly[k].1,
            Err(_) => fold_char(c),
        };
        for _ in 0..f.len_utf8() {
            map.push(i as u32);
        }
        norm.push(f);
    }
    map.push(text.len() as u32);
    (norm, map)
}

/// "天燕"大模型: straight double quotes in a line of Chinese are Chinese
/// quotes, opening and closing in turn (a last one left unpaired stays as
/// it is): the byte offset of each and the quote it becomes.
fn chinese_straight_quotes(text: &str) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        // (a full-width ＂ folds to " too)
        let quotes: Vec<usize> = line
            .char_indices()
            .filter(|&(_, c)| fold_char(c) == '"')
            .map(|(i, _)| at + i)
            .collect();
        if !quotes.is_empty() && line.chars().any(crate::extract::discover::is_cjk) {
            for pair in quotes.chunks_exact(2) {
                out.push((pair[0], '“'));
                out.push((pair[1], '”'));
            }
        }
        at += line.len();
    }
    out
}

const TERMINATORS: &[char] = &['。', '!', '?', ';', '…', '！', '？', '；'];
const CLOSERS: &[char] = &['”', '’', '"', '\'', ')', '》', '】', '」', '』'];
/// Words a lone capital letter follows as a label, not as an initial
/// (Series C, Class A, Plan B).
const LETTERED: &[&str] = &[
    "series", "class", "type", "phase", "round", "plan", "grade", "group", "model", "option",
    "tier", "level", "stage", "part", "section", "appendix", "building", "block",
];
const ABBREVIATIONS: &[&str] = &[
    "inc", "corp", "co", "ltd", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc",
    "e.g", "i.e", "u.s", "u.k", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// Splits normalised text into sentences: on 。！？；… and on `.`, `!`, `?`
/// followed by a space, never inside brackets or Chinese quotes, and always
/// on line breaks. A terminator takes its closing quotes and brackets with it.
pub fn split_sentences(norm: &str) -> Vec<Sentence> {
    let chars: Vec<(usize, char)> = norm.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut starts_line = true;
    let mut depth = 0usize;
    let mut in_quote = false;
    let mut i = 0;
    let push = |out: &mut Vec<Sentence>, s: usize, e: usize, line: bool| {
        let piece = &norm[s..e];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        if lead + trail < piece.len() {
            out.push(Sentence {
                start: s + lead,
                end: e - trail,
                starts_line: line,
            });
        }
    };
    while i < chars.len() {
        let (pos, c) = chars[i];
        match c {
            '\n' | '\r' => {
                push(&mut out, start, pos, starts_line);
                start = pos + 1;
                starts_line = true;
                depth = 0;
                in_quote = false;
            }
            '“' => in_quote = true,
            '”' => in_quote = false,
            '(' | '[' | '【' | '《' => depth += 1,
            ')' | ']' | '】' | '》' => depth = depth.saturating_sub(1),
            _ => {}
        }
        // 【标题】正文…: a bracketed headline that opens a line is a sentence
        // of its own.
        let headline = c == '】' && depth == 0 && norm[start..pos].trim_start().starts_with('【');
        let ends = if headline {
            true
        } else if depth > 0 || in_quote {
            false
        } else if TERMINATORS.contains(&c) {
            // (first at Yahoo! and then at Powerset: an English word in
            // lower case after the mark goes on with the sentence, as does
            // an English clause after a semicolon: …business park; it is
            // now based in Costa Mesa)
            let lower_next = matches!(c, '!' | '?' | ';')
                && chars.get(i + 1).is_some_and(|&(_, n)| n == ' ')
                && chars
                    .get(i + 2)
                    .is_some_and(|&(_, n)| n.is_ascii_lowercase());
            !lower_next
        } else if c == '.' {
            let next_space = chars.get(i + 1).is_none_or(|&(_, n)| n.is_whitespace());
            next_space && !is_abbreviation(norm, pos)
        } else {
            false
        };
        if ends {
            let mut j = i + 1;
            while let Some(&(_, n)) = chars.get(j) {
                if TERMINATORS.contains(&n) || CLOSERS.contains(&n) || n == '.' {
                    if n == '”' {
                        in_quote = false;
                    }
                    j += 1;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(norm.len(), |&(p, _)| p);
            push(&mut out, start, end, starts_line);
            start = end;
            starts_line = false;
            i = j;
            continue;
        }
        i += 1;
    }
    push(&mut out, start, norm.len(), starts_line);
    out
}

fn is_abbreviation(norm: &str, dot: usize) -> bool {
    let before = &norm[..dot];
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let lower = word.to_ascii_lowercase();
    // Initials: J. Smith, C.C. Wei, U.S.; but a lone letter that names a
    // series, a class or a plan ends a sentence (its Series C. Backers…).
    let initials = word
        .split('.')
        .all(|p| p.len() == 1 && p.chars().all(|c| c.is_ascii_uppercase()));
    let lettered = word.len() == 1 && {
        let prev = before[..before.len() - 1]
            .trim_end()
            .rsplit(' ')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        LETTERED.contains(&prev.as_str())
    };
    (initials && !lettered) || ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let d = Document::new("t", "t", text.to_string());
        (0..d.sentences.len())
            .map(|i| d.sentence_text(i).to_string())
            .collect()
    }

    #[test]
    fn splits_chinese_and_english_sentences_keeping_quotes_whole() {
        assert_eq!(
            sentences("他说：“我们很快乐。你呢？”然后走了。Sam met Mr. Li. Then he left."),
            vec![
                "他说：“我们很快乐。你呢？”然后走了。",
                "Sam met Mr. Li.",
                "Then he left."
            ]
        );
        assert_eq!(
            sentences("TSMC chairman C.C. Wei spoke. He left."),
            vec!["TSMC chairman C.C. Wei spoke.", "He left."]
        );
        // A name with its own mark (Yahoo!) does not end the sentence when
        // the sentence goes on in lower case; a real exclamation does.
        assert_eq!(
            sentences("She worked at Yahoo! and then at Quora. What a run! She left."),
            vec![
                "She worked at Yahoo! and then at Quora.",
                "What a run!",
                "She left."
            ]
        );
        // A letter that labels a round ends a sentence; an initial does not.
        assert_eq!(
            sentences("It added money to its Series C. Backers cheered. John F. Kennedy spoke."),
            vec![
                "It added money to its Series C.",
                "Backers cheered.",
                "John F. Kennedy spoke."
            ]
        );
        assert_eq!(
            sentences("第一行\n第二行；第三句"),
            vec!["第一行", "第二行；", "第三句"]
        );
    }

    #[test]
    fn a_dateline_dates_the_document() {
        let d = Document::new(
            "t",
            "t",
            "快手发布可灵\n北京,2024年6月6日——快手今日正式推出可灵。".to_string(),
        );
        assert_eq!(d.date, Some(DateValue::Day(2024, 6, 6)));
        let d = Document::new(
            "t",
            "t",
            "SAN FRANCISCO, March 5, 2024 -- Acme today released Foo.".to_string(),
        );
        assert_eq!(d.date, Some(DateValue::Day(2024, 3, 5)));
        // Wire style abbreviates the month.
        let d = Document::new(
            "t",
            "t",
            "LAS VEGAS, Oct. 21, 2024 - Acme on Monday released Foo.".to_string(),
        );
        assert_eq!(d.date, Some(DateValue::Day(2024, 10, 21)));
        let d = Document::new(
            "t",
            "t",
            "【杭州，2024年11月20日】星澜智能今日宣布完成融资。".to_string(),
        );
        assert_eq!(d.date, Some(DateValue::Day(2024, 11, 20)));
        let d = Document::new("t", "t", "百度于2023年3月16日发布了文心一言。".to_string());
        assert_eq!(d.date, None);
        // A header that ends with its date dates the document; a sentence
        // that ends with a date does not.
        for (text, want) in [
            (
                "【周报】2025年3月7日 周五\n正文。",
                Some(DateValue::Day(2025, 3, 7)),
            ),
            (
                "发布日期:2025年3月7日\n正文。",
                Some(DateValue::Day(2025, 3, 7)),
            ),
            (
                "科技早报|2025年3月14日(星期五)\n正文。",
                Some(DateValue::Day(2025, 3, 14)),
            ),
            (
                "AI快讯|2024年2月\n\n2024年2月29日(星期四)\u{3000}本期汇总四条消息。",
                Some(DateValue::Day(2024, 2, 29)),
            ),
            (
                "AI快讯|2023年10月\n\n(2023年10月31日,星期二)\n\n正文。",
                Some(DateValue::Day(2023, 10, 31)),
            ),
            // (a sentence that gives an event's date and weekday is no dateline)
            ("苹果将于2024年9月9日(周一)举行发布会。", None),
            (
                "标题\n\n特约记者 2023年9月8日 深圳\n正文。",
                Some(DateValue::Day(2023, 9, 8)),
            ),
            (
                "标题\n2024年6月3日\u{3000}杭州\n正文。",
                Some(DateValue::Day(2024, 6, 3)),
            ),
            (
                "发布时间:2024-06-05\n正文。",
                Some(DateValue::Day(2024, 6, 5)),
            ),
            (
                "标题\n\n对话时间:2024年11月8日\u{3000}地点:广州\n正文。",
                Some(DateValue::Day(2024, 11, 8)),
            ),
            (
                "标题\n\n编者按:本文据公开发言整理,并非逐字实录,全文定稿于2025年3月。\n正文。",
                Some(DateValue::YearMonth(2025, 3)),
            ),
            (
                "标题\n编者按:对话时间设定为2024年2月26日,地点是北京。\n正文。",
                Some(DateValue::Day(2024, 2, 26)),
            ),
            ("标题\n该公司成立于2015年12月,总部在北京。\n正文。", None),
            ("OpenAI成立于2015年12月11日\n正文。", None),
            ("星海X9定档 2025年10月29日 发布\n正文。", None),
            ("标题\n公司成立于2015年12月11日 北京\n正文。", None),
        ] {
            assert_eq!(
                Document::new("t", "t", text.to_string()).date,
                want,
                "{text}"
            );
        }
    }

    #[test]
    fn straight_quotes_in_chinese_become_chinese_quotes() {
        let d = Document::new(
            "t",
            "t",
            "我们自研了\"启明\"大模型,又叫\"小明\"。\nHe said \"hi\".\n一个\"落单".to_string(),
        );
        assert!(d.norm.contains("“启明”大模型"), "{}", d.norm);
        assert!(d.norm.contains("“小明”"), "{}", d.norm);
        // English lines and an unpaired quote stay as they are; offsets
        // still map back.
        assert!(d.norm.contains("\"hi\""), "{}", d.norm);
        assert!(d.norm.ends_with("一个\"落单"), "{}", d.norm);
        let at = d.norm.find("启明").unwrap();
        assert_eq!(d.original(at, at + "启明".len()), "启明");
    }

    #[test]
    fn normalised_offsets_map_back_to_the_original() {
        let d = Document::new("t", "t", "ＡＰＵＳ创始人李涛，好".to_string());
        assert!(d.norm.starts_with("APUS创始人李涛,"));
        let at = d.norm.find("李涛").unwrap();
        assert_eq!(d.original(at, at + "李涛".len()), "李涛");
        assert_eq!(d.char_offset(at), 7);
    }

    #[test]
    fn gbk_is_detected_and_garbage_is_reported_with_its_line() {
        let (gbk, _, _) = GB18030.encode("百度发布文心一言");
        assert_eq!(
            decode(&gbk, TextEncoding::Auto).unwrap(),
            "百度发布文心一言"
        );
        let bad = b"line one\nline two \xff\xff\xff\n";
        let err = decode(bad, TextEncoding::Utf8).unwrap_err();
        assert_eq!(err.0, 2);
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("李涛".as_bytes());
        assert_eq!(decode(&bom, TextEncoding::Auto).unwrap(), "李涛");
    }
}
