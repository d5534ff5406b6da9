//! input (being written).
