//! Checks on what members type, made before any call so bad input changes nothing and costs
//! no quota. Each failure is an `Error::Invalid` whose text says what to fix.

use super::{Error, Lang, text};
use crate::technified::model::duration_secs;

/// At most this many users in one `/lookup batch` (Technified's anti-enumeration cap).
pub const BATCH_MAX: usize = 25;
/// Technified's reason limit is undocumented; Discord shows 1024 characters in a field, and
/// the audit line repeats the reason, so this keeps both readable.
pub const REASON_MAX: usize = 500;

/// A Roblox (or other upstream) numeric ID typed as an integer option.
pub fn positive_id(lang: Lang, name: &str, value: i64) -> Result<u64, Error> {
    u64::try_from(value)
        .ok()
        .filter(|v| *v > 0)
        .ok_or_else(|| Error::invalid(text::not_positive(lang, name)))
}

/// Group ranks: 0 to 255 each, and min ≤ max.
pub fn rank_range(lang: Lang, min: i64, max: i64) -> Result<(u8, u8), Error> {
    let rank = |name: &str, v: i64| {
        u8::try_from(v).map_err(|_| Error::invalid(text::rank_out_of_range(lang, name)))
    };
    let (min, max) = (rank("min_rank", min)?, rank("max_rank", max)?);
    if min > max {
        return Err(Error::invalid(text::ranks_reversed(lang, min, max)));
    }
    Ok((min, max))
}

pub fn priority(lang: Lang, value: Option<i64>) -> Result<Option<i64>, Error> {
    match value {
        Some(p) if !(0..=1000).contains(&p) => {
            Err(Error::invalid(text::priority_out_of_range(lang)))
        }
        other => Ok(other),
    }
}

pub fn min_days(lang: Lang, value: i64) -> Result<u32, Error> {
    u32::try_from(value)
        .ok()
        .filter(|d| *d <= 36_500)
        .ok_or_else(|| Error::invalid(text::min_days_out_of_range(lang)))
}

/// A moderation reason: required text of reasonable length.
pub fn reason(lang: Lang, value: &str) -> Result<String, Error> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::invalid(text::reason_missing(lang)));
    }
    if value.chars().count() > REASON_MAX {
        return Err(Error::invalid(text::reason_too_long(lang, REASON_MAX)));
    }
    Ok(value.to_owned())
}

pub fn optional_reason(lang: Lang, value: Option<&str>) -> Result<Option<String>, Error> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(|value| reason(lang, value))
        .transpose()
}

/// A punishment length: `permanent`, or a number with `s`, `m`, `h`, `d` or `w` (`30m`, `7d`).
/// Returns `None` for permanent, else the normalised text Technified receives.
pub fn duration(lang: Lang, value: Option<&str>) -> Result<Option<String>, Error> {
    let Some(value) = value.map(|v| v.trim().to_ascii_lowercase()) else {
        return Ok(None);
    };
    if value.is_empty() || value == "permanent" {
        return Ok(None);
    }
    let bad = || Error::invalid(text::not_a_duration(lang, &value));
    let seconds = duration_secs(&value).filter(|&s| s > 0).ok_or_else(bad)?;
    // Ten years is plenty; longer is almost certainly a typo for `permanent`.
    if seconds > 10 * 365 * 86_400 {
        return Err(Error::invalid(text::duration_too_long(lang)));
    }
    Ok(Some(value.trim_start_matches('0').to_owned()))
}

/// `/lookup batch` users: mentions (`<@1>`, `<@!1>`) or IDs, separated by spaces or commas.
/// Duplicates are dropped, order is kept.
pub fn user_list(lang: Lang, value: &str) -> Result<Vec<u64>, Error> {
    let mut ids = Vec::new();
    for token in value.split(|c: char| c.is_whitespace() || c == ',') {
        if token.is_empty() {
            continue;
        }
        let digits = token
            .strip_prefix("<@")
            .and_then(|t| t.strip_suffix('>'))
            .map(|t| t.trim_start_matches('!'))
            .unwrap_or(token);
        let id = digits
            .parse::<u64>()
            .ok()
            .filter(|id| *id > 0)
            .ok_or_else(|| {
                Error::invalid(text::not_a_user(lang, &super::embeds::truncate(token, 40)))
            })?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    if ids.is_empty() {
        return Err(Error::invalid(text::no_users(lang)));
    }
    if ids.len() > BATCH_MAX {
        return Err(Error::invalid(text::too_many_users(
            lang,
            BATCH_MAX,
            ids.len(),
        )));
    }
    Ok(ids)
}

/// A binding ID as chosen from autocomplete or typed: short, no spaces.
pub fn binding_id(lang: Lang, value: &str) -> Result<String, Error> {
    let value = value.trim();
    if value.is_empty()
        || value.len() > 64
        || !value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(Error::invalid(text::not_a_binding_id(lang)));
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn durations() {
        let lang = crate::discord::Lang::english();
        assert_eq!(duration(lang, None).unwrap(), None);
        assert_eq!(duration(lang, Some("permanent")).unwrap(), None);
        assert_eq!(duration(lang, Some(" 5M ")).unwrap().as_deref(), Some("5m"));
        assert_eq!(duration(lang, Some("7d")).unwrap().as_deref(), Some("7d"));
        for bad in ["5", "m", "5x", "-5m", "0m", "1.5h", "5 m", "99999w", "é"] {
            assert!(duration(lang, Some(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn ranks() {
        let lang = crate::discord::Lang::english();
        assert_eq!(rank_range(lang, 0, 255).unwrap(), (0, 255));
        assert_eq!(rank_range(lang, 50, 50).unwrap(), (50, 50));
        assert!(rank_range(lang, 51, 50).is_err());
        assert!(rank_range(lang, -1, 5).is_err());
        assert!(rank_range(lang, 0, 256).is_err());
    }

    #[test]
    fn user_lists() {
        let lang = crate::discord::Lang::english();
        assert_eq!(user_list(lang, "<@1>, <@!2> 3,,3").unwrap(), vec![1, 2, 3]);
        assert!(user_list(lang, "").is_err());
        assert!(user_list(lang, "<@abc>").is_err());
        let many = (1..=26)
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(user_list(lang, &many).is_err());
        let max = (1..=25)
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(",");
        assert_eq!(user_list(lang, &max).unwrap().len(), 25);
    }

    #[test]
    fn reasons() {
        let lang = crate::discord::Lang::english();
        assert!(reason(lang, "  ").is_err());
        assert_eq!(reason(lang, " spam ").unwrap(), "spam");
        assert!(reason(lang, &"x".repeat(REASON_MAX + 1)).is_err());
        assert_eq!(optional_reason(lang, Some("  ")).unwrap(), None);
    }

    #[test]
    fn ids() {
        let lang = crate::discord::Lang::english();
        assert_eq!(positive_id(lang, "roblox_id", 261).unwrap(), 261);
        assert!(positive_id(lang, "roblox_id", 0).is_err());
        assert!(positive_id(lang, "roblox_id", -5).is_err());
    }

    proptest! {
        #[test]
        fn parsers_never_panic(text in "\\PC{0,120}") {
            let lang = crate::discord::Lang::english();
            let _ = duration(lang, Some(&text));
            let _ = user_list(lang, &text);
            let _ = reason(lang, &text);
        }
    }
}
