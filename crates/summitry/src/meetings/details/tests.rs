//! Unit tests of topics and outcomes.

use super::*;
use crate::meetings::tokens::tokenize;

fn f(t: &str) -> (Vec<String>, Vec<String>) {
    let toks = tokenize(t, 0, t.len());
    find(t, &toks, 0, toks.len())
}

#[test]
fn a_scare_quoted_word_stays_in_the_item() {
    let (_, o) = f("Putin said they had reached an “understanding” on Ukraine but gave no details");
    assert_eq!(o, vec!["reached an “understanding” on Ukraine".to_string()]);
}

#[test]
fn on_after_a_name_in_a_talk_clause_is_a_topic() {
    let (t, _) = f("Trump shelved plans for a summit in Budapest with Russia's Vladimir Putin on the Ukraine war because he did not want a wasted meeting");
    assert_eq!(t.first().map(String::as_str), Some("Ukraine war"), "{t:?}");
    assert!(f("Biden held talks with Xi on Tuesday").0.is_empty());
    assert!(f("Biden held talks with Xi on the sidelines of the summit")
        .0
        .is_empty());
    assert!(f("Biden spoke with Xi on the phone").0.is_empty());
    assert!(f("Officials in Washington on the whole agreed")
        .0
        .is_empty());
}

#[test]
fn topics_split_into_items() {
    let (t, _) = f("he raised concerns about stability in the Taiwan Strait as well as about China’s military moves, human rights issues and the detention of Japanese citizens during the talks.");
    assert_eq!(
        t,
        vec![
            "stability in the Taiwan Strait",
            "China’s military moves",
            "human rights issues",
            "detention of Japanese citizens"
        ]
    );
}

#[test]
fn outcomes_after_agreed() {
    let (_, o) = f("The two agreed to swiftly begin operations of an air and maritime hotline and to strengthen communications via a dialogue, according to the ministry.");
    assert_eq!(
        o.first().map(String::as_str),
        Some("swiftly begin operations of an air and maritime hotline")
    );
    assert_eq!(o.len(), 2);
}

#[test]
fn topics_listed_after_including_and_clashed_over() {
    let (t, _) = f("Biden raised numerous concerns during the conversation, including around trade, Taiwan, and North Korea's nuclear capabilities.");
    assert!(t.iter().any(|x| x == "Taiwan"), "{t:?}");
    assert!(t.iter().any(|x| x == "trade"), "{t:?}");
    let (t, _) = f("The two clashed over trade restrictions on technology and on Taiwan.");
    assert_eq!(t, vec!["trade restrictions on technology", "Taiwan"]);
}

#[test]
fn topics_after_such_as_cover_and_to_sign() {
    let (t, _) = f("There would be no change on issues such as trade disputes.");
    assert_eq!(t, vec!["trade disputes"]);
    let (t, _) = f("They failed to sign a critical minerals agreement.");
    assert_eq!(t, vec!["critical minerals agreement"]);
}

#[test]
fn purpose_clauses_and_about_give_topics() {
    let (t, _) = f("Clinton called Sanders to congratulate him on his victory.");
    assert!(t.iter().any(|x| x.starts_with("congratulate him")), "{t:?}");
    let (t, _) =
        f("They clashed in a telephone call Tuesday about US trade restrictions on technology.");
    assert!(
        t.iter().any(|x| x == "US trade restrictions on technology"),
        "{t:?}"
    );
    let (t, _) = f("They spoke for about 45 minutes.");
    assert!(t.is_empty(), "{t:?}");
    let (t, _) = f("Clinton met Rosenfeld in hopes of persuading her to reconsider the move.");
    assert!(t.iter().any(|x| x.starts_with("persuading her")), "{t:?}");
}

#[test]
fn outcomes_keep_their_verb_and_passive_subjects() {
    let (_, o) = f("Kim invited Putin to visit, and Putin accepted the invitation.");
    assert!(o.iter().any(|x| x == "accepted the invitation"), "{o:?}");
    let (_, o) = f("Trump said that “many points were agreed to,” with few left.");
    assert!(o.iter().any(|x| x == "many points"), "{o:?}");
    let (_, o) = f("The meeting failed to resolve snags between the two countries.");
    assert_eq!(o, vec!["failed to resolve snags between the two countries"]);
}

#[test]
fn items_drop_function_words_and_times() {
    let (t, _) = f("They discussed security, migration, and actions against the climate crisis.");
    assert_eq!(
        t,
        vec![
            "security",
            "migration",
            "actions against the climate crisis"
        ]
    );
    let (t, _) = f("The two held talks on Thursday in Beijing.");
    assert!(t.is_empty(), "{t:?}");
}

#[test]
fn items_end_on_content_and_sidelines_are_no_topic() {
    let (t, _) = f("They discussed trade with only a");
    assert_eq!(t, vec!["trade"]);
    let (t, _) = f("They held talks on the sidelines of the forum.");
    assert!(t.is_empty(), "{t:?}");
}

#[test]
fn agenda_sentences_name_topics() {
    let t = "While the Ukraine conflict is anticipated to be the central topic, discussions will also cover trade.";
    let toks = tokenize(t, 0, t.len());
    assert!(agenda(&toks));
    let (topics, _) = find(t, &toks, 0, toks.len());
    assert!(topics.iter().any(|x| x == "Ukraine conflict"), "{topics:?}");
    assert!(topics.iter().any(|x| x == "trade"), "{topics:?}");
}

#[test]
fn a_colon_list_goes_on_past_the_colon_and_semicolons() {
    let (t, _) = f("Blinken used the discussion to make three points to Lavrov: that the US would support Ukraine; that Russia should rejoin the New Start treaty; and that Moscow should release Paul Whelan.");
    assert!(t.iter().any(|x| x.contains("support Ukraine")), "{t:?}");
    assert!(t.iter().any(|x| x.contains("New Start treaty")), "{t:?}");
    assert!(t.iter().any(|x| x.contains("release Paul Whelan")), "{t:?}");
    let (t, _) = f("the two broached the issue at the heart of his agenda: support for Israel.");
    assert!(t.iter().any(|x| x == "support for Israel"), "{t:?}");
    let (t, _) = f("They discussed trade: “We agreed,” he said.");
    assert_eq!(t, vec!["trade"]);
}

#[test]
fn the_infinitive_after_a_pressed_object_is_a_topic() {
    let (t, _) = f("Trump pressured Ukrainian President Volodymyr Zelensky to give up the eastern Donbas region during talks.");
    assert_eq!(t, vec!["give up the eastern Donbas region"]);
    let (t, _) = f("He asked reporters, and officials to the front.");
    assert!(t.is_empty(), "{t:?}");
    let (t, _) = f("Xi pressed Biden to the wall.");
    assert!(t.is_empty(), "{t:?}");
}

#[test]
fn an_announcement_that_is_an_outcome() {
    let (_, o) =
        f("The trip's high point was an announcement that the ban on arms sales would be lifted.");
    assert_eq!(o, vec!["ban on arms sales would be lifted"]);
}

#[test]
fn an_agenda_subject_stands_before_an_aside_and_calls_for_give_topics() {
    let (t, _) = f("Akiba and Wang talked for 3½ hours on Thursday, with preparations for the summit, set for November 15-17, believed to be on the agenda.");
    assert!(
        t.iter().any(|x| x.contains("preparations for the summit")),
        "{t:?}"
    );
    let (t, _) = f("Kishida plans to call for the reversal of the ban and will also insist on the early release of nationals.");
    assert!(
        t.iter().any(|x| x.starts_with("reversal of the ban")),
        "{t:?}"
    );
    assert!(t.iter().any(|x| x.starts_with("early release")), "{t:?}");
}

#[test]
fn about_after_a_talk_word_makes_a_cue_sentence() {
    let t = "He also warned Mr Biden about the consequences of the curbs.";
    let toks = tokenize(t, 0, t.len());
    assert!(has_cue(&toks));
    let t = "He spoke for about an hour.";
    let toks = tokenize(t, 0, t.len());
    assert!(!has_cue(&toks));
}

#[test]
fn vague_items_say_nothing() {
    let (t, _) = f("They broached the issue.");
    assert!(t.is_empty(), "{t:?}");
    let (t, _) = f("He met Xi to make it, for that matter.");
    assert!(t.is_empty(), "{t:?}");
    let (t, _) = f("They discussed the trade issue.");
    assert_eq!(t, vec!["trade issue"]);
}

#[test]
fn a_relative_clause_does_not_end_the_list() {
    let (t, _) = f("They include Chinese military expansion into the South China Sea, which is creating friction with neighbors, and allegations that Chinese interests have hacked into U.S. computers.");
    assert_eq!(t.len(), 2, "{t:?}");
    assert!(t[1].starts_with("allegations that"), "{t:?}");
}

#[test]
fn a_bare_purpose_clause_is_not_a_firm_cue() {
    let t = "Mr. Ryan met Mr. Trump to find common ground.";
    let toks = tokenize(t, 0, t.len());
    assert!(has_cue(&toks));
    assert!(!has_firm_cue(&toks));
    let t = "They discussed the trade issue.";
    let toks = tokenize(t, 0, t.len());
    assert!(has_firm_cue(&toks));
}

#[test]
fn a_clause_or_a_speaker_after_a_comma_is_no_item() {
    let (t, _) = f("“If the United States insists on suppressing China's development, we will not sit idly by,” Xi warned.");
    assert_eq!(t, vec!["suppressing China's development"]);
    let (t, _) = f("Kim is expected to seek economic aid and military technology, though an arms deal would violate sanctions");
    assert_eq!(t, vec!["seek economic aid and military technology"]);
    let (t, _) = f(
        "Biden called Marape to tell him Blinken would travel in his place, the two leaders said.",
    );
    assert_eq!(t, vec!["tell him Blinken would travel in his place"]);
    // A list goes on after its commas.
    let (t, _) = f("They discussed trade, Taiwan, and the war in Ukraine.");
    assert_eq!(t.len(), 3, "{t:?}");
}

#[test]
fn a_phrase_cut_short_drops_its_dangling_word() {
    let (t, _) = f("he told him the United States will take steps to prevent US technologies from being used to undermine our");
    assert_eq!(
        t,
        vec!["prevent US technologies from being used to undermine"]
    );
}

#[test]
fn a_name_and_its_verb_or_an_object_pronoun_is_no_item() {
    let (t, _) =
        f("To secure the release of Abedini and other Americans, Mr. Obama freed seven men.");
    assert_eq!(t, vec!["secure the release of Abedini and other Americans"]);
    let (t, _) = f("He wanted to unify the party, Speaker Ryan has invited Donald Trump.");
    assert_eq!(t, vec!["unify the party"]);
    let (t, _) = f("he had hoped to discuss them with Sunak");
    assert!(t.is_empty(), "{t:?}");
    // "US" is a country, not the pronoun.
    let (t, _) = f("they clashed in a call Tuesday about US trade curbs and on Taiwan");
    assert_eq!(t.first().map(String::as_str), Some("US trade curbs"));
}

#[test]
fn push_for_is_a_topic_cue_only_as_a_verb() {
    let (t, _) = f("The pair promised to push for deeper cooperation.");
    assert_eq!(t, vec!["deeper cooperation"]);
    let (t, _) = f("Obama's push for a nuclear agreement angered him.");
    assert!(t.is_empty(), "{t:?}");
}

#[test]
fn probe_topics_keep_what_the_junk_rules_dropped() {
    let (t, _) = f("They discussed Taiwan, fentanyl and how to regulate it.");
    assert_eq!(t, vec!["Taiwan".to_string(), "fentanyl".to_string()]);
    let (t, _) = f("Biden met Zelensky to discuss Ukraine's invitation to join NATO.");
    assert!(
        t.iter().any(|x| x.contains("invitation to join NATO")),
        "{t:?}"
    );
    let (t, _) = f("They talked about following through on climate commitments.");
    assert!(
        t.iter().any(|x| x.starts_with("following through")),
        "{t:?}"
    );
    let (t, _) = f("Biden wants to extend an invitation to President Assad.");
    assert!(t.iter().all(|x| !x.contains("invitation")), "{t:?}");
}

#[test]
fn trailing_and_function_words_come_from_the_closed_classes() {
    // Own residue and composed classes alike.
    for w in [
        "and", "the", "without", "our", "would", "been", "which", "also", "so", "not",
    ] {
        assert!(trailing(w), "{w}");
    }
    assert!(!trailing("it"), "'extend it' is no phrase cut short");
    assert!(!trailing("trade"));
    for w in ["the", "about", "me", "those", "well", "still"] {
        assert!(function_word(w), "{w}");
    }
    assert!(!function_word("sanctions"));
    let (t, _) = f("They discussed sanctions and the war, but only a");
    assert!(t.iter().all(|x| !x.ends_with(" a")), "{t:?}");
}
