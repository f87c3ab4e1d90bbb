package io.todoplatform.notifications.domain;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * Whether an IP address is on the public internet, where a user's webhook may be. Not
 * public: loopback, private (RFC 1918), shared (CGNAT, 100.64.0.0/10), link-local (where
 * cloud metadata services answer, 169.254.169.254), unique-local (fc00::/7, as AWS's
 * fd00:ec2::254), multicast, unspecified, broadcast, documentation, benchmarking and
 * reserved ranges (IANA's special-purpose address registries). An IPv4-mapped IPv6
 * address is judged as the IPv4 address it carries; IPv6 outside global unicast space
 * (2000::/3) is not public, which also refuses the other ways of embedding IPv4 (NAT64,
 * the old compatible form), and so are 6to4 and Teredo inside it.
 */
final class PublicAddresses {

	private static final List<Block> NOT_PUBLIC_IPV4 = Block.all("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
			"127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24",
			"192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");

	private static final Block GLOBAL_UNICAST = Block.of("2000::/3");

	/** IETF protocol assignments (with Teredo), documentation (two ranges) and 6to4. */
	private static final List<Block> NOT_PUBLIC_IPV6 = Block.all("2001::/23", "2001:db8::/32", "3fff::/20",
			"2002::/16");

	/**
	 * ::ffff:0:0/96, spelled out: Java reads that literal as the IPv4 address it maps.
	 */
	private static final Block IPV4_MAPPED = new Block(
			new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0 }, 96);

	private PublicAddresses() {
	}

	static boolean isPublic(InetAddress address) {
		var bytes = address.getAddress();
		if (bytes.length == 4) {
			return NOT_PUBLIC_IPV4.stream().noneMatch(block -> block.contains(bytes));
		}
		if (IPV4_MAPPED.contains(bytes)) {
			return NOT_PUBLIC_IPV4.stream().noneMatch(block -> block.contains(Arrays.copyOfRange(bytes, 12, 16)));
		}
		return GLOBAL_UNICAST.contains(bytes) && NOT_PUBLIC_IPV6.stream().noneMatch(block -> block.contains(bytes));
	}

	/** An address range in CIDR notation. */
	private record Block(byte[] prefix, int bits) {

		static List<Block> all(String... cidrs) {
			return Arrays.stream(cidrs).map(Block::of).toList();
		}

		static Block of(String cidr) {
			var slash = cidr.indexOf('/');
			return new Block(InetAddress.ofLiteral(cidr.substring(0, slash)).getAddress(),
					Integer.parseInt(cidr.substring(slash + 1)));
		}

		boolean contains(byte[] address) {
			if (address.length != prefix.length) {
				return false;
			}
			for (int bit = 0; bit < bits; bit++) {
				var mask = 0x80 >>> (bit % 8);
				if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}
	}

}
