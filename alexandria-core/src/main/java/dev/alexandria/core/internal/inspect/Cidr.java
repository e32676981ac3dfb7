package dev.alexandria.core.internal.inspect;

import java.math.BigInteger;

/**
 * Terraform's {@code cidrsubnet}: its prefix parsed as Terraform's {@code ipaddr.ParseCIDR} parses it (Go 1.16's
 * {@code net} rules: IPv4 octets may have leading zeros, read as decimal; IPv6 with {@code ::} and an
 * embedded IPv4 tail; host bits masked off), the subnet computed as apparentlymart/go-cidr v1.1's
 * {@code SubnetBig} computes it, and the result printed as Go's {@code net.IPNet.String()} prints it. Stateless.
 */
final class Cidr {

    private Cidr() {
    }

    static String subnet(String prefix, long newbits, BigInteger netnum) throws Functions.FnError {
        int slash = prefix.indexOf('/');
        byte[] ip = slash < 0 ? null : parseIp(prefix.substring(0, slash));
        int bits = ip == null ? 0 : ip.length * 8;
        int len = -1;
        if (ip != null) {
            String m = prefix.substring(slash + 1);
            if (!m.isEmpty() && m.length() <= 3 && m.chars().allMatch(c -> c >= '0' && c <= '9')) {
                len = Integer.parseInt(m);
            }
        }
        if (ip == null || len < 0 || len > bits) {
            throw new Functions.FnError("invalid CIDR expression: invalid CIDR address: " + prefix);
        }
        if (newbits < 0) {
            throw new Functions.FnError("newbits must not be negative; it is the number of bits to extend the prefix "
                    + "by");
        }
        if (len + newbits > bits) {
            throw new Functions.FnError("insufficient address space to extend prefix of " + len + " by " + newbits);
        }
        int newLen = (int) (len + newbits);
        BigInteger max = BigInteger.ONE.shiftLeft((int) newbits).subtract(BigInteger.ONE);
        if (netnum.signum() < 0 || netnum.compareTo(max) > 0) {
            throw new Functions.FnError("prefix extension of " + newbits + " does not accommodate a subnet numbered "
                    + netnum);
        }
        BigInteger addr = new BigInteger(1, ip);
        BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - len).subtract(BigInteger.ONE);
        addr = addr.andNot(hostMask).or(netnum.shiftLeft(bits - newLen));
        return format(addr, bits) + "/" + newLen;
    }

    /** @return the 4 or 16 bytes of an address, or null when it is not one */
    static byte[] parseIp(String s) {
        if (s.indexOf(':') < 0) {
            return parseV4(s);
        }
        return parseV6(s);
    }

    private static byte[] parseV4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 7 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    private static byte[] parseV6(String s) {
        byte[] out = new byte[16];
        int ellipsis = -1;
        int i = 0;
        int pos = 0;
        if (s.startsWith("::")) {
            ellipsis = 0;
            pos = 2;
            if (pos == s.length()) {
                return out;
            }
        }
        while (i < 16) {
            int end = pos;
            while (end < s.length() && Character.digit(s.charAt(end), 16) >= 0 && s.charAt(end) < 128) {
                end++;
            }
            if (end == pos || end - pos > 4) {
                return null;
            }
            if (end < s.length() && s.charAt(end) == '.') {
                if (ellipsis < 0 && i != 12 || i + 4 > 16) {
                    return null;
                }
                int dotEnd = s.length();
                byte[] v4 = parseV4(s.substring(pos, dotEnd));
                if (v4 == null) {
                    return null;
                }
                System.arraycopy(v4, 0, out, i, 4);
                i += 4;
                pos = dotEnd;
                break;
            }
            int v = Integer.parseInt(s.substring(pos, end), 16);
            out[i] = (byte) (v >> 8);
            out[i + 1] = (byte) v;
            i += 2;
            pos = end;
            if (pos == s.length()) {
                break;
            }
            if (s.charAt(pos) != ':' || pos + 1 == s.length()) {
                return null;
            }
            pos++;
            if (s.charAt(pos) == ':') {
                if (ellipsis >= 0) {
                    return null;
                }
                ellipsis = i;
                pos++;
                if (pos == s.length()) {
                    break;
                }
            }
        }
        if (pos != s.length()) {
            return null;
        }
        if (i < 16) {
            if (ellipsis < 0) {
                return null;
            }
            int n = 16 - i;
            for (int j = i - 1; j >= ellipsis; j--) {
                out[j + n] = out[j];
            }
            for (int j = ellipsis + n - 1; j >= ellipsis; j--) {
                out[j] = 0;
            }
        } else if (ellipsis >= 0) {
            return null;
        }
        return out;
    }

    /** Go's {@code net.IP.String()}. */
    static String format(BigInteger addr, int bits) {
        byte[] b = new byte[bits / 8];
        byte[] raw = addr.toByteArray();
        for (int i = 0; i < b.length && i < raw.length; i++) {
            b[b.length - 1 - i] = raw[raw.length - 1 - i];
        }
        if (bits == 32) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        }
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= b[i] == 0;
        }
        if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return "::ffff:" + (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 16; i += 2) {
            int j = i;
            while (j < 16 && b[j] == 0 && b[j + 1] == 0) {
                j += 2;
            }
            if (j > i && j - i > bestLen && j - i >= 4) {
                bestStart = i;
                bestLen = j - i;
            }
            if (j > i) {
                i = j - 2;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 2;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff)));
        }
        return sb.toString();
    }
}
