//! The server's limits: the fixed ones, and (later) those a deployment tunes.

use std::time::Duration;

/// The largest body any request may carry: a full batch of 500 records is about 150 KiB.
pub const MAX_BODY_BYTES: usize = 512 * 1024;
/// No request may take longer than this.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
