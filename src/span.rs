//! Byte spans into a document's text, and their conversion to Unicode code-point offsets.
//!
//! Inside quarry every position is a byte offset into `Document::text`, so slicing is
//! `&text[span.start..span.end]`, as Rust slices strings. The JSON output gives code-point
//! offsets instead, so that Python's `text[start:end]` returns the same text; [`CharIndex`]
//! does that conversion once per document without rescanning the text for every offset.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's text.
///
/// Invariant: `start <= end`. Both ends lie on `char` boundaries of the text they index.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// The first byte of the range (inclusive).
    pub start: usize,
    /// One past the last byte of the range (exclusive).
    pub end: usize,
}

impl Span {
    /// Creates a span; panics if `start > end`, which is always a bug in the caller.
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "span start {start} > end {end}");
        Span { start, end }
    }

    /// The number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Converts byte offsets of one text into code-point offsets.
///
/// Pure ASCII text needs no table. Otherwise the index keeps the code-point count at the
/// start of every block of [`CharIndex::BLOCK`] bytes and counts within the block, so a
/// lookup is O(BLOCK) and the table costs 4 bytes per block.
#[derive(Clone, Debug)]
pub struct CharIndex {
    /// Code points before each block; empty when the text is ASCII.
    blocks: Vec<u32>,
    len: usize,
    /// The last conversion, `(byte, char)`: offsets asked for in increasing order (as
    /// output does) are counted from there, so a whole document costs one pass.
    last: std::cell::Cell<(usize, usize)>,
}

impl CharIndex {
    /// Bytes per block of the lookup table.
    pub const BLOCK: usize = 256;

    /// Builds the index for `text`.
    pub fn new(text: &str) -> CharIndex {
        let bytes = text.as_bytes();
        if bytes.is_ascii() {
            return CharIndex { blocks: Vec::new(), len: bytes.len(), last: Default::default() };
        }
        let mut blocks = Vec::with_capacity(bytes.len() / Self::BLOCK + 1);
        let mut chars = 0u32;
        for chunk in bytes.chunks(Self::BLOCK) {
            blocks.push(chars);
            chars += count_chars(chunk) as u32;
        }
        CharIndex { blocks, len: bytes.len(), last: Default::default() }
    }

    /// The code-point offset of byte offset `byte` (which must be a char boundary).
    pub fn char_offset(&self, text: &str, byte: usize) -> usize {
        debug_assert!(byte <= self.len && text.is_char_boundary(byte));
        if self.blocks.is_empty() {
            return byte;
        }
        let (last_byte, last_char) = self.last.get();
        // Count from the previous offset or from the block start, whichever is nearer.
        if byte >= last_byte && byte - last_byte <= byte % Self::BLOCK {
            let chars = last_char + count_chars(&text.as_bytes()[last_byte..byte]);
            self.last.set((byte, chars));
            return chars;
        }
        let chars = self.via_blocks(text, byte);
        self.last.set((byte, chars));
        chars
    }

    fn via_blocks(&self, text: &str, byte: usize) -> usize {
        let block = byte / Self::BLOCK;
        if block >= self.blocks.len() {
            // `byte == len` on a block boundary: everything before it.
            let last = self.blocks.len() - 1;
            return self.blocks[last] as usize + count_chars(&text.as_bytes()[last * Self::BLOCK..byte]);
        }
        let from = block * Self::BLOCK;
        self.blocks[block] as usize + count_chars(&text.as_bytes()[from..byte])
    }

    /// Both ends of `span` as code-point offsets.
    pub fn chars(&self, text: &str, span: Span) -> (usize, usize) {
        (self.char_offset(text, span.start), self.char_offset(text, span.end))
    }
}

/// Counts the code points in a UTF-8 byte slice: every byte that does not continue a char
/// (`0b10xx_xxxx`). Eight bytes at a time: a continuation byte has its top bit set and the
/// next bit clear.
fn count_chars(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut continuations = 0;
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        continuations += (w & !(w << 1) & HIGH).count_ones() as usize;
    }
    let tail = chunks.remainder();
    continuations += tail.iter().filter(|&&b| b & 0xC0 == 0x80).count();
    bytes.len() - continuations
}

/// Converts code-point offsets of `text` into byte offsets; the inverse of [`CharIndex`],
/// used when reading gold data. Offsets past the end map to `text.len()`.
pub fn char_to_byte_offsets(text: &str, offsets: &[usize]) -> Vec<usize> {
    let mut sorted: Vec<(usize, usize)> = offsets.iter().copied().enumerate().map(|(i, c)| (c, i)).collect();
    sorted.sort_unstable();
    let mut out = vec![text.len(); offsets.len()];
    let mut it = sorted.into_iter().peekable();
    for (ci, (bi, _)) in text.char_indices().enumerate() {
        while let Some(&(c, i)) = it.peek() {
            if c > ci {
                break;
            }
            out[i] = bi;
            it.next();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_offsets_are_identity() {
        let text = "Hello world";
        let idx = CharIndex::new(text);
        assert_eq!(idx.chars(text, Span::new(6, 11)), (6, 11));
    }

    #[test]
    fn multibyte_offsets_count_code_points() {
        let text = "🇨🇳 China’s Huawei";
        let idx = CharIndex::new(text);
        let start = text.find("Huawei").unwrap();
        let (s, e) = idx.chars(text, Span::new(start, start + 6));
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[s..e].iter().collect::<String>(), "Huawei");
    }

    #[test]
    fn offsets_across_many_blocks() {
        let text = "é".repeat(1000) + "end";
        let idx = CharIndex::new(&text);
        assert_eq!(idx.char_offset(&text, 2000), 1000);
        assert_eq!(idx.char_offset(&text, text.len()), 1003);
        assert_eq!(idx.char_offset(&text, 512), 256);
    }

    #[test]
    fn counting_matches_chars() {
        for text in ["", "abc", "é", "日本語のテキスト", "🇨🇳 China’s “Huawei” — ok…", "aé日🇨🇳bcdefghijklmnop"]
        {
            for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                assert_eq!(count_chars(&text.as_bytes()[..end]), text[..end].chars().count(), "{text:?}[..{end}]");
            }
        }
    }

    #[test]
    fn char_to_byte_inverts_char_index() {
        let text = "a’b“c”d";
        let bytes = char_to_byte_offsets(text, &[0, 2, 4, 7, 99]);
        assert_eq!(bytes, vec![0, 4, 8, 13, 13]);
        let idx = CharIndex::new(text);
        for (c, b) in [0, 2, 4, 7].iter().zip(&bytes) {
            assert_eq!(idx.char_offset(text, *b), *c);
        }
    }
}
