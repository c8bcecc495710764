//! The narrow types that travel between pipeline stages.
//!
//! In: nothing (this module holds no logic beyond parsing names). Out: the
//! vocabulary every stage speaks — entity types, predicates, values,
//! mentions, assertions and their evidence. It must not know about RDF,
//! jieba or files: those belong to the stages that use them.

use serde::Serialize;
use std::fmt;

/// The classes of ONTOLOGY.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityType {
    Person,
    Organization,
    Place,
    AIModel,
    SoftwareApplication,
    Product,
    CreativeWork,
}

impl EntityType {
    pub const ALL: [EntityType; 7] = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Place,
        EntityType::AIModel,
        EntityType::SoftwareApplication,
        EntityType::Product,
        EntityType::CreativeWork,
    ];

    /// A model, an app or a product: a thing with a maker, versions and a
    /// family.
    pub fn is_made(self) -> bool {
        matches!(
            self,
            EntityType::AIModel | EntityType::SoftwareApplication | EntityType::Product
        )
    }

    /// The class's local name, as written in ONTOLOGY.md and the gold files.
    pub fn name(self) -> &'static str {
        match self {
            EntityType::Person => "Person",
            EntityType::Organization => "Organization",
            EntityType::Place => "Place",
            EntityType::AIModel => "AIModel",
            EntityType::SoftwareApplication => "SoftwareApplication",
            EntityType::Product => "Product",
            EntityType::CreativeWork => "CreativeWork",
        }
    }

    /// The short code used in rule files: `{ORG}`, `{PER}` …
    pub fn code(self) -> &'static str {
        match self {
            EntityType::Person => "PER",
            EntityType::Organization => "ORG",
            EntityType::Place => "PLACE",
            EntityType::AIModel => "MODEL",
            EntityType::SoftwareApplication => "APP",
            EntityType::Product => "PRODUCT",
            EntityType::CreativeWork => "WORK",
        }
    }

    /// Accepts a class name (`Organization`) or a rule code (`ORG`).
    pub fn parse(s: &str) -> Option<EntityType> {
        EntityType::ALL
            .into_iter()
            .find(|t| t.name().eq_ignore_ascii_case(s) || t.code().eq_ignore_ascii_case(s))
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The predicates of ONTOLOGY.md: relations between entities and attributes
/// with literal values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Predicate {
    Founder,
    Ceo,
    Chairman,
    Employee,
    ParentOrganization,
    Creator,
    IsBasedOn,
    DistilledFrom,
    Funder,
    AlumniOf,
    Location,
    ContainedInPlace,
    MetWith,
    PartnerOf,
    CompetitorOf,
    FoundingDate,
    DatePublished,
    ParameterCount,
    UserCount,
}

impl Predicate {
    pub const ALL: [Predicate; 19] = [
        Predicate::Founder,
        Predicate::Ceo,
        Predicate::Chairman,
        Predicate::Employee,
        Predicate::ParentOrganization,
        Predicate::Creator,
        Predicate::IsBasedOn,
        Predicate::DistilledFrom,
        Predicate::Funder,
        Predicate::AlumniOf,
        Predicate::Location,
        Predicate::ContainedInPlace,
        Predicate::MetWith,
        Predicate::PartnerOf,
        Predicate::CompetitorOf,
        Predicate::FoundingDate,
        Predicate::DatePublished,
        Predicate::ParameterCount,
        Predicate::UserCount,
    ];

    /// The local name used in ONTOLOGY.md, gold files and rule files.
    pub fn name(self) -> &'static str {
        match self {
            Predicate::Founder => "founder",
            Predicate::Ceo => "ceo",
            Predicate::Chairman => "chairman",
            Predicate::Employee => "employee",
            Predicate::ParentOrganization => "parentOrganization",
            Predicate::Creator => "creator",
            Predicate::IsBasedOn => "isBasedOn",
            Predicate::DistilledFrom => "distilledFrom",
            Predicate::Funder => "funder",
            Predicate::AlumniOf => "alumniOf",
            Predicate::Location => "location",
            Predicate::ContainedInPlace => "containedInPlace",
            Predicate::MetWith => "metWith",
            Predicate::PartnerOf => "partnerOf",
            Predicate::CompetitorOf => "competitorOf",
            Predicate::FoundingDate => "foundingDate",
            Predicate::DatePublished => "datePublished",
            Predicate::ParameterCount => "parameterCount",
            Predicate::UserCount => "userCount",
        }
    }

    pub fn parse(s: &str) -> Option<Predicate> {
        Predicate::ALL.into_iter().find(|p| p.name() == s)
    }

    /// Symmetric relations are stored once, with the smaller IRI first.
    pub fn is_symmetric(self) -> bool {
        matches!(
            self,
            Predicate::MetWith | Predicate::PartnerOf | Predicate::CompetitorOf
        )
    }

    /// Attributes take a literal value, relations an entity.
    pub fn is_attribute(self) -> bool {
        matches!(
            self,
            Predicate::FoundingDate
                | Predicate::DatePublished
                | Predicate::ParameterCount
                | Predicate::UserCount
        )
    }

    /// Whether the value of an attribute is a date (else a number).
    pub fn takes_date(self) -> bool {
        matches!(self, Predicate::FoundingDate | Predicate::DatePublished)
    }
}

impl fmt::Display for Predicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A date as precise as the text says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum DateValue {
    Year(i32),
    YearMonth(i32, u8),
    Day(i32, u8, u8),
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DateValue::Year(y) => write!(f, "{y:04}"),
            DateValue::YearMonth(y, m) => write!(f, "{y:04}-{m:02}"),
            DateValue::Day(y, m, d) => write!(f, "{y:04}-{m:02}-{d:02}"),
        }
    }
}

impl DateValue {
    /// Parses `2024`, `2024-03` or `2024-03-28` (the JSONL `date` field and
    /// the literals this crate writes).
    pub fn parse(s: &str) -> Option<DateValue> {
        let parts: Vec<&str> = s.trim().split('-').collect();
        let y: i32 = parts.first()?.parse().ok()?;
        let m = parts.get(1).map(|p| p.parse::<u8>().ok()).unwrap_or(None);
        let d = parts
            .get(2)
            .map(|p| p.get(..2).unwrap_or(p).parse::<u8>().ok())
            .unwrap_or(None);
        match (parts.len(), m, d) {
            (1, _, _) => Some(DateValue::Year(y)),
            (2, Some(m), _) if (1..=12).contains(&m) => Some(DateValue::YearMonth(y, m)),
            (3, Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => {
                Some(DateValue::Day(y, m, d))
            }
            _ => None,
        }
    }

    pub fn year(self) -> i32 {
        match self {
            DateValue::Year(y) | DateValue::YearMonth(y, _) | DateValue::Day(y, _, _) => y,
        }
    }
}

/// A literal value found in text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Value {
    Date(DateValue),
    /// A number; `currency` is set for money (`5000万美金`).
    Amount {
        value: f64,
        currency: Option<&'static str>,
    },
}

impl Value {
    /// The lexical form written to RDF (`2022-11`, `2400000000`).
    pub fn lexical(&self) -> String {
        match self {
            Value::Date(d) => d.to_string(),
            Value::Amount { value, .. } => format_decimal(*value),
        }
    }
}

/// Formats a non-negative amount as an `xsd:decimal` lexical form without an
/// exponent: `1e11` → `100000000000`, `2.5` → `2.5`.
pub fn format_decimal(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e21 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// What a mention denotes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum MentionKind {
    /// A named entity: its type and the canonical name it resolves to.
    Entity {
        etype: EntityType,
        canonical: String,
        wikidata: Option<String>,
    },
    /// A value: a date or an amount.
    Value(Value),
}

/// A span of a document's normalised text that names something. Offsets are
/// byte offsets into [`crate::ingest::Document::norm`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub kind: MentionKind,
    /// The recogniser or rule that proposed it (`dict`, `zh.quoted` …).
    pub rule: &'static str,
    pub confidence: f32,
    /// A pronoun or role word resolved to an entity (他, 我们, 该公司): it
    /// refers to the entity but adds no alias.
    pub coref: bool,
}

impl Mention {
    pub fn entity_type(&self) -> Option<EntityType> {
        match &self.kind {
            MentionKind::Entity { etype, .. } => Some(*etype),
            MentionKind::Value(_) => None,
        }
    }

    pub fn entity_key(&self) -> Option<EntityKey> {
        match &self.kind {
            MentionKind::Entity {
                etype, canonical, ..
            } => Some(EntityKey {
                etype: *etype,
                name: canonical.clone(),
            }),
            MentionKind::Value(_) => None,
        }
    }
}

/// One real-world entity: same type and canonical name, same entity.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct EntityKey {
    pub etype: EntityType,
    pub name: String,
}

impl fmt::Display for EntityKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name, self.etype)
    }
}

/// The object of an assertion.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Object {
    Entity(EntityKey),
    Value(Value),
}

/// Where an assertion was read: the sentence, the span of the match and the
/// rule that fired. Offsets are byte offsets into the normalised text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub rule: String,
    pub confidence: f32,
}

/// A fact read from one place of one document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assertion {
    pub subject: EntityKey,
    pub predicate: Predicate,
    pub object: Object,
    pub evidence: Evidence,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_print_as_precise_as_they_were_read() {
        assert_eq!(DateValue::Year(2014).to_string(), "2014");
        assert_eq!(DateValue::YearMonth(2022, 11).to_string(), "2022-11");
        assert_eq!(DateValue::Day(2024, 1, 16).to_string(), "2024-01-16");
        assert_eq!(
            DateValue::parse("2024-01-16"),
            Some(DateValue::Day(2024, 1, 16))
        );
        assert_eq!(DateValue::parse("2024-13"), None);
    }

    #[test]
    fn decimals_have_no_exponent() {
        assert_eq!(format_decimal(1e11), "100000000000");
        assert_eq!(format_decimal(2.5), "2.5");
    }

    #[test]
    fn types_parse_from_names_and_codes() {
        assert_eq!(EntityType::parse("ORG"), Some(EntityType::Organization));
        assert_eq!(EntityType::parse("AIModel"), Some(EntityType::AIModel));
        assert_eq!(
            Predicate::parse("distilledFrom"),
            Some(Predicate::DistilledFrom)
        );
    }
}
