//! Technified API keys: `technified_<guildId>_<random>`.
//!
//! The key is a secret: `ApiKey` has no `Debug` or `Display`, and the only ways to see it are
//! `expose` (for the request header and the encrypted store) and `masked` (for people).

use secrecy::{ExposeSecret, SecretString};

const PREFIX: &str = "technified_";
/// Generous bound: real keys are far shorter, and a pasted novel is not a key.
const MAX_LEN: usize = 200;

pub struct ApiKey {
    guild_id: u64,
    full: SecretString,
}

/// Why a string is not a Technified key. The messages name the part that is wrong, never the
/// key itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum KeyFormatError {
    #[error("the key is empty")]
    Empty,
    #[error("the key is too long")]
    TooLong,
    #[error("the key does not start with `technified_`")]
    MissingPrefix,
    #[error("the key has no server ID after `technified_`")]
    MissingGuild,
    #[error("the server ID in the key is not a Discord ID")]
    GuildNotNumeric,
    #[error("the key has nothing after the server ID")]
    MissingSecret,
    #[error("the key contains spaces or characters a key cannot have")]
    InvalidCharacters,
}

impl ApiKey {
    /// Parses a key as pasted by a person: surrounding whitespace is ignored.
    pub fn parse(input: &str) -> Result<Self, KeyFormatError> {
        let key = input.trim();
        if key.is_empty() {
            return Err(KeyFormatError::Empty);
        }
        if key.len() > MAX_LEN {
            return Err(KeyFormatError::TooLong);
        }
        if !key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return Err(KeyFormatError::InvalidCharacters);
        }
        let rest = key
            .strip_prefix(PREFIX)
            .ok_or(KeyFormatError::MissingPrefix)?;
        let (guild, secret) = rest.split_once('_').unwrap_or((rest, ""));
        if guild.is_empty() {
            return Err(KeyFormatError::MissingGuild);
        }
        let guild_id = guild
            .parse::<u64>()
            .ok()
            .filter(|id| *id > 0)
            .ok_or(KeyFormatError::GuildNotNumeric)?;
        if secret.is_empty() {
            return Err(KeyFormatError::MissingSecret);
        }
        Ok(Self {
            guild_id,
            full: SecretString::from(key.to_owned()),
        })
    }

    /// The Discord server the key belongs to.
    pub fn guild_id(&self) -> u64 {
        self.guild_id
    }

    /// The whole key; only for the `X-API-Key` header and for encryption at rest.
    pub fn expose(&self) -> &str {
        self.full.expose_secret()
    }

    /// `technified_<guild>_…abcd`: enough for an admin to tell keys apart.
    pub fn masked(&self) -> String {
        let key = self.expose();
        let tail = &key[key.len().saturating_sub(4)..];
        format!("{PREFIX}{}_…{tail}", self.guild_id)
    }
}

impl Clone for ApiKey {
    fn clone(&self) -> Self {
        Self {
            guild_id: self.guild_id,
            full: SecretString::from(self.expose().to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_guild_and_masks() {
        let key = ApiKey::parse("  technified_1234567890_abcDEF123xyz \n").unwrap();
        assert_eq!(key.guild_id(), 1234567890);
        assert_eq!(key.expose(), "technified_1234567890_abcDEF123xyz");
        assert_eq!(key.masked(), "technified_1234567890_…3xyz");
    }

    #[test]
    fn secret_may_contain_underscores() {
        let key = ApiKey::parse("technified_42_a_b_c").unwrap();
        assert_eq!(key.guild_id(), 42);
        assert_eq!(key.masked(), "technified_42_…_b_c");
    }

    #[test]
    fn precise_errors() {
        use KeyFormatError::*;
        let cases = [
            ("", Empty),
            ("   ", Empty),
            ("tech_123_abc", MissingPrefix),
            ("TECHNIFIED_123_abc", MissingPrefix),
            ("technified__abc", MissingGuild),
            ("technified_12a_abc", GuildNotNumeric),
            ("technified_0_abc", GuildNotNumeric),
            ("technified_99999999999999999999999_abc", GuildNotNumeric),
            ("technified_123", MissingSecret),
            ("technified_123_", MissingSecret),
            ("technified_123_ab cd", InvalidCharacters),
            ("technified_123_ab\u{e9}", InvalidCharacters),
        ];
        for (input, expected) in cases {
            assert_eq!(ApiKey::parse(input).err(), Some(expected), "{input:?}");
        }
        assert_eq!(
            ApiKey::parse(&format!("technified_1_{}", "a".repeat(300))).err(),
            Some(TooLong)
        );
    }

    proptest! {
        #[test]
        fn never_panics_and_round_trips(input in "\\PC{0,80}") {
            if let Ok(key) = ApiKey::parse(&input) {
                prop_assert_eq!(key.expose(), input.trim());
                prop_assert!(key.masked().starts_with("technified_"));
            }
        }

        #[test]
        fn well_formed_keys_parse(guild in 1u64.., secret in "[A-Za-z0-9_-]{1,60}") {
            let key = ApiKey::parse(&format!("technified_{guild}_{secret}")).unwrap();
            prop_assert_eq!(key.guild_id(), guild);
        }
    }
}
