//! Reading 16-bit PCM WAV (what espeak-ng writes and what voice packs ship) into samples, and
//! the two numbers that say "this is real speech": duration and loudness.

#[derive(Debug, Clone, PartialEq)]
pub struct Pcm {
    pub sample_rate: u32,
    pub channels: u16,
    /// Interleaved samples.
    pub samples: Vec<i16>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum WavError {
    #[error("not a RIFF/WAVE file")]
    NotWav,
    #[error("only 16-bit PCM is supported")]
    Unsupported,
    #[error("the file ends early")]
    Truncated,
}

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?))
}

/// Writes the real lengths into a WAV header that a streaming writer left as placeholders
/// (espeak-ng `--stdout` puts 0x7FFFF000-ish values in the RIFF and data sizes), so every
/// reader (sox, Python's `wave`, players) sees the true duration. Other files are left alone.
pub fn fix_stream_header(bytes: &mut [u8]) {
    if bytes.get(0..4) != Some(b"RIFF") || bytes.get(8..12) != Some(b"WAVE") {
        return;
    }
    let total = bytes.len();
    let mut i = 12;
    while i + 8 <= total {
        let len = u32_at(bytes, i + 4).unwrap_or(0) as usize;
        if &bytes[i..i + 4] == b"data" {
            let data = total - (i + 8);
            bytes[i + 4..i + 8].copy_from_slice(&(data as u32).to_le_bytes());
            bytes[4..8].copy_from_slice(&((total - 8) as u32).to_le_bytes());
            return;
        }
        i += 8 + len + (len & 1);
    }
}

/// Parses a WAV file. Streamed WAVs (espeak-ng `--stdout`) carry a placeholder data length;
/// then the data runs to the end of the bytes.
pub fn parse(bytes: &[u8]) -> Result<Pcm, WavError> {
    if bytes.get(0..4) != Some(b"RIFF") || bytes.get(8..12) != Some(b"WAVE") {
        return Err(WavError::NotWav);
    }
    let (mut i, mut format) = (12, None);
    while i + 8 <= bytes.len() {
        let id = &bytes[i..i + 4];
        let len = u32_at(bytes, i + 4).ok_or(WavError::Truncated)? as usize;
        let body = i + 8;
        if id == b"fmt " {
            let tag = u16_at(bytes, body).ok_or(WavError::Truncated)?;
            let channels = u16_at(bytes, body + 2).ok_or(WavError::Truncated)?;
            let rate = u32_at(bytes, body + 4).ok_or(WavError::Truncated)?;
            let bits = u16_at(bytes, body + 14).ok_or(WavError::Truncated)?;
            if tag != 1 || bits != 16 || channels == 0 {
                return Err(WavError::Unsupported);
            }
            format = Some((rate, channels));
        } else if id == b"data" {
            let (sample_rate, channels) = format.ok_or(WavError::Unsupported)?;
            let end = if len == 0 || len >= 0x7fff_0000 { bytes.len() } else { (body + len).min(bytes.len()) };
            let samples = bytes[body..end].chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]])).collect();
            return Ok(Pcm { sample_rate, channels, samples });
        }
        i = body + len + (len & 1);
    }
    Err(WavError::Truncated)
}

/// Writes 16-bit PCM as a WAV file.
pub fn encode(pcm: &Pcm) -> Vec<u8> {
    let data_len = (pcm.samples.len() * 2) as u32;
    let mut out = Vec::with_capacity(44 + data_len as usize);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&pcm.channels.to_le_bytes());
    out.extend_from_slice(&pcm.sample_rate.to_le_bytes());
    out.extend_from_slice(&(pcm.sample_rate * u32::from(pcm.channels) * 2).to_le_bytes());
    out.extend_from_slice(&(pcm.channels * 2).to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    for s in &pcm.samples {
        out.extend_from_slice(&s.to_le_bytes());
    }
    out
}

impl Pcm {
    pub fn duration_secs(&self) -> f64 {
        self.samples.len() as f64 / f64::from(self.sample_rate) / f64::from(self.channels)
    }

    /// Root-mean-square level in dBFS (0 is full scale; silence is −∞).
    pub fn rms_dbfs(&self) -> f64 {
        if self.samples.is_empty() {
            return f64::NEG_INFINITY;
        }
        let sum: f64 = self.samples.iter().map(|&s| (f64::from(s) / 32768.0).powi(2)).sum();
        20.0 * (sum / self.samples.len() as f64).sqrt().log10()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_levels() {
        let tone: Vec<i16> = (0..16000).map(|i| ((i as f64 * 0.1).sin() * 16384.0) as i16).collect();
        let pcm = Pcm { sample_rate: 16000, channels: 1, samples: tone };
        let back = parse(&encode(&pcm)).unwrap();
        assert_eq!(back, pcm);
        assert!((back.duration_secs() - 1.0).abs() < 1e-9);
        // A half-scale sine is about −9 dBFS.
        assert!((back.rms_dbfs() + 9.03).abs() < 0.1, "{}", back.rms_dbfs());
        let silence = Pcm { samples: vec![0; 16000], ..pcm };
        assert_eq!(silence.rms_dbfs(), f64::NEG_INFINITY);
    }

    #[test]
    fn a_streamed_header_gets_its_real_lengths() {
        let pcm = Pcm { sample_rate: 22050, channels: 1, samples: vec![100; 2205] };
        let mut bytes = encode(&pcm);
        // As espeak-ng writes it to a pipe: placeholder sizes.
        bytes[4..8].copy_from_slice(&0x7fff_f024u32.to_le_bytes());
        bytes[40..44].copy_from_slice(&0x7fff_f000u32.to_le_bytes());
        fix_stream_header(&mut bytes);
        assert_eq!(u32_at(&bytes, 4), Some(bytes.len() as u32 - 8));
        assert_eq!(u32_at(&bytes, 40), Some(2205 * 2));
        assert_eq!(bytes, encode(&pcm));
    }

    #[test]
    fn garbage_is_refused() {
        assert_eq!(parse(b"hello"), Err(WavError::NotWav));
    }
}
