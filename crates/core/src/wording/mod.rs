//! Vietnamese administrative wording, in one place: dates and times,
//! numbers, people with position and unit, meeting nouns by kind, vote lines
//! and who is told to act. The documents, validation, the CLI and the UI (through
//! values the core returns) all word things through this module, following
//! the office rules in docs/documents.md ("Wording").

mod assign;
mod dates;
mod meeting;
mod names;
mod numbers;
mod proceedings;
mod votes;

pub use assign::{Actor, assignment, body_first, join_and};
pub use dates::{clock, long_date, place_date_line, short_date};
pub use meeting::MeetingWords;
pub use names::{body_from_capitals, describe, lower_first, run_on, upper_first, upper_vietnamese};
pub use numbers::{count, number_line, percent};
pub use proceedings::{attached, departure, online_opening, presented, site_line};
pub use votes::{ballot_count, candidate_result, reserved_opinion, vote_method, vote_result};
