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
/// Pure ASCII text needs no table: offsets are the same in bytes and in code points.
/// Otherwise the index keeps, for every block of [`CharIndex::BLOCK`] bytes, the code-point
/// count before the block and one bit per byte that continues a char, so any offset is
/// converted in constant time, in whatever order offsets are asked for. The table costs
/// 16 bytes per 64 bytes of text.
#[derive(Clone, Debug)]
pub struct CharIndex {
    /// One entry per block, and one more when the text ends on a block boundary; empty
    /// when the text is ASCII.
    blocks: Vec<Block>,
    len: usize,
}

/// What [`CharIndex`] knows of one block of the text.
#[derive(Clone, Copy, Debug, Default)]
struct Block {
    /// Code points that start before the block.
    chars_before: usize,
    /// Bit `k` is set when byte `k` of the block continues a char (`0b10xx_xxxx`).
    continuations: u64,
}

impl CharIndex {
    /// Bytes per block of the lookup table: one bit each in a `u64`.
    pub const BLOCK: usize = 64;

    /// Builds the index for `text`.
    pub fn new(text: &str) -> CharIndex {
        let bytes = text.as_bytes();
        if bytes.is_ascii() {
            return CharIndex { blocks: Vec::new(), len: bytes.len() };
        }
        let mut blocks = Vec::with_capacity(bytes.len() / Self::BLOCK + 1);
        let mut chars_before = 0;
        for chunk in bytes.chunks(Self::BLOCK) {
            let continuations = continuation_bits(chunk);
            blocks.push(Block { chars_before, continuations });
            chars_before += chunk.len() - continuations.count_ones() as usize;
        }
        if bytes.len() % Self::BLOCK == 0 {
            // The end of the text starts a block of its own.
            blocks.push(Block { chars_before, continuations: 0 });
        }
        CharIndex { blocks, len: bytes.len() }
    }

    /// The code-point offset of byte offset `byte` (which must be a char boundary of
    /// `text`, the text the index was built for).
    pub fn char_offset(&self, text: &str, byte: usize) -> usize {
        debug_assert!(byte <= self.len && text.is_char_boundary(byte));
        if self.blocks.is_empty() {
            return byte;
        }
        let block = self.blocks[byte / Self::BLOCK];
        let within = byte % Self::BLOCK;
        let continued = block.continuations & ((1u64 << within) - 1);
        block.chars_before + within - continued.count_ones() as usize
    }

    /// Both ends of `span` as code-point offsets.
    pub fn chars(&self, text: &str, span: Span) -> (usize, usize) {
        (self.char_offset(text, span.start), self.char_offset(text, span.end))
    }
}

/// One bit per byte of `chunk` (at most 64 bytes), set for the bytes that continue a char.
/// Eight bytes at a time: a continuation byte has its top bit set and the next bit clear.
fn continuation_bits(chunk: &[u8]) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut bits = 0u64;
    let mut words = chunk.chunks_exact(8);
    for (k, word) in (&mut words).enumerate() {
        let w = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
        if w & HIGH == 0 {
            continue;
        }
        // Each continuation byte's flag moved down to bit 0 of its byte, then gathered into
        // the top byte: the flag of byte `i` lands on bit `56 + i`, and no two partial
        // products meet on one bit, so nothing carries.
        let flags = (w & !(w << 1) & HIGH) >> 7;
        let gathered = flags.wrapping_mul(0x0102_0408_1020_4080) >> 56;
        bits |= gathered << (8 * k);
    }
    let tail_start = chunk.len() - words.remainder().len();
    for (k, &b) in words.remainder().iter().enumerate() {
        if b & 0xC0 == 0x80 {
            bits |= 1 << (tail_start + k);
        }
    }
    bits
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
    fn every_boundary_converts_to_its_char_count() {
        let texts = [
            String::new(),
            "abc".to_string(),
            "é".to_string(),
            "日本語のテキスト".to_string(),
            "🇨🇳 China’s “Huawei” — ok…".to_string(),
            "aé日🇨🇳bcdefghijklmnop".to_string(),
            // Chars straddling block boundaries, and texts ending on one.
            "x".repeat(63) + "é" + &"y".repeat(62) + "😀",
            "é".repeat(32),
            "a".repeat(64) + "€",
            "€".repeat(100) + &"a".repeat(29),
        ];
        for text in &texts {
            let idx = CharIndex::new(text);
            // Backwards too: conversion does not depend on the order of the offsets.
            for end in (0..=text.len()).rev().filter(|&e| text.is_char_boundary(e)) {
                assert_eq!(idx.char_offset(text, end), text[..end].chars().count(), "{text:?}[..{end}]");
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
