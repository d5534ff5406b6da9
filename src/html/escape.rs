//! HTML escaping: every piece of article or record text passes through here on its way
//! into the page.

/// Appends `text` to `out` as HTML text content: `&`, `<` and `>` become references, and so
/// does a carriage return (which the HTML parser would otherwise fold into a line feed).
pub fn text_into(out: &mut String, text: &str) {
    escape_into(out, text, false);
}

/// Appends `value` to `out` escaped for a double-quoted attribute value: as for text, plus
/// both quote characters.
pub fn attr_into(out: &mut String, value: &str) {
    escape_into(out, value, true);
}

/// `text` escaped as HTML text content.
pub fn text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    text_into(&mut out, text);
    out
}

/// `value` escaped for a double-quoted attribute value.
pub fn attr(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    attr_into(&mut out, value);
    out
}

fn escape_into(out: &mut String, text: &str, quotes: bool) {
    let mut from = 0;
    for (i, c) in text.char_indices() {
        let reference = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '\r' => "&#13;",
            // NUL is not allowed in HTML text; the parser would drop or replace it anyway.
            '\0' => "\u{FFFD}",
            '"' if quotes => "&quot;",
            '\'' if quotes => "&#39;",
            _ => continue,
        };
        out.push_str(&text[from..i]);
        out.push_str(reference);
        from = i + c.len_utf8();
    }
    out.push_str(&text[from..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_markup_but_keeps_quotes() {
        assert_eq!(text(r#"<b>Tom & "Jerry"</b>"#), r#"&lt;b&gt;Tom &amp; "Jerry"&lt;/b&gt;"#);
    }

    #[test]
    fn attributes_escape_both_quote_characters() {
        assert_eq!(attr(r#"a "b" 'c' <d> & e"#), "a &quot;b&quot; &#39;c&#39; &lt;d&gt; &amp; e");
    }

    #[test]
    fn carriage_returns_survive_parsing() {
        assert_eq!(text("a\r\nb"), "a&#13;\nb");
    }

    #[test]
    fn non_ascii_passes_through() {
        assert_eq!(text("Île de Ré — 🚴\u{200d}♀️ “ok” <"), "Île de Ré — 🚴\u{200d}♀️ “ok” &lt;");
    }
}
