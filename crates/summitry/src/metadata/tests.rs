//! Tests of the metadata stage as a whole: which source wins for each field.

use super::*;

fn meta_of(html: &str) -> Article {
    run(&Html::parse_document(html), &Options::new())
}

#[test]
fn json_ld_beats_meta() {
    let a = meta_of(
        r#"<html lang="de-DE"><head><title>Head | Site</title>
        <meta property="og:title" content="OG title">
        <meta property="article:published_time" content="2020-01-01">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD title","datePublished":"2021-02-03T04:05:06+01:00","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"name":"The Site"}}</script>
        </head><body></body></html>"#,
    );
    assert_eq!(a.title.as_deref(), Some("LD title"));
    assert_eq!(a.published.as_deref(), Some("2021-02-03T04:05:06+01:00"));
    assert_eq!(a.authors, vec!["Jane Doe"]);
    assert_eq!(a.site_name.as_deref(), Some("The Site"));
    assert_eq!(a.language.as_deref(), Some("de"));
}

#[test]
fn comment_dates_and_teaser_dates_are_not_the_article_date() {
    let a = meta_of(
        r#"<html lang="de"><body><article><h1>Eine Geschichte</h1>
        <p class="subline">21. Jan 2022 // Jane Doe</p><p>Text.</p>
        <div class="infos"><p>06. Aug 2020 // Tipps</p></div>
        <ol><li class="comment"><footer><time datetime="2022-02-24T03:36:11+02:00">24.02.</time></footer></li></ol>
        </article></body></html>"#,
    );
    assert_eq!(a.published.as_deref(), Some("2022-01-21"));
    // A visible date labelled as the publication date outvotes a lone meta date.
    let b = meta_of(
        r#"<html lang="de"><head><meta property="og:article:published_time" content="2022-01-15"></head>
        <body><h1>Eine Geschichte</h1><div class="c-date">Erscheinungsdatum 25.01.2022</div><p>Text.</p></body></html>"#,
    );
    assert_eq!(b.published.as_deref(), Some("2022-01-25"));
}

#[test]
fn a_blog_named_after_its_owner_and_home_linked_hcards() {
    // The head names the site's owner as author; the post's hCard agrees.
    let a = meta_of(
        r#"<html><head><meta property="og:site_name" content="Jane Doe">
        <meta name="author" content="Jane Doe"></head><body>
        <h1 class="vcard author"><a class="fn" href="https://janedoe.example/">Jane's Blog</a></h1>
        <article><h2>Ten years</h2><span class="author vcard"><a class="fn" href="/author/jd/">Jane Doe</a></span>
        <p>Text.</p></article><aside><div class="widget-author">Thomas Mann</div></aside></body></html>"#,
    );
    assert_eq!(a.authors, vec!["Jane Doe"]);
    // A dash before the author label does not hide it.
    let b = meta_of(
        r#"<html><body><h1>Eine Geschichte</h1><div class="timedata">05.02.2020
        <span>-&nbsp;Redaktion: Eberhard Roe (Pressesprecher des Vereins)</span></div><p>Text.</p></body></html>"#,
    );
    assert_eq!(b.authors, vec!["Eberhard Roe"]);
}

#[test]
fn teaser_item_authors_and_author_box_headings() {
    // Teasers mark their authors with itemprop too; the byline names the story's.
    let a = meta_of(
        r#"<html><body><article><h1>A story here</h1><div class="byline">by <span itemprop="author">Jane Doe</span></div>
        <p>Text.</p></article><ul><li><span itemprop="author">John Roe</span></li></ul></body></html>"#,
    );
    assert_eq!(a.authors, vec!["Jane Doe"]);
    // An author box's heading is not its name.
    let b = meta_of(
        r#"<html><body><h1>A story here</h1><p>Text.</p><div class="author-info"><h3>Autor</h3>
        <h4><a href="/author/jr/">Jane Roe</a></h4><p>Jane Roe writes about loudspeakers, home cinema and
        music for this site since 2012, and about many other things besides.</p></div></body></html>"#,
    );
    assert_eq!(b.authors, vec!["Jane Roe"]);
    // A long box marked as having an author: the author element inside it, not its first line.
    let c = meta_of(
        r#"<html><body><h1>A story here</h1><div class="card withAuthor"><h3 class="section">Culture</h3>
        <h2>Another long headline of the card that goes on and on for many words here, and then some more words to make it long</h2>
        <div class="article-author">Juan Roe</div></div><p>Text.</p></body></html>"#,
    );
    assert_eq!(c.authors, vec!["Juan Roe"]);
}

#[test]
fn byline_and_time_elements() {
    let a = meta_of(
        r#"<html><head><title>A story - The Site</title><meta property="og:site_name" content="The Site"></head><body>
        <article><h1>A story</h1><div class="byline">By Jane Doe and John Roe</div>
        <time datetime="2019-10-16T08:00:00Z">Oct 16</time><p>Text.</p></article></body></html>"#,
    );
    assert_eq!(a.title.as_deref(), Some("A story"));
    assert_eq!(a.authors, vec!["Jane Doe", "John Roe"]);
    assert_eq!(a.published.as_deref(), Some("2019-10-16T08:00:00Z"));
}

#[test]
fn a_head_source_with_co_authors_completes_the_list() {
    let a = meta_of(
        r#"<html><head><meta property="author" content="Jane Doe,John Roe">
        <script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Jane Doe"}}</script>
        </head><body><p>Text.</p></body></html>"#,
    );
    assert_eq!(a.authors, vec!["Jane Doe", "John Roe"]);
}

#[test]
fn a_byline_marked_by_test_id() {
    let a = meta_of(
        r#"<html><body><h1>A title</h1><div data-testid="prism-byline"><span>By</span> <a href="/x">J.R. Stone</a></div>
        <p>Text.</p></body></html>"#,
    );
    assert_eq!(a.authors, vec!["J.R. Stone"]);
}

#[test]
fn an_unmarked_byline_line_under_the_headline() {
    let a = meta_of(
        r#"<html><body><h1>Ein Titel</h1><span class="cat">von Jane Doe</span>
        <p>Text von heute.</p></body></html>"#,
    );
    assert_eq!(a.authors, vec!["Jane Doe"]);
}

#[test]
fn a_marked_page_date_beats_a_generic_date_meta() {
    let a = meta_of(
        r#"<html><head><meta name="date" content="2021-12-20"></head><body>
        <article><h1>A story here</h1><span class="date">27.01.2022</span><p>Text.</p></article></body></html>"#,
    );
    assert_eq!(
        a.published.as_deref().and_then(|p| p.get(..10)),
        Some("2022-01-27")
    );
    let b = meta_of(
        r#"<html><head><meta name="date" content="2021-12-20"></head><body><p>Text.</p></body></html>"#,
    );
    assert_eq!(
        b.published.as_deref().and_then(|p| p.get(..10)),
        Some("2021-12-20")
    );
}

#[test]
fn the_navigation_bar_date_is_today_and_a_lone_time_is_the_date() {
    let a = meta_of(
        r#"<html><body><div class="navtop"><span class="mod_datetime"><time datetime="2023-11-01T13:56:20+01:00">Mittwoch</time></span></div>
        <article><h1>A story here</h1><p><span class="text_datum">31. Oktober 2023.</span> Text.</p></article></body></html>"#,
    );
    assert_eq!(
        a.published.as_deref().and_then(|p| p.get(..10)),
        Some("2023-10-31")
    );
    let b = meta_of(
        r#"<html><body><h1>Chapter one</h1><ul><li><time datetime="2020-08-06T09:09:24Z">Aug 6</time></li></ul><p>Text.</p></body></html>"#,
    );
    assert_eq!(
        b.published.as_deref().and_then(|p| p.get(..10)),
        Some("2020-08-06")
    );
}

#[test]
fn forum_posters_and_submitted_lines_name_the_author() {
    let forum = meta_of(
        "<body><h1>Thread</h1><article class='message' data-author='Pepemaus'><p>Hi</p></article>\
        <article class='message' data-author='Other'><p>Hello</p></article></body>",
    );
    assert_eq!(forum.authors, vec!["Pepemaus"]);
    let drupal = meta_of("<body><h1>Story</h1><div class=submitted>Gespeichert von <span class=username>rasos</span> am 24. Juli 2017</div></body>");
    assert_eq!(drupal.authors, vec!["rasos"]);
    let loose =
        meta_of("<body><h1>Story</h1><p>Text</p><span class=username>visitor</span></body>");
    assert!(loose.authors.is_empty());
}

#[test]
fn an_hcard_author_beats_a_loose_author_box() {
    let a = meta_of("<body><h1>Story</h1><div class=quote-author>Thomas Mann</div>\
        <span class='author vcard'><span>Author</span><a class='url fn n' href=/a>freeman1984</a></span><p>Text</p></body>");
    assert_eq!(a.authors, vec!["freeman1984"]);
}

#[test]
fn a_dated_byline_line_under_the_headline() {
    let a = meta_of("<body><h1>Story here</h1><h2>Stars <span>06.11.2023 13:30 von Olga</span></h2><p>Text</p></body>");
    assert_eq!(a.authors, vec!["Olga"]);
}

#[test]
fn a_labelled_line_closing_the_story_names_the_author() {
    let own = meta_of(
        "<head><meta name=author content='Some Foundation e.V.'></head><body><h1>Story</h1>\
        <p>Body text here.</p><p><strong>Autorin: Uta Roe</strong></p></body>",
    );
    assert_eq!(own.authors, vec!["Uta Roe"]);
    let bare = meta_of(
        "<body><h1>Story</h1><p>Body text here.</p><p><b>Von:</b><br><br> Götz Doe</p></body>",
    );
    assert_eq!(bare.authors, vec!["Götz Doe"]);
    let photo =
        meta_of("<body><h1>Story</h1><p>Body text here.</p><p><b>Foto:</b> Götz Doe</p></body>");
    assert!(photo.authors.is_empty());
}

#[test]
fn a_body_byline_beats_the_publisher_as_author() {
    let meta = Article {
        site_name: Some("The Site".into()),
        authors: vec!["The Site".into()],
        ..Article::default()
    };
    let mut a = crate::article::assemble(
        meta,
        vec![
            crate::article::BlockDraft::new(BlockKind::Paragraph, "Von Jane Doe"),
            crate::article::BlockDraft::new(BlockKind::Paragraph, "Der Text beginnt hier."),
        ],
    );
    finish(&mut a);
    assert_eq!(a.authors, vec!["Jane Doe"]);
}

#[test]
fn wire_dateline_and_credit() {
    let mut a = crate::article::assemble(
        Article::default(),
        vec![crate::article::BlockDraft::new(
            BlockKind::Paragraph,
            "TOKYO (Reuters) - Japan said on Monday.",
        )],
    );
    finish(&mut a);
    assert_eq!(a.dateline.as_deref(), Some("Tokyo"));
    assert_eq!(a.credit.as_deref(), Some("Reuters"));
}

#[test]
fn a_box_header_date_just_above_the_headline_is_read() {
    let a = meta_of(
        r#"<html lang="de"><body><div class="nav"><span>Seite 2010</span></div>
        <div class="box"><div class="head"><span>14. Februar 2012</span></div>
        <span class="category">Politik</span><h1>Eine lange Geschichte hier</h1><p>Text.</p></div></body></html>"#,
    );
    assert_eq!(a.published.as_deref(), Some("2012-02-14"));
}

#[test]
fn property_meta_before_name_unless_the_headline_repeats_the_name() {
    let a = meta_of(
        r#"<html><head><meta name="dc.title" content="Name title">
        <meta property="dc:title" content="Property title"></head><body><h1>Other</h1></body></html>"#,
    );
    assert_eq!(a.title.as_deref(), Some("Property title"));
    let b = meta_of(
        r#"<html><head><meta name="og:title" content="Leadership Styles">
        <meta property="og:title" content="What are Leadership Styles? definition - Jargons"></head>
        <body><h1>Leadership Styles</h1></body></html>"#,
    );
    assert_eq!(b.title.as_deref(), Some("Leadership Styles"));
}

#[test]
fn a_user_name_in_the_head_yields_to_a_named_byline() {
    let a = meta_of(
        r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":"CC7567"}</script>
        </head><body><h1>A headline of the story</h1><span class="author-name">James Akinaka</span>
        <span class="author-views">Views(23925)</span></body></html>"#,
    );
    assert_eq!(a.authors, vec!["James Akinaka"]);
    let b = meta_of(
        r#"<html><head><meta property="og:article:author" content="Desk News"></head><body></body></html>"#,
    );
    assert_eq!(b.authors, vec!["Desk News"]);
}

#[test]
fn a_visible_local_time_beats_a_gmt_copy_and_an_older_url_date_wins() {
    let a = meta_of(
        r#"<html lang="es"><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"Wed, 04 May 2022 02:41:00 GMT"}</script>
        </head><body><h1>Un titular largo de la nota</h1><h6><a href="/autor/x">Ana Pérez</a><span>3/5/2022 22:41</span></h6></body></html>"#,
    );
    assert_eq!(a.published.as_deref(), Some("2022-05-03T22:41"));
    let b = meta_of(
        r#"<html><head><link rel="canonical" href="https://x.de/home/2017/7/12/story">
        <meta itemprop="datePublished" content="2019-06-17T18:28:00+0200"></head><body></body></html>"#,
    );
    assert_eq!(b.published.as_deref(), Some("2017-07-12"));
}

#[test]
fn of_two_headings_in_the_title_the_leading_one() {
    let a = meta_of(
        r#"<html><head><title>Evolve: Shared Mutable History — evolve extension for Mercurial</title></head>
        <body><h1>evolve extension for Mercurial</h1><h1>Evolve: Shared Mutable History¶</h1></body></html>"#,
    );
    assert_eq!(a.title.as_deref(), Some("Evolve: Shared Mutable History"));
}
