"""The built-in IP_ADDRESS detector: IPv4 and IPv6 host addresses.

Loopback, unspecified and netmask-like forms are left (``checks.ip_ok``), and so are the
version numbers shaped like a dotted quad ("firmware 5.4.1.225", "version = 3.9.4.195",
"5.15.0.91-generic"): the words around the number, a table column's heading or a version's
dash suffix say which it is; so do a section's word ("section 4.2.1.3") and a product's
name ("Python 3.12.1.0"). tcpdump's "192.168.1.20.51514 > 10.0.0.5.21:" joins each
address to its port with a dot: its arrow and its "IP " label say so, where a five-part
version alone ("10.0.0.5.21") stays.
"""

from __future__ import annotations

import ipaddress
import re
from bisect import bisect_left

from llmgate.redaction.checks import ip_ok
from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span
from llmgate.redaction.digits import _before, _in_runs, _long_runs
from llmgate.redaction.tables import column_heading

__all__ = ["NETWORK_WORDS", "PRODUCT_WORDS", "SECTION_WORDS", "IpDetector"]

_HEX = frozenset("0123456789abcdefABCDEF")
# Words that say a number after them is a host's address, not a version.
NETWORK_WORDS = (
    "server", "host", "ip", "addr", "address", "node", "gateway", "router", "from", "to", "at",
    "on", "via", "dns", "proxy", "client", "peer", "ssh", "ping", "subnet", "vpn", "lan", "wan",
    "sur", "auf", "von", "desde", "da",
)  # fmt: skip

# A document's section, table or figure number ("voir section 4.2.1.3", "paragraaf
# 3.1.2.4"), an SNMP object id ("OID: 1.3.6.1.2"), and software
# whose versions have four parts ("Python 3.12.1.0"), right before a public-shaped quad.
SECTION_WORDS = (
    "section", "sección", "seccion", "sezione", "paragraaf", "paragraph", "paragraphe",
    "abschnitt", "kapitel", "chapter", "chapitre", "capítulo", "capitulo", "capitolo",
    "hoofdstuk", "seção", "secção", "secao", "clause", "artikel", "article", "§",
    "table", "tabelle", "tableau", "tabla", "tabella", "tabel", "tabela", "figure", "fig\\.",
    "abbildung", "abb\\.", "figura", "oid", "enterprises",
)  # fmt: skip
PRODUCT_WORDS = (
    "python", "java", "jdk", "jre", "nodejs", "php", "ruby", "perl", "dotnet", "openssl",
    "openssh", "chrome", "firefox", "android", "ios", "macos", "ubuntu", "debian", "dsm",
)  # fmt: skip

# tcpdump joins an address and its port with a dot ("IP 192.168.1.20.51514 > 10.0.0.5.21:"):
# after "IP "/"IP6 " or "> ", a quad, a dot and a port, then the arrow or the colon.
# With -e or -v the source stands after the link layer's "length 74: " or alone on an
# indented line: there its arrow must follow.
_TCPDUMP = re.compile(
    r"(?:\bIP6?[ \t]|>[ \t])([0-9]{1,3}(?:\.[0-9]{1,3}){3})\.[0-9]{1,5}(?=[ \t]>|:[ \t]|,)"
    r"|(?:^[ \t]*|\blength[ \t][0-9]{1,5}:[ \t])"
    r"([0-9]{1,3}(?:\.[0-9]{1,3}){3})\.[0-9]{1,5}(?=[ \t]>[ \t])",
    re.MULTILINE,
)


class IpDetector(BuiltinDetector):
    """IPv4 and IPv6 host addresses; loopback, unspecified and version numbers are left."""

    name = "ip_address"
    entities = frozenset({"IP_ADDRESS"})

    # Matched on ``ScanContext.shape`` (every digit reads "0"; see ``digits._in_runs``).
    _V4 = re.compile(rb"00{0,2}\.(?:0{1,3}\.){2}0{1,3}(?!0|\.0)")
    _V4_GLUED = re.compile(r"[\w.\-]")
    # A version's parts mostly stay small: with a version word right before, a private
    # address with a part of three digits ("firmware 10.0.0.125") is read as an address.
    _SMALL_PARTS = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2}){3}")
    _RANGE = re.compile(r"[0-9]-")  # the second address of a range "10.0.0.100-10.0.0.200"
    _V6_CORE = re.compile(r":[0-9A-Fa-f]{0,4}:")
    # The hex-and-colon stretch that ends at a core, matched on the reversed 40 characters
    # before it: one attempt instead of a search that tries each of the 40 starts.
    _V6_LEFT_REVERSED = re.compile(r"[0-9A-Fa-f:]{0,40}")
    _DIGIT = re.compile(r"[0-9]")
    _V6_RIGHT = re.compile(r"[0-9A-Fa-f:]{0,40}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3})?")
    _QUAD = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}")
    # A version word right before the number ("firmware 2.4.1.7", "build: 10.0.19041.1"); a
    # word further back is another clause ("server 10.0.0.5 runs release 7"). "client 4.3.9.96"
    # names a client's version; a log's "client: 203.0.113.45" its address.
    _VERSION = re.compile(
        r"(?:(?:version|versión|versione|versie|versão|versao|release|firmware|build|\bver|\bv)"
        r"\.?[\"']?[ \t]*[:=#]?[ \t]*[\"']?"
        r"|\bclient[ \t]+|\(v)\Z"
    )
    # Up to two words between the version word and the number ("firmware bilancia
    # 5.4.1.225", "Version der Waage 8.1.7.161"), none of them a network word: "firmware
    # server 10.0.0.5" names a server.
    _VERSION_NEAR = re.compile(
        r"(?:version|versión|versione|versie|versão|release|firmware|build|kernel)"
        rf"(?:[ \t]+(?!(?:{'|'.join(NETWORK_WORDS)})(?![^\W\d_]))[^\W\d_]{{2,20}}){{1,3}}"
        r"[ \t]*[:=]?[ \t]*\Z"
    )
    # An update, or a component that has versions, right before the number ("upgraded to
    # 4.18.0.147", "aggiornato alla 5.4.1.225", "kernel 5.4.0.150", "BIOS 1.12.0.233").
    _VERSION_LEAD = re.compile(
        r"(?:update[ds]?|upgrade[ds]?|aktualisiert|aggiornat[oa]|bijgewerkt|atualizad[oa]"
        r"|actualizad[oa]|mis[ \t]+à[ \t]+jour|kernel|bios|driver|treiber|pilote|patch|hotfix"
        rf"|{'|'.join(SECTION_WORDS)}|{'|'.join(PRODUCT_WORDS)})"
        r"(?:[ \t]+(?:to|auf|zu|en|a|alla|al|naar|para|vers|version))?[ \t]*[:=]?[ \t]*\Z"
    )
    # What a version number carries after a dash and an address never does
    # ("5.15.0.91-generic", "4.18.0.147-el8", "2.1.0.44-rc1").
    _VERSION_SUFFIX = re.compile(
        r"-(?:generic|lowlatency|amd64|arm64|x86_64|aarch64|el[0-9]|fc[0-9]|rc[0-9]*|beta"
        r"|alpha|snapshot|release|lts|stable|dev|nightly|build|hotfix)(?![^\W_])",
        re.IGNORECASE,
    )
    _WORD = re.compile(r"[\w.]")
    # A CIDR prefix length belongs to the address ("10.8.0.0/16" names a network of
    # hosts); a path ("/16/page") or a word glued on is no prefix. An IPv6 zone ("%eth0")
    # names an interface of this machine and stays.
    _CIDR = re.compile(r"/([0-9]{1,3})(?![\w/\-]|\.\w)")

    def _tail(self, text: str, end: int, limit: int) -> int:
        """``end`` moved past a prefix length that follows the address."""
        cidr = self._CIDR.match(text, end)
        if cidr is not None and int(cidr.group(1)) <= limit:
            end = cidr.end()
        return end

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        out: list[Span] = []
        if "." in text:
            runs = ctx.runs_with(4, dots=3) if ctx.hits is None else _long_runs(ctx, "digits:ipv4")
            for m in _in_runs(self._V4, ctx.shape, runs, 7):
                start, end = m.span()
                if (
                    start
                    and self._V4_GLUED.match(text, start - 1)
                    and not self._RANGE.match(text, start - 2)
                ):
                    continue
                before = _before(text, start, 24, ctx.lower_latin1)
                if ip_ok(text[start:end]) and not self._a_version(text, start, end, before):
                    out.append(Span(start, self._tail(text, end, 32), "IP_ADDRESS"))
            if "> " in text:
                out.extend(self._tcpdump(text))
        if ctx.hits is not None:
            cores = ctx.hits.starts("ip:v6core")
            if cores:
                out.extend(self._v6(text, cores))
        elif "::" in text or ":" in text:
            out.extend(self._v6(text))
        return out

    @staticmethod
    def _tcpdump(text: str) -> list[Span]:
        """The addresses of tcpdump's "address.port" pairs (the quad pattern leaves a quad
        that a dot and digits follow: "10.0.0.5.21" alone is a five-part version)."""
        out: list[Span] = []
        for m in _TCPDUMP.finditer(text):
            group = 1 if m.group(1) is not None else 2
            if ip_ok(m.group(group)):
                out.append(Span(m.start(group), m.end(group), "IP_ADDRESS"))
        return out

    def _a_version(self, text: str, start: int, end: int, before: str) -> bool:
        """Whether the dotted quad at ``text[start:end]`` is a version number: a version
        word right before it and small parts, or any public address's shape under a version
        word (an address a version word names is a private one: "firmware 10.0.0.5" is
        read as an address when a part has three digits), or after a version word and a
        word or two, or a version's dash suffix after it, or in a column headed so."""
        if self._VERSION_SUFFIX.match(text, end) is not None:
            return True
        named = self._VERSION.search(before) is not None
        if named and self._SMALL_PARTS.fullmatch(text, start, end):
            return True
        if not (
            named
            or self._VERSION_NEAR.search(before)
            or self._VERSION_LEAD.search(before)
            or self._version_column(text, start)
        ):
            return False
        return not ipaddress.ip_address(text[start:end]).is_private

    def _version_column(self, text: str, start: int) -> bool:
        """Whether the quad sits in a table column whose heading is a version word."""
        if "\n" not in text:
            return False
        heading = column_heading(text, start)
        return heading is not None and self._VERSION.search(heading) is not None

    @staticmethod
    def _after_label(text: str, start: int, end: int) -> int:
        """Where the address starts after a label glued on with a colon ("IPv6:2001:db8::7",
        "addr:fe80::1"), or -1: the label holds a letter that is no hex digit, else the
        stretch is one token (a hash, a MAC-like run) and no address."""
        lo = start
        while lo and (text[lo - 1].isalnum() or text[lo - 1] == "_"):
            lo -= 1
        colon = text.find(":", start, end)
        if colon < 0 or text.startswith(":", colon + 1) or colon + 1 >= end:
            return -1
        if all(ch in _HEX for ch in text[lo:colon]):
            return -1
        return colon + 1

    def _next_core(self, text: str, pos: int, cores: list[int] | None) -> re.Match[str] | None:
        """``_V6_CORE.search(text, pos)``; with the engine, tried only where cores start."""
        if cores is None:
            return self._V6_CORE.search(text, pos)
        for i in range(bisect_left(cores, pos), len(cores)):
            m = self._V6_CORE.match(text, cores[i])
            if m is not None:
                return m
        return None

    def _v6(self, text: str, cores: list[int] | None = None) -> list[Span]:
        out: list[Span] = []
        pos = 0
        while (m := self._next_core(text, pos, cores)) is not None:
            core = m.start()
            lo = core - 40 if core > 40 else 0
            left = self._V6_LEFT_REVERSED.match(text[lo:core][::-1])
            start = core - left.end()  # type: ignore[union-attr]  # {0,40}: always a match
            right = self._V6_RIGHT.match(text, m.end())
            end = right.end() if right is not None else m.end()
            if text.startswith(".", end):
                # "::ffff:192.0.2.1": the hex run took "192", leaving the quad's tail.
                quad = self._QUAD.match(text, text.rfind(":", start, end) + 1)
                if quad is not None and quad.end() > end:
                    end = quad.end()
            pos = max(end, core + 1)
            candidate = text[start:end]  # only ASCII hex digits, colons and dots
            if end - start < 3 or self._DIGIT.search(candidate) is None:
                continue
            if start and self._WORD.match(text, start - 1) and text[start - 1] != ".":
                start = self._after_label(text, start, end)
                if start < 0:
                    continue
                candidate = text[start:end]
            if candidate[-1] == ":" and candidate[-2] != ":" and text.startswith(("/", "~"), end):
                # rsync's or scp's "deploy@2001:db8::7:/var/www" without brackets: the
                # colon before the path is no part of the address
                end -= 1
                candidate = candidate[:-1]
            if end < len(text) and (text[end].isalnum() or text[end] == "_"):
                continue
            # Without "::" an IPv6 address has 7 colons (6 before a dotted quad): times
            # ("10:30:00") and MAC-like pairs are rejected before ``ipaddress`` raises.
            if ("::" in candidate or candidate.count(":") >= 6) and ip_ok(candidate):
                out.append(Span(start, self._tail(text, end, 128), "IP_ADDRESS"))
        return out
