//! Embed building: colours, footers, and Discord's length limits applied at a character
//! boundary so no text can make Discord refuse a reply.

use poise::serenity_prelude as serenity;

use super::Lang;
use super::text::{self, Notice};

pub const RED: u32 = 0xED4245;
pub const AMBER: u32 = 0xF0B232;
pub const GREEN: u32 = 0x57F287;
/// Neutral information (help, lists).
pub const BLURPLE: u32 = 0x5865F2;

pub const TITLE_MAX: usize = 256;
pub const DESCRIPTION_MAX: usize = 4096;
pub const FIELD_NAME_MAX: usize = 256;
pub const FIELD_VALUE_MAX: usize = 1024;
pub const FOOTER_MAX: usize = 2048;
/// Discord refuses a whole message whose embed text (titles, descriptions, field names and
/// values, footers, author names) exceeds this many characters in all.
pub const TOTAL_MAX: usize = 6000;

/// Cuts `text` to at most `max` characters, ending with `…` when cut.
pub fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_owned(),
        Some(_) => {
            let cut = text
                .char_indices()
                .nth(max.saturating_sub(1))
                .map_or(text.len(), |(i, _)| i);
            format!("{}…", &text[..cut])
        }
    }
}

pub fn embed(colour: u32, notice: &Notice) -> serenity::CreateEmbed {
    let embed = serenity::CreateEmbed::new()
        .colour(colour)
        .title(truncate(&notice.title, TITLE_MAX));
    // Discord refuses an empty description; a title-only embed leaves it out.
    if notice.body.is_empty() {
        embed
    } else {
        embed.description(truncate(&notice.body, DESCRIPTION_MAX))
    }
}

pub fn error(notice: &Notice) -> serenity::CreateEmbed {
    embed(RED, notice)
}

pub fn working(notice: &Notice) -> serenity::CreateEmbed {
    embed(AMBER, notice)
}

pub fn success(title: &str, body: &str) -> serenity::CreateEmbed {
    embed(
        GREEN,
        &Notice {
            title: title.into(),
            body: body.into(),
        },
    )
}

pub fn info(title: &str, body: &str) -> serenity::CreateEmbed {
    embed(
        BLURPLE,
        &Notice {
            title: title.into(),
            body: body.into(),
        },
    )
}

/// Characters `embed` may still take under [`TOTAL_MAX`]. Footers and fields are added last,
/// so they are the parts cut when a long text (a Technified message) fills the embed.
fn room(embed: &serenity::CreateEmbed) -> usize {
    let json = serde_json::to_value(embed).unwrap_or_default();
    let chars = |v: &serde_json::Value| v.as_str().map_or(0, |s| s.chars().count());
    let fields: usize = json["fields"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| chars(&f["name"]) + chars(&f["value"]))
        .sum();
    let used = chars(&json["title"])
        + chars(&json["description"])
        + chars(&json["footer"]["text"])
        + chars(&json["author"]["name"])
        + fields;
    TOTAL_MAX.saturating_sub(used)
}

/// Names the moderation case `embed` is about in its author line, when it is about one.
pub fn case(
    lang: Lang,
    embed: serenity::CreateEmbed,
    number: Option<i64>,
) -> serenity::CreateEmbed {
    match number {
        Some(number) => embed.author(serenity::CreateEmbedAuthor::new(text::case_title(
            lang, number,
        ))),
        None => embed,
    }
}

pub fn footer(embed: serenity::CreateEmbed, text: &str) -> serenity::CreateEmbed {
    match room(&embed) {
        0 => embed,
        room => {
            let text = truncate(text, FOOTER_MAX.min(room));
            embed.footer(serenity::CreateEmbedFooter::new(text))
        }
    }
}

/// Adds a field, cut to fit; left out when not even one character of name and value fit.
pub fn field(
    embed: serenity::CreateEmbed,
    name: &str,
    value: &str,
    inline: bool,
) -> serenity::CreateEmbed {
    let value = if value.is_empty() { "-" } else { value };
    let room = room(&embed);
    if room < 2 {
        return embed;
    }
    let name = truncate(name, FIELD_NAME_MAX.min(room - 1));
    let value = truncate(value, FIELD_VALUE_MAX.min(room - name.chars().count()));
    embed.field(name, value, inline)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn short_text_is_kept() {
        assert_eq!(truncate("hello", 5), "hello");
        assert_eq!(truncate("", 5), "");
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        assert_eq!(truncate("hello world", 5), "hell…");
        assert_eq!(truncate("ééééé é", 3), "éé…");
    }

    fn total(embed: &serenity::CreateEmbed) -> usize {
        TOTAL_MAX - room(embed)
    }

    #[test]
    fn the_embed_total_stays_within_discords_limit() {
        let long = "x".repeat(5000);
        let notice = Notice {
            title: long.clone(),
            body: long.clone(),
        };
        let with_footer = footer(error(&notice), &long);
        assert_eq!(total(&with_footer), TOTAL_MAX);
        let json = serde_json::to_value(&with_footer).unwrap();
        assert!(json["footer"]["text"].as_str().unwrap().ends_with('…'));

        let mut many = info("t", "");
        for _ in 0..25 {
            many = field(many, &long, &long, false);
        }
        assert!(total(&many) <= TOTAL_MAX, "{}", total(&many));
    }

    proptest! {
        #[test]
        fn fields_and_footers_never_overflow_the_total(
            body in "\\PC{0,5000}",
            fields in proptest::collection::vec(("\\PC{1,300}", "\\PC{0,1100}"), 0..25),
            foot in "\\PC{0,2100}",
        ) {
            let mut embed = info("title", &body);
            for (name, value) in &fields {
                embed = field(embed, name, value, true);
            }
            embed = footer(embed, &foot);
            let json = serde_json::to_value(&embed).unwrap();
            prop_assert!(total(&embed) <= TOTAL_MAX);
            for f in json["fields"].as_array().into_iter().flatten() {
                prop_assert!(!f["name"].as_str().unwrap().is_empty());
                prop_assert!(!f["value"].as_str().unwrap().is_empty());
            }
        }

        #[test]
        fn never_exceeds_the_limit(text in "\\PC{0,300}", max in 1usize..260) {
            let cut = truncate(&text, max);
            prop_assert!(cut.chars().count() <= max);
            if text.chars().count() <= max {
                prop_assert_eq!(cut, text);
            }
        }
    }
}
