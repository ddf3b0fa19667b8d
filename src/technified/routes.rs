//! The one route table: every Technified endpoint the bot calls, with its method, path, where
//! the guild goes, its rate-limit group, and whether the docs state it or we inferred it.
//!
//! Inferred routes (unban, mute, unmute, bindings remove and test, which Technified does not
//! document) are marked `documented: false`; correcting one is a one-line change in
//! [`Endpoint::route`].

use std::fmt;
use std::time::Duration;

/// Every Technified call the bot makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Endpoint {
    LookupDiscord,
    LookupRoblox,
    LookupBatch,
    ListBindings,
    AddBinding,
    RemoveBinding,
    TestBinding,
    BanStatus,
    MuteStatus,
    Ban,
    Unban,
    Mute,
    Unmute,
    ShieldCheck,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

/// Where a request names the guild it targets (each route as Technified documents it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuildIn {
    /// Header `X-Guild-ID`.
    Header,
    /// Body field `guild_id` (a string). `X-Guild-ID` is sent as well: the API's own error
    /// `Guild ID required for API key (use route :guildId or X-Guild-ID)` suggests its key
    /// check reads only the path or that header, and the docs contradict themselves for
    /// `POST /lookup/status`.
    Body,
    /// The `:guildId` segment of the path.
    Path,
}

/// Technified's per-key quota groups (as Technified documents them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RateGroup {
    Lookup,
    BindingsRead,
    BindingsWrite,
    BanStatus,
    MuteStatus,
    /// Inferred: the "moderation logs and lists" write quota; the docs do not say which
    /// bucket ban/unban/mute/unmute use.
    ModerationWrite,
    Shield,
}

impl RateGroup {
    pub const ALL: [RateGroup; 7] = [
        RateGroup::Lookup,
        RateGroup::BindingsRead,
        RateGroup::BindingsWrite,
        RateGroup::BanStatus,
        RateGroup::MuteStatus,
        RateGroup::ModerationWrite,
        RateGroup::Shield,
    ];

    /// Calls allowed per [`RateGroup::WINDOW`] for one key.
    pub fn quota(self) -> u32 {
        match self {
            RateGroup::Lookup => 60,
            RateGroup::BindingsRead => 100,
            RateGroup::BindingsWrite => 30,
            RateGroup::BanStatus => 300,
            RateGroup::MuteStatus => 300,
            RateGroup::ModerationWrite => 50,
            RateGroup::Shield => 300,
        }
    }

    /// Every documented quota is "per minute".
    pub const WINDOW: Duration = Duration::from_secs(60);

    /// Stable label for metrics and logs.
    pub fn name(self) -> &'static str {
        match self {
            RateGroup::Lookup => "lookup",
            RateGroup::BindingsRead => "bindings_read",
            RateGroup::BindingsWrite => "bindings_write",
            RateGroup::BanStatus => "ban_status",
            RateGroup::MuteStatus => "mute_status",
            RateGroup::ModerationWrite => "moderation_write",
            RateGroup::Shield => "shield",
        }
    }
}

impl fmt::Display for RateGroup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One row of the route table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    pub method: Method,
    /// Relative to the API base; `:guildId` and the other `:name` segments are placeholders.
    pub path: &'static str,
    pub guild_in: GuildIn,
    pub group: RateGroup,
    /// `false` when the route was inferred from prose rather than stated by the docs.
    pub documented: bool,
    /// What a refusal with a given status means for this endpoint in particular; statuses
    /// not listed mean what they mean everywhere.
    pub refusals: &'static [(u16, Refusal)],
}

/// What one endpoint's refusal (a 404 or 409) means, beyond its status's general sense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The Discord member or Roblox account asked about is not verified with Technified.
    NotVerified,
    /// Either the member is not verified or the binding does not exist; Technified's message
    /// says which.
    NotVerifiedOrNoBinding,
    /// Nothing to lift: the account has no active ban.
    NoActiveBan,
    /// Nothing to lift: the account has no active mute.
    NoActiveMute,
    /// The thing to remove is not there.
    AlreadyGone,
    /// The thing to add is there already.
    AlreadyThere,
}

impl Refusal {
    /// Whether this refusal of a re-send, after an attempt that may have been applied, means
    /// that attempt did the work (docs/behaviour.md, "Retries").
    pub fn done_if_resent(self) -> bool {
        matches!(
            self,
            Refusal::NoActiveBan
                | Refusal::NoActiveMute
                | Refusal::AlreadyGone
                | Refusal::AlreadyThere
        )
    }
}

impl Route {
    /// The path with `:guildId` replaced by `guild_id` and the other placeholders, in order,
    /// by `params`. Every placeholder the bot fills is a numeric ID, so nothing needs escaping.
    pub fn render(&self, guild_id: u64, params: &[u64]) -> String {
        let mut path = String::with_capacity(self.path.len() + 40);
        self.render_onto(&mut path, guild_id, params);
        path
    }

    /// [`Route::render`] appended to `out` (the client's URL, built in one string).
    pub fn render_onto(&self, out: &mut String, guild_id: u64, params: &[u64]) {
        use std::fmt::Write;
        let mut params = params.iter();
        for (i, segment) in self.path.split('/').enumerate() {
            if i > 0 {
                out.push('/');
            }
            // Writing to a String cannot fail.
            let _ = match segment.strip_prefix(':') {
                Some("guildId") => write!(out, "{guild_id}"),
                Some(_) => match params.next() {
                    Some(value) => write!(out, "{value}"),
                    None => out.write_str(segment),
                },
                None => out.write_str(segment),
            };
        }
    }
}

impl Endpoint {
    pub const ALL: [Endpoint; 14] = [
        Endpoint::LookupDiscord,
        Endpoint::LookupRoblox,
        Endpoint::LookupBatch,
        Endpoint::ListBindings,
        Endpoint::AddBinding,
        Endpoint::RemoveBinding,
        Endpoint::TestBinding,
        Endpoint::BanStatus,
        Endpoint::MuteStatus,
        Endpoint::Ban,
        Endpoint::Unban,
        Endpoint::Mute,
        Endpoint::Unmute,
        Endpoint::ShieldCheck,
    ];

    /// The route table.
    pub fn route(self) -> Route {
        use GuildIn::{Body, Header, Path};
        use Method::{Get, Post};
        use RateGroup as G;
        use Refusal::*;
        let (method, path, guild_in, group, documented, refusals): (_, _, _, _, _, &[_]) =
            match self {
                Endpoint::LookupDiscord => (
                    Get,
                    "/lookup/discord/:discordId",
                    Header,
                    G::Lookup,
                    true,
                    &[(404, NotVerified)],
                ),
                Endpoint::LookupRoblox => (
                    Get,
                    "/lookup/roblox/:robloxId",
                    Header,
                    G::Lookup,
                    true,
                    &[(404, NotVerified)],
                ),
                Endpoint::LookupBatch => (
                    Post,
                    "/lookup/status",
                    Body,
                    G::Lookup,
                    true,
                    &[(404, NotVerified)],
                ),
                Endpoint::ListBindings => {
                    (Get, "/bindings/list", Header, G::BindingsRead, true, &[])
                }
                Endpoint::AddBinding => (
                    Post,
                    "/bindings/add",
                    Body,
                    G::BindingsWrite,
                    true,
                    &[(409, AlreadyThere)],
                ),
                Endpoint::RemoveBinding => (
                    Post,
                    "/bindings/remove",
                    Body,
                    G::BindingsWrite,
                    false,
                    &[(404, AlreadyGone)],
                ),
                // Changes nothing, but a POST under /bindings may well count as a write: the
                // smaller quota is the safe guess, and tests are rare.
                Endpoint::TestBinding => (
                    Post,
                    "/bindings/test",
                    Body,
                    G::BindingsWrite,
                    false,
                    &[(404, NotVerifiedOrNoBinding)],
                ),
                Endpoint::BanStatus => (
                    Get,
                    "/moderation/:guildId/ban-status/:identifier",
                    Path,
                    G::BanStatus,
                    true,
                    &[],
                ),
                Endpoint::MuteStatus => (
                    Get,
                    "/moderation/:guildId/mute-status/:identifier",
                    Path,
                    G::MuteStatus,
                    true,
                    &[],
                ),
                Endpoint::Ban => (
                    Post,
                    "/moderation/:guildId/roblox/ban",
                    Path,
                    G::ModerationWrite,
                    true,
                    &[],
                ),
                Endpoint::Unban => (
                    Post,
                    "/moderation/:guildId/roblox/unban",
                    Path,
                    G::ModerationWrite,
                    false,
                    &[(404, NoActiveBan)],
                ),
                Endpoint::Mute => (
                    Post,
                    "/moderation/:guildId/roblox/mute",
                    Path,
                    G::ModerationWrite,
                    false,
                    &[],
                ),
                Endpoint::Unmute => (
                    Post,
                    "/moderation/:guildId/roblox/unmute",
                    Path,
                    G::ModerationWrite,
                    false,
                    &[(404, NoActiveMute)],
                ),
                // The docs show no guild for Shield; the general rule (no `:guildId` in the path
                // means `X-Guild-ID`) applies, and it ties Shield's log-channel side effect to us.
                Endpoint::ShieldCheck => {
                    (Get, "/shield/check/:robloxId", Header, G::Shield, true, &[])
                }
            };
        Route {
            method,
            path,
            guild_in,
            group,
            documented,
            refusals,
        }
    }

    /// What a refusal with `status` means for this endpoint, when it means more than the
    /// status does everywhere.
    pub fn refusal(self, status: u16) -> Option<Refusal> {
        self.route()
            .refusals
            .iter()
            .find(|(code, _)| *code == status)
            .map(|(_, refusal)| *refusal)
    }

    /// Stable short label for metrics and logs.
    pub fn name(self) -> &'static str {
        match self {
            Endpoint::LookupDiscord => "lookup_discord",
            Endpoint::LookupRoblox => "lookup_roblox",
            Endpoint::LookupBatch => "lookup_batch",
            Endpoint::ListBindings => "list_bindings",
            Endpoint::AddBinding => "add_binding",
            Endpoint::RemoveBinding => "remove_binding",
            Endpoint::TestBinding => "test_binding",
            Endpoint::BanStatus => "ban_status",
            Endpoint::MuteStatus => "mute_status",
            Endpoint::Ban => "ban",
            Endpoint::Unban => "unban",
            Endpoint::Mute => "mute",
            Endpoint::Unmute => "unmute",
            Endpoint::ShieldCheck => "shield_check",
        }
    }

    /// Whether the call changes state at Technified (decides the retry deadline and whether
    /// an ambiguous failure needs a read-back before re-sending).
    pub fn is_write(self) -> bool {
        matches!(
            self,
            Endpoint::AddBinding
                | Endpoint::RemoveBinding
                | Endpoint::Ban
                | Endpoint::Unban
                | Endpoint::Mute
                | Endpoint::Unmute
        )
    }

    /// Looks up an endpoint by its [`Endpoint::name`] (for rows read back from the store).
    pub fn from_name(name: &str) -> Option<Endpoint> {
        Endpoint::ALL.into_iter().find(|e| e.name() == name)
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique_and_round_trip() {
        let names: HashSet<_> = Endpoint::ALL.iter().map(|e| e.name()).collect();
        assert_eq!(names.len(), Endpoint::ALL.len());
        for endpoint in Endpoint::ALL {
            assert_eq!(Endpoint::from_name(endpoint.name()), Some(endpoint));
        }
        assert_eq!(Endpoint::from_name("nope"), None);
        let groups: HashSet<_> = RateGroup::ALL.iter().map(|g| g.name()).collect();
        assert_eq!(groups.len(), RateGroup::ALL.len());
    }

    #[test]
    fn path_routes_carry_the_guild_placeholder_and_others_do_not() {
        for endpoint in Endpoint::ALL {
            let route = endpoint.route();
            assert!(route.path.starts_with('/'), "{endpoint}");
            assert_eq!(
                route.path.contains(":guildId"),
                route.guild_in == GuildIn::Path,
                "{endpoint}"
            );
        }
    }

    #[test]
    fn renders_templates() {
        let ban_status = Endpoint::BanStatus.route();
        assert_eq!(
            ban_status.render(42, &[261]),
            "/moderation/42/ban-status/261"
        );
        assert_eq!(
            Endpoint::LookupDiscord
                .route()
                .render(42, &[123456789012345678]),
            "/lookup/discord/123456789012345678"
        );
        assert_eq!(
            Endpoint::Unmute.route().render(7, &[]),
            "/moderation/7/roblox/unmute"
        );
        assert_eq!(
            Endpoint::ListBindings.route().render(7, &[]),
            "/bindings/list"
        );
    }

    #[test]
    fn inferred_routes_are_exactly_the_ones_the_docs_only_imply() {
        let inferred: Vec<_> = Endpoint::ALL
            .into_iter()
            .filter(|e| !e.route().documented)
            .collect();
        assert_eq!(
            inferred,
            [
                Endpoint::RemoveBinding,
                Endpoint::TestBinding,
                Endpoint::Unban,
                Endpoint::Mute,
                Endpoint::Unmute
            ]
        );
    }

    #[test]
    fn quotas_match_the_documented_table() {
        let quotas: Vec<_> = RateGroup::ALL.iter().map(|g| g.quota()).collect();
        assert_eq!(quotas, [60, 100, 30, 300, 300, 50, 300]);
        assert_eq!(
            Endpoint::TestBinding.route().group,
            RateGroup::BindingsWrite
        );
        assert!(!Endpoint::TestBinding.is_write());
        assert!(!Endpoint::LookupBatch.is_write());
        assert!(Endpoint::Unban.is_write());
    }
}
