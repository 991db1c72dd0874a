//! Rendering without a display: Slint's testing backend with the real software renderer, so
//! text is laid out with real fonts and `take_snapshot` gives real pixels.

use std::path::Path;

use i_slint_backend_testing::{TestingBackend, TestingBackendOptions};
use slint::platform::WindowEvent;
use slint::{ComponentHandle, LogicalSize, PhysicalSize, Rgba8Pixel, SharedPixelBuffer};

/// A phone of the target class: 1080×2400 px at 2.625× (412×915 logical).
pub const PHONE_PX: (u32, u32) = (1080, 2400);
pub const PHONE_SCALE: f32 = 2.625;
/// The phone's size in logical px (what layouts see).
pub const PHONE_LOGICAL: (f32, f32) = (412.0, 915.0);

/// Installs the headless backend on this thread. Call once per thread, before any UI is made.
pub fn init() {
    slint::platform::set_platform(Box::new(TestingBackend::new(TestingBackendOptions {
        mock_time: true,
        threading: false,
        renderer_name: Some("software".into()),
    })))
    .expect("the headless backend is installed before any window exists on this thread");
}

/// Lays `component` out at `width`×`height` physical px with `scale` physical px per logical px.
pub fn set_size(component: &impl ComponentHandle, width: u32, height: u32, scale: f32) {
    let window = component.window();
    window.dispatch_event(WindowEvent::ScaleFactorChanged { scale_factor: scale });
    // The testing window stores the physical size and reports it to the renderer…
    window.set_size(PhysicalSize::new(width, height));
    // …but passes it to layout as if it were logical: correct that for scales other than 1.
    window.dispatch_event(WindowEvent::Resized { size: LogicalSize::new(width as f32 / scale, height as f32 / scale) });
}

/// Sets the phone size used by screenshots and the benchmark.
pub fn set_phone_size(component: &impl ComponentHandle) {
    set_size(component, PHONE_PX.0, PHONE_PX.1, PHONE_SCALE);
}

/// Renders the whole window now.
pub fn snapshot(component: &impl ComponentHandle) -> Result<SharedPixelBuffer<Rgba8Pixel>, slint::PlatformError> {
    component.window().take_snapshot()
}

pub fn write_png(buffer: &SharedPixelBuffer<Rgba8Pixel>, path: &Path) -> anyhow::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let file = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut encoder = png::Encoder::new(file, buffer.width(), buffer.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(buffer.as_bytes())?;
    writer.finish()?;
    Ok(())
}
