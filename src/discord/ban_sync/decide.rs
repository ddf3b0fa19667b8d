//! What ban sync does about one Discord ban or unban, once it knows who and what: pure, so
//! every rule of docs/behaviour.md "Ban sync" is tested here without Discord or Technified.

use crate::store::{BanSyncMode, CardAction, CaseSource};

/// Who banned (or unbanned) on Discord, as far as the audit log told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Executor {
    /// The bot itself (`/roblox ban discord:true`): the Roblox side is already done.
    Bot,
    /// A member, with their Roblox account when they are verified (`None`: not verified, or
    /// not looked up).
    Member { id: u64, roblox: Option<u64> },
    /// The audit log was not readable or had no entry.
    Unknown,
}

/// What to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Nothing, and why (for the log).
    Nothing(&'static str),
    /// Post a card asking staff; `fallback`: `mirror` could not act at once.
    Ask { fallback: bool },
    /// Make the Roblox write at once, under this moderator (Discord ID, Roblox ID for a ban).
    Mirror { moderator: u64, roblox: Option<u64> },
}

/// The step for a ban or unban of a verified member in a server whose ban sync is on (`ask`
/// or `mirror`; `off` stops before anything is looked up). `roblox_ban`: where the bot's
/// standing Roblox ban of the member's account came from, if it made one: a ban needs no
/// second one (also when the audit log cannot tell that the bot itself banned on Discord, as
/// `/roblox ban discord:true` does), and an unban lifts only ban sync's. `bot`: the bot's own
/// user ID, the case's moderator when an unban's executor is unknown.
pub fn decide(
    mode: BanSyncMode,
    action: CardAction,
    executor: Executor,
    roblox_ban: Option<CaseSource>,
    bot: u64,
) -> Step {
    if executor == Executor::Bot {
        return Step::Nothing("the bot's own ban");
    }
    match action {
        CardAction::Ban if roblox_ban.is_some() => {
            return Step::Nothing("already banned on Roblox");
        }
        CardAction::Unban if roblox_ban != Some(CaseSource::BanSync) => {
            return Step::Nothing("not a ban sync ban");
        }
        _ => {}
    }
    if mode != BanSyncMode::Mirror {
        return Step::Ask { fallback: false };
    }
    match (action, executor) {
        (
            CardAction::Ban,
            Executor::Member {
                id,
                roblox: Some(roblox),
            },
        ) => Step::Mirror {
            moderator: id,
            roblox: Some(roblox),
        },
        (CardAction::Ban, _) => Step::Ask { fallback: true },
        // Lifting needs no moderator's Roblox account at Technified.
        (CardAction::Unban, Executor::Member { id, .. }) => Step::Mirror {
            moderator: id,
            roblox: None,
        },
        (CardAction::Unban, _) => Step::Mirror {
            moderator: bot,
            roblox: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use BanSyncMode::{Ask, Mirror};
    use CardAction::{Ban, Unban};

    const BOT: u64 = 9;
    const VERIFIED: Executor = Executor::Member {
        id: 5,
        roblox: Some(50),
    };
    const UNVERIFIED: Executor = Executor::Member {
        id: 6,
        roblox: None,
    };
    const SYNC: Option<CaseSource> = Some(CaseSource::BanSync);
    const COMMAND: Option<CaseSource> = Some(CaseSource::Command);

    #[test]
    fn the_bots_own_ban_gets_no_second_round() {
        for mode in [Ask, Mirror] {
            let nothing = Step::Nothing("the bot's own ban");
            assert_eq!(decide(mode, Ban, Executor::Bot, None, BOT), nothing);
            assert_eq!(decide(mode, Unban, Executor::Bot, SYNC, BOT), nothing);
        }
    }

    #[test]
    fn an_account_the_bot_banned_on_roblox_is_not_banned_again() {
        for mode in [Ask, Mirror] {
            for made_by in [SYNC, COMMAND] {
                let step = decide(mode, Ban, Executor::Unknown, made_by, BOT);
                assert_eq!(step, Step::Nothing("already banned on Roblox"));
            }
        }
    }

    #[test]
    fn ask_always_asks() {
        for executor in [VERIFIED, UNVERIFIED, Executor::Unknown] {
            assert_eq!(
                decide(Ask, Ban, executor, None, BOT),
                Step::Ask { fallback: false }
            );
        }
    }

    #[test]
    fn mirror_bans_under_a_verified_moderator_and_asks_otherwise() {
        assert_eq!(
            decide(Mirror, Ban, VERIFIED, None, BOT),
            Step::Mirror {
                moderator: 5,
                roblox: Some(50)
            }
        );
        for executor in [UNVERIFIED, Executor::Unknown] {
            assert_eq!(
                decide(Mirror, Ban, executor, None, BOT),
                Step::Ask { fallback: true }
            );
        }
    }

    #[test]
    fn unbans_lift_only_what_sync_made() {
        for mode in [Ask, Mirror] {
            let nothing = Step::Nothing("not a ban sync ban");
            assert_eq!(decide(mode, Unban, VERIFIED, COMMAND, BOT), nothing);
            assert_eq!(decide(mode, Unban, VERIFIED, None, BOT), nothing);
        }
        assert_eq!(
            decide(Ask, Unban, VERIFIED, SYNC, BOT),
            Step::Ask { fallback: false }
        );
        assert_eq!(
            decide(Mirror, Unban, UNVERIFIED, SYNC, BOT),
            Step::Mirror {
                moderator: 6,
                roblox: None
            }
        );
        assert_eq!(
            decide(Mirror, Unban, Executor::Unknown, SYNC, BOT),
            Step::Mirror {
                moderator: BOT,
                roblox: None
            }
        );
    }
}
