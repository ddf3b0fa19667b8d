//! The file of `/roblox bulk-ban` and `bulk-unban`: downloaded from Discord's attachment URL
//! within [`MAX_FILE_BYTES`] ([`download`]), then read ([`parse`], pure): text or CSV, one
//! Roblox user ID per line in the first column, a header and `#` lines skipped, at most
//! [`MAX_IDS`] IDs.

use std::collections::HashSet;
use std::sync::OnceLock;
use std::time::Duration;

use super::{Error, Lang, text};

/// The largest file taken, declared or downloaded.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// The most accounts one file may name.
pub const MAX_IDS: usize = 5_000;
/// How long the download may take.
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(20);

/// Why a file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Larger than [`MAX_FILE_BYTES`] (as declared, or as it kept coming).
    TooBig { bytes: u64 },
    /// Not text: binary bytes, or not UTF-8.
    NotText,
    /// No Roblox ID in it (empty, or only comments and a header).
    Empty,
    /// Lines that are not a Roblox ID, and no ID at all.
    NothingValid { invalid_lines: Vec<usize> },
    /// More than [`MAX_IDS`] different IDs.
    TooMany { ids: usize },
    /// The download failed.
    Unreachable,
}

/// A file that can be used: its IDs in file order, each once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdList {
    pub ids: Vec<u64>,
    /// IDs left out because they were already listed.
    pub duplicates: usize,
    /// Line numbers (from 1) that are neither an ID, a header, a comment nor blank.
    pub invalid_lines: Vec<usize>,
}

/// Reads a file's bytes as a list of Roblox IDs.
pub fn parse(bytes: &[u8]) -> Result<IdList, Refusal> {
    if bytes.contains(&0) {
        return Err(Refusal::NotText);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Refusal::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.chars().any(|c| c.is_control() && !c.is_whitespace()) {
        return Err(Refusal::NotText);
    }
    let mut seen = HashSet::new();
    let mut list = IdList {
        ids: Vec::new(),
        duplicates: 0,
        invalid_lines: Vec::new(),
    };
    let mut header_allowed = true;
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let first = line
            .split([',', ';', '\t'])
            .next()
            .unwrap_or_default()
            .trim()
            .trim_matches('"')
            .trim();
        match first.parse::<u64>() {
            Ok(id) if id > 0 => {
                if seen.insert(id) {
                    list.ids.push(id);
                } else {
                    list.duplicates += 1;
                }
            }
            // The first line that is not blank nor a comment may name the columns.
            _ if header_allowed && first.chars().any(char::is_alphabetic) => {}
            _ => list.invalid_lines.push(index + 1),
        }
        header_allowed = false;
    }
    if list.ids.len() > MAX_IDS {
        return Err(Refusal::TooMany {
            ids: list.ids.len(),
        });
    }
    if list.ids.is_empty() {
        return Err(if list.invalid_lines.is_empty() {
            Refusal::Empty
        } else {
            Refusal::NothingValid {
                invalid_lines: list.invalid_lines,
            }
        });
    }
    Ok(list)
}

/// Downloads an attachment of `declared` bytes from `url` (Discord's CDN), refusing a file
/// declared larger than [`MAX_FILE_BYTES`] before any request, and stopping a download that
/// grows past it.
pub async fn download(url: &str, declared: u64) -> Result<Vec<u8>, Refusal> {
    if declared > MAX_FILE_BYTES {
        return Err(Refusal::TooBig { bytes: declared });
    }
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    let client = CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .timeout(DOWNLOAD_TIMEOUT)
            .build()
            .unwrap_or_default()
    });
    let unreachable = |e: reqwest::Error| {
        // The URL is signed; it is no secret, but there is no need to log it.
        tracing::warn!(error = %e.without_url(), "could not download a bulk file");
        Refusal::Unreachable
    };
    let mut response = client
        .get(url)
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(unreachable)?;
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(unreachable)? {
        bytes.extend_from_slice(&chunk);
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(Refusal::TooBig {
                bytes: bytes.len() as u64,
            });
        }
    }
    Ok(bytes)
}

impl Refusal {
    /// The refusal as the member reads it.
    pub fn error(self, lang: Lang) -> Error {
        Error::invalid(match self {
            Refusal::TooBig { bytes } => text::bulk_too_big(lang, bytes, MAX_FILE_BYTES),
            Refusal::NotText => text::bulk_not_text(lang).to_owned(),
            Refusal::Empty => text::bulk_empty(lang).to_owned(),
            Refusal::NothingValid { invalid_lines } => {
                text::bulk_nothing_valid(lang, &invalid_lines)
            }
            Refusal::TooMany { ids } => text::bulk_too_many(lang, ids, MAX_IDS),
            Refusal::Unreachable => text::bulk_unreachable(lang).to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_id_per_line_in_the_first_column() {
        let file = b"roblox_id,name\n261,builderman\n# raiders\n\n 156 ;x\n\"42\"\r\n261\n156\n";
        assert_eq!(
            parse(file),
            Ok(IdList {
                ids: vec![261, 156, 42],
                duplicates: 2,
                invalid_lines: Vec::new(),
            })
        );
    }

    #[test]
    fn lines_with_letters_are_named_by_number() {
        let file = "# list\n261\nbuilderman\n12x\n0\n-5\n262\n";
        let list = parse(file.as_bytes()).expect("some IDs are valid");
        assert_eq!(list.ids, vec![261, 262]);
        assert_eq!(list.invalid_lines, vec![3, 4, 5, 6]);
        // A header is only the first line; the same words later are invalid.
        assert_eq!(
            parse(b"alice\nbob\n"),
            Err(Refusal::NothingValid {
                invalid_lines: vec![2]
            })
        );
    }

    #[test]
    fn empty_files_and_files_of_comments_are_refused() {
        assert_eq!(parse(b""), Err(Refusal::Empty));
        assert_eq!(parse(b"\n\n  \n"), Err(Refusal::Empty));
        assert_eq!(parse(b"roblox_id\n# none yet\n"), Err(Refusal::Empty));
        assert_eq!(parse("\u{feff}\n".as_bytes()), Err(Refusal::Empty));
    }

    #[test]
    fn binary_is_not_text() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(parse(png), Err(Refusal::NotText));
        assert_eq!(parse(b"261\n\x1b[31m262\n"), Err(Refusal::NotText));
        assert_eq!(parse(&[0xff, 0xfe, b'2']), Err(Refusal::NotText));
    }

    #[test]
    fn at_most_five_thousand_ids() {
        let file = |n: u64| {
            (1..=n)
                .map(|id| format!("{id}\n"))
                .collect::<String>()
                .into_bytes()
        };
        assert_eq!(parse(&file(5_000)).map(|l| l.ids.len()), Ok(5_000));
        assert_eq!(parse(&file(5_001)), Err(Refusal::TooMany { ids: 5_001 }));
        // Duplicates do not count against the limit.
        let mut twice = file(5_000);
        twice.extend(file(5_000));
        assert_eq!(parse(&twice).map(|l| l.duplicates), Ok(5_000));
    }

    #[tokio::test]
    async fn a_file_declared_too_big_is_not_downloaded() {
        // No server at this address: a request would fail as unreachable, not as too big.
        let refused = download("http://127.0.0.1:9/attachments/1/2/big.csv", 10 << 20).await;
        assert_eq!(refused, Err(Refusal::TooBig { bytes: 10 << 20 }));
    }
}
