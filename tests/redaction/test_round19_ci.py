"""Issue 13, round 19 (CI/CD credential stores, SECRET with precision): Jenkins
script-console dumps (record lines, property dumps, Groovy's printed lists, the answer of
Secret.decrypt or of a printed secret), Jenkins' {AQAAAB...}, Bamboo's BAMSCRT@ and
TeamCity's zxx values, GitLab variables API records, TeamCity parameters, the command
lines that store a secret (gh, drone, circleci), an installer's first admin password, a
Nexus user token, SonarQube, GitLab runner, Artifactory and CircleCI tokens; and the values
beside them that stay: GPG key ids and fingerprints, SSH public keys, credential ids,
secrets' names, masks, build numbers, SHAs, plugin versions, Java hash codes. One case
each through the public API, beside the look-alike it must leave; floors for the round's
development file (dev_issue13_r19_ci.txt) and its private split, both written before the
rules (the private split's test reports counts only)."""

from __future__ import annotations

import time
from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)
BLOB = "{AQAAABAAAAAQ8yJb2Kq0Wm4Tn7Xc1Rv5Ls9Pd3Hf6Ga0Ue2Io8Zy4Nx7Mw1Qb=}"
SQU = "squ_5b0e7c2a9d4f61e83a07c5b29d1e4f6a8c3b7d20"
GPG = "7B3F0E1D9C2A4865"
FPR = "4C8E2A7F1B3D9E06A5C4B2F18D7E3A9C0B6F1D24"
UUID = "5d2e8f41-7a3c-4b19-9e06-c1f2a8b7d934"
PUB = "AAAAC3NzaC1lZDI1NTE5AAAAIQk7Lr2Vx9Pm4Tz8Wn1Bc5Hd3Jf6Gs0Ka2Ye7Ui9Oq"

POSITIVES = [
    # Jenkins script-console output: record lines, printed lists, answers below
    ("SECRET", "lookupCredentials(...).each { println it.id + ' | ' + it.password }\n"
     "deploy-maven | Maven deploy (Ilse Brandt) | mvn-ci | Brandt!Mvn-6604", "Brandt!Mvn-6604"),
    ("SECRET", "SystemCredentialsProvider dump:\nci-smtp\tUsernamePasswordCredentialsImpl\t"
     "Relay#Kiel-2290", "Relay#Kiel-2290"),
    ("SECRET", "UsernamePasswordCredentialsImpl ftp-atelier atelier-ci Atel!er-Ftp58",
     "Atel!er-Ftp58"),
    ("SECRET", "lookupCredentials:\nregistry-ci: pusher Push!Hafen-7718", "Push!Hafen-7718"),
    ("SECRET", "Result: [[smtp-relay-fr, Relais SMTP, Relais!Lille-3306], [gh, GitHub, null]]",
     "Relais!Lille-3306"),
    ("SECRET", f"println(hudson.util.Secret.decrypt('{BLOB}'))\nNantes!Dec-4471",
     "Nantes!Dec-4471"),
    ("SECRET", "println(c.secret)\nResult: Secr3t!Groovy-85", "Secr3t!Groovy-85"),
    ("SECRET", "'println(d.smtpPassword)' restituisce Told!Smtp-Lecce4", "Told!Smtp-Lecce4"),
    ("SECRET", f"<password>{BLOB}</password>", BLOB),
    ("SECRET", "CredentialsImpl dump, Segredo: Minho!Seg-5093", "Minho!Seg-5093"),
    ("SECRET", "credentials: id=ci-it user=ci pass: Arno!Pass-2719", "Arno!Pass-2719"),
    # encrypted and scrambled stores
    ("SECRET", "deploy.password: BAMSCRT@0@0@q8Zx2Lm7Vw4Pk9Rt1Yb6Nc3Hs5Jd0Gf=",
     "BAMSCRT@0@0@q8Zx2Lm7Vw4Pk9Rt1Yb6Nc3Hs5Jd0Gf="),
    ("SECRET", '<param name="env.X" value="zxx9e4c1b7a2d5f80e3c6b9a1d4f7e20c5b8" />',
     "zxx9e4c1b7a2d5f80e3c6b9a1d4f7e20c5b8"),
    # CI stores' own records and the command lines that set a secret
    ("SECRET", '{"variable_type":"env_var","key":"MAVEN_PASSWORD","value":"Mvn!Gitlab-3381",'
     '"protected":true}', "Mvn!Gitlab-3381"),
    ("SECRET", '<param name="env.FTP_PASSWORD" value="Tc!Ftp-Breda62" />', "Tc!Ftp-Breda62"),
    ("SECRET", "key=SMTP_PASSWORD value=Smtp!Var-Huelva8 masked=true", "Smtp!Var-Huelva8"),
    ("SECRET", "gh secret set MAVEN_PASSWORD --body 'Gh!Body-Arnhem4'", "Gh!Body-Arnhem4"),
    ("SECRET", 'echo "Gh!Pipe-Tilburg9" | gh secret set FTP_PASSWORD', "Gh!Pipe-Tilburg9"),
    ("SECRET", "drone secret add --repository a/b --name ftp_pass --data Drone!Data-517",
     "Drone!Data-517"),
    ("SECRET", "circleci context store-secret gh/acme ctx FTP_PASS <<< 'Circle!Ctx-803'",
     "Circle!Ctx-803"),
    ("SECRET", f"$ cat /nexus-data/admin.password\n{UUID}", UUID),
    ("SECRET", "Name code: Hw7qLr2N\nPass code: Xk9Rt2Lm8Vw3Pz7Qn4Bc6Hj1Ys5Ua0Fd9Ge2Ti8Ok",
     "Hw7qLr2N"),
    # vendor tokens
    ("SECRET", f"-Dsonar.token={SQU}", SQU),
    ("SECRET", "runner token glrt-Vq8Lm2Xz7Pk4Rt9Wn3Bc", "glrt-Vq8Lm2Xz7Pk4Rt9Wn3Bc"),
]  # fmt: skip

NEGATIVES = [
    # GPG keys, SSH public keys, fingerprints
    (f"sec   rsa4096/{GPG} 2025-03-02 [SC]", GPG),
    (f"gpg: key {GPG}: public key imported", GPG),
    (f"Clé de signature des paquets (clé {GPG})", GPG),
    (f"GPG key van de release manager: {GPG}", GPG),
    (f"keyid: 0x{GPG}", GPG),
    (f"      {FPR}\nuid   [ultimate] CI <ci@example.org>\nsigning key fingerprint {FPR}", FPR),
    (f"UsernamePasswordCredentialsImpl dump\nssh-ed25519 {PUB} jenkins@agent", PUB),
    # credential ids, secrets' names, masks, references
    ("withCredentials([usernamePassword(credentialsId: 'deploy-maven', "
     "passwordVariable: 'MVN_PASS')])", "deploy-maven"),
    ("usernamePassword(credentialsId: 'x', passwordVariable: 'MVN_PASS')", "MVN_PASS"),
    ("    password:\n      from_secret: ftp_password", "ftp_password"),
    (f"circleci context store-secret --org-id {UUID} ctx", UUID),
    (f'<param name="env.SONAR" value="credentialsJSON:{UUID}" spec="password" />', UUID),
    ("  - Token: github_pat_11*****************", "github_pat_11"),
    ('{"name":"NEXUS_PASSWORD","value":"xxxx4f2a"}', "xxxx4f2a"),
    ("CI_REGISTRY_PASSWORD=[MASKED] and NEXUS_PASSWORD=****", "MASKED"),
    ("key=REGISTRY_PASSWORD value=[MASKED]", "REGISTRY_PASSWORD"),
    ("each { println it.id + it.secret }\nResult: it.secret", "it.secret"),
    ('println "password: ${d.password}"\nSMTP relay: mail.example-relay.de:587',
     "mail.example-relay.de"),
    # Jenkins' own numbers and names in a dump
    ("Result: [com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl@5e2a9c1f]",
     "5e2a9c1f"),
    ("CredentialsImpl plugin credentials 1371.vfee6b_095f0a_3  build  #4471", "1371.vfee6b"),
    ("lookupCredentials in build 2291 at  commit  9f3c2e1a7b", "9f3c2e1a7b"),
    ("StringCredentialsImpl  sonar-ci  SonarQube token  (see vault)", "vault"),
    ("SystemCredentialsProvider dump\nbuild-id | StringCredentialsImpl | 2026-11-30", "2026-11-30"),
    ("Das bleibt geheim: Vq!9abcDef-12", "Vq!9abcDef-12"),
    ("'println(c.username)' returns Ci-User42 and c.id gives Deploy-Id7", "Ci-User42"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round19_ci_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 19's development file: all 93 secrets caught after the round's rules (56
    before them), every SECRET
    finding on a secret (58 of 70 before: GPG key ids, credential ids, secrets' names, a
    masked token, a host and port), none of its 111 decoys touched (8 before)."""
    records = private_split("dev_issue13_r19_ci.txt", "dev13r19ci")
    assert len(records) >= 60
    report = evalset.score_default(records)
    stats = report.per_type["SECRET"]  # type: ignore[attr-defined]
    assert stats.gold == 93
    assert stats.found == 93, stats.missed
    assert stats.true_pos == stats.predicted, stats.false
    assert report.negatives_masked == 0, report.masked_negatives  # type: ignore[attr-defined]


def test_round19_ci_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 29 of its 32 secrets (20 before the
    round's rules), every SECRET finding on a secret (20 of 20 before), none of its 27
    decoys touched (none before)."""
    records = private_split("dev_issue13_r19_ci_private.txt", "dev13r19cip")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 25
    report = evalset.score_default(records)
    secret = report.per_type["SECRET"]  # type: ignore[attr-defined]
    found = secret.found
    assert found >= 29
    exact = secret.true_pos == secret.predicted
    assert exact
    masked = report.negatives_masked  # type: ignore[attr-defined]
    assert masked == 0


def _cpu(red: Redactor, text: str) -> float:
    start = time.process_time()
    red.detect(text)
    return time.process_time() - start


def test_ci_rules_stay_linear() -> None:
    """Dump lines, blobs, printed secrets, store records and setter commands repeated: the
    time of 4n repetitions stays within 8 times that of n (plus a small constant), CPU
    time (every repetition is bounded, every line read a bounded number of times)."""
    red = Redactor(cache_size=0)
    units = (
        "CredentialsImpl a | b | Xy!9abcDe-1\n", "CredentialsImpl " + "a b " * 50 + "\n",
        "{AQAAAB" + "A" * 30, "zxx" + "0" * 40 + " ", "BAMSCRT@0@0@", "Result: [[a, b, Xy!9aD-1], ",
        "Secret.decrypt(x)\n", "println(c.secret)\n", "println(c." + "a" * 30,
        '"key":"A_PASSWORD",', 'name="env.PASS" value="', "key=PASS value=",
        "gh secret set A --body ", "echo x | ",
        "drone secret add --data ", "store-secret <<< ", "cat admin.password\n", "name code: ",
        "Segredo: credential ", "println .password) gibt ", "gpg key 7B3F0E1D9C2A4865 ",
        "credentialsId: 'x' ",
    )  # fmt: skip
    for unit in units:
        small = unit * 400
        big = unit * 1600
        _cpu(red, small)  # warm the caches of compiled patterns
        n, n4 = _cpu(red, small), _cpu(red, big)
        assert n4 <= 8 * n + 0.05, (unit, n, n4)
