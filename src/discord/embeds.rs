//! Embed building: colours, footers, and Discord's length limits applied at a character
//! boundary so no text can make Discord refuse a reply.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use poise::serenity_prelude as serenity;

use super::text::Notice;

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

/// Discord timestamps (`<t:…>`) take unix seconds.
/// Unix seconds `wait` from now, for Discord's `<t:…>` timestamps.
pub fn unix_in(wait: Duration) -> i64 {
    (SystemTime::now() + wait)
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

pub fn unix_now() -> i64 {
    unix_in(Duration::ZERO)
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

pub fn footer(embed: serenity::CreateEmbed, text: &str) -> serenity::CreateEmbed {
    embed.footer(serenity::CreateEmbedFooter::new(truncate(text, FOOTER_MAX)))
}

pub fn field(
    embed: serenity::CreateEmbed,
    name: &str,
    value: &str,
    inline: bool,
) -> serenity::CreateEmbed {
    let value = if value.is_empty() { "-" } else { value };
    embed.field(
        truncate(name, FIELD_NAME_MAX),
        truncate(value, FIELD_VALUE_MAX),
        inline,
    )
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

    proptest! {
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
