//! A small reader of the HTML this module writes, for tests: it checks that every element
//! is closed in order and collects each element's attributes and text.

use std::collections::BTreeMap;

/// One element of a fragment.
#[derive(Debug, Default)]
pub struct Element {
    /// The tag name.
    pub tag: String,
    /// Its attributes, unescaped.
    pub attrs: BTreeMap<String, String>,
    /// Its text content (its own and its descendants'), unescaped.
    pub text: String,
}

/// The elements of `html` in document order; panics if the markup is not well formed.
pub fn elements(html: &str) -> Vec<Element> {
    let mut done: Vec<Element> = Vec::new();
    // Open elements: their index in `done`.
    let mut open: Vec<usize> = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(tag) = rest.strip_prefix('<') {
            let close = tag.find('>').expect("a tag ends with >");
            let (inside, after) = (&tag[..close], &tag[close + 1..]);
            rest = after;
            if let Some(name) = inside.strip_prefix('/') {
                let top = open.pop().unwrap_or_else(|| panic!("</{name}> closes nothing"));
                assert_eq!(done[top].tag, name, "</{name}> closes <{}>", done[top].tag);
            } else if inside.starts_with('!') {
                continue;
            } else {
                let (name, attrs) = inside.split_once(' ').unwrap_or((inside, ""));
                done.push(Element { tag: name.to_string(), attrs: attributes(attrs), text: String::new() });
                if !matches!(name, "meta" | "input" | "br") {
                    open.push(done.len() - 1);
                }
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = unescape(&rest[..end]);
            assert!(!rest[..end].contains('>'), "unescaped > in {:?}", &rest[..end]);
            for &e in &open {
                done[e].text.push_str(&text);
            }
            rest = &rest[end..];
        }
    }
    assert!(open.is_empty(), "unclosed: {:?}", open.iter().map(|&e| &done[e].tag).collect::<Vec<_>>());
    done
}

/// The text of the elements whose attribute `name` is `value`, concatenated in order.
pub fn text_of(elements: &[Element], name: &str, value: &str) -> String {
    elements.iter().filter(|e| e.attrs.get(name).is_some_and(|v| v == value)).map(|e| e.text.as_str()).collect()
}

fn attributes(mut s: &str) -> BTreeMap<String, String> {
    let mut attrs = BTreeMap::new();
    loop {
        s = s.trim_start();
        if s.is_empty() {
            return attrs;
        }
        let name_end = s.find(['=', ' ']).unwrap_or(s.len());
        let name = &s[..name_end];
        s = &s[name_end..];
        let value = match s.strip_prefix("=\"") {
            Some(v) => {
                let end = v.find('"').expect("attribute value ends with \"");
                assert!(!v[..end].contains(['<', '>', '\'']), "unescaped attribute {:?}", &v[..end]);
                s = &v[end + 1..];
                unescape(&v[..end])
            }
            None => String::new(),
        };
        attrs.insert(name.to_string(), value);
    }
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = rest[amp..].find(';').map(|i| amp + i).expect("a reference ends with ;");
        out.push(match &rest[amp + 1..semi] {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "#39" => '\'',
            "#13" => '\r',
            other => panic!("unexpected reference &{other};"),
        });
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    out
}
