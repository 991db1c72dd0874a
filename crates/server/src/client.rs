//! Who the client is, for rate limits: the connecting address, or behind a configured proxy
//! the address that proxy saw (`X-Forwarded-For`, trusted only from the configured proxy
//! addresses), with an IPv6 address keyed by its /64 (one subscriber's whole network).

use std::net::{IpAddr, Ipv6Addr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;

use crate::problem::Problem;
use crate::state::AppState;

/// An address or a network, `203.0.113.7` or `10.0.0.0/8`, `2001:db8::/32`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpNet {
    addr: IpAddr,
    prefix: u8,
}

impl IpNet {
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.addr, canonical(ip)) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.prefix)).unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(self.prefix)).unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

impl std::str::FromStr for IpNet {
    type Err = String;

    fn from_str(s: &str) -> Result<IpNet, String> {
        let bad = || format!("{s:?} is not an address or a network such as 10.0.0.0/8");
        let (addr, prefix) = match s.trim().split_once('/') {
            Some((a, p)) => (a, Some(p.parse::<u8>().map_err(|_| bad())?)),
            None => (s.trim(), None),
        };
        let addr = canonical(addr.parse::<IpAddr>().map_err(|_| bad())?);
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(max);
        if prefix > max {
            return Err(bad());
        }
        Ok(IpNet { addr, prefix })
    }
}

/// An IPv4 address written as IPv6 (`::ffff:1.2.3.4`) is the IPv4 address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// The key a client's requests are counted under: an IPv4 address, or an IPv6 address's /64.
pub fn limit_key(ip: IpAddr) -> IpAddr {
    match canonical(ip) {
        IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & !u128::from(u64::MAX))),
        v4 => v4,
    }
}

/// The client's address: the peer's, or, when the peer is a trusted proxy, the right-most
/// address in `X-Forwarded-For` that is not a trusted proxy itself.
pub fn client_ip(peer: IpAddr, forwarded_for: &[&str], trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: IpAddr| trusted.iter().any(|n| n.contains(ip));
    if !is_trusted(peer) {
        return canonical(peer);
    }
    let hops = forwarded_for.iter().flat_map(|h| h.split(',')).map(str::trim).rev();
    let mut client = canonical(peer);
    for hop in hops {
        // An entry that is not an address ends the chain: trust stops at what can be read.
        let Ok(ip) = hop.parse::<IpAddr>().map(canonical) else { break };
        client = ip;
        if !is_trusted(ip) {
            break;
        }
    }
    client
}

/// The rate-limit key of the request's client.
pub struct ClientKey(pub IpAddr);

impl FromRequestParts<AppState> for ClientKey {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Problem> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .unwrap_or(IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED));
        let forwarded: Vec<&str> =
            parts.headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
        Ok(ClientKey(limit_key(client_ip(peer, &forwarded, &state.trusted_proxies))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_for_is_believed_only_from_a_trusted_proxy() {
        let proxies: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap(), "2001:db8::1".parse().unwrap()];
        // The proxy forwards two different clients: two different keys.
        assert_eq!(client_ip(ip("10.0.0.5"), &["198.51.100.7"], &proxies), ip("198.51.100.7"));
        assert_eq!(client_ip(ip("10.0.0.5"), &["203.0.113.9"], &proxies), ip("203.0.113.9"));
        // A client's own X-Forwarded-For is not believed: only the right-most untrusted hop counts.
        assert_eq!(client_ip(ip("10.0.0.5"), &["1.2.3.4, 198.51.100.7"], &proxies), ip("198.51.100.7"));
        assert_eq!(client_ip(ip("10.0.0.5"), &["1.2.3.4", "198.51.100.7, 10.0.0.9"], &proxies), ip("198.51.100.7"));
        // Not from a proxy: the header is ignored.
        assert_eq!(client_ip(ip("198.51.100.7"), &["1.2.3.4"], &proxies), ip("198.51.100.7"));
        assert_eq!(client_ip(ip("::ffff:10.0.0.5"), &["garbage"], &proxies), ip("10.0.0.5"));
        assert_eq!(client_ip(ip("2001:db8::1"), &["2001:db8:1::77"], &proxies), ip("2001:db8:1::77"));
    }

    #[test]
    fn ipv6_clients_are_keyed_by_their_64() {
        assert_eq!(limit_key(ip("2001:db8:1:2:aaaa::1")), limit_key(ip("2001:db8:1:2:bbbb::2")));
        assert_ne!(limit_key(ip("2001:db8:1:2::1")), limit_key(ip("2001:db8:1:3::1")));
        assert_eq!(limit_key(ip("198.51.100.7")), ip("198.51.100.7"));
        assert_eq!(limit_key(ip("::ffff:198.51.100.7")), ip("198.51.100.7"));
    }

    #[test]
    fn networks_parse_and_match() {
        let net: IpNet = "192.168.0.0/16".parse().unwrap();
        assert!(net.contains(ip("192.168.200.1")) && !net.contains(ip("192.169.0.1")));
        assert!("0.0.0.0/0".parse::<IpNet>().unwrap().contains(ip("8.8.8.8")));
        for bad in ["10.0.0.0/33", "nonsense", "10.0.0.0/x", "::/129"] {
            assert!(bad.parse::<IpNet>().is_err(), "{bad}");
        }
    }
}
