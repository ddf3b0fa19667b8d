//! Encryption at rest for the servers' Technified API keys.
//!
//! Stored blob: `version (1 byte) || nonce (24 bytes) || ciphertext || tag (16 bytes)`, sealed
//! with XChaCha20-Poly1305 under the master key (`ENCRYPTION_KEY`). The associated data is the
//! version byte followed by the guild ID as a big-endian `u64`, so a blob copied into another
//! server's row, or relabelled with another version, fails to decrypt. The version byte names
//! the master key that sealed the blob, so the key can be rotated later by adding a version.

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::{Aead, Generate, Payload};
use chacha20poly1305::{Key, KeyInit, XChaCha20Poly1305, XNonce};
use secrecy::SecretString;
use zeroize::{Zeroize, Zeroizing};

/// The one blob format and master key generation there is today.
pub const BLOB_VERSION: u8 = 1;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;

/// What is wrong with a master key or a stored blob. Never includes key material: a base64
/// error would name an offending character of the key, so it is not passed on.
#[derive(Debug, thiserror::Error)]
pub enum CipherError {
    #[error("the encryption key is not valid standard base64")]
    InvalidBase64,
    #[error("the encryption key must be 32 bytes after base64 decoding, found {0}")]
    WrongLength(usize),
    #[error("key file {}: {problem}", path.display())]
    KeyFile {
        path: PathBuf,
        problem: Box<CipherError>,
    },
    #[error("cannot {action} key file {}: {error}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        error: io::Error,
    },
    #[error("the system random number generator failed")]
    Random,
    #[error("stored blob has unknown format version {0}")]
    UnknownVersion(u8),
    #[error("stored blob is too short")]
    Truncated,
    /// Wrong master key, wrong guild, or a modified blob: AEAD cannot tell which, by design.
    #[error("stored blob cannot be decrypted with this encryption key")]
    Decrypt,
}

/// The master key, ready to seal and open API keys.
pub struct KeyCipher {
    aead: XChaCha20Poly1305,
}

impl fmt::Debug for KeyCipher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("KeyCipher([REDACTED])")
    }
}

impl KeyCipher {
    /// A key as given in `ENCRYPTION_KEY`: 32 bytes, standard base64 (surrounding whitespace,
    /// such as a file's trailing newline, is ignored).
    pub fn from_base64(encoded: &str) -> Result<Self, CipherError> {
        let bytes = Zeroizing::new(
            STANDARD
                .decode(encoded.trim())
                .map_err(|_| CipherError::InvalidBase64)?,
        );
        let key =
            Key::try_from(bytes.as_slice()).map_err(|_| CipherError::WrongLength(bytes.len()))?;
        Ok(Self::from_key(key))
    }

    /// Wipes `key` once the cipher holds it: the master key lives on only inside the cipher,
    /// which wipes it when dropped.
    fn from_key(mut key: Key) -> Self {
        let aead = XChaCha20Poly1305::new(&key);
        key.as_mut_slice().zeroize();
        Self { aead }
    }

    /// Reads the key file at `path`, or on first run creates it (and its folder) with a new
    /// random key, readable by the owner only. The flag is true when the key was generated.
    pub fn load_or_generate(path: &Path) -> Result<(Self, bool), CipherError> {
        match fs::read_to_string(path) {
            Ok(encoded) => return Self::from_file_contents(path, &encoded).map(|c| (c, false)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(source) => return Err(io_error("read", path, source)),
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent).map_err(|e| io_error("create the folder of", path, e))?;
        }
        let key = Key::try_generate().map_err(|_| CipherError::Random)?;
        // Never overwrite a key another process wrote meanwhile; never readable by others.
        let mut file = match super::open::create_owner_only(path) {
            Ok(Some(file)) => file,
            Ok(None) => {
                let encoded = fs::read_to_string(path).map_err(|e| io_error("read", path, e))?;
                return Self::from_file_contents(path, &encoded).map(|c| (c, false));
            }
            Err(source) => return Err(io_error("create", path, source)),
        };
        let encoded = Zeroizing::new(STANDARD.encode(key.as_slice()));
        writeln!(file, "{}", encoded.as_str())
            .and_then(|()| file.sync_all())
            .map_err(|e| io_error("write", path, e))?;
        Ok((Self::from_key(key), true))
    }

    fn from_file_contents(path: &Path, encoded: &str) -> Result<Self, CipherError> {
        Self::from_base64(encoded).map_err(|e| CipherError::KeyFile {
            path: path.to_owned(),
            problem: Box::new(e),
        })
    }

    /// Seals `plaintext` for `guild_id` with a fresh random nonce.
    pub fn encrypt(&self, guild_id: u64, plaintext: &str) -> Vec<u8> {
        // 24-byte random nonces: collisions are negligible however many keys are sealed.
        let nonce = XNonce::generate();
        let aad = associated_data(BLOB_VERSION, guild_id);
        let sealed = self
            .aead
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext.as_bytes(),
                    aad: &aad,
                },
            )
            // Only fails for inputs of about 256 GiB.
            .expect("an API key is far below the XChaCha20-Poly1305 length limit");
        let mut blob = Vec::with_capacity(1 + NONCE_LEN + sealed.len());
        blob.push(BLOB_VERSION);
        blob.extend_from_slice(&nonce);
        blob.extend_from_slice(&sealed);
        blob
    }

    /// Opens a blob made by [`KeyCipher::encrypt`] for the same guild and master key.
    pub fn decrypt(&self, guild_id: u64, blob: &[u8]) -> Result<SecretString, CipherError> {
        let (&version, rest) = blob.split_first().ok_or(CipherError::Truncated)?;
        if version != BLOB_VERSION {
            return Err(CipherError::UnknownVersion(version));
        }
        if rest.len() < NONCE_LEN + TAG_LEN {
            return Err(CipherError::Truncated);
        }
        let (nonce, sealed) = rest.split_at(NONCE_LEN);
        let nonce = XNonce::try_from(nonce).map_err(|_| CipherError::Truncated)?;
        let aad = associated_data(version, guild_id);
        let plain = self
            .aead
            .decrypt(
                &nonce,
                Payload {
                    msg: sealed,
                    aad: &aad,
                },
            )
            .map_err(|_| CipherError::Decrypt)?;
        let text = String::from_utf8(plain).map_err(|_| CipherError::Decrypt)?;
        Ok(SecretString::from(text))
    }
}

fn associated_data(version: u8, guild_id: u64) -> [u8; 9] {
    let mut aad = [0; 9];
    aad[0] = version;
    aad[1..].copy_from_slice(&guild_id.to_be_bytes());
    aad
}

fn io_error(action: &'static str, path: &Path, error: io::Error) -> CipherError {
    CipherError::Io {
        action,
        path: path.to_owned(),
        error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    const KEY_A: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    const KEY_B: &str = "HwAeAR0CHAMbBBoFGQYYBxcIFgkVChQLEwwSDREOEA8=";
    const API_KEY: &str = "technified_123456789_s3cretS3cret";

    fn cipher(key: &str) -> KeyCipher {
        KeyCipher::from_base64(key).unwrap()
    }

    #[test]
    fn round_trip() {
        let c = cipher(KEY_A);
        let blob = c.encrypt(42, API_KEY);
        assert_eq!(c.decrypt(42, &blob).unwrap().expose_secret(), API_KEY);
    }

    #[test]
    fn blob_layout_and_fresh_nonces() {
        let c = cipher(KEY_A);
        let blob = c.encrypt(42, API_KEY);
        assert_eq!(blob[0], BLOB_VERSION);
        assert_eq!(blob.len(), 1 + NONCE_LEN + API_KEY.len() + TAG_LEN);
        assert!(!blob.windows(API_KEY.len()).any(|w| w == API_KEY.as_bytes()));
        let again = c.encrypt(42, API_KEY);
        assert_ne!(blob[1..1 + NONCE_LEN], again[1..1 + NONCE_LEN]);
    }

    #[test]
    fn wrong_guild_fails() {
        let c = cipher(KEY_A);
        let blob = c.encrypt(42, API_KEY);
        assert!(matches!(c.decrypt(43, &blob), Err(CipherError::Decrypt)));
    }

    #[test]
    fn wrong_master_key_fails() {
        let blob = cipher(KEY_A).encrypt(42, API_KEY);
        assert!(matches!(
            cipher(KEY_B).decrypt(42, &blob),
            Err(CipherError::Decrypt)
        ));
    }

    #[test]
    fn any_tampered_byte_fails() {
        let c = cipher(KEY_A);
        let blob = c.encrypt(42, API_KEY);
        for i in 1..blob.len() {
            let mut bad = blob.clone();
            bad[i] ^= 0x01;
            assert!(
                matches!(c.decrypt(42, &bad), Err(CipherError::Decrypt)),
                "byte {i}"
            );
        }
        let mut bad = blob.clone();
        bad[0] = 2;
        assert!(matches!(
            c.decrypt(42, &bad),
            Err(CipherError::UnknownVersion(2))
        ));
        assert!(matches!(
            c.decrypt(42, &blob[..blob.len() - 1]),
            Err(CipherError::Decrypt)
        ));
        assert!(matches!(
            c.decrypt(42, &blob[..NONCE_LEN + TAG_LEN]),
            Err(CipherError::Truncated)
        ));
        assert!(matches!(c.decrypt(42, &[]), Err(CipherError::Truncated)));
    }

    #[test]
    fn from_base64_errors_do_not_echo_the_input() {
        // 31 and 33 bytes, not base64, and URL-safe alphabet (not standard).
        let short = STANDARD.encode([7u8; 31]);
        let long = STANDARD.encode([7u8; 33]);
        let cases = [
            (short.as_str(), "found 31"),
            (long.as_str(), "found 33"),
            ("not base64 at all!", "not valid standard base64"),
            ("_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-", "not valid"),
            ("", "found 0"),
        ];
        for (input, expected) in cases {
            let message = KeyCipher::from_base64(input).unwrap_err().to_string();
            assert!(message.contains(expected), "{message}");
            if !input.is_empty() {
                assert!(!message.contains(input), "{message}");
            }
        }
    }

    #[test]
    fn debug_is_redacted() {
        assert_eq!(format!("{:?}", cipher(KEY_A)), "KeyCipher([REDACTED])");
    }

    #[test]
    fn load_or_generate_creates_private_file_and_rereads_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/folder/encryption.key");
        let (first, generated) = KeyCipher::load_or_generate(&path).unwrap();
        assert!(generated);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let encoded = fs::read_to_string(&path).unwrap();
        assert_eq!(STANDARD.decode(encoded.trim()).unwrap().len(), 32);

        let (second, generated) = KeyCipher::load_or_generate(&path).unwrap();
        assert!(!generated);
        let blob = first.encrypt(7, API_KEY);
        assert_eq!(second.decrypt(7, &blob).unwrap().expose_secret(), API_KEY);
    }

    #[test]
    fn load_or_generate_reports_a_bad_file_without_its_contents() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("encryption.key");
        fs::write(&path, "c2hvcnQ=\n").unwrap();
        let message = KeyCipher::load_or_generate(&path).unwrap_err().to_string();
        assert!(message.contains("encryption.key"), "{message}");
        assert!(message.contains("found 5"), "{message}");
        assert!(!message.contains("c2hvcnQ"), "{message}");
    }
}
