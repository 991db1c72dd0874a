//! Makes the campaign's pack key pair: `cargo run -p blue-vest-core --example pack_key -- PUBLIC SECRET`
//! writes the public key (for `assets/pack-key.pub`) and the private key (keep it off the
//! repository, on the server only). Refuses to overwrite either file.

use std::io::Write;

use blue_vest_core::packs::{generate_keypair, signing_key_to_text, verifying_key_to_text};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [public, secret] = args.as_slice() else {
        anyhow::bail!("usage: pack_key PUBLIC-KEY-FILE SECRET-KEY-FILE");
    };
    let (signing, verifying) = generate_keypair();
    let mut secret_file = std::fs::File::create_new(secret)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        secret_file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    writeln!(secret_file, "# Blue Vest lesson pack signing key (Ed25519 seed, hex). Never commit it.")?;
    writeln!(secret_file, "{}", signing_key_to_text(&signing))?;
    let mut public_file = std::fs::File::create_new(public)?;
    writeln!(
        public_file,
        "# Blue Vest lesson pack key (Ed25519 public key, hex): the app installs only packs it signed."
    )?;
    writeln!(public_file, "{}", verifying_key_to_text(&verifying))?;
    println!("public key {} written to {public}; private key written to {secret}", verifying_key_to_text(&verifying));
    Ok(())
}
