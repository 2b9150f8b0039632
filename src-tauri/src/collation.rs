//! Vietnamese order of the people directory: by given name (the last word of
//! the full name), then by the whole name, compared with the `vi` collation
//! so that "Anh < Ánh < Ăn < Ân" and "D < Đ".

use std::cmp::Ordering;

use bienban_core::model::Person;
use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::locale;

pub struct PeopleOrder {
    /// `None` only if the compiled-in collation data lacks `vi`, which would
    /// be a build fault; the list is then shown in code-point order.
    collator: Option<CollatorBorrowed<'static>>,
}

impl PeopleOrder {
    pub fn new() -> Self {
        PeopleOrder { collator: Collator::try_new(locale!("vi").into(), CollatorOptions::default()).ok() }
    }

    pub fn compare(&self, a: &Person, b: &Person) -> Ordering {
        self.text(given_name(&a.full_name), given_name(&b.full_name))
            .then_with(|| self.text(&a.full_name, &b.full_name))
            .then_with(|| self.text(&a.position, &b.position))
            .then_with(|| a.id.cmp(&b.id))
    }

    pub fn sort(&self, people: &mut [Person]) {
        people.sort_by(|a, b| self.compare(a, b));
    }

    fn text(&self, a: &str, b: &str) -> Ordering {
        match &self.collator {
            Some(collator) => collator.compare(a, b),
            None => a.cmp(b),
        }
    }
}

impl Default for PeopleOrder {
    fn default() -> Self {
        Self::new()
    }
}

/// Tên: Vietnamese lists are ordered by the given name, which comes last.
fn given_name(full_name: &str) -> &str {
    full_name.split_whitespace().next_back().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use bienban_core::model::MemberKind;

    fn person(id: i64, name: &str) -> Person {
        Person {
            id,
            full_name: name.to_string(),
            position: String::new(),
            unit: String::new(),
            member_kind: MemberKind::Official,
        }
    }

    fn names(mut people: Vec<Person>) -> Vec<String> {
        PeopleOrder::new().sort(&mut people);
        people.into_iter().map(|p| p.full_name).collect()
    }

    #[test]
    fn given_names_order_the_list_with_vietnamese_letters() {
        let sorted = names(vec![
            person(1, "Trần Văn Đức"),
            person(2, "Nguyễn Thị Ánh"),
            person(3, "Lê Văn Dũng"),
            person(4, "Phạm Thị Anh"),
            person(5, "Hoàng Ân"),
            person(6, "Vũ Ăn"),
        ]);
        assert_eq!(sorted, ["Phạm Thị Anh", "Nguyễn Thị Ánh", "Vũ Ăn", "Hoàng Ân", "Lê Văn Dũng", "Trần Văn Đức"]);
    }

    #[test]
    fn same_given_name_falls_back_to_the_family_name() {
        let sorted = names(vec![person(1, "Trần Thị Lan"), person(2, "Đặng Thị Lan"), person(3, "Bùi Lan")]);
        assert_eq!(sorted, ["Bùi Lan", "Đặng Thị Lan", "Trần Thị Lan"]);
    }
}
