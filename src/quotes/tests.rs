//! Helpers for the quote stage's tests, and tests of the whole stage on odd inputs. The
//! tests of each pattern sit beside its rule (`attribution`, `reported`).

use super::*;

/// One quote as the words its spans cover.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    /// `direct`, `partial`, `mixed` or `indirect`.
    pub kind: &'static str,
    /// The quote's text.
    pub text: String,
    /// The speaker's words, if any.
    pub speaker: Option<String>,
    /// The cue's words, if any.
    pub cue: Option<String>,
    /// The rule.
    pub rule: &'static str,
}

/// The quotes the whole pipeline (segmentation, entities, quotes) finds in `text`.
pub(crate) fn found(text: &str) -> Vec<Found> {
    let doc = crate::segment("t", text.to_string());
    let entities = crate::entities::entities(&doc);
    quotes(&doc, &entities)
        .into_iter()
        .map(|q| Found {
            kind: q.kind.as_str(),
            text: doc.slice(q.span).to_string(),
            speaker: q.speaker.map(|s| doc.slice(s.span).to_string()),
            cue: q.cue.map(|c| doc.slice(c).to_string()),
            rule: q.rule,
        })
        .collect()
}

/// Each quote's speaker words and the name of the entity they resolve to (`""` for none).
pub(crate) fn speakers(text: &str) -> Vec<(String, String)> {
    let doc = crate::segment("t", text.to_string());
    let entities = crate::entities::entities(&doc);
    quotes(&doc, &entities)
        .into_iter()
        .filter_map(|q| q.speaker)
        .map(|s| {
            let name = s.entity.map_or(String::new(), |e| entities.entities[e].name.clone());
            (doc.slice(s.span).to_string(), name)
        })
        .collect()
}

/// Asserts that `text` yields exactly these quotes, each as `(kind, text, speaker, cue,
/// rule)` with `""` for no speaker or no cue; on failure prints everything found.
pub(crate) fn assert_quotes(text: &str, want: &[(&str, &str, &str, &str, &str)]) {
    let got = found(text);
    let as_tuple = |f: &Found| {
        (
            f.kind.to_string(),
            f.text.clone(),
            f.speaker.clone().unwrap_or_default(),
            f.cue.clone().unwrap_or_default(),
            f.rule.to_string(),
        )
    };
    let got: Vec<_> = got.iter().map(as_tuple).collect();
    let want: Vec<_> = want
        .iter()
        .map(|&(k, t, s, c, r)| (k.to_string(), t.to_string(), s.to_string(), c.to_string(), r.to_string()))
        .collect();
    assert_eq!(got, want, "\nin text:\n{text}\n");
}

/// Asserts that `text` yields no quote at all.
pub(crate) fn assert_no_quotes(text: &str) {
    let got = found(text);
    assert!(got.is_empty(), "expected no quotes in {text:?}, found {got:#?}");
}

#[test]
fn a_pronoun_left_open_speaks_for_the_person_quoted_just_before() {
    // Two women in view: the entity stage cannot tell whom `she` means, the quotes can.
    let text = "Amara Osei won again. Osei said she was grateful. She credits her physiotherapist, \
                Hannah Blythe, with her confidence. Osei says she trains daily. Her coach agrees with \
                her.\n\nBlythe, who has worked with the team since 2015, says the hardest part was \
                psychological.\n\n“The bone heals on its own timetable,” she says.";
    let got = speakers(text);
    assert_eq!(got.last(), Some(&("she".to_string(), "Hannah Blythe".to_string())), "{got:?}");
    // Not when another person is named between them.
    let text = "Amara Osei won again. She credits her physiotherapist, Hannah Blythe, with her \
                confidence.\n\nBlythe says the hardest part was psychological. Osei agrees.\n\n\
                “The bone heals on its own timetable,” she says.";
    let got = speakers(text);
    assert_ne!(got.last().map(|s| s.1.as_str()), Some("Hannah Blythe"), "{got:?}");
}

#[test]
fn a_headline_s_speaker_noun_is_the_person_or_body_the_story_names() {
    // The person the body gives the headline's role.
    let text = "Bramley’s chief: “We can outlast anyone in this fight”\n\nBramley’s cut prices on \
                Monday. Analyst Ruth Okafor said the move was bold.\n\nChief executive Oliver Tansley \
                said: “Shoppers want lower prices.”";
    let got = speakers(text);
    assert_eq!(got.first(), Some(&("Bramley’s chief".to_string(), "Oliver Tansley".to_string())), "{got:?}");
    // Else the first named person the body quotes.
    let text = "Runaway capybara found in garden centre – zoo boss: ‘He just fancied a day out’\n\n\
                Park director Dawn Pettifer said: ‘We were worried sick.’";
    let got = speakers(text);
    assert_eq!(got.first(), Some(&("zoo boss".to_string(), "Dawn Pettifer".to_string())), "{got:?}");
    // A body's noun before its topic, and an organisation named with the phrase's word.
    let text = "City engineer on bridge closure: “We can’t put this off any longer”\n\nThe bridge \
                will shut, according to Lorna Beauchamp, the city’s director of bridges.";
    let got = speakers(text);
    assert_eq!(got.first(), Some(&("City engineer".to_string(), "Lorna Beauchamp".to_string())), "{got:?}");
    // A speaker before whom they address.
    let text = "Skaters to council: “Just give us somewhere to go”\n\nMISSOULA — A proposal drew 200 people.";
    let got = speakers(text);
    assert_eq!(got.first().map(|s| s.0.as_str()), Some("Skaters"), "{got:?}");
    let text = "“We will follow the evidence”: Pune institute says\n\nThe Sahyadri Institute of \
                Biosciences has set up a committee.";
    let got = speakers(text);
    assert_eq!(
        got.first(),
        Some(&("Pune institute".to_string(), "Sahyadri Institute of Biosciences".to_string())),
        "{got:?}"
    );
    // Someone unnamed in the opening paragraph stays unnamed.
    let text = "One resident said the plan was sensible.\n\nMs Roe, a retired teacher and resident, said \
                the plan was sensible.";
    let got = speakers(text);
    assert_eq!(got.first(), Some(&("One resident".to_string(), String::new())), "{got:?}");
}

#[test]
fn a_headline_s_named_speaker_may_follow_words_of_their_role() {
    let text = "Cycling advocate Jess Tamihana: “Helmets aren’t the problem”\n\nJess Tamihana, \
                spokeswoman for Pedal Aotearoa, said the law put people off.";
    let got = speakers(text);
    assert_eq!(got.first(), Some(&("Jess Tamihana".to_string(), "Jess Tamihana".to_string())), "{got:?}");
    let text = "Jackpot winner Dean Mawdsley: ‘I’m still going to work’\n\nDean, 52, said he \
                checked the ticket.";
    let got = speakers(text);
    assert_eq!(got.first(), Some(&("Dean Mawdsley".to_string(), "Dean Mawdsley".to_string())), "{got:?}");
    // Not after a verb: the one arrested does not speak.
    let text = "Police arrest John Smith: “We got him”\n\nJohn Smith was held overnight.";
    let got = speakers(text);
    assert!(got.iter().all(|(s, _)| s != "John Smith"), "{got:?}");
}

#[test]
fn odd_inputs_keep_spans_valid() {
    let long = "x".repeat(1 << 20);
    let marks = "“‘\"'«»„”’ said ".repeat(2000);
    let inputs = [
        "",
        "   \n\n ",
        "“",
        "”,” he said.",
        "“Unclosed quote, she said. And “another.\n\n“Third",
        "🇨🇳 “Flags 👍🏽,” said 🇨🇳. ‘Emoji’ — 👍🏽",
        "said said said that that that, according to according to.",
        long.as_str(),
        marks.as_str(),
        "\"\"\"\"\"'''''' said: \n: said, \"",
        // Texts that end right after a name's comma, a cue or a setting.
        "Ben Oduya,",
        "to on his request. comment",
        "to have the forest declared",
        "She said in later",
        "said Priya Raman,",
        "She said the attackers had demanded a payment, but would",
    ];
    for text in inputs {
        let doc = crate::segment("t", text.to_string());
        let entities = crate::entities::entities(&doc);
        for q in quotes(&doc, &entities) {
            for span in [Some(q.span), q.speaker.map(|s| s.span), q.cue].into_iter().flatten() {
                assert!(span.start <= span.end && span.end <= doc.text().len());
                assert!(doc.text().is_char_boundary(span.start) && doc.text().is_char_boundary(span.end));
            }
            assert!(!q.span.is_empty() && q.sentence < doc.sentences().len());
        }
    }
}

proptest::proptest! {
    /// Any text made of quote marks, cues and names gives quotes with valid spans.
    #[test]
    fn news_like_pieces_never_panic(parts in proptest::collection::vec(proptest::sample::select(vec![
        "“", "”", "‘", "’", "'", "\"", "«", "»", "„", " ", "\n\n", "\n- ", ". ", ", ", ": ", " — ", "said", "told",
        "Jane Doe", "she", "the company", "according to", "that", "as saying", "quoted", "put it", "As he",
        "Mr.", "Inc.", "We will win", "a spokesman for the ministry", "called", "so-called", "🇨🇳", "s’ ",
        "\n\nQ: ", "\n\nA: ", "\n\nDOE: ", "Doe spoke to us.", " 's ", " \" ",
    ]), 0..80)) {
        let text = parts.concat();
        let doc = crate::segment("p", text);
        // Without entities: this property is about the quote stage alone.
        for q in quotes(&doc, &Entities::default()) {
            proptest::prop_assert!(doc.text().is_char_boundary(q.span.start) && doc.text().is_char_boundary(q.span.end));
            proptest::prop_assert!(q.span.start < q.span.end && q.span.end <= doc.text().len());
        }
    }
}
