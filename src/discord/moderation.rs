//! Bans on Discord that go with a Roblox ban (`/roblox ban … discord:true`): who the Roblox
//! account's Discord member is (Technified's reverse lookup), what Discord would refuse about
//! banning them, checked before anything is sent, and the ban itself with the reason in
//! Discord's audit log. Wording is in `text`; this module decides.

use poise::serenity_prelude as serenity;

use super::calls::{self, Seen};
use super::{Context, Error, Lang, audit, embeds, member_lang, reply, server_lang, text, views};
use crate::technified::ApiKey;

/// Discord's limit on the `X-Audit-Log-Reason` header: 1 to 512 characters.
pub const AUDIT_REASON_MAX: usize = 512;

/// Discord's "Unknown Member": the user is not in the server (a ban still keeps them out).
const UNKNOWN_MEMBER: isize = 10007;

/// Where a Discord ban stands: checked and ready, made, refused before sending, or failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiscordBan {
    /// Nothing Discord would refuse was found. `member`: the user is in the server now.
    Ready {
        user: u64,
        member: bool,
    },
    Banned {
        user: u64,
        member: bool,
    },
    /// Not sent: Discord (or its rule for members) would refuse it, or there is nobody to ban.
    Refused {
        user: Option<u64>,
        why: Refusal,
    },
    /// Something failed on the way; `detail` is the failure as Technified or Discord gave it.
    Failed {
        user: Option<u64>,
        stage: Stage,
        detail: String,
    },
}

impl DiscordBan {
    /// The Discord account linked to the Roblox account, when the lookup found one.
    pub fn user(&self) -> Option<u64> {
        match self {
            DiscordBan::Ready { user, .. } | DiscordBan::Banned { user, .. } => Some(*user),
            DiscordBan::Refused { user, .. } | DiscordBan::Failed { user, .. } => *user,
        }
    }
}

/// Why a Discord ban is not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No Discord account is linked to the Roblox account in this server.
    NotLinked,
    /// Nobody can ban a server's owner.
    Owner,
    /// The bot lacks Ban Members.
    BotLacksBanMembers,
    /// The member's highest role is not below the bot's highest role.
    NotBelowBot,
    /// The member's highest role is not below the moderator's: Discord does not let a member
    /// ban someone at or above them, and the bot does not lend its own rank to get round that.
    NotBelowModerator,
}

/// Which step failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Technified's reverse lookup.
    Lookup,
    /// Reading the server, the bot's or the member's roles from Discord.
    Check,
    /// The ban itself.
    Ban,
}

/// Where the people involved stand in the server, as far as a ban goes. Positions are the
/// highest role's position (0 for `@everyone` only).
#[derive(Debug, Clone, Copy)]
pub struct Standing {
    pub owner: u64,
    pub bot_may_ban: bool,
    pub bot_top: u16,
    pub moderator: u64,
    pub moderator_top: u16,
}

/// What would stop a ban of `target`, whose highest role is at `target_top` (`None`: not a
/// member, so roles do not matter). The owner first: nobody can ban them, whatever the bot's
/// permissions.
pub fn refusal(standing: &Standing, target: u64, target_top: Option<u16>) -> Option<Refusal> {
    if target == standing.owner {
        return Some(Refusal::Owner);
    }
    if !standing.bot_may_ban {
        return Some(Refusal::BotLacksBanMembers);
    }
    let top = target_top?;
    if top >= standing.bot_top {
        return Some(Refusal::NotBelowBot);
    }
    if standing.moderator != standing.owner && top >= standing.moderator_top {
        return Some(Refusal::NotBelowModerator);
    }
    None
}

/// Finds the Discord member linked to `roblox_id` and checks what Discord would refuse about
/// banning them from this server, before anything is sent.
pub async fn plan(ctx: Context<'_>, key: &ApiKey, roblox_id: u64) -> DiscordBan {
    let lang = member_lang(ctx);
    let client = &ctx.data().technified;
    let link = calls::read(ctx, key, || client.lookup_roblox(key, roblox_id)).await;
    calls::seen(ctx, &link, Seen::RobloxUnlinked(roblox_id));
    let user = match link {
        Ok(link) => link.discord_id,
        Err(Error::Technified { error, .. }) if error.status() == Some(404) => {
            return DiscordBan::Refused {
                user: None,
                why: Refusal::NotLinked,
            };
        }
        Err(e) => {
            return DiscordBan::Failed {
                user: None,
                stage: Stage::Lookup,
                detail: e.headline(lang, &ctx.data().clock),
            };
        }
    };
    match check(ctx, user).await {
        Ok(plan) => plan,
        Err(e) => DiscordBan::Failed {
            user: Some(user),
            stage: Stage::Check,
            detail: discord_detail(lang, &e),
        },
    }
}

/// Reads the server (roles, owner), the bot's and the member's roles from Discord itself, not
/// the cache: the checks must see the roles as they are now.
async fn check(ctx: Context<'_>, user: u64) -> Result<DiscordBan, serenity::Error> {
    let http = ctx.http();
    let guild = serenity::GuildId::new(calls::guild_id(ctx));
    let reads = async {
        tokio::join!(
            http.get_guild(guild),
            http.get_member(guild, ctx.framework.bot_id()),
            http.get_member(guild, serenity::UserId::new(user)),
        )
    };
    let (server, bot, target) = reply::quick_or_defer(ctx, reads).await;
    let (server, bot) = (server?, bot?);
    let target = match target {
        Ok(member) => Some(member),
        Err(e) if reply::discord_code(&e) == Some(UNKNOWN_MEMBER) => None,
        Err(e) => return Err(e),
    };
    let top = |roles: &[serenity::RoleId]| {
        roles
            .iter()
            .filter_map(|r| server.roles.get(r))
            .map(|r| r.position)
            .max()
            .unwrap_or(0)
    };
    let moderator_roles = ctx
        .interaction
        .member
        .as_ref()
        .map_or(&[][..], |m| &m.roles[..]);
    let standing = Standing {
        owner: server.owner_id.get(),
        bot_may_ban: server.member_permissions(&bot).ban_members(),
        bot_top: top(&bot.roles),
        moderator: ctx.author().id.get(),
        moderator_top: top(moderator_roles),
    };
    let target_top = target.as_ref().map(|m| top(&m.roles));
    Ok(match refusal(&standing, user, target_top) {
        Some(why) => DiscordBan::Refused {
            user: Some(user),
            why,
        },
        None => DiscordBan::Ready {
            user,
            member: target.is_some(),
        },
    })
}

/// What the ban is for, as the audit line and Discord's audit log tell it.
pub struct BanReason<'a> {
    pub roblox_id: u64,
    pub reason: &'a str,
}

/// Bans a `Ready` member from this server, with who asked and why in Discord's audit log, and
/// an audit line in the log channel; anything else is returned as it is.
pub async fn ban(ctx: Context<'_>, plan: DiscordBan, why: &BanReason<'_>) -> DiscordBan {
    let DiscordBan::Ready { user, member } = plan else {
        return plan;
    };
    // The reason is read in the server's audit log.
    let lang = server_lang(ctx.cache(), calls::guild_id(ctx));
    let author = ctx.author();
    let header = embeds::truncate(
        &text::discord_ban_audit_reason(
            lang,
            &author.name,
            author.id.get(),
            why.roblox_id,
            why.reason,
        ),
        AUDIT_REASON_MAX,
    );
    let guild = serenity::GuildId::new(calls::guild_id(ctx));
    let sent = guild.ban_with_reason(ctx.http(), serenity::UserId::new(user), 0, &header);
    let result = reply::quick_or_defer(ctx, sent).await;
    let outcome = match &result {
        Ok(()) => DiscordBan::Banned { user, member },
        Err(e) => DiscordBan::Failed {
            user: Some(user),
            stage: Stage::Ban,
            detail: discord_detail(lang, e),
        },
    };
    let summary =
        |lang| text::discord_ban_summary(lang, user, why.roblox_id, &views::echoed(why.reason));
    audit::audit(ctx, None, summary, &result.map_err(Error::from));
    outcome
}

/// Discord's own words for a failure (message and code), or the error itself when Discord did
/// not answer.
fn discord_detail(lang: Lang, error: &serenity::Error) -> String {
    match error {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response)) => {
            text::discord_said(lang, &response.error.message, response.error.code)
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OWNER: u64 = 1;
    const MODERATOR: u64 = 2;
    const TARGET: u64 = 3;

    fn standing() -> Standing {
        Standing {
            owner: OWNER,
            bot_may_ban: true,
            bot_top: 5,
            moderator: MODERATOR,
            moderator_top: 3,
        }
    }

    #[test]
    fn a_member_below_the_bot_and_the_moderator_may_be_banned() {
        assert_eq!(refusal(&standing(), TARGET, Some(2)), None);
        assert_eq!(refusal(&standing(), TARGET, Some(0)), None);
    }

    #[test]
    fn the_owner_is_refused_whatever_else_holds() {
        let lacking = Standing {
            bot_may_ban: false,
            ..standing()
        };
        assert_eq!(
            refusal(&lacking, OWNER, Some(0)),
            Some(Refusal::Owner),
            "the owner is named, not the permission"
        );
    }

    #[test]
    fn ban_members_is_checked_before_roles() {
        let lacking = Standing {
            bot_may_ban: false,
            ..standing()
        };
        assert_eq!(
            refusal(&lacking, TARGET, Some(9)),
            Some(Refusal::BotLacksBanMembers)
        );
        assert_eq!(
            refusal(&lacking, TARGET, None),
            Some(Refusal::BotLacksBanMembers),
            "a non-member needs Ban Members too"
        );
    }

    #[test]
    fn a_role_at_or_above_the_bots_is_refused() {
        assert_eq!(
            refusal(&standing(), TARGET, Some(5)),
            Some(Refusal::NotBelowBot)
        );
        assert_eq!(
            refusal(&standing(), TARGET, Some(6)),
            Some(Refusal::NotBelowBot)
        );
    }

    #[test]
    fn a_role_at_or_above_the_moderators_is_refused_unless_the_owner_asks() {
        assert_eq!(
            refusal(&standing(), TARGET, Some(3)),
            Some(Refusal::NotBelowModerator)
        );
        assert_eq!(
            refusal(&standing(), MODERATOR, Some(3)),
            Some(Refusal::NotBelowModerator),
            "nobody bans themselves through the bot"
        );
        let by_owner = Standing {
            moderator: OWNER,
            moderator_top: 0,
            ..standing()
        };
        assert_eq!(refusal(&by_owner, TARGET, Some(4)), None);
    }

    #[test]
    fn roles_do_not_matter_for_someone_not_in_the_server() {
        let low_bot = Standing {
            bot_top: 0,
            moderator_top: 0,
            ..standing()
        };
        assert_eq!(refusal(&low_bot, TARGET, None), None);
    }
}
