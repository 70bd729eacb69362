"""Issue 13, twelfth round: US SSNs labeled in seven languages, as field keys and in any
grouping after an SSN label, the last four digits where the words name them; birth dates
after the Italian, Dutch and Portuguese cue words with those languages' month names;
passwords in URLs with a raw "/" and in a Go DSN; phone and password words of Italian,
Dutch and Portuguese; one case each through the public API, beside the look-alike it must
leave; and floors for the round's development file (dev_issue13_r12.txt) and its private
split (dev_issue13_r12_private.txt), both written before the round's rules."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

POSITIVES = [
    # US_SSN: the words of Italian, Dutch and Portuguese before a bare run; a tax_id key
    ("US_SSN", "Il dipendente ha comunicato il numero di sicurezza sociale americano "
     "478221936 per il W-2.", "478221936"),
    ("US_SSN", "Sociaal-zekerheidsnummer (VS): 615294471", "615294471"),
    ("US_SSN", "Número de Segurança Social: 143582296", "143582296"),
    ("US_SSN", '{"employee": {"tax_id": "702451183", "state": "NY"}}', "702451183"),
    ("US_SSN", "Social Sec. No. 536906345", "536906345"),
    # US_SSN: any grouping after an SSN label, a group on the next line; any area but a
    # placeholder's once the label says it is an SSN
    ("US_SSN", "> Applicant's Social Security Number: 536 906\n345", "536 906\n345"),
    ("US_SSN", "SSN: 53690 6345", "53690 6345"),
    ("US_SSN", "SSN: 987-65-4321", "987-65-4321"),
    ("US_SSN", "S.S. No. 536906345", "536906345"),
    # US_SSN: the last four digits where the words name them
    ("US_SSN", "Agent: For verification, the last four of your social? Caller: 6345.", "6345"),
    ("US_SSN", "Please confirm the last 4 digits of your SSN: 9021", "9021"),
    ("US_SSN", "Your Social Security number ending in 2204 was matched.", "2204"),
    ("US_SSN", "SSN: XXX-XX-2204", "2204"),
    ("US_SSN", "ultime quattro cifre del SSN: 6345", "6345"),
    ("US_SSN", "ssn_last4=6345", "6345"),
    # DATE_OF_BIRTH: Italian, Dutch and Portuguese cues and months; fields and columns
    ("DATE_OF_BIRTH", "Nato il 3 marzo 1975 a Bari, residente a Lecce.", "3 marzo 1975"),
    ("DATE_OF_BIRTH", "La paziente è nata a Roma il 12.05.1990.", "12.05.1990"),
    ("DATE_OF_BIRTH", "Nata il 1° aprile 1980 a Como", "1° aprile 1980"),
    ("DATE_OF_BIRTH", "Hij is geboren op 3 maart 1975 in Utrecht.", "3 maart 1975"),
    ("DATE_OF_BIRTH", "Geboortedatum: 14-02-1988", "14-02-1988"),
    ("DATE_OF_BIRTH", "Ik ben geboren op 4 mei '70", "4 mei '70"),
    ("DATE_OF_BIRTH", "Nascido em 3 de março de 1975, em Coimbra.", "3 de março de 1975"),
    ("DATE_OF_BIRTH", "Data de nascimento: 12-fev-1985", "12-fev-1985"),
    ("DATE_OF_BIRTH", "Fecha de nac.: 3-IV-1975", "3-IV-1975"),
    ("DATE_OF_BIRTH", "nome,cognome,data_nascita,citta\nGiulia,Conti,1979-04-22,Napoli",
     "1979-04-22"),
    ("DATE_OF_BIRTH", "John Smith (b. 12 March 1985)", "12 March 1985"),
    # SECRET: a raw "/" in a URL's password; a Go MySQL DSN
    ("SECRET", "DSN: postgresql://app:pa/ss@db/x", "app:pa/ss"),
    ("SECRET", 'DSN="app:S3cret!x@tcp(db:3306)/prod"', "app:S3cret!x"),
    # SECRET: password words, verbs and login words of Italian, Dutch and Portuguese
    ("SECRET", "La password è Gatto!Nero77, cambiala al primo accesso.", "Gatto!Nero77"),
    ("SECRET", "la password e' Cielo#Blu44", "Cielo#Blu44"),
    ("SECRET", "Ti mando la parola d'ordine: Sole&Mare2026", "Sole&Mare2026"),
    ("SECRET", "Wachtwoord: Gr@cht2026", "Gr@cht2026"),
    ("SECRET", "inloggegevens: jdevries / Fiets!2026", "Fiets!2026"),
    ("SECRET", "A senha é Saudade#42, muda-a depois.", "Saudade#42"),
    ("SECRET", "Utilizador: jsilva / senha: Ribeira_2026!", "Ribeira_2026!"),
    # PHONE: phone words of Italian, Dutch and Portuguese before a one-run number
    ("PHONE", "telemóvel 912345678", "912345678"),
    ("PHONE", "chiamami al 340 1234567", "340 1234567"),
    ("PHONE", "Il mio numero è 333 444 5566", "333 444 5566"),
]  # fmt: skip

NEGATIVES = [
    # "last four" of something else; a year after "last 4 years"
    ("last four of your card: 4471", "4471"),
    ("The last 4 years of SSN data show 2023 growth", "2023"),
    # an SSN label's placeholder; 9-digit order numbers in the three languages; an EIN
    ("SSN: 000-00-0000 (placeholder)", "000-00-0000"),
    ("Numero ordine 601327788 del 12/01/2026.", "601327788"),
    ("Bestelnummer 219583310 is verzonden.", "219583310"),
    ("Employer Identification Number (EIN): 12-3456789", "12-3456789"),
    # dates of invoices, deadlines and foundings; NATO; born of an agreement
    ("Fattura del 14/02/2026, scadenza 30/03/2026.", "30/03/2026"),
    ("L'azienda è stata fondata il 3 marzo 1975 a Bari.", "3 marzo 1975"),
    ("Factuurdatum: 14-02-2026 — uiterste betaaldatum 14-03-2026.", "14-03-2026"),
    ("Data de emissão: 14/02/2026; data de validade: 14/02/2031.", "14/02/2031"),
    ("La NATO il 4 aprile 1949 fu fondata.", "4 aprile 1949"),
    ("Il pagamento è nato da un accordo del 12 marzo 2024", "12 marzo 2024"),
    # URLs without a password: a user name alone, a port before "/@", a scope
    ("Clone via ssh://git@github.com/acme/app.git (keys only).", "git"),
    ("see http://localhost:8080/@admin/settings", "admin"),
    ("Install https://registry.npmjs.org/@acme/ui/-/ui-2.1.0.tgz", "@acme"),
    # password policies and prompts
    ("La password deve avere almeno 12 caratteri e un simbolo.", "12 caratteri"),
    ("Wachtwoord vergeten? Klik op Opnieuw instellen.", "Opnieuw"),
    ("het wachtwoord is verlopen", "verlopen"),
    ("a senha é obrigatória", "obrigatória"),
    # a customer number after a Dutch word, an invoice after a Portuguese one
    ("Klantnummer 0612345678 staat op de factuur.", "0612345678"),
    ("Fatura n.º 912345678 paga em 14/02/2026.", "912345678"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_only_the_asked_types() -> None:
    red = Redactor(entities=["EMAIL"])
    assert red.detect("Please confirm the last 4 digits of your SSN: 9021") == []


def test_round12_file_floor(engine_path: str, evalset: ModuleType) -> None:
    """At least the share of round 12's spans caught when its rules were written (108 of
    111; 79 before them, three of the misses names), and none of its 42 decoys touched."""
    red = Redactor(entities=None)
    records = [r for r in evalset.load() if str(r["id"]).startswith("dev13r12-")]
    assert len(records) >= 100
    report = evalset.score(records, lambda t: [tuple(s) for s in red.detect(t)])
    assert sum(s.found for s in report.per_type.values()) >= 108
    for kind in ("US_SSN", "DATE_OF_BIRTH", "SECRET", "PHONE"):
        assert report.per_type[kind].leaked == 0, report.per_type[kind].missed
    assert report.negatives_masked == 0, report.masked_negatives


def test_round12_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 32 of its 34 spans caught after the
    round's rules (22 before them), at most one of its 15 decoys touched (one before)."""
    records = private_split("dev_issue13_r12_private.txt", "dev13r12p")
    assert len(records) >= 40
    red = Redactor(entities=None)
    report = evalset.score(records, lambda t: [tuple(s) for s in red.detect(t)])
    assert sum(s.found for s in report.per_type.values()) >= 32
    assert report.negatives_masked <= 1, report.masked_negatives


def test_ssn_shapes_stay_linear() -> None:
    """Blanks after an SSN label or a "last four" phrase, and the words repeated, cost
    time in proportion to the text (every gap between words is bounded)."""
    red = Redactor(entities=["US_SSN"], cache_size=0)
    for text in (
        "last four of SSN" + rep(" ", 20000) + "1",
        "SSN: 5" + rep(" ", 20000) + "x",
        rep("ssn last four social ", 2000),
        rep("SSN 5 3 6 ", 4000),
    ):
        assert_linear(red.detect, text)
