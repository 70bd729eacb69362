"""Vendor keys: each vendor's fixed prefix and the shape of the key after it, as a table.

A key with a fixed prefix (``sk-ant-``, ``AKIA``, ``ghp_``, ``glsa_``...) is a secret
wherever it is written, in a config or pasted into a chat without any word naming it, so
each pattern runs only where its prefix occurs: a ``str`` search in C on the pure path
(after a one-character ``in`` test, ``GATE``), a literal trigger of the multi-pattern
engine otherwise (``triggers.py``). A new vendor is one row of ``PREFIXED``.
"""

from __future__ import annotations

import re

__all__ = ["GATE", "GATE_CHARS", "PREFIXED", "PREFIXES", "SPAN_SHIFT"]


def _key(prefix: str, body: str) -> re.Pattern[str]:
    """The prefix (a literal: ``re`` skips to it in C), not glued to a word before it, then
    the body, not followed by more of a token."""
    lit = re.escape(prefix)
    return re.compile(rf"{lit}(?<![\w.\-]{lit}){body}(?![A-Za-z0-9_\-])")


def _gate_char(prefix: str) -> str:
    """The character of ``prefix`` that its one-character test looks for: the rarest in
    business prose by ``_RARITY`` (an underscore first, a dash or a dot last), so that the
    substring search runs in few texts."""
    return min(prefix, key=lambda ch: _RARITY.find(ch) % (len(_RARITY) + 1))


_RARITY = "_QJXZqjxzVKYvk0123456789BPGWFMUCHybpgwfmuchdlrsnioateSTRNOLDIAE-."


# Keys of more vendors: the prefix and the documented shape of the key after it (a new
# vendor is one row here; its gate character is chosen by ``_gate_char``).
_TABLE: tuple[tuple[str, str], ...] = (
    ("glsa_", r"[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}"),  # Grafana service account
    ("glc_", r"[A-Za-z0-9+/]{32,400}+={0,2}"),  # Grafana Cloud
    ("lin_api_", r"[A-Za-z0-9]{32,64}"),  # Linear
    ("PMAK-", r"[A-Za-z0-9]{24}-[A-Za-z0-9]{34}"),  # Postman
    ("dckr_pat_", r"[A-Za-z0-9_\-]{20,100}+"),  # Docker Hub
    ("shpat_", r"[a-fA-F0-9]{32}"),  # Shopify admin, shared secret, custom, private
    ("shpss_", r"[a-fA-F0-9]{32}"),
    ("shpca_", r"[a-fA-F0-9]{32}"),
    ("shppa_", r"[a-fA-F0-9]{32}"),
    ("NRAK-", r"[A-Z0-9]{27}"),  # New Relic user key
    ("ya29.", r"[0-9A-Za-z_\-]{20,2000}+"),  # Google OAuth access token
    ("GOCSPX-", r"[A-Za-z0-9_\-]{24,40}"),  # Google OAuth client secret
    ("gsk_", r"[A-Za-z0-9]{40,64}"),  # Groq
    ("r8_", r"[A-Za-z0-9]{30,40}"),  # Replicate
    ("pplx-", r"[A-Za-z0-9]{40,64}"),  # Perplexity
    ("sntrys_", r"[A-Za-z0-9+/=_\-]{40,400}+"),  # Sentry org token
    ("pscale_tkn_", r"[A-Za-z0-9_\-.]{32,64}"),  # PlanetScale
    ("pscale_pw_", r"[A-Za-z0-9_\-.]{32,64}"),
    ("doo_v1_", r"[a-f0-9]{64}"),  # DigitalOcean OAuth, refresh
    ("dor_v1_", r"[a-f0-9]{64}"),
    ("xapp-", r"[0-9]-[A-Z0-9]{6,15}-[0-9]{6,15}-[a-f0-9]{32,80}"),  # Slack app
    ("sbp_", r"[a-f0-9]{40}"),  # Supabase
    ("figd_", r"[A-Za-z0-9_\-]{38,45}"),  # Figma
    ("AGE-SECRET-KEY-1", r"[0-9A-Z]{58}"),  # age encryption key
    ("sq0atp-", r"[0-9A-Za-z_\-]{22,43}"),  # Square
    ("sq0csp-", r"[0-9A-Za-z_\-]{22,43}"),
    ("ntn_", r"[A-Za-z0-9]{40,50}"),  # Notion
    ("rubygems_", r"[a-f0-9]{48}"),
    ("hvs.", r"[A-Za-z0-9_\-]{24,200}+"),  # HashiCorp Vault service token
    ("lsv2_pt_", r"[a-f0-9]{32}_[a-f0-9]{10}"),  # LangSmith
    ("lsv2_sk_", r"[a-f0-9]{32}_[a-f0-9]{10}"),
    ("tskey-", r"(?:auth|api|client)-[A-Za-z0-9]{10,20}-[A-Za-z0-9]{20,40}"),  # Tailscale
    ("nvapi-", r"[A-Za-z0-9_\-]{60,70}"),  # NVIDIA
    ("squ_", r"[0-9a-f]{40}"),  # SonarQube user, project and global analysis tokens
    ("sqp_", r"[0-9a-f]{40}"),
    ("sqa_", r"[0-9a-f]{40}"),
    ("glrt-", r"[A-Za-z0-9_\-]{20,64}"),  # GitLab runner authentication token
    ("glptt-", r"[0-9a-f]{40}"),  # GitLab pipeline trigger token
    ("AKCp", r"[A-Za-z0-9]{60,80}"),  # JFrog Artifactory API key
    ("cmVmdGtu", r"[A-Za-z0-9]{40,80}"),  # JFrog reference token (base64 of "reftkn")
    ("CCIPAT_", r"[A-Za-z0-9]{22}_[a-f0-9]{40}"),  # CircleCI personal API token
)

# (prefix that must occur in the text, pattern whose group 0 is the secret)
PREFIXED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("sk-", re.compile(r"sk-(?<![\w\-]sk-)(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,300}+")),
    ("AKIA", re.compile(r"AKIA(?<![A-Za-z0-9]AKIA)[A-Z0-9]{16}(?![A-Za-z0-9])")),
    ("ASIA", re.compile(r"ASIA(?<![A-Za-z0-9]ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])")),
    ("gh", re.compile(r"gh[pousr]_(?<![\w]gh[pousr]_)[A-Za-z0-9]{30,255}+")),
    ("github_pat_", re.compile(r"github_pat_[A-Za-z0-9_]{22,255}+")),
    ("xox", re.compile(r"xox[abposre]-(?<![\w]xox[abposre]-)[A-Za-z0-9\-]{10,250}+")),
    ("_live_", re.compile(r"_live_(?<![\w][spr]k_live_)(?<=[spr]k_live_)[A-Za-z0-9]{10,250}+")),
    ("_test_", re.compile(r"_test_(?<![\w][sr]k_test_)(?<=[sr]k_test_)[A-Za-z0-9]{10,250}+")),
    ("AIza", re.compile(r"AIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])")),
    (
        "eyJ",
        re.compile(
            r"eyJ[A-Za-z0-9_\-]{8,4000}+\.eyJ[A-Za-z0-9_\-]{8,4000}+\.[A-Za-z0-9_\-]{8,1000}+"
        ),
    ),
    ("glpat-", re.compile(r"glpat-[A-Za-z0-9_\-]{20,64}+")),
    ("hf_", re.compile(r"hf_(?<![\w]hf_)[A-Za-z0-9]{30,64}+")),
    ("npm_", re.compile(r"npm_(?<![\w]npm_)[A-Za-z0-9]{36}(?![A-Za-z0-9])")),
    ("whsec_", re.compile(r"whsec_(?<![\w]whsec_)[A-Za-z0-9+/=]{24,100}+")),
    ("SG.", re.compile(r"SG\.(?<![\w.]SG\.)[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}(?![\w\-])")),
    ("dop_v1_", re.compile(r"dop_v1_(?<![\w]dop_v1_)[a-f0-9]{64}(?![\w])")),
    ("key-", re.compile(r"key-(?<![\w\-]key-)[a-z0-9]{32}(?![\w\-])")),
    ("pypi-", re.compile(r"pypi-(?<![\w\-]pypi-)[A-Za-z0-9_\-]{50,400}+")),
    ("ATATT", re.compile(r"ATATT(?<![A-Za-z0-9]ATATT)[A-Za-z0-9_\-=]{50,300}+")),
    ("dapi", re.compile(r"dapi(?<![\w]dapi)[a-f0-9]{32}(?![a-f0-9])")),
    # The signature of an Azure shared-access URL: whoever holds the URL has the access.
    ("sig=", re.compile(r"sig=(?<=[?&]sig=)[A-Za-z0-9%+/=]{20,300}+")),
    # Telegram bot tokens: "<bot id>:AA<33 characters>"; the id is public, the rest is not.
    (":AA", re.compile(r":AA(?<=[0-9]:AA)[A-Za-z0-9_\-]{33}(?![\w\-])")),
    # Webhook URLs are credentials themselves: whoever holds one can post as the app.
    (
        "hooks.slack.com/services/",
        re.compile(
            r"hooks\.slack\.com/services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/[A-Za-z0-9]{20,40}+"
        ),
    ),
    ("/api/webhooks/", re.compile(r"/api/webhooks/[0-9]{15,22}/[A-Za-z0-9_\-]{50,100}+")),
    *((prefix, _key(prefix, body)) for prefix, body in _TABLE),
)
# The prefixes alone, in PREFIXED's order: the engine's triggers and the public-value filter.
PREFIXES = tuple(prefix for prefix, _ in PREFIXED)

# A character each prefix contains, tested first because a one-character search is fastest.
GATE = {
    "sk-": "-", "AKIA": "A", "ASIA": "A", "gh": "_", "github_pat_": "_", "xox": "-",
    "_live_": "_", "_test_": "_", "AIza": "A", "eyJ": "J", "glpat-": "-", "hf_": "_", "npm_": "_",
    "whsec_": "_", "hooks.slack.com/services/": "/", "/api/webhooks/": "/", "SG.": "G",
    "dop_v1_": "_", "key-": "-", ":AA": "A", "pypi-": "-", "ATATT": "A", "dapi": "p",
    "sig=": "=",
    **{prefix: _gate_char(prefix) for prefix, _ in _TABLE},
}  # fmt: skip
# The memchr tests of the pure path: every gate above, and the "-" of a PEM header.
GATE_CHARS = "".join(sorted({*GATE.values(), "-"}))
# Where the secret starts relative to the match, where that is not the match's start: the
# "sk"/"rk" of a Stripe key stands before the literal its pattern starts on; a Telegram
# bot id (before ":AA") and the name of a URL parameter are not secret.
SPAN_SHIFT = {"_live_": -2, "_test_": -2, ":AA": 1, "sig=": 4}
