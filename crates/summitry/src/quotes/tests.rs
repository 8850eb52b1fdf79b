//! Unit tests of the quote stage.

use super::*;

fn quotes(t: &str) -> Vec<Quote> {
    let sents = crate::sentences::split(t);
    let people = crate::people::run(t, &sents);
    run(t, &sents, &people, false)
}

fn speaker(q: &Quote) -> Option<&str> {
    q.speaker.as_ref().and_then(|s| s.name.as_deref())
}

#[test]
fn direct_with_speaker_after_and_addressee() {
    let t = "Japanese Prime Minister Fumio Kishida met Xi. “It was a good start,” Kishida told reporters after talks.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, QuoteKind::Direct);
    assert_eq!(speaker(&q[0]), Some("Fumio Kishida"));
    assert_eq!(q[0].addressee.as_deref(), Some("reporters"));
    assert_eq!(q[0].cue.as_deref(), Some("told"));
}

#[test]
fn partial_with_speaker_before() {
    let t = "Chinese President Xi Jinping spoke. Xi said the “Asia-Pacific is no one’s backyard.”";
    let q = quotes(t);
    assert_eq!(q[0].kind, QuoteKind::Partial);
    assert_eq!(speaker(&q[0]), Some("Xi Jinping"));
}

#[test]
fn inverted_order_and_continuation() {
    let t = "“We will win,” said Maria Lopez. “And we will govern.”\n\n“Third paragraph.”";
    let q = quotes(t);
    assert_eq!(q.len(), 3);
    assert!(q.iter().all(|q| speaker(q) == Some("Maria Lopez")));
    assert_eq!(q[0].cue.as_deref(), Some("said"));
}

#[test]
fn nested_quote_closed_by_a_straight_apostrophe_keeps_the_speaker_after() {
    let t = "“I had my hands up, sort of, ‘Don’t hit me, please,'” Maria Lopez said Sunday.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(speaker(&q[0]), Some("Maria Lopez"));
    assert_eq!(q[0].kind, QuoteKind::Direct);
}

#[test]
fn a_statement_without_the_comma_before_its_attribution_is_attributed() {
    let q = quotes("“The caucus is a battle of niches” Steve Grubbs said. “It is.”");
    assert_eq!(speaker(&q[0]), Some("Steve Grubbs"));
    let q = quotes("“We stand by our record\" said Nick Merrill, a spokesman.");
    assert_eq!(speaker(&q[0]), Some("Nick Merrill"));
    // mid-sentence, a quote with no comma is a phrase, not a statement
    let q = quotes("Lopez called it “a disgrace” Smith said later on the radio.");
    assert_eq!(speaker(&q[0]), Some("Lopez"));
    assert_eq!(q[0].kind, QuoteKind::Partial);
}

#[test]
fn a_pronoun_after_a_quote_skips_the_people_named_inside_it() {
    let t = "Although it was far from the last word to be said about the long affair of Senator Maria Lopez and her staff, Attorney General Anna Berg took the last step Wednesday.\n\n“I met with Senator Maria Lopez and agents who conducted the investigation,” she said in a statement.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(speaker(&q[0]), Some("Anna Berg"));
}

#[test]
fn pronoun_resolves_to_last_person() {
    let t = "Foreign Minister Wang Yi arrived. “We are ready,” he said.";
    let q = quotes(t);
    let s = q[0].speaker.as_ref();
    assert_eq!(s.map(|s| s.mention.as_str()), Some("he"));
    assert_eq!(speaker(&q[0]), Some("Wang Yi"));
}

#[test]
fn a_pronoun_skips_people_of_the_other_gender() {
    let t =
        "Senator Maria Lopez met Governor John Smith on Monday. “We agreed on a lot,” she said.";
    assert_eq!(speaker(&quotes(t)[0]), Some("Maria Lopez"));
    let t = "Senator Maria Lopez met Governor John Smith on Monday. “We agreed on a lot,” he said.";
    assert_eq!(speaker(&quotes(t)[0]), Some("John Smith"));
    // a gendered word before the name tells what the given name does not
    let t = "Governor Lee Tan met the actress Zara Okonkwo. “It went well,” he said.";
    assert_eq!(speaker(&quotes(t)[0]), Some("Lee Tan"));
}

#[test]
fn an_infinitive_cue_is_said_by_the_subject_of_the_main_clause() {
    let t = "Senator Maria Lopez joked that Brooklyn was her answer, but went on to say, “There are places that are dangerous.”";
    assert_eq!(speaker(&quotes(t)[0]), Some("Maria Lopez"));
    // a capitalised word ending in "-ly" is no split-infinitive adverb
    let t = "“We will win,” the ambassador to Italy said.";
    assert_eq!(
        quotes(t)[0].speaker.as_ref().map(|s| s.mention.as_str()),
        Some("the ambassador to Italy")
    );
}

#[test]
fn a_relative_pronoun_speaker_is_the_person_before_it() {
    let t = "“We will win,” said Senator Maria Lopez, who attended the rally. “They know it.”";
    let q = quotes(t);
    assert_eq!(speaker(&q[0]), Some("Maria Lopez"));
    // the relative clause is part of the source phrase
    assert_eq!(
        q[0].speaker.as_ref().map(|s| s.mention.as_str()),
        Some("Senator Maria Lopez, who attended the rally")
    );
    let t = "Senator Maria Lopez, who has in the past called it “a disgrace to the state,” spoke.";
    let q = quotes(t);
    assert_eq!(speaker(&q[0]), Some("Maria Lopez"));
    assert_eq!(
        q[0].speaker.as_ref().map(|s| s.mention.as_str()),
        Some("who")
    );
}

#[test]
fn a_name_before_a_colon_speaks_the_quote_after_it() {
    let t = "The polls ended too early. More from Maria Lopez and Anna Berg: “The data showed a shift.”";
    let q = quotes(t);
    assert_eq!(
        q[0].speaker.as_ref().map(|s| s.mention.as_str()),
        Some("Maria Lopez and Anna Berg")
    );
    // a headline in capitals names nobody
    let t = "UN REPORT: “The data showed a shift in the voters' mood,” it said.";
    let q = quotes(t);
    assert_eq!(
        q[0].speaker.as_ref().map(|s| s.mention.as_str()),
        Some("it")
    );
    assert_eq!(speaker(&q[0]), None);
}

#[test]
fn attributions_after_a_state_abbreviation_or_with_read() {
    let t = "“It is not the time,” Senate Majority Leader Maria Lopez, R-Ky., said.";
    assert_eq!(speaker(&quotes(t)[0]), Some("Maria Lopez"));
    let t = "“And with every vote, we grow stronger,” read the email.";
    assert_eq!(speaker(&quotes(t)[0]), Some("the email"));
    let t = "“We will win,” said Maria Lopez, Facebook’s vice president of policy. She left.";
    assert_eq!(
        quotes(t)[0].speaker.as_ref().map(|s| s.mention.as_str()),
        Some("Maria Lopez, Facebook’s vice president of policy")
    );
}

#[test]
fn unnamed_source_kept_as_written() {
    let t = "“A summit would bode well,” an international affairs analyst from the mainland said, speaking on condition of anonymity.";
    let q = quotes(t);
    assert_eq!(
        speaker(&q[0]),
        Some("an international affairs analyst from the mainland")
    );
}

fn indirect(t: &str) -> Vec<Quote> {
    let sents = crate::sentences::split(t);
    let people = crate::people::run(t, &sents);
    let toks = tokenize(t);
    let ctx = Ctx::new(t, &toks, &people);
    let resolve_plain = |ctx: &Ctx, span: (usize, usize), start: usize| {
        resolve(ctx, span, (start, span.0), None, None)
    };
    indirect::find(&ctx, &sents, &[], &resolve_plain)
}

#[test]
fn indirect_speech_from_a_verb_of_saying() {
    let t = "Japanese Prime Minister Fumio Kishida met Xi. Kishida, for his part, said both sides had a responsibility to uphold peace.";
    let q = indirect(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, QuoteKind::Indirect);
    assert_eq!(q[0].text, "both sides had a responsibility to uphold peace");
    assert_eq!(speaker(&q[0]), Some("Fumio Kishida"));
}

#[test]
fn indirect_needs_a_clause_not_a_noun_phrase() {
    assert!(
        indirect("Yang stressed the importance of stable relations between the two.").is_empty()
    );
    let t = "Xi Jinping told Fumio Kishida, the Prime Minister of Japan, that the two economies should reaffirm ties.";
    let q = indirect(t);
    assert_eq!(q[0].addressee.as_deref(), Some("Fumio Kishida"));
    assert_eq!(q[0].text, "the two economies should reaffirm ties");
}

#[test]
fn programme_names_after_a_possessive_are_not_quotes() {
    let t = "“We will win,” Perez said Sunday on NBC’s “Meet the Press.” He left.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "We will win,");
    assert!(quotes("The post was dated “2016-06-29” by its author.").is_empty());
}

#[test]
fn speaker_phrase_running_into_its_verb_phrase_is_cut_to_the_subject() {
    let t = "Senator Maria Lopez spoke. She went on to say, “We will win.”";
    let q = quotes(t);
    let s = q[0].speaker.as_ref();
    assert_eq!(s.map(|s| s.mention.as_str()), Some("She"));
    assert_eq!(speaker(&q[0]), Some("Maria Lopez"));
}

#[test]
fn a_paragraph_ending_in_a_colon_attributes_the_quote_below_it() {
    let t =
        "Senator Maria Lopez spoke at length. Lopez told reporters:\n\n“We will win this fight.”";
    let q = quotes(t);
    assert_eq!(speaker(&q[0]), Some("Maria Lopez"));
    assert_eq!(q[0].cue.as_deref(), Some("told"));
}

#[test]
fn a_sentence_ending_on_its_verb_of_saying_attributes_the_next_quote() {
    let t = "Maria Lopez, the party spokeswoman, said in a statement. “There are no ballots to recount.”";
    let q = quotes(t);
    assert_eq!(speaker(&q[0]), Some("Maria Lopez"));
    let t = "Maria Lopez said that it rained. “There are no ballots to recount.”";
    assert!(quotes(t).first().is_none_or(|q| q.cue.is_none()));
}

#[test]
fn scare_quotes_and_titles_are_dropped() {
    let t = "He appeared on “Morning Joe” to defend the so-called “strategic relationship” idea.";
    assert!(quotes(t).is_empty());
}

#[test]
fn quote_over_several_paragraphs_keeps_its_speaker() {
    let t = "“We will build the road,” the minister said. “It will take years.\n\n“But it will be done.”";
    let q = quotes(t);
    assert_eq!(q.len(), 3);
    assert!(q
        .iter()
        .all(|q| q.speaker.as_ref().and_then(|s| s.name.as_deref()) == Some("the minister")));
}

#[test]
fn headline_quotes_are_not_story_quotes() {
    let t =
        "Quad Ministers Oppose “Unilateral Attempts to Change Status Quo”\n\n“We agree,” she said.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "We agree,");
}

#[test]
fn according_to() {
    let t = "The two agreed to “maintain communication”, according to China’s foreign ministry.";
    let q = quotes(t);
    assert_eq!(q[0].kind, QuoteKind::Partial);
    assert_eq!(speaker(&q[0]), Some("China’s foreign ministry"));
    assert_eq!(q[0].cue.as_deref(), Some("according to"));
}

#[test]
fn an_uncued_quote_mid_sentence_carries_on_the_voice_before_it() {
    let t = "“We will win,” said Senator Maria Lopez. That makes her plan “the only honest one on the table.”";
    let q = quotes(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(speaker(&q[1]), Some("Maria Lopez"));
    // a sentence whose own subject is a person keeps that person
    let t = "“We will win,” said Senator Maria Lopez. Governor Tom Reed called the plan “the only honest one on the table.”";
    let q = quotes(t);
    assert_eq!(q.last().and_then(speaker), Some("Tom Reed"));
}
