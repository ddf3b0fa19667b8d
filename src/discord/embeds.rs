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
    Fitted::new(colour, &notice.title, &notice.body).into()
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

/// An embed being built, with its text counted as it grows the way Discord counts it against
/// [`TOTAL_MAX`] (title, description, the author's name, field names and values, the footer),
/// so that each field and the footer is cut to what is left without reading the embed back.
/// Fields and the footer come last, so they are what is cut when a long text (a Technified
/// message) fills the embed; the footer ends the embed.
#[must_use]
pub struct Fitted {
    embed: serenity::CreateEmbed,
    /// Characters of the counted text so far.
    chars: usize,
}

impl Fitted {
    /// A title, cut to fit, and a description unless `body` is empty (Discord refuses an empty
    /// one; a title-only embed leaves it out).
    pub fn new(colour: u32, title: &str, body: &str) -> Fitted {
        let title = truncate(title, TITLE_MAX);
        let mut chars = title.chars().count();
        let mut embed = serenity::CreateEmbed::new().colour(colour).title(title);
        if !body.is_empty() {
            let body = truncate(body, DESCRIPTION_MAX);
            chars += body.chars().count();
            embed = embed.description(body);
        }
        Fitted { embed, chars }
    }

    /// Names the moderation case the embed is about in its author line, when it is about one.
    pub fn case(mut self, lang: Lang, number: Option<i64>) -> Fitted {
        if let Some(number) = number {
            let name = text::case_title(lang, number);
            self.chars += name.chars().count();
            self.embed = self.embed.author(serenity::CreateEmbedAuthor::new(name));
        }
        self
    }

    /// Adds a field, cut to fit; left out when not even one character of name and value fit.
    pub fn field(mut self, name: &str, value: &str, inline: bool) -> Fitted {
        let value = if value.is_empty() { "-" } else { value };
        let room = self.room();
        if room < 2 {
            return self;
        }
        let name = truncate(name, FIELD_NAME_MAX.min(room - 1));
        let name_chars = name.chars().count();
        let value = truncate(value, FIELD_VALUE_MAX.min(room - name_chars));
        self.chars += name_chars + value.chars().count();
        self.embed = self.embed.field(name, value, inline);
        self
    }

    /// The footer, cut to fit (left out when nothing fits), and the embed done.
    pub fn footer(self, text: &str) -> serenity::CreateEmbed {
        match self.room() {
            0 => self.embed,
            room => {
                let text = truncate(text, FOOTER_MAX.min(room));
                self.embed.footer(serenity::CreateEmbedFooter::new(text))
            }
        }
    }

    /// Characters the embed may still take under [`TOTAL_MAX`].
    fn room(&self) -> usize {
        TOTAL_MAX.saturating_sub(self.chars)
    }
}

impl From<Fitted> for serenity::CreateEmbed {
    fn from(fitted: Fitted) -> Self {
        fitted.embed
    }
}

#[cfg(test)]
pub(crate) mod tests {
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

    /// The characters Discord counts against [`TOTAL_MAX`], read from the embed as sent.
    pub(crate) fn discord_count(embed: &serenity::CreateEmbed) -> usize {
        let json = serde_json::to_value(embed).unwrap();
        let chars = |v: &serde_json::Value| v.as_str().map_or(0, |s| s.chars().count());
        let fields: usize = json["fields"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|f| chars(&f["name"]) + chars(&f["value"]))
            .sum();
        chars(&json["title"])
            + chars(&json["description"])
            + chars(&json["footer"]["text"])
            + chars(&json["author"]["name"])
            + fields
    }

    #[test]
    fn the_count_is_what_discord_counts() {
        let embed =
            Fitted::new(BLURPLE, "Titel é", "Beschreibung 🎉").case(Lang::english(), Some(12));
        let author = text::case_title(Lang::english(), 12).chars().count();
        assert_eq!(embed.chars, 7 + 14 + author);
        assert_eq!(embed.chars, discord_count(&embed.embed));
        let embed = embed.field("Name", "", true).field("Ñame", "välue", false);
        assert_eq!(embed.chars, 7 + 14 + author + 4 + 1 + 4 + 5);
        assert_eq!(embed.chars, discord_count(&embed.embed));
        let before = embed.chars;
        assert_eq!(discord_count(&embed.footer("Fuß")), before + 3);
    }

    #[test]
    fn the_embed_total_stays_within_discords_limit() {
        let long = "x".repeat(5000);
        let with_footer = Fitted::new(RED, &long, &long).footer(&long);
        assert_eq!(discord_count(&with_footer), TOTAL_MAX);
        let json = serde_json::to_value(&with_footer).unwrap();
        assert!(json["footer"]["text"].as_str().unwrap().ends_with('…'));

        let mut many = Fitted::new(BLURPLE, "t", "");
        for _ in 0..25 {
            many = many.field(&long, &long, false);
        }
        let many = serenity::CreateEmbed::from(many);
        assert!(
            discord_count(&many) <= TOTAL_MAX,
            "{}",
            discord_count(&many)
        );
    }

    proptest! {
        #[test]
        fn fields_and_footers_are_counted_and_never_overflow_the_total(
            title in "\\PC{0,300}",
            body in "\\PC{0,5000}",
            case_number in proptest::option::of(0i64..100_000),
            fields in proptest::collection::vec(("\\PC{1,300}", "\\PC{0,1100}"), 0..25),
            foot in "\\PC{0,2100}",
        ) {
            let mut embed = Fitted::new(BLURPLE, &title, &body).case(Lang::english(), case_number);
            prop_assert_eq!(embed.chars, discord_count(&embed.embed));
            for (name, value) in &fields {
                embed = embed.field(name, value, true);
                prop_assert_eq!(embed.chars, discord_count(&embed.embed));
            }
            let before = embed.chars;
            let foot_fits = foot.chars().count().min(FOOTER_MAX).min(TOTAL_MAX - before);
            let embed = embed.footer(&foot);
            prop_assert_eq!(discord_count(&embed), before + foot_fits);
            prop_assert!(discord_count(&embed) <= TOTAL_MAX);
            let json = serde_json::to_value(&embed).unwrap();
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
