//! Values are a small grammar: dates (2022年11月底, 去年10月, March 2024)
//! and amounts (1000亿, 5000万美金, 一千万, $8 billion, 671B parameters).
//!
//! In: a sentence of normalised text and the document's date, if known. Out:
//! value spans (bytes into the sentence). Relative dates are resolved
//! against the document date and left out when there is none.

use crate::model::{DateValue, Value};
use regex::Regex;
use std::sync::LazyLock;

/// A value found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueSpan {
    pub start: usize,
    pub end: usize,
    pub value: Value,
    pub rule: &'static str,
}

static ZH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<y>(?:19|20)\d{2})\s*年
        (?:\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:份)?
           (?:\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号])?
        )?
        (?P<part>年?底|年?初|中旬|上旬|下旬)?",
    )
    .expect("valid regex")
});

/// 同年4月, 那年8月, 次年初, 同月, and a bare 年底 (2019年11月…,年底就…):
/// dates relative to the last date the text gave.
static ZH_ANCHORED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<rel>同年|当年|那一年|那年|次年|翌年|第二年|同月|年底|年初|年末)(?:\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:份)?(?:\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号])?)?",
    )
    .expect("valid regex")
});

/// 21日,谷歌又发布…, 9日(周四),…: a day alone opening its clause, in the
/// month of the last date its paragraph gave (news gives the month once, then
/// only days), else the dateline's (a day after the dateline's is not read).
static ZH_BARE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<day>(?P<d>3[01]|[12]\d|0?[1-9])\s*日)\s*(?:\((?:周|星期)[一二三四五六日天]\)\s*)?(?:[,;]|(?:上午|下午|晚间|晚上|凌晨|早间|当天))")
        .expect("valid regex")
});

/// 7月4日, 12月: a month (and day) without its year.
static ZH_MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<m>1[0-2]|0?[1-9])\s*月(?:份)?(?:\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号])?")
        .expect("valid regex")
});

/// on July 4, in March: a month (and day) without its year, after a preposition.
static EN_MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:[Oo]n|[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)?(?-u:\b)(?:\s*,?\s*(?P<year>(?:19|20)\d{2}))?",
    )
    .expect("valid regex")
});

/// 今日, 今天: the document's own date.
static ZH_TODAY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"今日|今天").expect("valid regex"));

/// last November, next March: a month relative to the text's date.
static EN_LAST_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?P<rel>[Ll]ast|[Tt]his past|[Nn]ext)\s+(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)",
    )
    .expect("valid regex")
});

/// last month, this month, next month: a month next to the text's.
static EN_NEAR_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+month(?-u:\b)").expect("valid regex")
});

/// on Monday, last Friday: a weekday of the week the text was written in.
static EN_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:on|last|this past|late on|early on)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)",
    )
    .expect("valid regex")
});

/// June of last year, last year, next year: years next to the document's.
static EN_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?)?(?P<rel>last|this|next)\s+year(?-u:\b)",
    )
    .expect("valid regex")
});

/// 昨日, 昨天, 昨晚: the day before the document's date.
static ZH_YESTERDAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"昨日|昨天|昨晚|昨夜").expect("valid regex"));

/// 前天, 前晚: two days before the document's date (not 目前天气, 提前天数).
static ZH_DAY_BEFORE_YESTERDAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"前天|前晚").expect("valid regex"));

/// 两年前的今天, 一年前的今天, 去年的今天: the document's day that many years
/// before.
static ZH_YEARS_AGO_TODAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?P<n>[一二两三四五六七八九十]|\d{1,2})\s*年前|(?P<rel>去年|前年))的(?:今天|今日|同一天)")
        .expect("valid regex")
});

/// 上月19日, 上个月, 本月3日: a month next to the document's, with or without
/// its day (本月 alone is too often inside a word: 日本月活, 基本月薪).
static ZH_NEAR_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<rel>上个?月|下个?月)(?:\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号])?|(?P<this>本月|这个月)\s*(?P<td>3[01]|[12]\d|0?[1-9])\s*[日号]")
        .expect("valid regex")
});

/// 上周五, 本周二, 下周一: a weekday of the document's week or the one next to it.
static ZH_NEAR_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<rel>上周|上星期|本周|这周|下周|下星期)(?P<wd>[一二三四五六日天])")
        .expect("valid regex")
});

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> DateValue {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    DateValue::Day(y, m, d)
}

/// The calendar day before a day.
fn day_before(y: i32, m: u8, d: u8) -> DateValue {
    civil_from_days(days_from_civil(y, m, d) - 1)
}

static ZH_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<rel>今年|去年|前年|明年|(?P<ago>[一两二三四五六七八九十百]+|\d{1,2})\s*年前)(?:\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:份)?(?:\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号])?|(?P<part>年底|年初|底|初))?",
    )
    .expect("valid regex")
});

/// 同日, 当天, the same day (the day just told of); 次日, 第二天, the next day,
/// a day later (the day after it); 两天后, three days later, 一周后, a week
/// later (that many days after it).
static SAME_OR_NEXT_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:同日|同一天|当天|当日|(?-u:\b)(?:[Tt]he same day|[Tt]hat same day|[Oo]n the same day|[Tt]hat day)(?-u:\b))|(?P<next>次日|第二天|翌日|(?-u:\b)(?:[Tt]he next day|[Tt]he following day|[Aa] day later)(?-u:\b))|(?P<zhn>[一两二三四五六七八九十]{1,3}|[0-9]{1,2})天(?:后|之后|以后)|(?-u:\b)(?P<enn>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[0-9]{1,2}) days later(?-u:\b)|(?P<week>一周后|一个星期后|(?-u:\b)[Aa] week later(?-u:\b))",
    )
    .expect("valid regex")
});

/// in 2022, in March 2024: an English year (or month of a year) after "in".
static EN_IN_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[Ii]n (?:(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December) )?(?P<y>(?:19|20)\d{2})(?-u:\b)")
        .expect("valid regex")
});

/// later that year, that same year, the same year; that month, 当月; That August.
static THAT_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:(?:[Ll]ater |[Ee]arlier )?(?:[Tt]hat (?:same )?|[Tt]he same )(?P<year>year)|(?:[Tt]hat|the same) (?P<month>month)|[Tt]hat (?P<mon>January|February|March|April|May|June|July|August|September|October|November|December))(?-u:\b)|(?P<zhmonth>当月)",
    )
    .expect("valid regex")
});

static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?P<y>(?:19|20)\d{2})-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12]\d|0[1-9])(?-u:\b)",
    )
    .expect("valid regex")
});

static EN_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)(?-u:\b)
        (?:(?P<d1>3[01]|[12]\d|0?[1-9])\s+)?
        (?P<mon>January|February|March|April|May|June|July|August|September|October|November|December
           |Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?
        (?:\s+(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)?
        ,?\s+(?P<y>(?:19|20)\d{2})(?-u:\b)",
    )
    .expect("valid regex")
});

/// the 2017 paper, her 2019 memoir: the year a writing names before its kind.
static EN_YEAR_OF_WORK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Tt]he|a|his|her|their|its)\s+(?P<y>(?:19|20)\d{2})\s+(?:paper|book|study|essay|article|memoir|novel|report|documentary)(?-u:\b)").expect("valid regex")
});

static EN_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:[Ii]n|[Ss]ince|[Ff]rom|of|[Ee]arly|[Ll]ate|[Mm]id-?|[Bb]y|[Uu]ntil)\s+|(?:[Mm]id|[Ee]arly|[Ll]ate)-)(?P<y>(?:19|20)\d{2})(?-u:\b)(?:\s*\)|[^-\d]|$)").expect("valid regex")
});

static ZH_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十百千零〇]+)\s*
        (?P<mult>万亿|千亿|百亿|十亿|亿|千万|百万|十万|万)?
        (?P<cur>美元|美金|元人民币|人民币|元|港元|港币|欧元|日元)?",
    )
    .expect("valid regex")
});

static EN_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<cur>\$|US\$|C\$|CA\$|A\$|AU\$|HK\$|NZ\$|S\$|USD\s?|€|£)?   # C$75.5 million
        (?P<n>\d+(?:,\d{3})*(?:\.\d+)?)(?:\s|-)?   # a 70-billion-parameter model
        (?P<mult>trillion|billion|million|thousand|bn|tn|[BMK])(?-u:\b)
        (?:\s+(?P<cur2>dollars|USD|euros))?",
    )
    .expect("valid regex")
});

/// Finds the dates and amounts of a sentence. `anchor` is the last date an
/// earlier sentence of the same paragraph gave (for 同年4月, and for a month
/// without its year).
pub fn find_values(
    text: &str,
    doc_date: Option<DateValue>,
    anchor: Option<DateValue>,
) -> Vec<ValueSpan> {
    find_values_in(text, doc_date, anchor, true)
}

/// [`find_values`], with `anchor` perhaps from an earlier paragraph: then a
/// month without its year takes the dateline's year, as news writes it
/// (the history two paragraphs up is over), and only 同年/次年 use the
/// anchor.
pub fn find_values_in(
    text: &str,
    doc_date: Option<DateValue>,
    anchor: Option<DateValue>,
    anchor_in_paragraph: bool,
) -> Vec<ValueSpan> {
    let mut out = Vec::new();
    // The dates the sentence writes out in full (2016年9月; not 90年代, a
    // decade), read once: they are values, and anchors for what follows.
    let written: Vec<(usize, usize, DateValue)> = ZH_DATE
        .captures_iter(text)
        .filter_map(|c| {
            let all = c.get(0).expect("group 0");
            let y = num(&c, "y")?;
            if c.name("m").is_none() && text[all.end()..].starts_with('代') {
                return None;
            }
            Some((all.start(), all.end(), date(y, num(&c, "m"), num(&c, "d"))))
        })
        .collect();
    // 去年5月, 今年1月20日: dates counted from the document's year, values
    // and anchors too (去年5月发布V2,9月又推出V2.5).
    let relative: Vec<(usize, usize, DateValue)> = match doc_date {
        Some(base) => ZH_RELATIVE
            .captures_iter(text)
            .filter_map(|c| {
                let all = c.get(0).expect("group 0");
                // (两年前推出的DistilBERT: that many years before the
                // document's; 两年前的今天 is a day, read below)
                let offset = match (&c["rel"], c.name("ago")) {
                    (_, Some(n)) => {
                        // (not a longer number's tail: 2023年前三季度,
                        // 数十年前; nor 年前三季度, 年前6个月 after it)
                        let before = text[..all.start()].chars().next_back();
                        let rest = &text[all.end()..];
                        if before.is_some_and(|c| {
                            c.is_ascii_digit() || "零一二两三四五六七八九十百千数几".contains(c)
                        }) || ZH_YEARS_AGO_TODAY
                            .find(&text[all.start()..])
                            .is_some_and(|m| m.start() == 0)
                            || rest.starts_with(|c: char| {
                                c.is_ascii_digit() || "一二两三四五六七八九十半".contains(c)
                            })
                        {
                            return None;
                        }
                        -(n.as_str()
                            .parse::<i32>()
                            .ok()
                            .or_else(|| chinese_number(n.as_str()).map(|v| v as i32))?)
                    }
                    ("今年", _) => 0,
                    ("去年", _) => -1,
                    ("前年", _) => -2,
                    _ => 1,
                };
                let value = date(base.year() + offset, num(&c, "m"), num(&c, "d"));
                Some((all.start(), all.end(), value))
            })
            .collect(),
        None => Vec::new(),
    };
    // …in 2022, the same year he founded Figure: an English year or month
    // of a year anchors what follows it in the sentence too.
    let anchors: Vec<(usize, usize, DateValue)> = {
        let mut w = written.clone();
        w.extend(&relative);
        w.extend(EN_IN_YEAR.captures_iter(text).filter_map(|c| {
            let all = c.get(0).expect("group 0");
            let y: i32 = c["y"].parse().ok()?;
            let d = match c.name("mon") {
                Some(m) => DateValue::YearMonth(y, month(m.as_str())),
                None => DateValue::Year(y),
            };
            Some((all.start(), all.end(), d))
        }));
        w.sort_by_key(|x| x.1);
        w
    };
    // 2016年9月推出抖音,次年又推出TikTok: a date earlier in the sentence is
    // the anchor for what follows it; before it, the earlier sentences' one.
    let written_before = |pos: usize| {
        anchors
            .iter()
            .rev()
            .find(|(_, end, _)| *end <= pos)
            .map(|(_, _, d)| *d)
    };
    // A date without its year takes the year of the last date the text gave,
    // else the document's.
    {
        // (a month after the dateline's, in the dateline's year, is the one
        // of the year before: an article of March 2025 reporting what was
        // released "in July" means July 2024; a plan is dropped anyway)
        let year_at = |pos: usize, month: Option<i32>| {
            let here = written_before(pos);
            let from_dateline = |d: DateValue| match (d, month) {
                (DateValue::Day(y, m, _) | DateValue::YearMonth(y, m), Some(n))
                    if n > i32::from(m) =>
                {
                    y - 1
                }
                _ => d.year(),
            };
            match (here, anchor_in_paragraph) {
                (Some(d), _) => Some(d.year()),
                (None, true) => anchor.map(DateValue::year).or(doc_date.map(from_dateline)),
                (None, false) => doc_date.map(from_dateline).or(anchor.map(DateValue::year)),
            }
        };
        for c in ZH_MONTH_DAY.captures_iter(text) {
            let all = c.get(0).expect("group 0");
            let Some(year) = year_at(all.start(), num(&c, "m")) else {
                continue;
            };
            let before = text[..all.start()].chars().next_back();
            if before.is_some_and(|b| b == '年' || b.is_ascii_digit() || b == '.' || b == '第')
                || c.name("d").is_none() && text[..all.start()].ends_with('个')
            {
                continue;
            }
            let value = date(year, num(&c, "m"), num(&c, "d"));
            out.push(span(
                all.start(),
                all.end(),
                Value::Date(value),
                "value.date.anchored",
            ));
        }
        for c in EN_MONTH_DAY.captures_iter(text) {
            if c.name("year").is_some() {
                continue; // has its year: EN_DATE reads it
            }
            let m = c.name("mon").expect("group mon");
            let Some(year) = year_at(m.start(), Some(i32::from(month(m.as_str())))) else {
                continue;
            };
            let end = c.name("d").map_or(m.end(), |d| d.end());
            let value = date(year, Some(i32::from(month(m.as_str()))), num(&c, "d"));
            out.push(span(
                m.start(),
                end,
                Value::Date(value),
                "value.date.anchored",
            ));
        }
    }
    // (…in December, and Veo 2 the same month: a month and day the
    // sentence gave, its year inferred, anchors what follows it too)
    let month_days: Vec<(usize, usize, DateValue)> = out
        .iter()
        .filter_map(|v| match v.value {
            Value::Date(d) => Some((v.start, v.end, d)),
            _ => None,
        })
        .collect();
    let anchor_at = |pos: usize| {
        let given = month_days
            .iter()
            .filter(|(_, end, _)| *end <= pos)
            .max_by_key(|(_, end, _)| *end);
        match (given, anchors.iter().rev().find(|(_, end, _)| *end <= pos)) {
            (Some(g), Some(w)) if w.1 > g.1 => Some(w.2),
            (Some(g), _) => Some(g.2),
            (None, w) => w.map(|w| w.2).or(anchor),
        }
    };
    for c in ZH_ANCHORED.captures_iter(text) {
        let all = c.get(0).expect("group 0");
        // 当年 alone is "back then" (您当年为什么离开), not a date.
        if &c["rel"] == "当年" && c.name("m").is_none() {
            continue;
        }
        // A bare 年底 opening its clause, or after 到/至/于/在/就, is the
        // anchor's year-end (…,年底就…); not the end of a year the text names
        // (2019年底, 去年年底, 上年底, 每年底), nor a month after it.
        if matches!(&c["rel"], "年底" | "年初" | "年末")
            && (c.name("m").is_some() || !opens_clause(text, all.start(), "、(到至于在就"))
        {
            continue;
        }
        if let Some(a) = anchor_at(all.start()) {
            let value = match &c["rel"] {
                "同月" => match a {
                    DateValue::YearMonth(y, m) | DateValue::Day(y, m, _) => {
                        DateValue::YearMonth(y, m)
                    }
                    DateValue::Year(_) => continue,
                },
                rel => {
                    let y = a.year() + i32::from(matches!(rel, "次年" | "翌年" | "第二年"));
                    date(y, num(&c, "m"), num(&c, "d"))
                }
            };
            out.push(span(
                all.start(),
                all.end(),
                Value::Date(value),
                "value.date.anchored",
            ));
        }
    }
    // 同日, 第二天, the same day, a day later: the day of the last date the
    // text gave, or the day after it, when that date has its day.
    for c in SAME_OR_NEXT_DAY.captures_iter(text) {
        let all = c.get(0).expect("group 0");
        // (二十五天后: the whole number; 两三天后, 几天后: none)
        if let Some(n) = c.name("zhn")
            && (text[..all.start()]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_ascii_digit() || "一两二三四五六七八九十百几数".contains(p))
                || n.as_str().chars().count() > 1
                    && !n.as_str().contains('十')
                    && !n.as_str().chars().all(|d| d.is_ascii_digit()))
        {
            continue;
        }
        if let Some(DateValue::Day(y, m, d)) = anchor_at(all.start()) {
            let n = c.name("zhn").or(c.name("enn")).and_then(|n| {
                let n = n.as_str().to_ascii_lowercase();
                n.parse::<i64>()
                    .ok()
                    .or_else(|| chinese_number(&n).map(|v| v as i64))
                    .or_else(|| {
                        let en = ["two", "three", "four", "five", "six"];
                        en.iter().position(|w| *w == n).map(|k| k as i64 + 2)
                    })
            });
            let days = if c.name("week").is_some() {
                7
            } else {
                n.unwrap_or(i64::from(c.name("next").is_some()))
            };
            let value = civil_from_days(days_from_civil(y, m, d) + days);
            out.push(span(
                all.start(),
                all.end(),
                Value::Date(value),
                "value.date.anchored",
            ));
        }
    }
    for c in ZH_BARE_DAY.captures_iter(text) {
        let all = c.get(0).expect("group 0");
        // (当地时间30日, 北京时间16日: the clock a day is told by opens it too)
        if !opens_clause(text, all.start(), "") && !text[..all.start()].ends_with("时间") {
            continue;
        }
        // (the month of an earlier paragraph is over: then the dateline's,
        // and a day after the dateline's is not read)
        let given_here = anchor_in_paragraph
            || month_days
                .iter()
                .chain(&anchors)
                .any(|(_, end, _)| *end <= all.start());
        let base = anchor_at(all.start())
            .filter(|a| given_here && !matches!(a, DateValue::Year(_)))
            .or(doc_date.filter(|t| match t {
                DateValue::Day(_, _, today) => num(&c, "d").is_some_and(|d| d <= i32::from(*today)),
                _ => true,
            }));
        let (Some(DateValue::Day(y, m, _) | DateValue::YearMonth(y, m)), Some(d)) =
            (base, num(&c, "d"))
        else {
            continue;
        };
        out.push(span(
            all.start(),
            c.name("day").expect("group day").end(),
            Value::Date(date(y, Some(i32::from(m)), Some(d))),
            "value.date.anchored",
        ));
    }
    // later that year, that month, That August, 当月: the year or month of
    // the last date the text gave.
    for c in THAT_PERIOD.captures_iter(text) {
        let all = c.get(0).expect("group 0");
        // (founded the same year as Google: a comparison, not that year)
        if text[all.end()..].starts_with(" as ") {
            continue;
        }
        let Some(a) = anchor_at(all.start()) else {
            continue;
        };
        let value = if let Some(mon) = c.name("mon") {
            DateValue::YearMonth(a.year(), month(mon.as_str()))
        } else if c.name("month").is_some() || c.name("zhmonth").is_some() {
            match a {
                DateValue::YearMonth(y, m) | DateValue::Day(y, m, _) => DateValue::YearMonth(y, m),
                DateValue::Year(_) => continue,
            }
        } else {
            DateValue::Year(a.year())
        };
        out.push(span(
            all.start(),
            all.end(),
            Value::Date(value),
            "value.date.anchored",
        ));
    }
    if let Some(day @ DateValue::Day(y, mo, d)) = doc_date {
        for m in ZH_TODAY.find_iter(text) {
            out.push(span(
                m.start(),
                m.end(),
                Value::Date(day),
                "value.date.today",
            ));
        }
        for m in ZH_YESTERDAY.find_iter(text) {
            out.push(span(
                m.start(),
                m.end(),
                Value::Date(day_before(y, mo, d)),
                "value.date.yesterday",
            ));
        }
        for m in ZH_DAY_BEFORE_YESTERDAY.find_iter(text) {
            // (日前天猫…, 前天津市长: the characters around make other words)
            let inside = text[..m.start()]
                .chars()
                .next_back()
                .is_some_and(|c| "目提之此以从年月日空史眼".contains(c))
                || text[m.end()..]
                    .chars()
                    .next()
                    .is_some_and(|c| "津猫使工翼安坛际然文涯河门池台宫鹅下才".contains(c));
            if !inside {
                out.push(span(
                    m.start(),
                    m.end(),
                    Value::Date(civil_from_days(days_from_civil(y, mo, d) - 2)),
                    "value.date.yesterday",
                ));
            }
        }
        for c in ZH_YEARS_AGO_TODAY.captures_iter(text) {
            let whole = c.get(0).expect("group 0");
            let n = match c.name("rel").map(|r| r.as_str()) {
                Some("去年") => Some(1),
                Some(_) => Some(2),
                None => c["n"]
                    .parse::<i32>()
                    .ok()
                    .or_else(|| chinese_number(&c["n"]).map(|v| v as i32)),
            };
            // (29 February has no day a year before: the 28th)
            if let Some(n) = n.filter(|n| (1..=50).contains(n)) {
                let day = if mo == 2 && d == 29 { 28 } else { d };
                out.push(span(
                    whole.start(),
                    whole.end(),
                    Value::Date(DateValue::Day(y - n, mo, day)),
                    "value.date.years_ago_today",
                ));
            }
        }
        let today = days_from_civil(y, mo, d);
        // Monday is 0.
        let weekday = (today + 3).rem_euclid(7);
        // said on Monday: the last such day up to the day of the text.
        for c in EN_WEEKDAY.captures_iter(text) {
            let wd = c.name("wd").expect("group wd");
            let k = [
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday",
            ]
            .iter()
            .position(|w| *w == wd.as_str())
            .unwrap_or(0) as i64;
            let back = (weekday - k).rem_euclid(7);
            out.push(span(
                wd.start(),
                wd.end(),
                Value::Date(civil_from_days(today - back)),
                "value.date.weekday",
            ));
        }
        for c in ZH_NEAR_WEEK.captures_iter(text) {
            let all = c.get(0).expect("group 0");
            let week = match &c["rel"] {
                "上周" | "上星期" => -7,
                "下周" | "下星期" => 7,
                _ => 0,
            };
            let wd = "一二三四五六日天"
                .chars()
                .position(|x| c["wd"].starts_with(x))
                .map_or(6, |k| k.min(6)) as i64;
            out.push(span(
                all.start(),
                all.end(),
                Value::Date(civil_from_days(today - weekday + wd + week)),
                "value.date.week",
            ));
        }
    }
    if let Some(base) = doc_date
        && let DateValue::Day(y, mo, _) | DateValue::YearMonth(y, mo) = base
    {
        for c in ZH_NEAR_MONTH.captures_iter(text) {
            let all = c.get(0).expect("group 0");
            let rel = c.name("rel").map_or("本月", |r| r.as_str());
            let (y, m) = match rel {
                "上月" | "上个月" if mo == 1 => (y - 1, 12),
                "上月" | "上个月" => (y, mo - 1),
                "下月" | "下个月" if mo == 12 => (y + 1, 1),
                "下月" | "下个月" => (y, mo + 1),
                _ => (y, mo),
            };
            out.push(span(
                all.start(),
                all.end(),
                Value::Date(date(y, Some(i32::from(m)), num(&c, "d").or(num(&c, "td")))),
                "value.date.month",
            ));
        }
    }
    for &(start, end, value) in &written {
        out.push(span(start, end, Value::Date(value), "value.date.zh"));
    }
    if let Some(base) = doc_date {
        for c in EN_RELATIVE.captures_iter(text) {
            let all = c.get(0).expect("group 0");
            let offset = match &c["rel"] {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let m = c.name("mon").map(|m| i32::from(month(m.as_str())));
            out.push(span(
                all.start(),
                all.end(),
                Value::Date(date(base.year() + offset, m, None)),
                "value.date.relative",
            ));
        }
        // last November: the latest November before the month of the text;
        // next March: the first March after it.
        if let DateValue::Day(y, mo, _) | DateValue::YearMonth(y, mo) = base {
            for c in EN_NEAR_MONTH.captures_iter(text) {
                let all = c.get(0).expect("group 0");
                let (y, m) = match c["rel"].to_ascii_lowercase().as_str() {
                    "last" if mo == 1 => (y - 1, 12),
                    "last" => (y, mo - 1),
                    "next" if mo == 12 => (y + 1, 1),
                    "next" => (y, mo + 1),
                    _ => (y, mo),
                };
                out.push(span(
                    all.start(),
                    all.end(),
                    Value::Date(date(y, Some(i32::from(m)), None)),
                    "value.date.month",
                ));
            }
            for c in EN_LAST_MONTH.captures_iter(text) {
                let all = c.get(0).expect("group 0");
                let m = month(&c["mon"]);
                let year = match c["rel"].to_ascii_lowercase().as_str() {
                    "next" if m <= mo => y + 1,
                    "next" => y,
                    _ if m >= mo => y - 1,
                    _ => y,
                };
                out.push(span(
                    all.start(),
                    all.end(),
                    Value::Date(date(year, Some(i32::from(m)), None)),
                    "value.date.relative",
                ));
            }
        }
    }
    for &(start, end, value) in &relative {
        out.push(span(start, end, Value::Date(value), "value.date.relative"));
    }
    for c in ISO_DATE.captures_iter(text) {
        let all = c.get(0).expect("group 0");
        if let (Some(y), Some(m), Some(d)) = (num(&c, "y"), num(&c, "m"), num(&c, "d")) {
            out.push(span(
                all.start(),
                all.end(),
                Value::Date(DateValue::Day(y, m as u8, d as u8)),
                "value.date.iso",
            ));
        }
    }
    for c in EN_DATE.captures_iter(text) {
        let all = c.get(0).expect("group 0");
        let Some(y) = num(&c, "y") else { continue };
        let m = month(&c["mon"]);
        let d = num(&c, "d1").or_else(|| num(&c, "d2"));
        let value = match d {
            Some(d) => DateValue::Day(y, m, d as u8),
            None => DateValue::YearMonth(y, m),
        };
        out.push(span(
            all.start(),
            all.end(),
            Value::Date(value),
            "value.date.en",
        ));
    }
    for c in EN_YEAR
        .captures_iter(text)
        .chain(EN_YEAR_OF_WORK.captures_iter(text))
    {
        let y = c.name("y").expect("group y");
        if let Ok(v) = y.as_str().parse() {
            out.push(span(
                y.start(),
                y.end(),
                Value::Date(DateValue::Year(v)),
                "value.year.en",
            ));
        }
    }
    for c in ZH_AMOUNT.captures_iter(text) {
        let all = c.get(0).expect("group 0");
        let mult = c.name("mult").map(|m| multiplier(m.as_str()));
        let cur = c.name("cur").map(|m| currency(m.as_str()));
        if mult.is_none() && cur.is_none() {
            continue; // a bare number is not an amount
        }
        let n = &c["n"];
        let base = n.parse::<f64>().ok().or_else(|| chinese_number(n));
        let Some(base) = base else { continue };
        // 年 after a number makes it a duration or a year, % a ratio, 级 and
        // 量 an order of magnitude (千亿级别, 万亿量级), not a count.
        let after = &text[all.end()..];
        if after.starts_with(['%', '倍', '年', '级', '量']) {
            continue;
        }
        if n.chars().all(|c| !c.is_ascii_digit()) && mult.is_none() {
            continue; // 三元 is not worth a mention
        }
        let value = base * mult.unwrap_or(1.0);
        out.push(span(
            all.start(),
            all.end(),
            Value::Amount {
                value,
                currency: cur,
            },
            "value.amount.zh",
        ));
    }
    for c in EN_AMOUNT.captures_iter(text) {
        let all = c.get(0).expect("group 0");
        let Ok(base) = c["n"].replace(',', "").parse::<f64>() else {
            continue;
        };
        let short = c.name("mult").is_some_and(|m| m.as_str().len() == 1);
        let unit_follows = ["parameters", "params", "users"]
            .iter()
            .any(|u| text[all.end()..].trim_start().starts_with(u));
        if short && !unit_follows {
            continue; // 7B alone is a model size only when parameters follow
        }
        let mult = match c.name("mult").map(|m| m.as_str()) {
            Some("trillion" | "tn") => 1e12,
            Some("billion" | "bn" | "B") => 1e9,
            Some("million" | "M") => 1e6,
            Some("thousand" | "K") => 1e3,
            _ => 1.0,
        };
        let cur = if c.name("cur").is_some() || c.name("cur2").is_some() {
            Some(match c.name("cur").map(|m| m.as_str().trim()) {
                Some("€") => "EUR",
                Some("£") => "GBP",
                Some("C$" | "CA$") => "CAD",
                Some("A$" | "AU$") => "AUD",
                Some("HK$") => "HKD",
                Some("NZ$") => "NZD",
                Some("S$") => "SGD",
                _ => "USD",
            })
        } else {
            None
        };
        out.push(span(
            all.start(),
            all.end(),
            Value::Amount {
                value: base * mult,
                currency: cur,
            },
            "value.amount.en",
        ));
    }
    // 上周四(17日), 昨天(28日): the day in brackets after a relative day is
    // the one the writer means; it takes the bracket into the date.
    for v in &mut out {
        let relative = matches!(
            v.rule,
            "value.date.week" | "value.date.weekday" | "value.date.yesterday" | "value.date.today"
        );
        if relative
            && let Value::Date(DateValue::Day(y, m, d)) = v.value
            && let Some(c) = DAY_IN_BRACKETS.captures(&text[v.end..])
            && let Some(day) = num(&c, "d")
        {
            v.value = Value::Date(nearest_day(y, m, d, day as u8));
            v.end += c.get(0).expect("group 0").end();
        }
    }
    out.sort_by_key(|v| (v.start, std::cmp::Reverse(v.end)));
    // Keep the longest of overlapping values.
    let mut kept: Vec<ValueSpan> = Vec::new();
    for v in out {
        if kept.last().is_none_or(|k| v.start >= k.end) {
            kept.push(v);
        }
    }
    kept
}

/// A day of the month in brackets right after a date: (17日).
static DAY_IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\(\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]\s*\)").expect("valid regex")
});

/// The date with day-of-month `day` nearest to `y-m-d`: in its month, the
/// one before or the one after.
fn nearest_day(y: i32, m: u8, d: u8, day: u8) -> DateValue {
    let here = days_from_civil(y, m, d);
    let (py, pm) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    [(py, pm), (y, m), (ny, nm)]
        .into_iter()
        // (no 31st of June: a day past its month's end is no candidate)
        .filter(|&(yy, mm)| {
            let (next_y, next_m) = if mm == 12 { (yy + 1, 1) } else { (yy, mm + 1) };
            days_from_civil(yy, mm, day) < days_from_civil(next_y, next_m, 1)
        })
        .map(|(yy, mm)| (yy, mm, days_from_civil(yy, mm, day)))
        .min_by_key(|&(.., k)| (k - here).abs())
        .map_or(DateValue::Day(y, m, d), |(yy, mm, _)| {
            DateValue::Day(yy, mm, day)
        })
}

fn span(start: usize, end: usize, value: Value, rule: &'static str) -> ValueSpan {
    ValueSpan {
        start,
        end,
        value,
        rule,
    }
}

/// A date as precise as the parts the text gave.
fn date(y: i32, m: Option<i32>, d: Option<i32>) -> DateValue {
    match (m, d) {
        (Some(m), Some(d)) => DateValue::Day(y, m as u8, d as u8),
        (Some(m), None) => DateValue::YearMonth(y, m as u8),
        _ => DateValue::Year(y),
    }
}

/// Whether `at` opens a clause of `text`: its start, or right after a
/// clause mark, a space or one of `also`.
fn opens_clause(text: &str, at: usize, also: &str) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|p| ",;:。".contains(p) || also.contains(p) || p.is_whitespace())
}

fn num(c: &regex::Captures<'_>, name: &str) -> Option<i32> {
    c.name(name).and_then(|m| m.as_str().parse().ok())
}

/// The number of an English month name or abbreviation (March, Mar → 3).
pub(crate) fn month(s: &str) -> u8 {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = s.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| lower.starts_with(m))
        .map_or(1, |i| i as u8 + 1)
}

fn multiplier(s: &str) -> f64 {
    match s {
        "万亿" => 1e12,
        "千亿" => 1e11,
        "百亿" => 1e10,
        "十亿" => 1e9,
        "亿" => 1e8,
        "千万" => 1e7,
        "百万" => 1e6,
        "十万" => 1e5,
        _ => 1e4,
    }
}

fn currency(s: &str) -> &'static str {
    match s {
        "美元" | "美金" => "USD",
        "港元" | "港币" => "HKD",
        "欧元" => "EUR",
        "日元" => "JPY",
        _ => "CNY",
    }
}

/// Parses Chinese numerals below 10^8: 一千 → 1000, 两百五十 → 250, 十二 → 12.
pub fn chinese_number(s: &str) -> Option<f64> {
    let digit = |c: char| match c {
        '零' | '〇' => Some(0.0),
        '一' => Some(1.0),
        '二' | '两' => Some(2.0),
        '三' => Some(3.0),
        '四' => Some(4.0),
        '五' => Some(5.0),
        '六' => Some(6.0),
        '七' => Some(7.0),
        '八' => Some(8.0),
        '九' => Some(9.0),
        _ => None,
    };
    let (mut total, mut current) = (0.0, 0.0);
    let mut seen = false;
    for c in s.chars() {
        if let Some(d) = digit(c) {
            current = d;
            seen = true;
            continue;
        }
        let unit = match c {
            '十' => 10.0,
            '百' => 100.0,
            '千' => 1000.0,
            _ => return None,
        };
        if current == 0.0 {
            current = 1.0;
        }
        total += current * unit;
        current = 0.0;
        seen = true;
    }
    seen.then_some(total + current)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_relative_to_the_text_and_to_the_dateline() {
        let v = after("同年4月,次年初,同月", DateValue::Day(2024, 1, 9));
        assert_eq!(v, vec!["2024-04", "2025", "2024-01"]);
        let v = values("快手今日发布", Some(DateValue::Day(2024, 6, 6)));
        assert_eq!(v, vec!["2024-06-06"]);
        // 昨日 is the day before, across a month's and a leap year's end.
        for (doc, want) in [
            (DateValue::Day(2024, 6, 6), "2024-06-05"),
            (DateValue::Day(2024, 3, 1), "2024-02-29"),
            (DateValue::Day(2025, 1, 1), "2024-12-31"),
        ] {
            let v = values("AMD昨日发布", Some(doc));
            assert_eq!(v, vec![want]);
        }
        // 2024-10-11 was a Friday: 上周五 is 10-04, 本周二 10-08; 上月19日 is
        // in September, 上个月 in January's case the December before.
        let v = values(
            "上周五公布,本周二发布,上月19日开源,下周一上线",
            Some(DateValue::Day(2024, 10, 11)),
        );
        assert_eq!(
            v,
            vec!["2024-10-04", "2024-10-08", "2024-09-19", "2024-10-14"]
        );
        // 两年前的今天 is the dateline's day two years before.
        let v = values(
            "两年前的今天,星海发布了首个模型",
            Some(DateValue::Day(2025, 3, 16)),
        );
        assert_eq!(v, vec!["2023-03-16"]);
        let v = values("上个月", Some(DateValue::Day(2025, 1, 5)));
        assert_eq!(v, vec!["2024-12"]);
        let v = values(
            "Gen-3 Alpha shipped in June of last year; sales fell last year.",
            Some(DateValue::Day(2025, 4, 3)),
        );
        assert_eq!(v, vec!["2024-06", "2024"]);
        let v = values(
            "Last month it shipped; this month it sells; next month it grows.",
            Some(DateValue::Day(2025, 1, 20)),
        );
        assert_eq!(v, vec!["2024-12", "2025-01", "2025-02"]);
        assert!(find_values("同年4月", None, None).is_empty());
        // 同日, 第二天, the same day: the day just told of, or the one after
        // (the last day of a year runs into the next); a month alone gives
        // no day.
        assert_eq!(
            after("同日,谷歌发布了新模型", DateValue::Day(2024, 5, 13)),
            vec!["2024-05-13"]
        );
        assert_eq!(
            after("第二天,微软跟进", DateValue::Day(2024, 12, 31)),
            vec!["2025-01-01"]
        );
        assert_eq!(
            after(
                "A day later, Microsoft followed",
                DateValue::Day(2024, 5, 13)
            ),
            vec!["2024-05-14"]
        );
        assert!(after("同日,谷歌发布了新模型", DateValue::YearMonth(2024, 5)).is_empty());
        // 两天后, three days later, a week later: that many days after it.
        assert_eq!(
            after("两天后,星河科技推出Helix-R", DateValue::Day(2025, 4, 14)),
            vec!["2025-04-16"]
        );
        assert_eq!(
            after("Three days later it shipped", DateValue::Day(2024, 12, 30)),
            vec!["2025-01-02"]
        );
        assert_eq!(
            after("一周后,微软跟进", DateValue::Day(2024, 5, 13)),
            vec!["2024-05-20"]
        );
        assert!(after("几天后,微软跟进", DateValue::Day(2024, 5, 13)).is_empty());
        assert_eq!(
            after("二十天后,微软跟进", DateValue::Day(2024, 5, 13)),
            vec!["2024-06-02"]
        );
        assert!(after("两三天后,微软跟进", DateValue::Day(2024, 5, 13)).is_empty());
        // A month the sentence gave anchors "the same month" after it, not
        // the date of the sentence before.
        assert_eq!(
            after(
                "Helix opened in December, and Nova came the same month.",
                DateValue::Day(2024, 9, 2)
            ),
            vec!["2024-12", "2024-12"]
        );
        // 去年5月…,9月…: the year a relative date gives holds for the months
        // after it in the sentence.
        let v = values(
            "去年5月发布H2,9月又推出H2.5",
            Some(DateValue::YearMonth(2025, 3)),
        );
        assert_eq!(v, vec!["2024-05", "2024-09"]);
        // later that year, That August, 当月: the year or month of that date.
        assert_eq!(
            after("Later that year it shipped", DateValue::Day(2024, 5, 13)),
            vec!["2024"]
        );
        assert_eq!(
            after("That August it shipped", DateValue::Year(2024)),
            vec!["2024-08"]
        );
        assert_eq!(
            after("当月,它上线了", DateValue::Day(2024, 5, 13)),
            vec!["2024-05"]
        );
        let v = after(
            "7月4日发布,12月底上市,成立3个月。On July 4, in May",
            DateValue::YearMonth(2024, 6),
        );
        assert_eq!(v, vec!["2024-07-04", "2024-12", "2024-07-04", "2024-05"]);
        // A month after the dateline's month, with no year near, is last year's.
        let v = values("on July 4", Some(DateValue::Day(2025, 3, 1)));
        assert_eq!(v, vec!["2024-07-04"]);
        // Without a year anywhere, a month alone is no date.
        assert!(find_values("7月4日发布", None, None).is_empty());
    }

    fn values(text: &str, date: Option<DateValue>) -> Vec<String> {
        lexical(find_values(text, date, None))
    }

    /// The values of a text with no dateline after a date the text gave.
    fn after(text: &str, anchor: DateValue) -> Vec<String> {
        lexical(find_values(text, None, Some(anchor)))
    }

    fn lexical(spans: Vec<ValueSpan>) -> Vec<String> {
        spans.into_iter().map(|v| v.value.lexical()).collect()
    }

    #[test]
    fn chinese_dates_are_as_precise_as_the_text() {
        assert_eq!(
            values("2022年11月底,OpenAI上线ChatGPT", None),
            vec!["2022-11"]
        );
        assert_eq!(values("2024年1月16日发布", None), vec!["2024-01-16"]);
        assert_eq!(values("从2014年成立至今", None), vec!["2014"]);
        assert!(values("上世纪90年代", None).is_empty());
    }

    #[test]
    fn relative_dates_need_the_document_date() {
        assert!(values("去年10月ChatGPT就火了", None).is_empty());
        assert_eq!(
            values("去年10月ChatGPT就火了", Some(DateValue::Day(2023, 4, 1))),
            vec!["2022-10"]
        );
        assert_eq!(
            values("今年2月", Some(DateValue::Year(2023))),
            vec!["2023-02"]
        );
    }

    #[test]
    fn english_dates() {
        assert_eq!(
            values("released on November 30, 2022.", None),
            vec!["2022-11-30"]
        );
        assert_eq!(values("in March 2024 it", None), vec!["2024-03"]);
        assert_eq!(values("founded in 2015 by", None), vec!["2015"]);
    }

    #[test]
    fn a_day_in_brackets_after_a_relative_day_is_the_day_meant() {
        let dateline = Some(DateValue::Day(2025, 7, 28));
        // 上周四 of 2025-07-28 is the 24th; the writer says the 17th
        assert_eq!(
            values("上周四(17日),OpenAI推出了新功能。", dateline),
            vec!["2025-07-17"]
        );
        assert_eq!(values("昨天（27日）发布。", dateline), vec!["2025-07-27"]);
        // across a month's end: 昨天(31日) on 2025-08-01
        assert_eq!(
            values("昨天(31日)发布。", Some(DateValue::Day(2025, 8, 1))),
            vec!["2025-07-31"]
        );
        // no 31st of June, though it would be nearest to 昨天 on 2025-07-02
        assert_eq!(
            values("昨天(31日)发布。", Some(DateValue::Day(2025, 7, 2))),
            vec!["2025-07-31"]
        );
        // a written date keeps its day
        assert_eq!(values("7月28日(17日)发布。", dateline), vec!["2025-07-28"]);
    }

    #[test]
    fn amounts_with_units_and_currencies() {
        assert_eq!(values("参数在1000亿以内", None), vec!["100000000000"]);
        assert_eq!(values("超24亿用户", None), vec!["2400000000"]);
        assert_eq!(values("投5000万美金", None), vec!["50000000"]);
        assert_eq!(values("一千万元", None), vec!["10000000"]);
        assert_eq!(values("invested $8 billion", None), vec!["8000000000"]);
        assert_eq!(values("with 671B parameters", None), vec!["671000000000"]);
        assert!(values("提升30%效率,200多个国家", None).is_empty());
    }
}
