//! The size baseline of `scripts/size.sh`: a bare Slint window built with the app's Slint features
//! that also links the bundled SQLite, as small as an app of ours can be. Not part of the app.

slint::slint! {
    export component BareWindow inherits Window {
        in property <string> line: "Blue Vest";
        preferred-width: 412px;
        preferred-height: 915px;
        Text { text: root.line; wrap: word-wrap; width: 100%; font-size: 18px; }
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Keeps SQLite linked in: a real query, so the linker cannot drop it.
    let sqlite = rusqlite::Connection::open_in_memory()?;
    let version: String = sqlite.query_row("SELECT sqlite_version()", [], |r| r.get(0))?;
    let window = BareWindow::new()?;
    window.set_line(format!("Blue Vest (SQLite {version})").into());
    window.run()?;
    Ok(())
}
