//! Integration tests of the summitry library.

mod golden;
mod hostile;
mod schema;
mod util;
