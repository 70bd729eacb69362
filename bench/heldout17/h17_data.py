"""Templates: Airtable CSV, Bitwarden JSON, Vaultwarden log, mbsyncrc, GnuCash XML, samba-tool
shell, NetBox YAML, restaurant reservation SQL."""

from __future__ import annotations

from h17_core import Ctx, Doc
from h17_pools import ascii_fold, dob, email, person, phone, plain_date, stamp, street, town


def airtable(c: Ctx, lang: str, i: int) -> tuple[str, Doc]:
    doc = Doc(crlf=c.chance(0.3))
    doc.t("Name,Email,Phone,Birthday,Street,City,Record ID,Created\n")
    for _ in range(c.r.randint(2, 4)):
        g, s = person(c, lang)
        nm = f"{g} {s}"
        if c.chance(0.2):
            doc.t('"').v("PERSON", f"{s.upper()}, {g}").t('"')
        else:
            doc.v("PERSON", nm)
        doc.t(",").v("EMAIL", email(c, lang, g, s)).t(",").v("PHONE", phone(c, lang)).t(",")
        doc.v("DATE_OF_BIRTH", dob(c, lang, c.pick(["iso", "num"]))).t(",")
        st = street(c, lang)
        if "," in st:
            doc.t('"').v("STREET_ADDRESS", st).t('"')
        else:
            doc.v("STREET_ADDRESS", st)
        doc.t(f",{town(c, lang).split(',')[0]},").d("record-id", "rec" + c.token(14)).t(",")
        doc.d("timestamp", plain_date(c) + "T" + f"{c.r.randint(6, 22):02d}:14:03.000Z").t("\n")
    return "csv", doc


def bitwarden(c: Ctx, lang: str, i: int) -> tuple[str, Doc]:
    doc = Doc()
    g, s = person(c, lang)
    doc.t('{\n  "encrypted": false,\n  "folders": [],\n  "items": [\n    {\n      "id": "')
    doc.d("uuid", c.uuid()).t('",\n      "type": 1,\n      "name": "Webmail",\n      "login": {\n')
    doc.t('        "username": "').v("EMAIL", email(c, lang, g, s)).t('",\n        "password": "')
    doc.v("SECRET", c.password()).t('",\n        "totp": ')
    if c.chance(0.4):
        doc.t('"').v("SECRET", c.token(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")).t('"')
    else:
        doc.t("null")
    doc.t(',\n        "uris": [{"uri": "')
    if c.chance(0.5):
        user = ascii_fold(g)
        doc.t("https://").v("URL_CREDENTIALS", f"{user}:{c.password()}").t(f"@{ip_host(c)}/admin")
    else:
        doc.t("https://mail.example.net/")
    doc.t('"}]\n      }\n    },\n    {\n      "id": "').d("uuid", c.uuid())
    doc.t('",\n      "type": 4,\n      "name": "ID",\n      "identity": {\n')
    doc.t('        "firstName": "').v("PERSON", g).t('",\n        "lastName": "').v("PERSON", s)
    doc.t('",\n        "address1": "').v("STREET_ADDRESS", street(c, lang))
    doc.t(f'",\n        "postalCode": "{town(c, lang).split()[0]}",\n        "phone": "')
    doc.v("PHONE", phone(c, lang, "intl")).t('",\n        "ssn": ')
    if lang == "en":
        doc.t('"').v("US_SSN", c.ssn()).t('"')
    else:
        doc.t("null")
    doc.t(',\n        "passportNumber": "').d("passport-no", f"C{c.digits(8)}").t(
        '"\n      }\n    }'
    )
    if c.chance(0.5):
        raw, _card = c.card_raw()
        doc.t(',\n    {\n      "id": "').d("uuid", c.uuid()).t('",\n      "type": 3,\n')
        doc.t('      "card": {"cardholderName": "').v("PERSON", f"{g} {s}".upper())
        doc.t('", "number": "').v("CREDIT_CARD", raw).t('", "code": "')
        doc.v("SECRET", c.digits(3)).t('"}\n    }')
    doc.t("\n  ]\n}\n")
    return "json", doc


def ip_host(c: Ctx) -> str:
    return c.pick(["router.lan", "nas.home.arpa", "cam.example.net"])


def vaultwarden(c: Ctx, lang: str, i: int) -> tuple[str, Doc]:
    doc = Doc()
    for _ in range(c.r.randint(3, 6)):
        doc.t("[").d("timestamp", stamp(c) + ".412").t("]")
        k = c.r.randrange(4)
        g, s = person(c, lang)
        if k == 0:
            doc.t("[vaultwarden::api::identity][ERROR] Username or password is incorrect. ")
            doc.t("Try again. IP: ").v("IP_ADDRESS", c.ip(c.chance(0.2))).t(". Username: ")
            doc.v("EMAIL", email(c, lang, g, s)).t(".\n")
        elif k == 1:
            doc.t("[request][INFO] POST /identity/connect/token ").v("IP_ADDRESS", c.ip()).t("\n")
        elif k == 2:
            doc.t("[vaultwarden::api::core::organizations][INFO] Invitation sent to ")
            doc.v("EMAIL", email(c, lang, g, s)).t(" by ").v("PERSON", f"{g} {s}").t("\n")
        else:
            doc.t("[vaultwarden::mail][ERROR] SMTP auth failed for user ")
            doc.v("EMAIL", email(c, lang, g, s)).t(" (admin token ").v("SECRET", c.token(48))
            doc.t(" in use), version ").d("version", f"1.{c.r.randint(28, 33)}.{c.r.randint(0, 2)}")
            doc.t("\n")
    return "log", doc


def mbsync(c: Ctx, lang: str, i: int) -> tuple[str, Doc]:
    doc = Doc()
    g, s = person(c, lang)
    doc.t("# ~/.mbsyncrc of ").v("PERSON", f"{g} {s}").t(", ").v("PHONE", phone(c, lang))
    doc.t("\nIMAPAccount work\nHost ").v("IP_ADDRESS", c.ip()).t("\nUser ")
    doc.v("EMAIL", email(c, lang, g, s)).t("\n")
    if c.chance(0.6):
        doc.t("Pass ").v("SECRET", c.password()).t("\n")
    else:
        doc.t('PassCmd "pass show mail/work"\n')
    doc.t("SSLType IMAPS\nCertificateFile /etc/ssl/certs/ca-certificates.crt\n\n")
    doc.t('IMAPAccount backup\nTunnel "ssh -q ').t(ascii_fold(g)).t("@").v("IP_ADDRESS", c.ip())
    doc.t(' /usr/lib/dovecot/imap"\n\nIMAPStore work-remote\nAccount work\n\n')
    doc.t("MaildirStore work-local\nPath ~/Mail/work/\nInbox ~/Mail/work/Inbox\n")
    doc.t("# last sync ").d("timestamp", stamp(c)).t("\n")
    return "config", doc


def gnucash(c: Ctx, lang: str, i: int) -> tuple[str, Doc]:
    doc = Doc()
    doc.t('<?xml version="1.0" encoding="utf-8" ?>\n<gnc-v2>\n')
    for _ in range(c.r.randint(1, 2)):
        g, s = person(c, lang)
        doc.t('<gnc:GncCustomer version="2.0.0">\n  <cust:guid type="guid">').d("guid", c.hexs(32))
        doc.t("</cust:guid>\n  <cust:name>").v("PERSON", f"{g} {s}").t("</cust:name>\n  <cust:id>")
        doc.d("customer-id", c.digits(6)).t('</cust:id>\n  <cust:addr version="2.0.0">\n')
        doc.t("    <addr:name>").v("PERSON", f"{g} {s}").t("</addr:name>\n    <addr:addr1>")
        doc.v("STREET_ADDRESS", street(c, lang)).t(
            f"</addr:addr1>\n    <addr:addr2>{town(c, lang)}"
        )
        doc.t("</addr:addr2>\n    <addr:phone>").v("PHONE", phone(c, lang)).t("</addr:phone>\n")
        doc.t("    <addr:email>").v("EMAIL", email(c, lang, g, s)).t(
            "</addr:email>\n  </cust:addr>\n"
        )
        doc.t("  <cust:credit-limit>").d("amount", f"{c.r.randint(5, 90)}000/100")
        doc.t("</cust:credit-limit>\n</gnc:GncCustomer>\n")
    doc.t("<gnc:GncEmployee>\n  <employee:username>").t("clerk").t("</employee:username>\n")
    eg, es = person(c, lang)
    doc.t("  <employee:addr><addr:name>").v("PERSON", f"{eg} {es}")
    doc.t("</addr:name></employee:addr>\n  <employee:acct>")
    doc.d("guid", c.hexs(32)).t("</employee:acct>\n</gnc:GncEmployee>\n</gnc-v2>\n")
    return "xml", doc


def samba(c: Ctx, lang: str, i: int) -> tuple[str, Doc]:
    doc = Doc()
    g, s = person(c, lang)
    login = (ascii_fold(g)[0] + ascii_fold(s))[:12]
    n = c.r.randint(300, 900)
    doc.t(f" {n}  samba-tool user create {login} '").v("SECRET", c.password()).t("' --given-name='")
    doc.v("PERSON", g).t("' --surname='").v("PERSON", s).t("' --mail-address=")
    doc.v("EMAIL", email(c, lang, g, s)).t(" --telephone-number='").v(
        "PHONE", phone(c, lang, "intl")
    )
    doc.t("'\n")
    doc.t(f" {n + 1}  samba-tool user setexpiry {login} --noexpiry\n")
    doc.t(f" {n + 2}  samba-tool dns add dc1 ad.example.lan nas A ").v("IP_ADDRESS", c.ip())
    doc.t(" -U administrator --password=").v("SECRET", c.password()).t("\n")
    if c.chance(0.5):
        doc.t(f" {n + 3}  smbclient //").v("IP_ADDRESS", c.ip()).t(f"/scans -U {login}%")
        doc.v("SECRET", c.password()).t("\n")
    doc.t(f" {n + 4}  samba-tool user show {login} | grep objectGUID  # ").d("uuid", c.uuid())
    doc.t("\n")
    return "shell", doc


def netbox(c: Ctx, lang: str, i: int) -> tuple[str, Doc]:
    doc = Doc()
    g, s = person(c, lang)
    doc.t("# NetBox export ").d("timestamp", stamp(c)).t("\ncontacts:\n  - name: ")
    doc.v("PERSON", f"{g} {s}").t("\n    title: Facility manager\n    phone: '")
    doc.v("PHONE", phone(c, lang)).t("'\n    email: ").v("EMAIL", email(c, lang, g, s))
    doc.t("\n    address: ").v("STREET_ADDRESS", street(c, lang)).t("\ndevices:\n")
    for k in range(c.r.randint(1, 3)):
        doc.t(f"  - name: sw-{k + 1:02d}\n    serial: ").d("serial", c.token(10).upper())
        doc.t("\n    asset_tag: ").d("asset-tag", f"AT-{c.digits(5)}").t("\n    primary_ip4: ")
        doc.v("IP_ADDRESS", c.ip()).t("/24\n")
    doc.t("    custom_fields:\n      snmp_community: ").v("SECRET", c.token(12)).t("\n")
    return "yaml", doc


def reservations(c: Ctx, lang: str, i: int) -> tuple[str, Doc]:
    doc = Doc()
    doc.t("INSERT INTO `reservations` (`id`, `guest_name`, `phone`, `email`, `party_size`, ")
    doc.t("`reserved_for`, `birth_date`, `notes`) VALUES\n")
    rows = c.r.randint(2, 4)
    for k in range(rows):
        g, s = person(c, lang)
        doc.t("(").d("reservation-id", str(c.r.randint(10000, 99999))).t(", '").v(
            "PERSON", f"{g} {s}"
        )
        doc.t("', '").v("PHONE", phone(c, lang)).t("', '").v("EMAIL", email(c, lang, g, s))
        doc.t(f"', {c.r.randint(2, 8)}, '").d("timestamp", stamp(c)).t("', ")
        if c.chance(0.5):
            doc.t("'").v("DATE_OF_BIRTH", dob(c, lang, "iso")).t("'")
        else:
            doc.t("NULL")
        doc.t(", '").t(c.pick(["window", "terrace", "allergy: nuts", "birthday"])).t("')")
        doc.t(",\n" if k < rows - 1 else ";\n")
    return "sql", doc
