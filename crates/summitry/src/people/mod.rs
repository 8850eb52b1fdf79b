//! Stage 6: the people the body names, with role, country and mentions.
//!
//! No statistical model: a person is a run of capitalised words anchored by
//! a title of office or honorific before it ("Chinese President Xi
//! Jinping"), an apposition after it ("Takeo Akiba, Japan's top national
//! security adviser"), a speech verb ("…," Kishida said) or by repetition
//! of one of its words alone. Later short mentions ("Xi", "President
//! Kishida") resolve to the fullest name.

mod analyze;
mod anaphora;
mod ctx;
mod cues;
mod foreign;
pub(crate) mod gender;
mod group;
mod notnames;
mod pair;
mod runs;
mod titles;
pub(crate) mod tokens;
mod unclaimed;

use std::cell::{OnceCell, RefCell};

use crate::lexicon::{self, FastMap};
use crate::{Person, Span};

use analyze::analyze;
use ctx::{covered_tokens, lowercase_words, Ctx};
use cues::{MAX_ROLE_GAP, WRITTEN_ROLES};
use runs::word;
use runs::{gap, name_runs};
use tokens::{tokenize, Token};

/// A name found in the text, before grouping.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    /// Token indices of the name, inclusive.
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) role: Option<String>,
    pub(super) country: Option<&'static str>,
    /// Anchored by a title, honorific, apposition or speech verb.
    pub(super) anchored: bool,
    /// A bare word that meets another ("Macron and Scholz met"): a person
    /// even without a title.
    pub(super) paired: bool,
}

/// Finds the people named in `text`.
pub(crate) fn run(text: &str, _sentences: &[Span]) -> Vec<Person> {
    let toks = tokenize(text);
    let mut hits: FastMap<usize, usize> = FastMap::default();
    let (places, roles) = lexicon::places_and_roles_at(text, tokens::word_starts(text, &toks));
    for h in &places {
        hits.insert(h.start, h.end);
    }
    for h in &roles {
        let e = hits.entry(h.start).or_insert(h.end);
        *e = (*e).max(h.end);
    }
    let covered = covered_tokens(&toks, &hits);
    let lower = lowercase_words(text, &toks);
    let ctx = Ctx {
        text,
        toks: &toks,
        hits: &hits,
        covered: &covered,
        lower: &lower,
        places: &places,
        roles: &roles,
        prefix: RefCell::new(FastMap::default()),
        anchors: OnceCell::new(),
    };
    let mut cands: Vec<Candidate> = name_runs(text, &toks)
        .into_iter()
        .filter_map(|(a, b)| analyze(&ctx, a, b))
        .collect();
    plural_titles(text, &toks, &mut cands);
    let mut people = group::group(text, &toks, &cands, &places);
    group::role_mentions(text, &roles, &places, &mut people);
    written_roles(text, &roles, &mut people);
    anaphora::description_roles(text, &roles, &places, &mut people);
    foreign::leader_descriptions(text, &places, &mut people);
    unclaimed::unclaimed_leaders(text, &places, &roles, &mut people);
    foreign::visit_hosts(text, &places, &mut people);
    let excluded = foreign::excluded_countries(text, &places, &people);
    group::home_countries(text, &places, &excluded, &mut people);
    people
}

/// A plural title before two names joined by "and" ("Presidents Joe Biden
/// and Xi Jinping") is the title of each.
fn plural_titles(text: &str, toks: &[Token], cands: &mut [Candidate]) {
    let mut carry: Option<(&'static str, usize)> = None;
    for c in cands.iter_mut() {
        if let Some((r, after)) = carry.take() {
            let joined = toks
                .get(after)
                .zip(toks.get(c.first))
                .and_then(|(a, b)| text.get(a.end..b.start))
                == Some(" and ");
            if joined && c.role.is_none() {
                c.role = Some(r.to_string());
                c.anchored = true;
            }
        }
        if c.first == 0 {
            continue;
        }
        let g = gap(text, toks, c.first - 1);
        let w = word(text, toks, c.first - 1);
        let role = match g {
            " " => w
                .strip_suffix('s')
                .filter(|s| s.starts_with(char::is_uppercase) && lexicon::is_title_word(s))
                .and_then(lexicon::canonical_role)
                .or_else(|| titles::plural_title(w)),
            ". " => titles::plural_title(&format!("{w}.")),
            _ => None,
        };
        let Some(r) = role else { continue };
        // a singular title the candidate already took is not a plural's
        let own = c.role.as_deref().filter(|o| *o != r);
        if own.is_some() {
            continue;
        }
        c.role = Some(r.to_string());
        c.anchored = true;
        carry = Some((r, c.last));
    }
}

/// Keeps a title as the text writes it where the canonical form would lose
/// what the writer said: abbreviations ("Sen.", "Ohio Gov.") and the many
/// words for a candidate ("front-runner", "presumptive nominee"). The title
/// is the one standing right before a mention of the person.
fn written_roles(text: &str, roles: &[lexicon::RoleHit], people: &mut [Person]) {
    for p in people.iter_mut() {
        let Some(role) = p.role.as_deref() else {
            continue;
        };
        let written = p.mentions.iter().find_map(|m| {
            let i = roles.partition_point(|r| r.end <= m.start);
            let r = roles.get(i.checked_sub(1)?)?;
            let between = text.get(r.end..m.start)?;
            let close = between.len() <= MAX_ROLE_GAP
                && !between.contains(['.', ',', ';', ':', '\n', '(', '“', '"']);
            let surface = text.get(r.start..r.end)?;
            (close && r.role == role).then_some(surface)
        });
        if let Some(w) = written {
            if w.ends_with('.') || WRITTEN_ROLES.contains(&role) {
                p.role = Some(w.to_string());
            }
        }
    }
}

/// The names [`run`] finds in `t`, in order: the stage's tests share it.
#[cfg(test)]
pub(super) fn found_names(t: &str) -> Vec<String> {
    run(t, &[]).into_iter().map(|p| p.name).collect()
}

/// Each person [`run`] finds in `t` as (name, role, country), in order.
#[cfg(test)]
pub(super) fn found_people(t: &str) -> Vec<(String, Option<String>, Option<String>)> {
    run(t, &[])
        .into_iter()
        .map(|p| (p.name, p.role, p.country))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::found_people as names;
    use super::*;

    #[test]
    fn a_title_after_a_comma_before_a_name_is_not_an_apposition() {
        let t = "With Merrick Garland, President Obama made the choice. Garland said so.";
        let p = names(t);
        let g = p.iter().find(|x| x.0 == "Merrick Garland");
        assert_eq!(g.map(|x| x.1.clone()), Some(None));
    }

    #[test]
    fn a_family_first_surname_after_a_title_opens_a_name() {
        let p = names("He met South Korea President Park Geun Hye on Monday. Park smiled.");
        assert_eq!(
            p.first(),
            Some(&(
                "Park Geun Hye".to_string(),
                Some("President".to_string()),
                Some("South Korea".to_string())
            ))
        );
        // untitled, the same word is a place's
        assert!(names("They met in Central Park Plaza on Monday.").is_empty());
    }

    const HOME: &str = "Australian Prime Minister Anthony Albanese spoke in Sydney. \
        Australia is ready. Australia wants trade. Australia and Japan will talk. ";

    fn country_of(t: &str, name: &str) -> Option<String> {
        names(t).into_iter().find(|x| x.0 == name).and_then(|x| x.2)
    }

    #[test]
    fn a_second_leader_takes_the_other_country_named_beside_them() {
        let t =
            format!("{HOME}Albanese will meet Prime Minister Fumio Kishida in Japan. Japan hosts.");
        assert_eq!(country_of(&t, "Fumio Kishida").as_deref(), Some("Japan"));
        // a past holder, or a sentence naming two other countries: no country
        let t = format!(
            "{HOME}Albanese met former Prime Minister Fumio Kishida in Japan. Japan hosts."
        );
        assert_eq!(country_of(&t, "Fumio Kishida"), None);
        let t = format!(
            "{HOME}Albanese will meet Prime Minister Fumio Kishida in Japan or India. Japan hosts."
        );
        assert_eq!(country_of(&t, "Fumio Kishida"), None);
    }

    #[test]
    fn a_name_after_counterpart_is_a_person() {
        let p = names("Macron had dinner with his counterpart Xi Jinping.");
        assert!(p.iter().any(|x| x.0 == "Xi Jinping"));
    }

    #[test]
    fn titled_names_with_country() {
        let t = "Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida. Xi spoke.";
        let p = run(t, &[]);
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].name, "Xi Jinping");
        assert_eq!(p[0].role.as_deref(), Some("President"));
        assert_eq!(p[0].country.as_deref(), Some("China"));
        assert_eq!(p[0].mentions.len(), 2);
        assert_eq!(p[1].name, "Fumio Kishida");
        assert_eq!(p[1].country.as_deref(), Some("Japan"));
    }

    #[test]
    fn apposition_gives_role_and_country() {
        let t = "Takeo Akiba, Japan's top national security adviser, met Yang. Akiba left.";
        assert_eq!(
            names(t),
            vec![(
                "Takeo Akiba".to_string(),
                Some("national security adviser".to_string()),
                Some("Japan".to_string())
            )]
        );
    }

    #[test]
    fn east_asian_short_form() {
        let t = "South Korean President Yoon Suk Yeol arrived. Later, Yoon said little.";
        let p = run(t, &[]);
        assert_eq!(p[0].name, "Yoon Suk Yeol");
        assert_eq!(p[0].mentions.last().map(|m| m.text.as_str()), Some("Yoon"));
    }

    #[test]
    fn organisations_are_not_people() {
        let t = "The Asia Pacific Economic Cooperation Forum met in San Francisco. The National Security Secretariat said so.";
        assert!(run(t, &[]).is_empty());
    }

    #[test]
    fn role_mentions_resolve_to_the_office_holder() {
        let t = "Japanese Prime Minister Fumio Kishida spoke. He became the first Japanese premier to attend. China’s top diplomat Yang Jiechi met Japan’s Prime Minister.";
        let p = run(t, &[]);
        let k = p.iter().find(|p| p.name == "Fumio Kishida").map(|p| {
            p.mentions
                .iter()
                .map(|m| m.text.as_str())
                .collect::<Vec<_>>()
        });
        assert_eq!(
            k,
            Some(vec![
                "Fumio Kishida",
                "the first Japanese premier",
                "Japan’s Prime Minister"
            ])
        );
    }

    #[test]
    fn common_words_glued_to_names_are_not_names() {
        let t = "Rival Hillary Clinton said her rival spoke at Trump Tower on the probe. Trump said a tower stood. Donald Trump left. Clinton spoke.";
        let n: Vec<String> = names(t).into_iter().map(|p| p.0).collect();
        assert_eq!(n, vec!["Hillary Clinton", "Donald Trump"]);
    }

    #[test]
    fn suffix_and_regnal_title() {
        let t =
            "Adm. Harry B. Harris Jr. spoke. Harris left. Pope Francis met him; Francis smiled.";
        let p = run(t, &[]);
        let h = p.iter().find(|p| p.name.starts_with("Harry B. Harris"));
        assert_eq!(h.map(|p| p.mentions.len()), Some(2), "{p:?}");
        assert!(p
            .iter()
            .any(|p| p.name == "Pope Francis" && p.mentions.len() == 2));
    }

    #[test]
    fn us_party_and_state_give_the_country() {
        let t = "Ohio Gov. John Kasich met Republican front-runner Donald Trump in Israel.";
        let p = run(t, &[]);
        assert!(p
            .iter()
            .all(|p| p.country.as_deref() == Some("United States")));
        assert_eq!(p.len(), 2);
    }

    #[test]
    fn arabic_article_variants_are_one_person() {
        let t = "President Bashar Assad spoke. He met President Bashar al-Assad later.";
        let p = run(t, &[]);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].name, "Bashar al-Assad");
        assert_eq!(p[0].mentions.len(), 2);
    }

    #[test]
    fn abbreviated_and_candidate_titles_stay_as_written() {
        let t = "Texas Sen. Ted Cruz met Republican front-runner Donald Trump. Cruz left.";
        let p = names(t);
        assert_eq!(p[0].1.as_deref(), Some("Sen."));
        assert_eq!(p[1].1.as_deref(), Some("front-runner"));
        assert_eq!(p[1].2.as_deref(), Some("United States"));
    }

    #[test]
    fn seat_of_government_and_delegation_give_the_country() {
        let t = "Trump met Russian President Vladimir Putin in Alaska. Putin’s delegation includes Foreign Minister Sergey Lavrov and Kremlin aide Yury Ushakov. The US delegation features Secretary of State Marco Rubio and special envoy Steve Witkoff. Kremlin spokesman Dmitry Peskov said so.";
        let p = names(t);
        let country = |n: &str| p.iter().find(|x| x.0 == n).and_then(|x| x.2.clone());
        assert_eq!(country("Sergey Lavrov").as_deref(), Some("Russia"));
        assert_eq!(country("Yury Ushakov").as_deref(), Some("Russia"));
        assert_eq!(country("Steve Witkoff").as_deref(), Some("United States"));
        assert_eq!(country("Dmitry Peskov").as_deref(), Some("Russia"));
    }

    #[test]
    fn plural_title_and_counterpart() {
        let t = "Presidents Joe Biden and Xi Jinping spoke. Xi hosted his French counterpart Emmanuel Macron. Macron smiled.";
        let p = names(t);
        assert_eq!(p[0].1.as_deref(), Some("President"));
        assert_eq!(p[1].1.as_deref(), Some("President"));
        assert_eq!(p[2].2.as_deref(), Some("France"));
    }

    #[test]
    fn us_domestic_copy_keeps_its_people_american() {
        let t = "Israel rejected it. Israel said no. Republican senators spoke. Jimmy Carter said Israel erred.";
        let p = names(t);
        assert_eq!(p[0].0, "Jimmy Carter");
        assert_eq!(p[0].2.as_deref(), Some("United States"));
        let t = "Israel rejected it. Israel said no. Jimmy Carter said Israel erred.";
        assert_eq!(names(t)[0].2.as_deref(), Some("Israel"));
    }

    #[test]
    fn title_set_off_by_a_comma() {
        let t = "The Turkish President, Recep Tayyip Erdogan, spoke. Australia's Prime Minister met Chinese President, Xi Jinping.";
        let p = names(t);
        assert_eq!(p[0].1.as_deref(), Some("President"));
        assert_eq!(p[0].2.as_deref(), Some("Turkey"));
        assert_eq!(p[1].1.as_deref(), Some("President"));
    }

    #[test]
    fn a_namesake_shares_the_country() {
        let t = "Israeli Prime Minister Benjamin Netanyahu arrived with his wife, Sara Netanyahu. Netanyahu spoke.";
        let p = names(t);
        let sara = p.iter().find(|x| x.0 == "Sara Netanyahu");
        assert_eq!(sara.and_then(|x| x.2.as_deref()), Some("Israel"));
    }

    #[test]
    fn speech_verb_anchors_a_name() {
        let t = "“We will win,” said Maria Lopez on Friday.";
        assert_eq!(names(t).first().map(|p| p.0.as_str()), Some("Maria Lopez"));
    }

    #[test]
    fn us_party_copy_without_places_makes_unqualified_people_american() {
        let t = "Hillary Clinton met Bernie Sanders on Tuesday. The Democratic race is over, Sanders said.";
        let p = names(t);
        assert!(!p.is_empty());
        assert!(
            p.iter().all(|x| x.2.as_deref() == Some("United States")),
            "{p:?}"
        );
    }

    #[test]
    fn the_pope_is_of_the_vatican() {
        let t = "Bernie Sanders met Pope Francis on Saturday. The Democratic senator said Francis was inspiring.";
        let p = names(t);
        let pope = p.iter().find(|x| x.0.contains("Francis"));
        assert_eq!(pope.and_then(|x| x.2.as_deref()), Some("Vatican"), "{p:?}");
    }

    #[test]
    fn country_after_of_is_the_persons() {
        let t = "Mr. Obama met President Vladimir V. Putin of Russia on Monday. The Republican said Putin was tough.";
        let p = names(t);
        let putin = p.iter().find(|x| x.0.contains("Putin"));
        assert_eq!(putin.and_then(|x| x.2.as_deref()), Some("Russia"), "{p:?}");
    }

    #[test]
    fn job_nouns_and_clerical_titles_are_roles() {
        let t = "Fox News anchor Megyn Kelly met the Rev. Al Sharpton. Mondelez CEO Irene Rosenfeld spoke.";
        let p = names(t);
        let role = |n: &str| p.iter().find(|x| x.0 == n).and_then(|x| x.1.clone());
        assert_eq!(role("Megyn Kelly").as_deref(), Some("anchor"), "{p:?}");
        assert_eq!(role("Al Sharpton").as_deref(), Some("Rev."), "{p:?}");
        assert_eq!(role("Irene Rosenfeld").as_deref(), Some("CEO"), "{p:?}");
    }

    #[test]
    fn plural_titles_reach_both_names() {
        let t = "Idaho Republican Sens. Mike Crapo and Jim Risch met. Pastors David Jeremiah and Kenneth Copeland came with campaign managers Jeff Weaver and Robby Mook.";
        let p = names(t);
        let role = |n: &str| p.iter().find(|x| x.0 == n).and_then(|x| x.1.clone());
        assert_eq!(role("Mike Crapo").as_deref(), Some("Sen."), "{p:?}");
        assert_eq!(role("Jim Risch").as_deref(), Some("Sen."), "{p:?}");
        assert_eq!(role("Kenneth Copeland").as_deref(), Some("Pastor"), "{p:?}");
        assert_eq!(role("Robby Mook").as_deref(), Some("manager"), "{p:?}");
    }

    #[test]
    fn a_post_after_a_party_tag_outranks_an_abbreviation() {
        let t = "They met Sen. Chuck Grassley (R-Iowa), chairman of the Judiciary Committee, on Monday. Ohio Gov. John Kasich, the third candidate, spoke.";
        let p = names(t);
        assert_eq!(p[0].1.as_deref(), Some("Chairman"), "{p:?}");
        assert_eq!(p[1].1.as_deref(), Some("Gov."), "{p:?}");
    }

    #[test]
    fn a_royal_with_a_regnal_numeral_is_a_person() {
        for (t, name, country) in [
            (
                "Sisi spoke with King Abdullah II on Thursday.",
                "King Abdullah II",
                None,
            ),
            (
                "Jordan's King Abdullah II spoke.",
                "King Abdullah II",
                Some("Jordan"),
            ),
            (
                "King Charles III spoke on Thursday.",
                "King Charles III",
                None,
            ),
            (
                "Qatar's Emir Sheikh Tamim bin Hamad Al Thani spoke.",
                "Tamim bin Hamad Al Thani",
                Some("Qatar"),
            ),
        ] {
            let p = names(t);
            assert_eq!(p.len(), 1, "{t}: {p:?}");
            assert_eq!(p[0].0, name, "{t}");
            assert_eq!(p[0].2.as_deref(), country, "{t}");
        }
        let p = names("Pope Benedict XVI resigned. Benedict left.");
        assert_eq!(p[0].1.as_deref(), Some("Pope"));
        // a generational suffix after a full name, untitled
        assert_eq!(names("Brent Bozell III said so.")[0].0, "Brent Bozell III");
    }

    #[test]
    fn a_numbered_part_is_not_a_person() {
        let t = "Volume IV came out. Volume sales rose. The Registration Part II form. \
                 Registration opens. World War II ended. Metroid II sold. Metroid won.";
        assert!(names(t).is_empty(), "{:?}", names(t));
    }

    #[test]
    fn two_particles_stay_in_the_name() {
        let t = "European Commission President Ursula von der Leyen arrived.";
        assert_eq!(names(t)[0].0, "Ursula von der Leyen");
    }

    #[test]
    fn a_short_form_drops_the_arabic_article() {
        let t = "Turkey may invite Bashar al-Assad. Erdogan said Assad could come.";
        let p = names(t);
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].0, "Bashar al-Assad");
    }

    #[test]
    fn a_default_country_is_no_evidence_for_a_description() {
        let t = "Republican hopes rose. Voters met Bashar al-Assad on Monday. The US vice president spoke.";
        let p = names(t);
        let a = p.iter().find(|x| x.0 == "Bashar al-Assad");
        assert_eq!(a.and_then(|x| x.1.as_deref()), None, "{p:?}");
    }

    #[test]
    fn paired_initials_after_a_title() {
        let t = "U.S. Vice President JD Vance spoke. Students at UC Irvine met.";
        let p = names(t);
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].0, "JD Vance");
    }

    #[test]
    fn a_country_possessive_anchors_a_full_name_but_not_a_book_title() {
        let t = "He sought a deal with Russia’s Vladimir Putin. Brill wrote “America’s Bitter Pill” last year.";
        let p = names(t);
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].0, "Vladimir Putin");
        assert_eq!(p[0].2.as_deref(), Some("Russia"));
    }

    #[test]
    fn an_official_of_a_union_takes_the_union_as_country() {
        let t = "European Commission President Ursula von der Leyen met Chinese leader Xi Jinping in Beijing.";
        let p = names(t);
        assert_eq!(p[0].2.as_deref(), Some("European Union"), "{p:?}");
    }

    #[test]
    fn a_spouse_set_off_by_a_comma() {
        let t = "Chinese President Xi Jinping and his wife, Madam Peng Liyuan, arrived.";
        let p = names(t);
        let peng = p.iter().find(|x| x.0 == "Peng Liyuan");
        assert_eq!(peng.and_then(|x| x.1.as_deref()), Some("wife"), "{p:?}");
    }

    #[test]
    fn a_portfolio_after_title_of_is_not_the_name() {
        let t = "The delegation included Minister of Strategic Affairs Ron Dermer. The Governor of South Carolina spoke.";
        let p = names(t);
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].0, "Ron Dermer");
        assert_eq!(p[0].1.as_deref(), Some("Minister"));
    }

    #[test]
    fn the_part_after_an_arabic_article_is_the_same_person() {
        let p = run(
            "Egyptian President Abdel Fattah al-Sisi welcomed the plan. Sisi said it was good.",
            &[],
        );
        assert_eq!(p.len(), 1);
        assert_eq!(
            p.first().map(|x| (x.name.as_str(), x.mentions.len())),
            Some(("Abdel Fattah al-Sisi", 2))
        );
        // an unrelated bare word is not a mention of him
        let q = run(
            "Egyptian President Abdel Fattah al-Sisi welcomed the plan. Cairo agreed.",
            &[],
        );
        assert_eq!(q.first().map(|x| x.mentions.len()), Some(1));
    }
}
