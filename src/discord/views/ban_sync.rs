//! Ban sync as it is shown: what a mode does, and the cards and notes in the log channel.

use poise::serenity_prelude as serenity;

use super::{echoed, roblox_profile};
use crate::discord::embeds::Fitted;
use crate::discord::{Lang, text};
use crate::store::BanSyncMode;

/// What a ban-sync mode does, said when it is set.
pub fn ban_sync_set(lang: Lang, mode: BanSyncMode) -> String {
    match mode {
        BanSyncMode::Off => text::ban_sync_off(lang),
        BanSyncMode::Ask => text::ban_sync_ask(lang),
        BanSyncMode::Mirror => text::ban_sync_mirror(lang),
    }
}

/// A ban-sync card or note: the member, their Roblox account, who acted on Discord and why,
/// then `lines` (the question, or what was done), in `colour`; the case in the author line.
pub fn sync_card(
    lang: Lang,
    card: &crate::store::NewCard,
    colour: u32,
    title: &str,
    lines: &[String],
    case: Option<i64>,
) -> serenity::CreateEmbed {
    let roblox = format!(
        "{} (`{}`)",
        roblox_profile(card.roblox_id, &echoed(&card.roblox_name)),
        card.roblox_id
    );
    let reason = card
        .reason
        .as_deref()
        .map_or_else(|| text::no_reason(lang).to_owned(), echoed);
    Fitted::new(colour, title, &lines.join("\n"))
        .case(lang, case)
        .field(
            &text::card_member(lang),
            &format!("<@{}>", card.discord_id),
            true,
        )
        .field(&text::card_roblox(lang), &roblox, true)
        .field(
            &text::card_by(lang),
            &text::card_moderator(lang, card.banned_by),
            true,
        )
        .field(&text::card_reason(lang), &reason, false)
        .into()
}
