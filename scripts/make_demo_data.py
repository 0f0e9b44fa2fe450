"""Regenerates the demo data set in data/demo/: the roster, portrait placeholders and camera images.

Deterministic (seeded): run it again and the files come out the same, so its output is committed.

    .venv/bin/python scripts/make_demo_data.py

- roster.csv: the ten original rows M0001-M0010 verbatim (the demo and tests rely on them), then
  sixty fictional journalists. Every name here is invented; any likeness to a real person is chance.
- photos/<number>.jpg: a coloured background, a neutral silhouette and the initials. No faces.
- camera/NN-<what>-<number>.png and camera/scenes.toml: badges as a webcam at arm's length sees
  them, in the order the demo plays them, each with the time it is shown and the verdict expected.
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
import unicodedata
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402

from kiosk.demo.home import DEMO_CAMERA, DEMO_DIR, DEMO_MORNING, altered, prepare_demo_home  # noqa: E402

SEED = 9324  # IGA 93, 24 November
PHOTO_SIZE = (240, 320)
PHOTO_QUALITY = 80
CAMERA_SIZE = (1280, 720)  # a 720p webcam frame

HEADER = (
    "badge_number;family_name;given_names;alt_name;outlet;media_type;role;country;id_document_type;"
    "id_document_last4;press_card_number;press_card_issuer;mission_letter;sessions;status;status_reason;"
    "attention_note;appointments;photo"
)
# The original ten rows (the demo and tests rely on them), now with their portraits.
KEPT_ROWS = """\
M0001;El Amrani;Salma;سلمى العمراني;Le Matin;print;journalist;MA;national_id;7K21;CNP-2025-0118;Conseil National de la Presse;non;opening|closing;;;;;M0001.jpg
M0002;Ben Youssef;Karim;كريم بن يوسف;Al Jazeera;tv;camera_operator;QA;passport;4410;AJ-7781;Al Jazeera Media Network;non;opening|closing|press;;;;;M0002.jpg
M0003;Müller-Lüdenscheidt;Anne-Kathrin;;Süddeutsche Zeitung;print;journalist;DE;passport;C9F2;DJV-44120;Deutscher Journalisten-Verband;non;opening|closing;;;;;M0003.jpg
M0004;O'Sullivan;Siobhán;;RTÉ News;radio;journalist;IE;passport;8812;;;oui;opening|press;;;;;M0004.jpg
M0005;Ndiaye;Fatou;;Agence de Presse Sénégalaise;news_agency;photographer;SN;passport;0193;APS-223;Agence de Presse Sénégalaise;non;opening|closing;;;;;M0005.jpg
M0006;Silva;João Pedro;;Folha de S.Paulo;print;journalist;BR;passport;55X1;FENAJ-9981;FENAJ;non;closing;;;Accredited for the closing ceremony only;;M0006.jpg
M0007;Haddad;Rania;رانيا حداد;Asharq News;tv;producer;LB;passport;6003;ASH-112;Asharq News;non;opening|closing|interviews;;;;2025-11-25T11:00/2025-11-25T11:30;M0007.jpg
M0008;Kowalski;Piotr;;Polskie Radio;radio;technician;PL;national_id;ZK20;;;yes;opening|closing;revoked;lost_or_stolen: Badge reported stolen 22 Nov;;;M0008.jpg
M0009;Tanaka;Yui;;NHK World;tv;journalist;JP;passport;TK98;NHK-5531;Japan Newspaper Association;non;opening|closing;suspended;identity_check: Pending identity check with the accreditation office;;;M0009.jpg
M0010;Okafor;Chukwuemeka;;Premium Times;online;journalist;NG;passport;2207;NUJ-3312;Nigeria Union of Journalists;non;opening|closing;;;Escort required beyond the press area;;M0010.jpg
"""

# number, family, given, alt name, outlet, media, role, country, document, last4, card, card issuer,
# mission letter, sessions, status, reason, attention note, appointments, photo (False: none)
CLOSING_ONLY = "Accredited for the closing ceremony only"
CNP = "Conseil National de la Presse"
CCIJP = "Commission de la carte d'identité des journalistes professionnels"
EXTRA = [
    ("M0011", "Benali", "Youssef", "يوسف بن علي", "Société Nationale de Radiodiffusion et de Télévision (SNRT) — Al Aoula", "tv", "journalist", "MA", "national_id", "BK45", "CNP-2025-0342", CNP, "non", "opening|closing|press"),
    ("M0012", "Chraibi", "Nadia", "نادية الشرايبي", "Médias24", "online", "journalist", "MA", "national_id", "JA88", "CNP-2025-0419", CNP, "non", "opening|press"),
    ("M0013", "Tazi", "Omar", "عمر التازي", "Maghreb Arabe Presse (MAP)", "news_agency", "photographer", "MA", "national_id", "X731", "MAP-1187", "Agence Maghreb Arabe Presse", "non", "opening|closing|press"),
    ("M0014", "العلوي", "فاطمة الزهراء", "Fatima Zahra El Alaoui", "Hespress", "online", "journalist", "MA", "national_id", "R220", "CNP-2025-0577", CNP, "non", "opening|closing|interviews", "", "", "", "2025-11-24T15:00/2025-11-24T15:30"),
    ("M0015", "الإدريسي الحسني", "عبد الرحمن", "Abderrahmane El Idrissi El Hassani", "Radio Mars", "radio", "producer", "MA", "national_id", "P019", "CNP-2025-0611", CNP, "non", "opening|closing"),
    ("M0016", "Boukhari", "Amine", "أمين البخاري", "2M", "tv", "camera_operator", "MA", "national_id", "DD71", "CNP-2025-0702", CNP, "non", "opening|closing|press"),
    ("M0017", "Mansouri", "Leïla", "ليلى المنصوري", "Jeune Afrique", "print", "journalist", "TN", "passport", "4E92", "FTJ-2208", "Fédération Tunisienne des Journalistes", "non", "opening|press|interviews", "", "", "", "2025-11-25T10:00/2025-11-25T10:30|2025-11-26T16:00/2025-11-26T16:30"),
    ("M0018", "Hamdi", "Sofiane", "سفيان حمدي", "El Watan", "print", "journalist", "DZ", "passport", "7731", "SNJ-DZ-0914", "Syndicat National des Journalistes", "non", "closing", "", "", CLOSING_ONLY),
    ("M0019", "Abdelrahman", "Mona", "منى عبد الرحمن", "Al-Ahram", "print", "journalist", "EG", "passport", "A6B1", "EJS-33108", "Egyptian Journalists Syndicate", "non", "opening|closing"),
    ("M0020", "Al-Qahtani", "Faisal", "فيصل القحطاني", "Al Arabiya", "tv", "producer", "SA", "passport", "QH55", "ARB-4471", "Al Arabiya News Channel", "non", "opening|closing|press|interviews", "", "", "", "2025-11-26T11:00/2025-11-26T11:45"),
    ("M0021", "Dupont-Moreau", "Camille", "", "Agence France-Presse", "news_agency", "journalist", "FR", "passport", "09FR", "CCIJP-139552", CCIJP, "non", "opening|closing|press"),
    ("M0022", "Lefèvre", "Hélène", "", "Radio France Internationale", "radio", "journalist", "FR", "national_id", "HL03", "CCIJP-127004", CCIJP, "non", "opening|press"),
    ("M0023", "Fernández de Córdoba y Villalobos", "María de los Ángeles", "", "Agencia EFE", "news_agency", "journalist", "ES", "passport", "ES61", "FAPE-22871", "Federación de Asociaciones de Periodistas de España", "non", "opening|closing"),
    ("M0024", "Rossi", "Giulia", "", "RAI News 24", "tv", "journalist", "IT", "passport", "YA77", "ODG-081234", "Ordine dei Giornalisti", "non", "opening|closing|press"),
    ("M0025", "Bianchi", "Lorenzo", "", "RAI News 24", "tv", "camera_operator", "IT", "passport", "YB12", "ODG-090021", "Ordine dei Giornalisti", "non", "opening|closing|press"),
    ("M0026", "van der Berg", "Sanne", "", "NOS Nieuws", "tv", "journalist", "NL", "passport", "NL48", "NVJ-11802", "Nederlandse Vereniging van Journalisten", "non", "opening|closing"),
    ("M0027", "Nowak", "Agnieszka", "", "Polska Agencja Prasowa", "news_agency", "photographer", "PL", "national_id", "AB54", "SDP-7781", "Stowarzyszenie Dziennikarzy Polskich", "non", "opening|closing|press"),
    ("M0028", "Papadopoulou-Konstantinidou", "Eleni", "", "ERT", "tv", "journalist", "GR", "passport", "GR20", "ESIEA-4419", "Journalists' Union of Athens Daily Newspapers", "non", "opening|closing"),
    ("M0029", "Smith", "Oliver", "", "BBC World Service", "radio", "producer", "GB", "passport", "5521", "NUJ-UK-44187", "National Union of Journalists", "non", "opening|closing|press|interviews", "", "", "", "2025-11-24T16:00/2025-11-24T16:30"),
    ("M0030", "O'Connor-Fitzgerald", "Aoife", "", "The Irish Times", "print", "journalist", "IE", "passport", "IR66", "NUJ-IE-2291", "National Union of Journalists", "non", "opening"),
    ("M0031", "Johnson", "Marcus", "", "Associated Press", "news_agency", "photographer", "US", "passport", "US18", "AP-5530", "Associated Press", "non", "opening|closing|press"),
    ("M0032", "García López", "Valentina", "", "Infobae", "online", "journalist", "AR", "passport", "AR93", "FATPREN-3371", "Federación Argentina de Trabajadores de Prensa", "non", "opening|closing"),
    ("M0033", "Oliveira Santos", "Thiago", "", "TV Globo", "tv", "camera_operator", "BR", "passport", "BR47", "FENAJ-12093", "FENAJ", "non", "opening|closing"),
    ("M0034", "Hernández", "José Luis", "", "Televisa", "tv", "technician", "MX", "passport", "MX35", "", "", "oui", "opening|closing"),
    ("M0035", "Tremblay", "Geneviève", "", "Radio-Canada", "radio", "journalist", "CA", "passport", "QC11", "FPJQ-2218", "Fédération professionnelle des journalistes du Québec", "non", "opening|press"),
    ("M0036", "Diallo", "Mamadou", "", "Radio Télévision Sénégalaise", "tv", "camera_operator", "SN", "passport", "SN72", "CNCP-0871", "Commission nationale de la carte de presse", "non", "opening|closing"),
    ("M0037", "Kouassi", "Adjoua", "", "Fraternité Matin", "print", "journalist", "CI", "passport", "CI03", "CNP-CI-1290", CNP, "non", "closing", "", "", CLOSING_ONLY),
    ("M0038", "Mwangi", "Wanjiru", "", "Nation Media Group", "print", "journalist", "KE", "passport", "KE29", "MCK-2025-4410", "Media Council of Kenya", "non", "opening|closing|interviews", "", "", "", "2025-11-27T09:30/2025-11-27T10:00"),
    ("M0039", "Adeyemi", "Oluwaseun", "", "Channels Television", "tv", "producer", "NG", "passport", "NG64", "NUJ-NG-8812", "Nigeria Union of Journalists", "non", "opening|closing"),
    ("M0040", "Mokoena", "Thabo", "", "SABC News", "tv", "technician", "ZA", "passport", "ZA90", "", "", "yes", "opening|closing|press"),
    ("M0041", "Tesfaye", "Hanna", "", "Ethiopian News Agency", "news_agency", "journalist", "ET", "passport", "ET14", "EMA-0913", "Ethiopian Media Authority", "non", "opening"),
    ("M0042", "Yılmaz", "Elif", "", "Anadolu Ajansı", "news_agency", "photographer", "TR", "passport", "TR08", "TGC-55102", "Türkiye Gazeteciler Cemiyeti", "non", "opening|closing|press"),
    ("M0043", "Haddadin", "Lina", "لينا الحدادين", "Roya TV", "tv", "journalist", "JO", "passport", "JO31", "JPA-2290", "Jordan Press Association", "non", "opening|closing"),
    ("M0044", "Nguyễn", "Thị Minh Anh", "", "Vietnam News Agency", "news_agency", "journalist", "VN", "passport", "VN52", "VJA-22017", "Vietnam Journalists Association", "non", "opening|closing"),
    ("M0045", "Sharma", "Priya", "", "The Hindu", "print", "journalist", "IN", "passport", "IN81", "PIB-2025-3318", "Press Information Bureau", "non", "opening|press"),
    ("M0046", "Rahman", "Tanvir", "", "Prothom Alo", "print", "photographer", "BD", "passport", "BD26", "BFUJ-1172", "Bangladesh Federal Union of Journalists", "non", "opening|closing"),
    ("M0047", "Santos", "Maria Cristina", "", "Philippine Daily Inquirer", "print", "journalist", "PH", "passport", "PH44", "NUJP-0931", "National Union of Journalists of the Philippines", "non", "closing", "", "", CLOSING_ONLY),
    ("M0048", "Kim", "Ji-woo", "", "Yonhap News Agency", "news_agency", "journalist", "KR", "passport", "KR37", "JAK-20551", "Journalists Association of Korea", "non", "opening|closing|press", "", "", "", "", False),
    ("M0049", "Dimitrova", "Ralitsa", "", "Bulgarian National Radio", "radio", "journalist", "BG", "passport", "BG19", "UBJ-3310", "Union of Bulgarian Journalists", "non", "opening|closing"),
    ("M0050", "Ivanenko", "Oksana", "", "Ukrinform", "news_agency", "journalist", "UA", "passport", "UA58", "NUJU-11720", "National Union of Journalists of Ukraine", "non", "opening|closing|press"),
    ("M0051", "Andersson", "Erik", "", "Sveriges Radio", "radio", "technician", "SE", "passport", "SE41", "SJF-9982", "Svenska Journalistförbundet", "non", "opening|closing"),
    ("M0052", "Virtanen", "Aino", "", "Yle", "tv", "producer", "FI", "passport", "FI07", "SJL-4418", "Suomen Journalistiliitto", "non", "opening|closing|interviews", "", "", "", "2025-11-25T15:30/2025-11-25T16:00"),
    ("M0053", "Al-Sayed", "Khaled", "خالد السيد", "Freelance", "online", "fixer", "MA", "national_id", "FX11", "", "", "oui", "opening|closing", "", "", "Fixer for the Asharq News crew (M0007)"),
    ("M0054", "Ouazzani Touhami", "Hicham", "هشام الوزاني التهامي", "Freelance for Agence Anadolu Images", "photo_agency", "fixer", "MA", "national_id", "HT90", "", "", "oui", "opening|closing|press"),
    ("M0055", "Moreau", "Luc", "", "Getty Images", "photo_agency", "photographer", "FR", "passport", "GT26", "CCIJP-140017", CCIJP, "non", "opening|closing|press"),
    ("M0056", "Laurent", "Sophie", "", "Reuters", "news_agency", "journalist", "CH", "passport", "CH33", "IMP-5528", "impressum", "non", "opening|closing|press", "suspended", "credential_unconfirmed: Press card could not be confirmed with the issuer"),
    ("M0057", "Jaber", "Ahmad", "أحمد جابر", "Al Mayadeen", "tv", "camera_operator", "LB", "passport", "LB15", "", "", "yes", "opening|closing", "revoked", "withdrawn: Accreditation withdrawn by the organiser 21 Nov"),
    ("M0058", "Schmidt", "Jonas", "", "Deutsche Welle", "tv", "technician", "DE", "passport", "DE83", "DJV-60211", "Deutscher Journalisten-Verband", "non", "opening|closing|press", "suspended", "documents_missing: Equipment declaration missing"),
    ("M0059", "Ben Salah", "Yassine", "ياسين بن صالح", "Mosaïque FM", "radio", "journalist", "TN", "passport", "TN47", "FTJ-3390", "Fédération Tunisienne des Journalistes", "non", "opening|closing", "revoked", "duplicate: Duplicate registration, replaced by another badge"),
    ("M0060", "Osei-Bonsu", "Kwame", "", "Joy News", "tv", "journalist", "GH", "passport", "GH52", "GJA-7731", "Ghana Journalists Association", "non", "opening|closing", "", "", "Wheelchair user: use the step-free lane"),
    ("M0061", "Lindqvist-Ahlström", "Karin", "", "Dagens Nyheter", "print", "journalist", "SE", "passport", "SE09", "SJF-10381", "Svenska Journalistförbundet", "non", "opening|closing|press", "", "", "Carries a medical device: manual search only"),
    ("M0062", "Al Marzouqi", "Hessa", "حصة المرزوقي", "The National", "print", "journalist", "AE", "passport", "AE71", "NMC-2025-1183", "National Media Council", "non", "opening|closing|press"),
    ("M0063", "Haddou", "Ilyas", "إلياس حدو", "Le360", "online", "producer", "MA", "national_id", "LI46", "CNP-2025-0833", CNP, "non", "closing", "", "", "", "", False),
    ("M0064", "Benjelloun", "Kenza", "كنزة بنجلون", "TelQuel", "print", "journalist", "MA", "national_id", "KB13", "", "", "oui", "opening|closing", "", "", "", "", False),
    ("M0065", "Obi", "Chiamaka", "", "BBC News Pidgin", "online", "journalist", "NG", "passport", "NG20", "NUJ-NG-9911", "Nigeria Union of Journalists", "non", "opening|press"),
    ("M0066", "Pereira", "Ana Rita", "", "Lusa", "news_agency", "photographer", "PT", "passport", "PT58", "CCPJ-6621", "Comissão da Carteira Profissional de Jornalista", "non", "opening|closing"),
    ("M0067", "Kirchschläger-Oberhollenzer", "Maximilian Friedrich", "", "Österreichischer Rundfunk (ORF)", "tv", "camera_operator", "AT", "passport", "AT24", "ÖJC-3302", "Österreichischer Journalisten Club", "non", "opening|closing|press"),
    ("M0068", "Mohamed Said", "Amina", "أمينة محمد سعيد", "Hiiraan Online", "online", "journalist", "SO", "passport", "SO61", "", "", "oui", "opening|closing"),
    ("M0069", "Chen", "Wei", "", "Xinhua News Agency", "news_agency", "journalist", "CN", "passport", "CN15", "ACJA-20877", "All-China Journalists Association", "non", "opening|closing|press"),
    ("M0070", "El Fassi", "Mohammed Amine", "محمد أمين الفاسي", "Al Akhbar", "print", "photographer", "MA", "national_id", "MF28", "CNP-2025-0904", CNP, "non", "opening|closing|press|interviews", "", "", "", "2025-11-25T09:30/2025-11-25T10:00"),
]

# The demo camera: what each image shows, when the demo shows it, and the verdict the kiosk must give.
# Times follow `kiosk demo`; valid scans are admitted by the officer, so 09 is already admitted.
SCENES = [  # image, time, expected verdict, caption, badge number, printed version, tampering
    ("01-valid-M0001.png", "09:02", "valid", "Salma El Amrani, doors open", "M0001", 1, ""),
    ("02-forged-M0001.png", "09:04", "forged", "a copy of Salma's badge signed with someone else's key", "M0001", 1, "forged"),
    ("03-altered-M0001.png", "09:05", "forged", "Salma's badge with one character of its code changed", "M0001", 1, "altered"),
    ("04-revoked-M0008.png", "09:07", "revoked", "Piotr Kowalski, badge revoked (reported stolen)", "M0008", 1, ""),
    ("05-suspended-M0009.png", "09:08", "suspended", "Yui Tanaka, badge suspended", "M0009", 1, ""),
    ("06-wrong-session-M0006.png", "09:10", "not_accredited_for_session", "João Pedro Silva, closing ceremony only", "M0006", 1, ""),
    ("07-superseded-M0003-v1.png", "09:12", "superseded", "Anne-Kathrin Müller-Lüdenscheidt, first print after a reprint", "M0003", 1, ""),
    ("08-valid-M0003-v2.png", "09:13", "valid", "Anne-Kathrin Müller-Lüdenscheidt, the reprint", "M0003", 2, ""),
    ("09-already-admitted-M0001.png", "09:15", "already_admitted", "Salma El Amrani again", "M0001", 1, ""),
]

PALETTE = ["#8fb3c9", "#c9a98f", "#a3c29a", "#b9a3c9", "#c9c38f", "#8fc9bd", "#c98f9e", "#9aa7c2", "#bfb5a5"]


def roster_rows() -> list[list[str]]:
    rows = []
    for entry in EXTRA:
        fields = list(entry) + [""] * (18 - len(entry))
        photo = fields[18] if len(fields) > 18 else True
        fields = fields[:18]
        fields.append("" if photo is False else f"{fields[0]}.jpg")
        rows.append(fields)
    return rows


def write_roster(rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerows(rows)
    (DEMO_DIR / "roster.csv").write_text(HEADER + "\n" + KEPT_ROWS + buffer.getvalue(), encoding="utf-8")


def initials(row: list[str]) -> str:
    family, given, alt = row[1], row[2], row[3]
    arabic = any(unicodedata.bidirectional(c) == "AL" for c in family + given)
    if arabic:  # the initials of its Latin spelling
        words = alt.split()
        return (words[0][0] + words[-1][0]).upper() if words else "?"
    return (given[:1] + family[:1]).upper()


def write_portrait(path: Path, letters: str, rng: random.Random) -> None:
    from kiosk.badges.fonts import badge_font, register_fonts
    from kiosk.badges.portrait import draw_silhouette

    register_fonts()
    w, h = PHOTO_SIZE
    background = QColor(rng.choice(PALETTE))
    figure = background.darker(135 + rng.randrange(25))
    image = QImage(w, h, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    draw_silhouette(painter, QRectF(0, 0, w, h), background.name(), figure.name())
    font = badge_font(0.0, bold=True)
    font.setPixelSize(int(h * 0.13))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, h * 0.74, w, h * 0.2), Qt.AlignmentFlag.AlignCenter, letters)
    painter.end()
    if not image.save(str(path), "JPG", PHOTO_QUALITY):
        raise SystemExit(f"cannot write {path}")


def photographed(badge: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The badge held up to a webcam in a tent: tilted, in perspective, warm light, slightly soft."""
    frame_w, frame_h = CAMERA_SIZE
    ys = np.linspace(0.0, 1.0, frame_h)[:, None, None]
    xs = np.linspace(0.0, 1.0, frame_w)[None, :, None]
    top, bottom = np.array([92, 84, 78]), np.array([48, 44, 42])
    frame = (top * (1 - ys) + bottom * ys + 10 * np.sin(xs * 3.1)).astype(np.float32)
    frame = np.broadcast_to(frame, (frame_h, frame_w, 3)).copy()
    h, w = badge.shape[:2]
    scale = frame_h * rng.uniform(0.82, 0.9) / h
    bw, bh = w * scale, h * scale
    cx = frame_w / 2 + rng.uniform(-150, 150)
    cy = frame_h / 2 + rng.uniform(-10, 10)
    angle = np.deg2rad(rng.uniform(-6, 6))
    keystone = rng.uniform(-0.04, 0.04) * bw
    corners = np.array([[-bw / 2 + keystone, -bh / 2], [bw / 2 - keystone, -bh / 2], [bw / 2, bh / 2], [-bw / 2, bh / 2]])
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    target = (corners @ rotation.T + [cx, cy]).astype(np.float32)
    source = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(source, target)
    softened = cv2.GaussianBlur(badge, (0, 0), 0.5 / scale)
    warped = cv2.warpPerspective(softened, matrix, (frame_w, frame_h), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), matrix, (frame_w, frame_h), flags=cv2.INTER_LINEAR)
    light = 0.78 + 0.22 * (1 - ys[..., 0]) * np.ones((1, frame_w))
    warm = np.array([0.90, 0.96, 1.0], dtype=np.float32)  # BGR: a little less blue under tent lights
    lit = warped.astype(np.float32) * light[..., None] * warm
    out = frame * (1 - mask[..., None]) + lit * mask[..., None]
    out = cv2.GaussianBlur(out, (0, 0), 0.6)
    return np.clip(out, 0, 255).astype(np.uint8)


def write_camera_images(seed: int) -> None:
    from kiosk.badges.face import face_for
    from kiosk.badges.layout import A6
    from kiosk.badges.png import render_image
    from kiosk.domain.badge import BadgeIssuer
    from kiosk.station.station import Station

    rng = np.random.default_rng(seed)
    DEMO_CAMERA.mkdir(parents=True, exist_ok=True)
    for old in DEMO_CAMERA.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory(prefix="kiosk-demo-data-") as folder:
        paths = prepare_demo_home(Path(folder) / "home")
        with Station.open(paths.home) as station:
            issuer, event = station.issuer(), station.event
            stranger = BadgeIssuer(Ed25519PrivateKey.from_private_bytes(random.Random(seed).randbytes(32)))

            lines = [
                "# The demo camera's play list (generated by scripts/make_demo_data.py). Each image is shown",
                "# at `at` (Marrakech time, on the demo morning) at the media entrance; `expect` is the verdict",
                "# code the kiosk must give. Valid scans are admitted by the officer before the next image.",
                "",
            ]
            for image_name, hhmm, expect, caption, number, version, tampering in SCENES:
                signer = stranger if tampering == "forged" else issuer
                text = signer.sign(event.code, number, version)
                if tampering == "altered":
                    text = altered(text)
                acc = replace(station.roster.get(number), badge_version=version)
                face = face_for(acc, event, text, station.paths.photos)
                image = render_image(face, A6, dpi=150)
                buffer = image.convertToFormat(QImage.Format.Format_RGB888)
                array = np.frombuffer(buffer.constBits(), np.uint8).reshape(buffer.height(), buffer.bytesPerLine())
                badge = cv2.cvtColor(array[:, : buffer.width() * 3].reshape(buffer.height(), buffer.width(), 3), cv2.COLOR_RGB2BGR)
                cv2.imwrite(str(DEMO_CAMERA / image_name), photographed(badge, rng), [cv2.IMWRITE_PNG_COMPRESSION, 9])
                hour, minute = hhmm.split(":")
                at = DEMO_MORNING.replace(hour=int(hour), minute=int(minute))
                lines += [
                    "[[scene]]",
                    f'image = "{image_name}"',
                    f'at = {at.isoformat()}',
                    f'expect = "{expect}"',
                    f'caption = "{caption}"',
                    "",
                ]
    (DEMO_CAMERA / "scenes.toml").write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    from kiosk.badges.fonts import ensure_gui_application

    ensure_gui_application()
    rng = random.Random(SEED)
    rows = roster_rows()
    photos = DEMO_DIR / "photos"
    photos.mkdir(exist_ok=True)
    for old in photos.glob("*.jpg"):
        old.unlink()
    kept = [r for r in csv.reader(io.StringIO(KEPT_ROWS), delimiter=";") if r]
    for row in kept + rows:
        if row[18]:
            write_portrait(photos / row[18], initials(row), rng)
    write_roster(rows)
    write_camera_images(SEED)
    print(f"{len(rows) + 10} roster rows, {len(list(photos.glob('*.jpg')))} portraits, "
          f"{len(SCENES)} camera images in {DEMO_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
