//! Integration tests of the summitry library.

mod golden;
mod hostile;
mod nlp_golden;
mod schema;
mod util;
