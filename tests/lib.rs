//! Integration tests of the summitry library.

mod golden;
mod hostile;
mod html_golden;
mod meeting_shapes;
mod nlp_golden;
mod props;
mod schema;
mod util;
