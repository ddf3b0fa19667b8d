//! Ban sync as it is shown: what a mode does, and the cards and notes in the log channel.

use poise::serenity_prelude as serenity;

use super::{echoed, roblox_profile};
use crate::discord::embeds::{self, field};
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
    let body = text::Notice {
        title: title.to_owned(),
        body: lines.join("\n"),
    };
    let embed = embeds::case(lang, embeds::embed(colour, &body), case);
    let embed = field(
        embed,
        &text::card_member(lang),
        &format!("<@{}>", card.discord_id),
        true,
    );
    let roblox = format!(
        "{} (`{}`)",
        roblox_profile(card.roblox_id, &echoed(&card.roblox_name)),
        card.roblox_id
    );
    let embed = field(embed, &text::card_roblox(lang), &roblox, true);
    let embed = field(
        embed,
        &text::card_by(lang),
        &text::card_moderator(lang, card.banned_by),
        true,
    );
    let reason = card
        .reason
        .as_deref()
        .map_or_else(|| text::no_reason(lang).to_owned(), echoed);
    field(embed, &text::card_reason(lang), &reason, false)
}
