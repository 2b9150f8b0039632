//! An acknowledged edit survives SIGKILL: a child process applies a stream
//! of edits through the store and acknowledges each after its commit; the
//! test kills it at a random point, reopens the database, checks its
//! integrity and finds every acknowledged edit.

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use bienban_core::cli::{crash_person_name, crash_speech_text};
use bienban_core::store::Store;

const ITERATIONS: u32 = 8;

/// A small xorshift generator seeded from the clock: each run kills at
/// different points, and the seed is printed so a failure can be replayed.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn acknowledged_edits_survive_sigkill() {
    let mut seed = std::env::var("CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1) | 1
    });
    eprintln!("CRASH_SEED={seed}");
    for iteration in 0..ITERATIONS {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("bienban.sqlite3");
        let kill_after = 5 + next(&mut seed) % 150;
        let mut child = Command::new(env!("CARGO_BIN_EXE_bienban"))
            .arg("--db")
            .arg(&db)
            .args(["crash-test-worker", "--edits", "100000"])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let meeting_line = lines.next().unwrap().unwrap();
        let meeting_id: i64 = meeting_line.strip_prefix("meeting ").unwrap().parse().unwrap();
        let mut last_ack = None;
        for _ in 0..kill_after {
            let line = lines.next().unwrap().unwrap();
            last_ack = Some(line.strip_prefix("ack ").unwrap().parse::<u32>().unwrap());
        }
        // SIGKILL on Unix: no destructor, no flush, no checkpoint runs.
        child.kill().unwrap();
        child.wait().unwrap();
        let last_ack = last_ack.unwrap();

        let store = Store::open(&db).unwrap();
        assert_eq!(store.integrity_check().unwrap(), "ok", "iteration {iteration}");
        let names: HashSet<String> = store.people().unwrap().into_iter().map(|p| p.full_name).collect();
        let speeches: HashSet<String> =
            store.meeting(meeting_id).unwrap().speeches.into_iter().map(|s| s.text).collect();
        for i in 0..=last_ack {
            if i % 2 == 0 {
                assert!(names.contains(&crash_person_name(i)), "iteration {iteration}: lost edit {i} of {last_ack}");
            } else {
                assert!(speeches.contains(&crash_speech_text(i)), "iteration {iteration}: lost edit {i} of {last_ack}");
            }
        }
        eprintln!("iteration {iteration}: killed after {} acknowledged edits, none lost", last_ack + 1);
    }
}
