//! The learner card's QR code as a Slint image: the `qrcode` crate's module matrix drawn as black
//! squares on white, inside the quiet zone of light modules that scanners need.

use qrcode::{Color, QrCode};
use slint::{Image, Rgb8Pixel, SharedPixelBuffer};

/// Light modules round the code (the QR standard asks for four).
pub const QUIET_ZONE: usize = 4;
/// Pixels per module; the view scales the image with pixelated sampling, so edges stay sharp.
pub const MODULE_PX: usize = 8;

/// The QR code of `text` as pixels, quiet zone included; `None` if it does not fit a QR code.
pub fn qr_pixels(text: &str) -> Option<SharedPixelBuffer<Rgb8Pixel>> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let modules = code.width();
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET_ZONE) * MODULE_PX;
    let mut buffer = SharedPixelBuffer::<Rgb8Pixel>::new(side as u32, side as u32);
    let pixels = buffer.make_mut_slice();
    let inside = QUIET_ZONE..QUIET_ZONE + modules;
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = (x / MODULE_PX, y / MODULE_PX);
            let dark = inside.contains(&mx)
                && inside.contains(&my)
                && colors[(my - QUIET_ZONE) * modules + (mx - QUIET_ZONE)] == Color::Dark;
            let v = if dark { 0 } else { 255 };
            pixels[y * side + x] = Rgb8Pixel { r: v, g: v, b: v };
        }
    }
    Some(buffer)
}

pub fn qr_image(text: &str) -> Option<Image> {
    qr_pixels(text).map(Image::from_rgb8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dark(buffer: &SharedPixelBuffer<Rgb8Pixel>, mx: usize, my: usize) -> bool {
        let side = buffer.width() as usize;
        // The middle pixel of the module.
        let (x, y) = (mx * MODULE_PX + MODULE_PX / 2, my * MODULE_PX + MODULE_PX / 2);
        buffer.as_slice()[y * side + x].r == 0
    }

    #[test]
    fn the_code_sits_in_a_white_quiet_zone_with_its_finder_patterns() {
        let buffer = qr_pixels("7KQ2-M9XD").unwrap();
        let modules = QrCode::new("7KQ2-M9XD").unwrap().width();
        assert_eq!(modules, 21, "a learner code fits the smallest QR version");
        let side = modules + 2 * QUIET_ZONE;
        assert_eq!(buffer.width() as usize, side * MODULE_PX);
        assert_eq!(buffer.height(), buffer.width());
        for i in 0..side {
            for edge in [0, QUIET_ZONE - 1, side - QUIET_ZONE, side - 1] {
                assert!(!dark(&buffer, i, edge) && !dark(&buffer, edge, i), "quiet zone at ({i}, {edge})");
            }
        }
        // The finder patterns' outer rings: top-left, top-right and bottom-left corners are dark,
        // the bottom-right is not a finder.
        let (first, last) = (QUIET_ZONE, QUIET_ZONE + modules - 1);
        assert!(dark(&buffer, first, first) && dark(&buffer, last, first) && dark(&buffer, first, last));
        assert!(!dark(&buffer, first + 1, first + 1), "the ring's light inside");
        assert!(dark(&buffer, first + 3, first + 3), "the finder's dark centre");
        // Every module is drawn as the matrix says.
        let colors = QrCode::new("7KQ2-M9XD").unwrap().to_colors();
        for my in 0..modules {
            for mx in 0..modules {
                let want = colors[my * modules + mx] == Color::Dark;
                assert_eq!(dark(&buffer, mx + QUIET_ZONE, my + QUIET_ZONE), want, "module ({mx}, {my})");
            }
        }
    }
}
