"""Each built-in detector: values it must find and look-alikes it must leave alone."""

from __future__ import annotations

import itertools

import pytest

from llmgate.redaction import Redactor

RED = Redactor()

POSITIVES = [
    (
        "EMAIL",
        "Write to jane.doe+billing@mail.example.co.uk today",
        "jane.doe+billing@mail.example.co.uk",
    ),
    ("EMAIL", "mailto:Bob_99@Example.ORG", "Bob_99@Example.ORG"),
    ("PERSON", "Author: Jane Doe <jd@example.com>", "Jane Doe"),
    ("PERSON", '{"givenName": "Anna", "familyName": "Schmidt"}', "Schmidt"),
    ("PERSON", '{"accountHolder": "Anna Schmidt"}', "Anna Schmidt"),
    ("PERSON", "Empfänger: Jonas Weber", "Jonas Weber"),
    ("PERSON", "author.name: Anna Schmidt", "Anna Schmidt"),
    ("PERSON", "Dear Mr. O'Brien,", "O'Brien"),
    ("PERSON", "Customer: Ronald McDonald", "Ronald McDonald"),
    ("PERSON", "Regards,\nLuca D'Angelo", "Luca D'Angelo"),
    ("PERSON", "<customer><name>Anna Schmidt</name><tel>1</tel></customer>", "Anna Schmidt"),
    ("PERSON", "<ns:firstName>Anna</ns:firstName>", "Anna"),
    ("PERSON", 'Von: "Müller, Thomas" <tm@example.de>', "Müller, Thomas"),
    ("EMAIL", "Bitte an info@müller-bau.de senden", "info@müller-bau.de"),
    ("EMAIL", "VALUES (1, 'anna.schmidt@beispiel.de', 'x')", "anna.schmidt@beispiel.de"),
    ("EMAIL", "cc o'brien@example.ie", "o'brien@example.ie"),
    ("EMAIL", "correo: josé.garcía@empresa.es.", "josé.garcía@empresa.es"),
    ("EMAIL", "mail 张伟@例子.公司 today", "张伟@例子.公司"),
    ("EMAIL", "IDN: admin@xn--mller-kva.de", "admin@xn--mller-kva.de"),
    (
        "EMAIL",
        "contact: max.mustermann (at) beispiel (dot) de",
        "max.mustermann (at) beispiel (dot) de",
    ),
    ("EMAIL", "jane [at] acme [dot] com", "jane [at] acme [dot] com"),
    ("EMAIL", "ping jane at acme dot com", "jane at acme dot com"),
    ("EMAIL", "write jane dot roe at example dot org", "jane dot roe at example dot org"),
    ("PERSON", "Thanks!\n-- \nJane Doe\nSenior Engineer", "Jane Doe"),
    ("PHONE", "Call +1 (212) 555-0143 now", "+1 (212) 555-0143"),
    ("PHONE", "E.164: +14155552671.", "+14155552671"),
    ("PHONE", "Tel. 030 12345678", "030 12345678"),
    ("PHONE", "Office (415) 555-2671", "(415) 555-2671"),
    ("PHONE", "Portable : 06.12.34.56.78", "06.12.34.56.78"),
    ("PHONE", "móvil 699 123 456", "699 123 456"),
    ("PHONE", "+49 (0)30 1234567", "+49 (0)30 1234567"),
    ("PHONE", "Handy: 0049 171 2345678", "0049 171 2345678"),
    ("PHONE", "Tel: 4155552671", "4155552671"),
    ("PHONE", "Tel.: +49 (0) 30 / 123 456-78", "+49 (0) 30 / 123 456-78"),
    ("PHONE", "Fon 030 / 123 456 78", "030 / 123 456 78"),
    ("PHONE", "call center hotline 08001234567", "08001234567"),
    ("PHONE", "my number is 4155550198 if you want", "4155550198"),
    ("PHONE", "mon numéro : 0612345678", "0612345678"),
    ("CREDIT_CARD", "card 4111 1111 1111 1111 exp 09/27", "4111 1111 1111 1111"),
    ("CREDIT_CARD", "amex 3782-822463-10005", "3782-822463-10005"),
    ("CREDIT_CARD", "pan=5500000000000004;", "5500000000000004"),
    ("IBAN", "IBAN: DE89 3704 0044 0532 0130 00.", "DE89 3704 0044 0532 0130 00"),
    ("IBAN", "to GB82WEST12345698765432 please", "GB82WEST12345698765432"),
    ("IBAN", "fr76 3000 6000 0112 3456 7890 189", "fr76 3000 6000 0112 3456 7890 189"),
    ("US_SSN", "SSN 536-90-4399", "536-90-4399"),
    ("US_SSN", "social security number: 078051121", "078051121"),
    ("US_SSN", "W-4, line 2: SSN 123.45.6789", "123.45.6789"),
    ("US_SSN", "Please verify SSN 219 - 09 - 9999 first", "219 - 09 - 9999"),
    ("IP_ADDRESS", "from 203.0.113.10 at noon", "203.0.113.10"),
    ("IP_ADDRESS", "db at 10.20.30.40:5432", "10.20.30.40"),
    ("IP_ADDRESS", "gw 2001:db8:85a3::8a2e:370:7334 up", "2001:db8:85a3::8a2e:370:7334"),
    ("IP_ADDRESS", "link fe80::1ff:fe23:4567:890a%eth0", "fe80::1ff:fe23:4567:890a"),
    (
        "SECRET",
        "key sk-proj-Xy7aB3kLm9Qr2Tz8Vw4Np6Hs1Jd5Fg0K",
        "sk-proj-Xy7aB3kLm9Qr2Tz8Vw4Np6Hs1Jd5Fg0K",
    ),
    (
        "SECRET",
        "export KEY=sk-ant-api03-Qm4Tz8Vw2Np6Hs1Jd5Fg0Kc3Lb7Mn9",
        "sk-ant-api03-Qm4Tz8Vw2Np6Hs1Jd5Fg0Kc3Lb7Mn9",
    ),
    ("SECRET", "id AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
    (
        "SECRET",
        "token ghp_1A2b3C4d5E6f7G8h9I0jK1l2M3n4O5p6Q7r8",
        "ghp_1A2b3C4d5E6f7G8h9I0jK1l2M3n4O5p6Q7r8",
    ),
    (
        "SECRET",
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKl",
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKl",
    ),
    ("SECRET", "stripe('sk_live_51HxQ2JKa8s7d6f5g4h3j2k1L')", "sk_live_51HxQ2JKa8s7d6f5g4h3j2k1L"),
    (
        "SECRET",
        "k=AIzaSyD3x4mPl3K3y-ABCdefGHIjklMNOpqRSt0",
        "AIzaSyD3x4mPl3K3y-ABCdefGHIjklMNOpqRSt0",
    ),
    ("SECRET", "postgres://app:S3cr3tPw@db:5432/x", "app:S3cr3tPw"),
    ("SECRET", "redis://:S3cr3tPw@cache:6379", ":S3cr3tPw"),  # the userinfo, user empty
    ("SECRET", "amqp://guest:Winter#2024!@rabbit-01:5672/", "guest:Winter#2024!"),
    ("IP_ADDRESS", "client ::ffff:192.0.2.1 connected", "::ffff:192.0.2.1"),
    ("SECRET", "mysql -u root -pS3cretPassw0rd -h db", "S3cretPassw0rd"),
    (
        "SECRET",
        "https://acct.blob.core.windows.net/c/f.pdf?sv=2021-08-06&sp=r&sig=AbCdEf0123456789GhIj%2BYz%3D",
        "AbCdEf0123456789GhIj%2BYz%3D",
    ),
    (
        "SECRET",
        "token dapi0123456789abcdef0123456789abcdef",
        "dapi0123456789abcdef0123456789abcdef",
    ),
    # a Cookie header's session value (its name stays, as a password's name does)
    ("SECRET", "Cookie: sid=8f14e45fceea167a5a36dedd4bea2543", "8f14e45fceea167a5a36dedd4bea2543"),
    ("SECRET", "docker login -u ci -p S3cretPassw0rd registry.example.com", "S3cretPassw0rd"),
    ("SECRET", "curl -u admin:S3cretPassw0rd https://api.example.com", "admin:S3cretPassw0rd"),
    ("SECRET", "sshpass -p 'My Pass W0rd' ssh host", "My Pass W0rd"),
    ("SECRET", "redis-cli -h cache -a S3cretPassw0rd ping", "S3cretPassw0rd"),
    ("SECRET", "deploy --password S3cretPassw0rd --yes", "S3cretPassw0rd"),
    (
        "SECRET",
        "SENDGRID SG.aBcDeFgHiJkLmNoPqRsTuV.wXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ012",
        "SG.aBcDeFgHiJkLmNoPqRsTuV.wXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ012",
    ),
    (
        "SECRET",
        "mailgun key-3ax6xnjp29jd6fds4gc373sgvjxteol0",
        "key-3ax6xnjp29jd6fds4gc373sgvjxteol0",
    ),
    (
        "SECRET",
        "bot 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0",
        "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0",
    ),
    (
        "SECRET",
        "signing: whsec_5Fq7Lx9Kp2Mz4Nv6Bc8Dg0Hj1Rt3Wy5Q",
        "whsec_5Fq7Lx9Kp2Mz4Nv6Bc8Dg0Hj1Rt3Wy5Q",
    ),
    (
        "SECRET",
        "post to https://hooks.slack.com/services/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 now",
        "hooks.slack.com/services/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",
    ),
    (
        "SECRET",
        "https://discord.com/api/webhooks/123456789012345678/"
        "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQrSt",
        "/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQrSt",
    ),
    ("SECRET", "DB_PASSWORD=hunter2!!\n", "hunter2!!"),
    ("SECRET", '{"client_secret": "q8Zr2Lm4Xv9Tn1Ws"}', "q8Zr2Lm4Xv9Tn1Ws"),
    ("SECRET", "Passwort: Sommer2024!", "Sommer2024!"),
    ("SECRET", "Authorization: Bearer abcDEF123456ghiJKL789", "abcDEF123456ghiJKL789"),
    ("PERSON", "Dear Ms. Olivia Hughes,", "Olivia Hughes"),
    ("PERSON", "Best regards,\nDaniel Moore\n", "Daniel Moore"),
    ("PERSON", '{"employee": "Robert Taylor"}', "Robert Taylor"),
    ("STREET_ADDRESS", "ship to 742 Evergreen Terrace, Springfield", "742 Evergreen Terrace"),
    ("STREET_ADDRESS", "Anschrift: Goethestraße 12, Berlin", "Goethestraße 12"),
    ("STREET_ADDRESS", "Büro: Unter den Linden 77, Berlin", "Unter den Linden 77"),
    ("STREET_ADDRESS", "Sitz: Platz der Republik 1", "Platz der Republik 1"),
    ("STREET_ADDRESS", "Office: 1 Infinite Loop, Cupertino", "1 Infinite Loop"),
    ("STREET_ADDRESS", "au 14 rue de la Paix, Paris", "14 rue de la Paix"),
    ("STREET_ADDRESS", "en Calle de Alcalá 45, Madrid", "Calle de Alcalá 45"),
]


@pytest.mark.parametrize(("kind", "text", "value"), POSITIVES)
def test_finds_value_exactly(kind: str, text: str, value: str) -> None:
    spans = RED.detect(text)
    found = [(text[s.start : s.end], s.type) for s in spans]
    assert (value, kind) in found


def test_pem_block_is_one_secret() -> None:
    text = (
        "key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nAbC+/=\n-----END RSA PRIVATE KEY-----\nok"
    )
    (span,) = RED.detect(text)
    assert span.type == "SECRET"
    assert text[span.start : span.end].startswith("-----BEGIN RSA")
    assert text[span.start : span.end].endswith("PRIVATE KEY-----")


def test_truncated_pem_block_is_masked_to_its_end() -> None:
    text = "-----BEGIN PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nabc"
    (span,) = RED.detect(text)
    assert span.start == 0 and span.end == len(text)


def test_aws_secret_next_to_access_key() -> None:
    text = "AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    values = [text[s.start : s.end] for s in RED.detect(text)]
    assert values == ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]


HARD_NEGATIVES = [
    "bump lodash@4.17.21, the decorator @functools.cache and user@localhost stay",
    "routes /api/webhooks/github and /api/webhooks/12345/retry stay",
    "Intro\n---\nSummary Report\nmore text",
    "Recipient: Finance Team; <product><name>Widget Pro</name></product>",
    "Call volume reached 1234567 per day; the phone bill 4711234 is paid",
    "mkdir -p /var/log/app && ssh -p 2222 host && docker run -p 8080:80 img",
    "mysql -u root -p mydb; curl -u $USER:$TOKEN https://x; app --password $DB_PASSWORD",
    "a key-value store, key-1234 and the SG.1 section",
    "the sig=short parameter and pypi-package names",
    "request 123e4567-e89b-12d3-a456-426614174000 failed",
    "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 and a1b2c3d",
    "digest sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "Order #100234567 / ORD-2024-558812 / invoice INV-000123",
    "Rechnung RE-2024-00451 über 1.299,00 €",
    "version 2.1.0.17, v3.12.1, python 3.11.9, Windows 10.0.19045.3803",
    "at 2024-03-15T10:22:31.123Z, 15.03.2024 14:22, 03/14/2024, ts 1710498151",
    "price $4,500.00 or € 12.500,00 or 1 299 000 €",
    "listen 127.0.0.1:8080, 0.0.0.0, localhost, ::1, [::1]:8000",
    "mask 255.255.255.0, MAC 00:1A:2B:3C:4D:5E, time 12:30:45",
    "std::vector<int> and Foo::bar() and a::b",
    "invalid SSNs 000-12-3456 666-12-3456 912-34-5678, ZIP 94105-1234",
    "build 123.45.6789 and range 219 - 09 - 9999 without a keyword",
    "my number in the queue is 12345678; mi número de pedido es 12345678",
    "Luhn-invalid 4111 1111 1111 1112; IBAN-invalid DE89 3704 0044 0532 0130 01",
    "git@github.com:org/repo.git and npm i left-pad@1.3.0",
    "primary_key = 'id'; max_tokens = 2048; password_min_length = 12; keyboard = 'qwerty'",
    "DB_PASSWORD=${DB_PASSWORD} api_key: <your-api-key> token: ********",
    "The password field is required. Token count: 512.",
    "sk-learn-compatible-estimator-wrapper is a package name",
    "ISBN 978-3-16-148410-0, 1,234,567 units, case 00012345",
    "Customer no. 078-927-589 asked about ticket SUP-12345",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_are_left_alone(text: str) -> None:
    assert RED.detect(text) == []


def test_entities_filter_limits_the_types() -> None:
    text = "mail jane@example.com, call +1 415 555 2671"
    only_email = Redactor(entities=["email"]).detect(text)
    assert [s.type for s in only_email] == ["EMAIL"]


def test_spans_are_sorted_and_disjoint() -> None:
    text = "postgres://u:pw123456@db.example.com jane@x.io 4111111111111111 +14155552671"
    spans = RED.detect(text)
    assert spans == sorted(spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_password_in_url_is_a_secret_not_an_email() -> None:
    text = "mongodb://reporting:Tr0ub4dor3xK9@cluster0.example.net/sales"
    (span,) = RED.detect(text)
    assert (text[span.start : span.end], span.type) == ("reporting:Tr0ub4dor3xK9", "SECRET")


def test_iban_beats_an_accidental_card_number_inside_it() -> None:
    text = "IBAN: FR81 5290 4533 5209 6195 8413 460"
    spans = RED.detect(text)
    assert [s.type for s in spans] == ["IBAN"]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # The context window before a number starts inside "border" / "server": the cut
        # word must not read as "order" (an identifier word) or "ver" (a version word).
        ("Handy vom Nachbarn border" + " " * 27 + "0171 2345678", "0171 2345678", "PHONE"),
        ("Note: the server" + " " * 21 + "10.1.2.3 is down", "10.1.2.3", "IP_ADDRESS"),
    ],
)
def test_context_window_does_not_start_inside_a_word(text: str, value: str, kind: str) -> None:
    assert [(text[s.start : s.end], s.type) for s in RED.detect(text)] == [(value, kind)]


@pytest.mark.parametrize(
    "header",
    ["id;vorname;nachname;ort", "id,first_name,last_name,city", "id\tnombre\tapellidos\tciudad"],
)
def test_name_part_columns_of_a_table_are_names(header: str) -> None:
    sep = ";" if ";" in header else "," if "," in header else "\t"
    rows = [sep.join(["1", "Anna", "Schmidt", "Berlin"]), sep.join(["2", "Jonas", "Weber", "Köln"])]
    text = "\n".join([header, *rows])
    found = {text[s.start : s.end] for s in RED.detect(text) if s.type == "PERSON"}
    assert found == {"Anna", "Schmidt", "Jonas", "Weber"}  # the city column stays


def test_names_in_sql_inserts_are_found_by_their_column() -> None:
    text = (
        "INSERT INTO customers (id, name, email) VALUES\n"
        "(1, 'Anna Schmidt', 'anna@beispiel.de'), (2, 'Pierre Martin', NULL);\n"
        "insert into staff (`vorname`, `nachname`, note) values ('Jonas', 'Weber', 'it''s ok');\n"
        "INSERT INTO products (id, name, price) VALUES (1, 'Widget Pro', 9.99);"
    )
    found = {text[s.start : s.end] for s in RED.detect(text) if s.type == "PERSON"}
    assert found == {"Anna Schmidt", "Pierre Martin", "Jonas", "Weber"}  # not 'Widget Pro'
