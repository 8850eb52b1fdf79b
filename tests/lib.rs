//! Integration tests of the summitry library.

mod golden;
mod hostile;
mod props;
mod schema;
mod util;
