<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AnnulPanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="125"/>
        <source>Admission of {name} annulled; the badge can be used again.</source>
        <translation>Entrée de {name} annulée ; le badge peut de nouveau servir.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="134"/>
        <source>Not annulled: {detail}</source>
        <translation>Non annulé : {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="157"/>
        <source>Give a reason: it goes into the log.</source>
        <translation>Indiquez un motif : il est inscrit au journal.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="170"/>
        <source>{time} · {name}
{badge} · {session}</source>
        <translation>{time} · {name}
{badge} · {session}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="178"/>
        <source>Annul a mistaken admission</source>
        <translation>Annuler une entrée erronée</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="179"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="180"/>
        <source>No admission today.</source>
        <translation>Aucune entrée aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="184"/>
        <source>Reason for the annulment</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="185"/>
        <source>Annul</source>
        <translation>Annuler l’entrée</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="186"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>BadgePanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="221"/>
        <source>Type the badge number first.</source>
        <translation>Saisissez d&apos;abord le numéro de badge.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="225"/>
        <source>Give a reason: it goes into the roster and the log.</source>
        <translation>Indiquez un motif : il est inscrit dans la liste et au journal.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="249"/>
        <source>Badge {number} ({name}) is active again.</source>
        <translation>Le badge {number} ({name}) est de nouveau actif.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="250"/>
        <source>Badge {number} ({name}) is suspended.</source>
        <translation>Le badge {number} ({name}) est suspendu.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="251"/>
        <source>Badge {number} ({name}) is revoked.</source>
        <translation>Le badge {number} ({name}) est révoqué.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="259"/>
        <source>Not changed: {detail}</source>
        <translation>Non modifié : {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="262"/>
        <source>Badge status</source>
        <translation>Statut d’un badge</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="263"/>
        <source>Badge number</source>
        <translation>Numéro de badge</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="264"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="265"/>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="266"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="267"/>
        <source>Reinstate</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="169"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="170"/>
        <source>No other camera found.</source>
        <translation>Aucune autre caméra trouvée.</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../camera_view.py" line="117"/>
        <source>Present your badge</source>
        <translation>Présentez votre badge</translation>
    </message>
    <message>
        <location filename="../camera_view.py" line="142"/>
        <source>No image from the camera</source>
        <translation>Aucune image de la caméra</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../pages/check.py" line="163"/>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="165"/>
        <source>One more check to go</source>
        <translation>Encore une vérification</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="167"/>
        <source>Check the documents</source>
        <translation>Vérifiez les documents</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="169"/>
        <source>Manual check</source>
        <translation>Contrôle manuel</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="170"/>
        <source>VALID</source>
        <translation>VALIDE</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="174"/>
        <source>1 · Identity document</source>
        <translation>1 · Pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="175"/>
        <source>2 · Press credential</source>
        <translation>2 · Titre de presse</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="176"/>
        <source>Matches</source>
        <translation>Correspond</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="177"/>
        <source>Does not match</source>
        <translation>Ne correspond pas</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="178"/>
        <source>Shown</source>
        <translation>Présenté</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="179"/>
        <source>Not shown</source>
        <translation>Non présenté</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="180"/>
        <source>Refuse, other reason</source>
        <translation>Refuser, autre motif</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="193"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="197"/>
        <source>Attention: {note}</source>
        <translation>Attention : {note}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="205"/>
        <source>{document} ending {digits}</source>
        <translation>{document} finissant par {digits}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="208"/>
        <source>Same name as on the badge</source>
        <translation>Même nom que le badge</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="214"/>
        <source>Mission letter from {outlet}</source>
        <translation>Ordre de mission de {outlet}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="215"/>
        <source>Press card {number}
issued by {issuer}</source>
        <translation>Carte de presse {number}
délivrée par {issuer}</translation>
    </message>
</context>
<context>
    <name>DeniedPage</name>
    <message>
        <location filename="../pages/denied.py" line="103"/>
        <source>Back to scanning in {seconds} s</source>
        <translation>Retour à la lecture dans {seconds} s</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="107"/>
        <source>Next badge</source>
        <translation>Badge suivant</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="110"/>
        <location filename="../pages/denied.py" line="115"/>
        <source>DENIED</source>
        <translation>REJETÉ</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="118"/>
        <source>Manual check (found by search).</source>
        <translation>Contrôle manuel (trouvé par recherche).</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="127"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
</context>
<context>
    <name>FailurePage</name>
    <message>
        <location filename="../pages/failure.py" line="61"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="62"/>
        <source>Back to the check</source>
        <translation>Retour au contrôle</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="63"/>
        <source>Next badge</source>
        <translation>Badge suivant</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="70"/>
        <source>Technical detail: {detail}</source>
        <translation>Détail technique : {detail}</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="110"/>
        <source>Checkpoint</source>
        <translation>Poste de contrôle</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="111"/>
        <source>Session admitted</source>
        <translation>Séance admise</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="117"/>
        <source>By the programme (automatic)</source>
        <translation>Selon le programme (automatique)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="120"/>
        <source>Automatic: each badge is judged for the session open at that moment.</source>
        <translation>Automatique : chaque badge est jugé pour la séance ouverte à ce moment-là.</translation>
    </message>
</context>
<context>
    <name>LeavePanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="304"/>
        <source>Leave the kiosk</source>
        <translation>Quitter le poste</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="305"/>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="305"/>
        <source>Back to full screen</source>
        <translation>Revenir au plein écran</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="306"/>
        <source>Tap again to quit</source>
        <translation>Touchez encore pour quitter</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="306"/>
        <source>Quit the kiosk</source>
        <translation>Fermer l&apos;application</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="308"/>
        <source>While the kiosk is closed, nobody is checked at this door.</source>
        <translation>Tant que l&apos;application est fermée, personne n&apos;est contrôlé à cette porte.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../keyboard.py" line="147"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../keyboard.py" line="148"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../pages/outcome.py" line="76"/>
        <source>Next badge</source>
        <translation>Badge suivant</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="77"/>
        <source>ADMITTED</source>
        <translation>ADMIS</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="77"/>
        <source>REFUSED</source>
        <translation>REFUSÉ</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="85"/>
        <source>Let them in</source>
        <translation>Laissez entrer</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="96"/>
        <source>Session: {session}</source>
        <translation>Séance : {session}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="99"/>
        <source>Manual check (found by search)</source>
        <translation>Contrôle manuel (trouvé par recherche)</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="102"/>
        <source>Recorded at {time} by officer {officer}</source>
        <translation>Enregistré à {time} par l&apos;agent {officer}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../touch.py" line="89"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ScanningPage</name>
    <message>
        <location filename="../pages/scanning.py" line="58"/>
        <source>Search by name</source>
        <translation>Rechercher un nom</translation>
    </message>
    <message>
        <location filename="../pages/scanning.py" line="59"/>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../pages/scanning.py" line="60"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../pages/search.py" line="174"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="175"/>
        <source>Name, outlet or badge number — then tap the person</source>
        <translation>Nom, média ou numéro de badge — puis touchez la personne</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="177"/>
        <source>Type a name (Latin or Arabic letters), an outlet or a badge number.</source>
        <translation>Tapez un nom (lettres latines ou arabes), un média ou un numéro de badge.</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="179"/>
        <source>The search failed. Try again; if this repeats, call the supervisor.</source>
        <translation>La recherche a échoué. Réessayez ; si cela se répète, appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="181"/>
        <source>Nobody found for “{query}”.</source>
        <translation>Personne trouvée pour « {query} ».</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="185"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../pages/sign_in.py" line="227"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="228"/>
        <source>The kiosk locked itself after a few idle minutes. Sign in again to go on.</source>
        <translation>Le poste s&apos;est verrouillé après quelques minutes d&apos;inactivité. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="230"/>
        <source>Officer sign-in</source>
        <translation>Connexion agent</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="233"/>
        <source>Officer number</source>
        <translation>Numéro d&apos;agent</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="234"/>
        <source>PIN</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="235"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="238"/>
        <source>Demo only: officer {number}, PIN {pin}. Supervisor PIN {supervisor}.</source>
        <translation>Démo uniquement : agent {number}, code {pin}. Code superviseur {supervisor}.</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="243"/>
        <source>Too many wrong PINs. The keypad is locked for {seconds} s.</source>
        <translation>Trop de codes erronés. Le clavier est verrouillé pendant {seconds} s.</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="248"/>
        <source>Wrong number or PIN. {n} attempts left before the keypad locks.</source>
        <translation>Numéro ou code erroné. Encore {n} essais avant le verrouillage du clavier.</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../pages/supervisor.py" line="215"/>
        <source>Supervisor mode · {name}</source>
        <translation>Mode superviseur · {name}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="215"/>
        <source>Supervisor mode</source>
        <translation>Mode superviseur</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="217"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="219"/>
        <source>Checkpoint and session</source>
        <translation>Poste et séance</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="220"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="221"/>
        <source>Badge status</source>
        <translation>Statut d’un badge</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="222"/>
        <source>Annul an admission</source>
        <translation>Annuler une entrée</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="223"/>
        <source>Today and export</source>
        <translation>Aujourd&apos;hui et export</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="224"/>
        <source>Leave or quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>SupervisorPinPage</name>
    <message>
        <location filename="../pages/supervisor.py" line="116"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="117"/>
        <source>Type the supervisor PIN.</source>
        <translation>Tapez le code superviseur.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="118"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="122"/>
        <source>Too many wrong PINs. The keypad is locked for {seconds} s.</source>
        <translation>Trop de codes erronés. Le clavier est verrouillé pendant {seconds} s.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="126"/>
        <source>Wrong PIN. {n} attempts left before the keypad locks.</source>
        <translation>Code erroné. Encore {n} essais avant le verrouillage du clavier.</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="232"/>
        <source>{rows} log lines written to {path}</source>
        <translation>{rows} lignes du journal écrites dans {path}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="237"/>
        <source>Export failed: {detail}</source>
        <translation>L&apos;export a échoué : {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="241"/>
        <source>Today at this checkpoint</source>
        <translation>Aujourd&apos;hui à ce poste</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="245"/>
        <source>Admitted: {n}</source>
        <translation>Admis : {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="246"/>
        <source>Refused by an officer: {n}</source>
        <translation>Refusés par un agent : {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="247"/>
        <source>Badges denied: {n}</source>
        <translation>Badges rejetés : {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="248"/>
        <source>Scans: {n}</source>
        <translation>Lectures : {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="249"/>
        <source>Admissions annulled: {n}</source>
        <translation>Entrées annulées : {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="254"/>
        <source>Export the log (CSV)</source>
        <translation>Exporter le journal (CSV)</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../top_bar.py" line="172"/>
        <source>Officer {number}</source>
        <translation>Agent {number}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="182"/>
        <source>admitted</source>
        <translation>admis</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="183"/>
        <source>refused</source>
        <translation>refusés</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="184"/>
        <source>denied</source>
        <translation>rejetés</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="203"/>
        <source>{session} (set by the supervisor)</source>
        <translation>{session} (fixée par le superviseur)</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="211"/>
        <source>Next: {session}, {when}</source>
        <translation>Prochaine : {session}, {when}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="213"/>
        <source>No session open</source>
        <translation>Aucune séance ouverte</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../wording.py" line="42"/>
        <source>{time} on {day}</source>
        <translation>{time} le {day}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="60"/>
        <source>Refuse entry and call the supervisor.</source>
        <translation>Refusez l&apos;entrée et appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="61"/>
        <source>Refuse entry.</source>
        <translation>Refusez l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="63"/>
        <source>Not a badge of this event</source>
        <translation>Pas un badge de cet événement</translation>
    </message>
    <message>
        <location filename="../wording.py" line="63"/>
        <source>Ask for the accreditation badge.</source>
        <translation>Demandez le badge d&apos;accréditation.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="65"/>
        <source>Badge of another event</source>
        <translation>Badge d&apos;un autre événement</translation>
    </message>
    <message>
        <location filename="../wording.py" line="68"/>
        <source>Signed with a key this kiosk does not trust.</source>
        <translation>Signé avec une clé que ce poste ne reconnaît pas.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="70"/>
        <source>The signature does not match: the badge was forged or altered.</source>
        <translation>La signature ne correspond pas : badge falsifié ou modifié.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="71"/>
        <source>Forged or altered badge</source>
        <translation>Badge falsifié ou modifié</translation>
    </message>
    <message>
        <location filename="../wording.py" line="74"/>
        <source>The badge is newer than this kiosk&apos;s roster: the roster may be out of date.</source>
        <translation>Le badge est plus récent que la liste de ce poste : la liste n&apos;est peut-être pas à jour.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="75"/>
        <source>Badge not on this kiosk&apos;s roster</source>
        <translation>Badge absent de la liste de ce poste</translation>
    </message>
    <message>
        <location filename="../wording.py" line="76"/>
        <source>Unknown badge: not on the roster</source>
        <translation>Badge inconnu : absent de la liste</translation>
    </message>
    <message>
        <location filename="../wording.py" line="79"/>
        <location filename="../wording.py" line="83"/>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="80"/>
        <source>Badge revoked</source>
        <translation>Badge révoqué</translation>
    </message>
    <message>
        <location filename="../wording.py" line="84"/>
        <source>Badge suspended</source>
        <translation>Badge suspendu</translation>
    </message>
    <message>
        <location filename="../wording.py" line="88"/>
        <source>A newer badge was printed (version {new}); this one is version {old}.</source>
        <translation>Un badge plus récent a été imprimé (version {new}) ; celui-ci est la version {old}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="92"/>
        <source>Old badge: replaced by a newer one</source>
        <translation>Ancien badge : remplacé par un plus récent</translation>
    </message>
    <message>
        <location filename="../wording.py" line="92"/>
        <source>Refuse this badge; ask for the new one.</source>
        <translation>Refusez ce badge ; demandez le nouveau.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="95"/>
        <source>Session now: {session}</source>
        <translation>Séance en cours : {session}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="97"/>
        <source>Their session opens at {when}.</source>
        <translation>Sa séance ouvre à {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="98"/>
        <source>Wrong session: not accredited for this one</source>
        <translation>Mauvaise séance : pas accrédité pour celle-ci</translation>
    </message>
    <message>
        <location filename="../wording.py" line="102"/>
        <source>Appointment at {when}.</source>
        <translation>Rendez-vous à {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="102"/>
        <source>Doors open at {when}.</source>
        <translation>Ouverture des portes à {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="104"/>
        <source>Too early</source>
        <translation>Trop tôt</translation>
    </message>
    <message>
        <location filename="../wording.py" line="104"/>
        <source>Refuse entry for now; ask them to come back.</source>
        <translation>Refusez l&apos;entrée pour l&apos;instant ; demandez de revenir plus tard.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="106"/>
        <source>The appointment ended at {when}.</source>
        <translation>Le rendez-vous a pris fin à {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="106"/>
        <source>Entry closed at {when}.</source>
        <translation>Entrée fermée à {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="108"/>
        <source>Entry closed</source>
        <translation>Entrée fermée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="112"/>
        <source>Admitted at {time} through {checkpoint} ({session}).</source>
        <translation>Entré à {time} par {checkpoint} ({session}).</translation>
    </message>
    <message>
        <location filename="../wording.py" line="118"/>
        <location filename="../wording.py" line="135"/>
        <source>Already admitted</source>
        <translation>Déjà entré</translation>
    </message>
    <message>
        <location filename="../wording.py" line="125"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../wording.py" line="126"/>
        <source>Not a badge</source>
        <translation>Pas un badge</translation>
    </message>
    <message>
        <location filename="../wording.py" line="127"/>
        <source>Forged</source>
        <translation>Falsifié</translation>
    </message>
    <message>
        <location filename="../wording.py" line="128"/>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <location filename="../wording.py" line="129"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../wording.py" line="130"/>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <location filename="../wording.py" line="131"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../wording.py" line="132"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../wording.py" line="133"/>
        <source>Wrong session</source>
        <translation>Mauvaise séance</translation>
    </message>
    <message>
        <location filename="../wording.py" line="134"/>
        <source>Outside hours</source>
        <translation>Hors horaires</translation>
    </message>
    <message>
        <location filename="../wording.py" line="141"/>
        <source>Identity document does not match</source>
        <translation>La pièce d&apos;identité ne correspond pas</translation>
    </message>
    <message>
        <location filename="../wording.py" line="142"/>
        <source>No press card or mission letter</source>
        <translation>Ni carte de presse ni ordre de mission</translation>
    </message>
    <message>
        <location filename="../wording.py" line="143"/>
        <location filename="../wording.py" line="144"/>
        <source>Refused by the officer</source>
        <translation>Refusé par l&apos;agent</translation>
    </message>
    <message>
        <location filename="../wording.py" line="248"/>
        <source>No roster yet</source>
        <translation>Pas encore de liste</translation>
    </message>
    <message>
        <location filename="../wording.py" line="250"/>
        <source>Roster of {when} (serial {serial})</source>
        <translation>Liste du {when} (n° {serial})</translation>
    </message>
    <message>
        <location filename="../wording.py" line="253"/>
        <source>Roster imported {when} (unsigned)</source>
        <translation>Liste importée le {when} (non signée)</translation>
    </message>
    <message>
        <location filename="../wording.py" line="150"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../wording.py" line="151"/>
        <source>National identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <location filename="../wording.py" line="152"/>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <location filename="../wording.py" line="158"/>
        <source>Journalist</source>
        <translation>Journaliste</translation>
    </message>
    <message>
        <location filename="../wording.py" line="159"/>
        <source>Photographer</source>
        <translation>Photographe</translation>
    </message>
    <message>
        <location filename="../wording.py" line="160"/>
        <source>Camera operator</source>
        <translation>Cadreur</translation>
    </message>
    <message>
        <location filename="../wording.py" line="161"/>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <location filename="../wording.py" line="162"/>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <location filename="../wording.py" line="163"/>
        <source>Fixer</source>
        <translation>Fixeur</translation>
    </message>
    <message>
        <location filename="../wording.py" line="174"/>
        <source>Camera starting…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <location filename="../wording.py" line="171"/>
        <source>Camera on</source>
        <translation>Caméra active</translation>
    </message>
    <message>
        <location filename="../wording.py" line="169"/>
        <source>Camera unavailable — retrying</source>
        <translation>Caméra indisponible — nouvel essai</translation>
    </message>
    <message>
        <location filename="../wording.py" line="173"/>
        <source>Video ended</source>
        <translation>Vidéo terminée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="180"/>
        <source>{n} more badges are waiting. Finish this check first; they will be checked next.</source>
        <translation>{n} autres badges attendent. Terminez d&apos;abord ce contrôle ; ils seront contrôlés ensuite.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="183"/>
        <source>Another badge is waiting. Finish this check first; it will be checked next.</source>
        <translation>Un autre badge attend. Terminez d&apos;abord ce contrôle ; il sera contrôlé ensuite.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="185"/>
        <source>Several badges seen at once: one badge at a time, please.</source>
        <translation>Plusieurs badges vus à la fois : un seul badge à la fois, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="186"/>
        <source>A badge was shown: sign in first to check it.</source>
        <translation>Un badge a été présenté : connectez-vous d&apos;abord pour le contrôler.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="187"/>
        <source>This badge is already on the screen.</source>
        <translation>Ce badge est déjà à l&apos;écran.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="188"/>
        <source>The check stayed open too long and was not recorded: show the badge again.</source>
        <translation>Le contrôle est resté ouvert trop longtemps et n&apos;a pas été enregistré : présentez de nouveau le badge.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="195"/>
        <source>the badge was revoked since the scan</source>
        <translation>le badge a été révoqué depuis la lecture</translation>
    </message>
    <message>
        <location filename="../wording.py" line="196"/>
        <source>the badge was suspended since the scan</source>
        <translation>le badge a été suspendu depuis la lecture</translation>
    </message>
    <message>
        <location filename="../wording.py" line="197"/>
        <source>a newer badge was printed since the scan</source>
        <translation>un badge plus récent a été imprimé depuis la lecture</translation>
    </message>
    <message>
        <location filename="../wording.py" line="198"/>
        <source>not accredited for the session now</source>
        <translation>non accrédité pour la séance en cours</translation>
    </message>
    <message>
        <location filename="../wording.py" line="199"/>
        <source>outside the session&apos;s hours or appointment now</source>
        <translation>hors des horaires de la séance ou du rendez-vous</translation>
    </message>
    <message>
        <location filename="../wording.py" line="200"/>
        <source>already admitted meanwhile</source>
        <translation>déjà admis entre-temps</translation>
    </message>
    <message>
        <location filename="../wording.py" line="201"/>
        <source>the badge is no longer on the roster</source>
        <translation>le badge n&apos;est plus sur la liste</translation>
    </message>
    <message>
        <location filename="../wording.py" line="202"/>
        <source>the check took too long</source>
        <translation>le contrôle a pris trop de temps</translation>
    </message>
    <message>
        <location filename="../wording.py" line="203"/>
        <source>the kiosk&apos;s clock went back</source>
        <translation>l&apos;horloge de la borne a reculé</translation>
    </message>
    <message>
        <location filename="../wording.py" line="204"/>
        <source>the officer is not on this kiosk&apos;s staff list</source>
        <translation>l&apos;agent n&apos;est pas sur la liste du personnel de cette borne</translation>
    </message>
    <message>
        <location filename="../wording.py" line="208"/>
        <source>the log refused the decision</source>
        <translation>le journal a refusé la décision</translation>
    </message>
    <message>
        <location filename="../wording.py" line="216"/>
        <source>Nothing was recorded. Show the badge again to check it anew.</source>
        <translation>Rien n&apos;a été enregistré. Présentez de nouveau le badge pour le contrôler à nouveau.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="220"/>
        <source>Nothing was recorded. Refuse entry and call the supervisor.</source>
        <translation>Rien n&apos;a été enregistré. Refusez l&apos;entrée et appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="223"/>
        <source>Not admitted: {reason}</source>
        <translation>Non admis : {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="228"/>
        <location filename="../wording.py" line="238"/>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <location filename="../wording.py" line="229"/>
        <source>Scan not recorded</source>
        <translation>Lecture non enregistrée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="230"/>
        <source>The badge could not be checked. Ask for the badge again; if this repeats, call the supervisor.</source>
        <translation>Le badge n&apos;a pas pu être contrôlé. Redemandez le badge ; si cela se répète, appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="233"/>
        <source>NOT SAVED</source>
        <translation>NON ENREGISTRÉ</translation>
    </message>
    <message>
        <location filename="../wording.py" line="234"/>
        <source>Decision not recorded</source>
        <translation>Décision non enregistrée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="235"/>
        <source>Nothing was saved: do not admit yet. Try again; if this repeats, call the supervisor.</source>
        <translation>Rien n&apos;a été enregistré : ne laissez pas encore entrer. Réessayez ; si cela se répète, appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="222"/>
        <source>NOT ADMITTED</source>
        <translation>NON ADMIS</translation>
    </message>
    <message>
        <location filename="../wording.py" line="218"/>
        <source>This badge was admitted meanwhile at another checkpoint. Refuse entry and call the supervisor.</source>
        <translation>Ce badge a été admis entre-temps à un autre poste. Refusez l&apos;entrée et appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="239"/>
        <source>Action failed</source>
        <translation>Action échouée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="240"/>
        <source>Try again; if this repeats, call the supervisor.</source>
        <translation>Réessayez ; si cela se répète, appelez le superviseur.</translation>
    </message>
</context>
</TS>
