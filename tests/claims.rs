//! Integration tests: numeric claims, as `quarry extract` writes them and as
//! `quarry eval --task claims` scores them.

use serde_json::Value;

use crate::util::{char_slice, code, json_lines, shared_dir, stdout, Workdir};

/// One claim of a record, as (text, kind, value, unit).
fn claim_rows(record: &Value) -> Vec<(String, String, f64, Option<String>)> {
    record["claims"]
        .as_array()
        .expect("extract writes claims")
        .iter()
        .map(|c| {
            (
                c["text"].as_str().unwrap().to_string(),
                c["kind"].as_str().unwrap().to_string(),
                c["value"].as_f64().unwrap(),
                c["unit"].as_str().map(str::to_string),
            )
        })
        .collect()
}

fn extract_one(wd: &Workdir, name: &str, text: &str) -> Value {
    wd.write(name, text);
    let out = wd.run(&["extract", name]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    json_lines(&out).remove(0)
}

#[test]
fn figures_are_normalised_with_their_units_and_code_point_offsets() {
    let wd = Workdir::new("claims_units");
    // Curly quotes and a dash before the figures make byte and code-point offsets differ.
    let text = "“Revenue” — Kestrel said it would invest £600m, up 12%, and ship 384 Ascend 910C chips \
                over three weeks; 180 billion RMB (~US $25 billion) annually goes to research.\n";
    let record = extract_one(&wd, "story.txt", text);
    let rows = claim_rows(&record);
    let want: [(&str, &str, f64, Option<&str>); 6] = [
        ("£600m", "money", 600e6, Some("GBP")),
        ("12%", "percent", 12.0, Some("%")),
        ("384 Ascend 910C chips", "count", 384.0, Some("chips")),
        ("three weeks", "duration", 3.0, Some("week")),
        ("180 billion RMB", "money", 180e9, Some("CNY")),
        ("~US $25 billion", "money", 25e9, Some("USD")),
    ];
    assert_eq!(rows.len(), want.len(), "{rows:#?}");
    for (got, want) in rows.iter().zip(want) {
        assert_eq!((got.0.as_str(), got.1.as_str(), got.3.as_deref()), (want.0, want.1, want.3));
        assert!((got.2 - want.2).abs() <= 1e-9 * want.2, "{got:?} != {want:?}");
    }
    for c in record["claims"].as_array().unwrap() {
        let (start, end) = (c["start"].as_u64().unwrap() as usize, c["end"].as_u64().unwrap() as usize);
        assert_eq!(char_slice(text, start, end), c["text"].as_str().unwrap(), "{c}");
    }
    let claims = record["claims"].as_array().unwrap();
    assert_eq!(claims[1]["direction"], "up");
    assert_eq!(claims[2]["noun"], "Ascend 910C chips");
    assert_eq!(claims[5]["equivalent"], claims[4]["id"]);
    assert_eq!(claims[5]["approximate"], true);
    assert_eq!(claims[4]["per"], "year");
}

#[test]
fn dates_times_names_and_phone_numbers_are_not_claims() {
    let wd = Workdir::new("claims_not_claims");
    let text = "LONDON, March 3, 2021 - The Boeing 737 and the GB200 NVL72 cluster were shown at 6 p.m. \
                on Nov. 14 under Section 230, during the COVID-19 pandemic. Call +44 20 7946 0958 or visit \
                10 Downing Street before 5/12 (open 24/7 until 3:30 pm). Smith won 3-1, and the bill passed \
                219 to 213 in 2019, in the 1990s.\n";
    let record = extract_one(&wd, "none.txt", text);
    assert_eq!(claim_rows(&record), vec![], "{record}");
}

#[test]
fn ranges_keep_both_ends() {
    let wd = Workdir::new("claims_ranges");
    let record = extract_one(&wd, "r.txt", "Costs will grow 3-5% as it ships between 10 and 12 million units.\n");
    let claims = record["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 2, "{record}");
    assert_eq!((claims[0]["value"].as_f64(), claims[0]["value_max"].as_f64()), (Some(3.0), Some(5.0)));
    assert_eq!((claims[1]["value"].as_f64(), claims[1]["value_max"].as_f64()), (Some(10e6), Some(12e6)));
    assert_eq!(claims[1]["unit"], "units");
}

/// Claims as (text, kind, value, unit) rows, for comparing with a table.
type Row<'a> = (&'a str, &'a str, f64, Option<&'a str>);

#[track_caller]
fn assert_rows(record: &Value, want: &[Row]) {
    let rows = claim_rows(record);
    let same = rows.len() == want.len()
        && rows.iter().zip(want).all(|(got, want)| {
            (got.0.as_str(), got.1.as_str(), got.3.as_deref()) == (want.0, want.1, want.3)
                && (got.2 - want.2).abs() <= 1e-9 * want.2.abs().max(1.0)
        });
    assert!(same, "got {rows:#?}\nwant {want:#?}");
}

#[test]
fn metres_and_millions_model_numbers_and_currency_names() {
    let wd = Workdir::new("claims_misreadings");
    // `the 400m hurdles` names a race; `swam 800m` is a distance.
    let text = "Warholm won the 400m hurdles and Ledecky swam 800m, while 9,000 ran a 5km race. \
                Kestrel will invest £600m, raised $3.5m and 600m euros, and a rival raised 40m. \
                Nordvik ordered 44 737 MAX jets, 12 A320neo aircraft and 3 F-35s. \
                Revenue was USD 34.6 million, profit EUR 5bn, the budget Rs 500 crore, China spent \
                RMB 180 billion and yuan 5 billion, and fees were 34.6 million US dollars and 300 yen.\n";
    let record = extract_one(&wd, "misreadings.txt", text);
    assert_rows(
        &record,
        &[
            ("800m", "measure", 800.0, Some("m")),
            ("9,000", "other", 9000.0, None),
            ("5km", "measure", 5.0, Some("km")),
            ("£600m", "money", 600e6, Some("GBP")),
            ("$3.5m", "money", 3.5e6, Some("USD")),
            ("600m euros", "money", 600e6, Some("EUR")),
            ("40m", "money", 40e6, None),
            ("44 737 MAX jets", "count", 44.0, Some("jets")),
            ("12 A320neo aircraft", "count", 12.0, Some("aircraft")),
            ("3 F-35s", "count", 3.0, Some("f-35s")),
            ("USD 34.6 million", "money", 34.6e6, Some("USD")),
            ("EUR 5bn", "money", 5e9, Some("EUR")),
            ("Rs 500 crore", "money", 5e9, Some("INR")),
            ("RMB 180 billion", "money", 180e9, Some("CNY")),
            ("yuan 5 billion", "money", 5e9, Some("CNY")),
            ("34.6 million US dollars", "money", 34.6e6, Some("USD")),
            ("300 yen", "money", 300.0, Some("JPY")),
        ],
    );
    let claims = record["claims"].as_array().unwrap();
    assert_eq!(claims[7]["noun"], "737 MAX jets");
}

#[test]
fn ages_ranks_least_amounts_and_multipliers() {
    let wd = Workdir::new("claims_ages_ranks");
    let text = "Ito, 56, said Japan was the world's fourth-largest economy and ranked 12th in growth. \
                Tens of thousands of people marched and profits doubled, twice the forecast.\n";
    let record = extract_one(&wd, "ranks.txt", text);
    assert_rows(
        &record,
        &[
            ("56", "duration", 56.0, Some("year")),
            ("fourth-largest", "rank", 4.0, None),
            ("12th", "rank", 12.0, None),
            ("Tens of thousands of people", "count", 1e4, Some("people")),
            ("doubled", "ratio", 2.0, Some("x")),
            ("twice", "ratio", 2.0, Some("x")),
        ],
    );
    let claims = record["claims"].as_array().unwrap();
    assert_eq!((&claims[3]["approximate"], &claims[3]["bound"]), (&Value::Bool(true), &Value::from("lower")));
    assert_eq!(claims[4]["direction"], "up");
}

/// Gold claims for two short documents, with units named as other tools name them.
const GOLD: &str = r#"{"id": "a", "text": "It cost $5 million, up 12%.", "claims": [{"start": 8, "end": 18, "text": "$5 million", "value": 5000000, "unit": "United States dollar", "kind": "currency"}, {"start": 23, "end": 26, "text": "12%", "value": 12, "unit": "percent", "kind": "percent"}]}
{"id": "b", "text": "The road is 17 km long.", "claims": [{"start": 12, "end": 17, "text": "17 km", "value": 17, "unit": "Kilometer", "kind": "dimension"}]}
"#;

#[test]
fn eval_scores_values_units_and_spans_per_kind() {
    let wd = Workdir::new("claims_eval");
    wd.write("gold.jsonl", GOLD);
    let out = wd.run(&["eval", "--gold", "gold.jsonl", "--task", "claims", "--json"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(json["task"], "claims");
    assert_eq!(json["documents"], 2);
    let m = &json["metrics"];
    for name in ["value", "value+unit", "span", "value:money", "value+unit:percent", "span:measure"] {
        assert_eq!(m[name]["recall"], 1.0, "{name}: {m}");
    }
    assert_eq!(m["value"]["precision"], 1.0, "{m}");

    // A system file with one wrong unit and one missed claim.
    wd.write(
        "system.jsonl",
        r#"{"id": "a", "claims": [{"start": 8, "end": 18, "value": 5000000, "unit": "EUR", "kind": "money"}]}
{"id": "b", "claims": []}
"#,
    );
    let out = wd.run(&["eval", "--gold", "gold.jsonl", "--task", "claims", "system.jsonl", "--json"]);
    assert_eq!(code(&out), 0);
    let json: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let m = &json["metrics"];
    assert_eq!((m["value"]["tp"].as_u64(), m["value"]["fn"].as_u64()), (Some(1), Some(2)));
    assert_eq!(m["value+unit"]["tp"], 0);
    assert_eq!(m["value:money"]["recall"], 1.0);
    assert_eq!(m["value:percent"]["recall"], 0.0);

    let table = stdout(&wd.run(&["eval", "--gold", "gold.jsonl", "--task", "claims", "system.jsonl"]));
    assert!(table.contains("value+unit:money"), "{table}");
}

#[test]
fn gold_without_claims_is_refused() {
    let wd = Workdir::new("claims_eval_bad_gold");
    wd.write("gold.jsonl", r#"{"id": "x", "text": "No claims here."}"#);
    let out = wd.run(&["eval", "--gold", "gold.jsonl", "--task", "claims"]);
    assert_eq!(code(&out), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("claims"));
}

/// The seed article's claim expectations (`../shared/fixtures`), when that folder is present.
#[test]
fn seed_article_claims() {
    let Some(shared) = shared_dir() else { return };
    let article = shared.join("fixtures").join("seed-article.txt");
    let text = std::fs::read_to_string(&article).unwrap();
    let wd = Workdir::new("claims_seed_article");
    let out = wd.run(&["extract", article.to_str().unwrap()]);
    assert_eq!(code(&out), 0);
    let record = &json_lines(&out)[0];
    let rows = claim_rows(record);
    let find = |needle: &str, nth: usize| rows.iter().filter(|r| r.0.contains(needle)).nth(nth).cloned();
    let c = find("180 billion RMB", 0).expect("first 180 billion RMB");
    assert_eq!((c.2, c.3.as_deref()), (180e9, Some("CNY")));
    let c = find("180 billion RMB", 1).expect("second 180 billion RMB");
    assert_eq!((c.2, c.3.as_deref()), (180e9, Some("CNY")));
    let c = find("US $25 billion", 0).expect("US $25 billion");
    assert_eq!((c.2, c.3.as_deref()), (25e9, Some("USD")));
    let c = find("one-third", 0).expect("one-third");
    assert!((c.2 - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(find("384", 0).expect("384 chips").2, 384.0);
    for name in ["910C", "NVL72", "GB200", "CloudMatrix 384", "US–China"] {
        let starts: Vec<usize> = text.match_indices(name).map(|(b, _)| text[..b].chars().count()).collect();
        let len = name.chars().count();
        for c in record["claims"].as_array().unwrap() {
            let (s, e) = (c["start"].as_u64().unwrap() as usize, c["end"].as_u64().unwrap() as usize);
            assert!(!starts.iter().any(|&a| a <= s && e <= a + len), "claim {c} inside {name}");
        }
    }
}

/// The development gold of `../shared/eval`: recall by value at least 0.90 on money and
/// percent (a regression guard; the data is described in its README).
#[test]
fn shared_recognizers_gold_recall() {
    let Some(shared) = shared_dir() else { return };
    let gold = shared.join("eval").join("claims-recognizers.jsonl");
    let wd = Workdir::new("claims_shared_recognizers");
    let out = wd.run(&["eval", "--gold", gold.to_str().unwrap(), "--task", "claims", "--json"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    for kind in ["money", "percent"] {
        let recall = json["metrics"][format!("value:{kind}")]["recall"].as_f64().unwrap();
        assert!(recall >= 0.90, "{kind} recall {recall}");
    }
}
