//! Build step: compile the Slint UI. Debug info is always on: the headless UI tests and
//! `blue-vest screenshot` find elements by accessible label, which needs it. (The content,
//! `locales/` and `assets/`, is embedded by the core crate.)

fn main() {
    let config = slint_build::CompilerConfiguration::new().with_debug_info(true);
    slint_build::compile_with_config("ui/app.slint", config).expect("compile ui/app.slint");
}
