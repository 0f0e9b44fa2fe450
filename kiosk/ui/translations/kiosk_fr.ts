<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AnnulPanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="124"/>
        <source>Admission of {name} annulled; the badge can be used again.</source>
        <translation>Entrée de {name} annulée ; le badge peut de nouveau servir.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="133"/>
        <source>Not annulled: {detail}</source>
        <translation>Non annulé : {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="156"/>
        <source>Give a reason: it goes into the log.</source>
        <translation>Indiquez un motif : il est inscrit au journal.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="169"/>
        <source>{time} · {name}
{badge} · {session}</source>
        <translation>{time} · {name}
{badge} · {session}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="177"/>
        <source>Annul a mistaken admission</source>
        <translation>Annuler une entrée erronée</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="178"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="179"/>
        <source>No admission today.</source>
        <translation>Aucune entrée aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="183"/>
        <source>Reason for the annulment</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="184"/>
        <source>Annul</source>
        <translation>Annuler l’entrée</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="185"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>BadgePanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="218"/>
        <source>Type the badge number first.</source>
        <translation>Saisissez d&apos;abord le numéro de badge.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="222"/>
        <source>Give a reason: it goes into the roster and the log.</source>
        <translation>Indiquez un motif : il est inscrit dans la liste et au journal.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="246"/>
        <source>Badge {number} ({name}) is active again.</source>
        <translation>Le badge {number} ({name}) est de nouveau actif.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="247"/>
        <source>Badge {number} ({name}) is suspended.</source>
        <translation>Le badge {number} ({name}) est suspendu.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="248"/>
        <source>Badge {number} ({name}) is revoked.</source>
        <translation>Le badge {number} ({name}) est révoqué.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="256"/>
        <source>Not changed: {detail}</source>
        <translation>Non modifié : {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="259"/>
        <source>Badge status</source>
        <translation>Statut d’un badge</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="260"/>
        <source>Badge number</source>
        <translation>Numéro de badge</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="261"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="262"/>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="263"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="264"/>
        <source>Reinstate</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="166"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="167"/>
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
        <location filename="../pages/check.py" line="167"/>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="169"/>
        <source>One more check to go</source>
        <translation>Encore une vérification</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="171"/>
        <source>Check the documents</source>
        <translation>Vérifiez les documents</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="173"/>
        <source>Manual check</source>
        <translation>Contrôle manuel</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="174"/>
        <source>VALID</source>
        <translation>VALIDE</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="178"/>
        <source>1 · Identity document</source>
        <translation>1 · Pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="179"/>
        <source>2 · Press credential</source>
        <translation>2 · Titre de presse</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="180"/>
        <source>Matches</source>
        <translation>Correspond</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="181"/>
        <source>Does not match</source>
        <translation>Ne correspond pas</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="182"/>
        <source>Shown</source>
        <translation>Présenté</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="183"/>
        <source>Not shown</source>
        <translation>Non présenté</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="184"/>
        <source>Refuse, other reason</source>
        <translation>Refuser, autre motif</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="196"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="200"/>
        <source>Attention: {note}</source>
        <translation>Attention : {note}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="208"/>
        <source>{document} ending {digits}</source>
        <translation>{document} finissant par {digits}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="211"/>
        <source>Same name as on the badge</source>
        <translation>Même nom que le badge</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="217"/>
        <source>Mission letter from {outlet}</source>
        <translation>Ordre de mission de {outlet}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="218"/>
        <source>Press card {number}
issued by {issuer}</source>
        <translation>Carte de presse {number}
délivrée par {issuer}</translation>
    </message>
</context>
<context>
    <name>DeniedPage</name>
    <message>
        <location filename="../pages/denied.py" line="107"/>
        <source>Back to scanning in {seconds} s</source>
        <translation>Retour à la lecture dans {seconds} s</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="111"/>
        <source>Next badge</source>
        <translation>Badge suivant</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="114"/>
        <location filename="../pages/denied.py" line="119"/>
        <source>DENIED</source>
        <translation>REJETÉ</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="122"/>
        <source>Manual check (found by search).</source>
        <translation>Contrôle manuel (trouvé par recherche).</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="131"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
</context>
<context>
    <name>FailurePage</name>
    <message>
        <location filename="../pages/failure.py" line="65"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="66"/>
        <source>Back to the check</source>
        <translation>Retour au contrôle</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="67"/>
        <source>Next badge</source>
        <translation>Badge suivant</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="73"/>
        <source>Technical detail: {detail}</source>
        <translation>Détail technique : {detail}</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="109"/>
        <source>Checkpoint</source>
        <translation>Poste de contrôle</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="110"/>
        <source>Session admitted</source>
        <translation>Séance admise</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="115"/>
        <source>By the programme (automatic)</source>
        <translation>Selon le programme (automatique)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="117"/>
        <source>Automatic: each badge is judged for the session open at that moment.</source>
        <translation>Automatique : chaque badge est jugé pour la séance ouverte à ce moment-là.</translation>
    </message>
</context>
<context>
    <name>LeavePanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="291"/>
        <source>Leave the kiosk</source>
        <translation>Quitter le poste</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="292"/>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="292"/>
        <source>Back to full screen</source>
        <translation>Revenir au plein écran</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="293"/>
        <source>Tap again to quit</source>
        <translation>Touchez encore pour quitter</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="293"/>
        <source>Quit the kiosk</source>
        <translation>Fermer l&apos;application</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="295"/>
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
        <location filename="../pages/outcome.py" line="80"/>
        <source>Next badge</source>
        <translation>Badge suivant</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="81"/>
        <source>ADMITTED</source>
        <translation>ADMIS</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="81"/>
        <source>REFUSED</source>
        <translation>REFUSÉ</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="89"/>
        <source>Let them in</source>
        <translation>Laissez entrer</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="99"/>
        <source>Session: {session}</source>
        <translation>Séance : {session}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="101"/>
        <source>Manual check (found by search)</source>
        <translation>Contrôle manuel (trouvé par recherche)</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="104"/>
        <source>Recorded at {time} by officer {officer}</source>
        <translation>Enregistré à {time} par l&apos;agent {officer}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../touch.py" line="96"/>
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
        <location filename="../pages/sign_in.py" line="246"/>
        <source>Wrong number or PIN. {n} attempts left before the keypad locks.</source>
        <translation>Numéro ou code erroné. Encore {n} essais avant le verrouillage du clavier.</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../pages/supervisor.py" line="210"/>
        <source>Supervisor mode · {name}</source>
        <translation>Mode superviseur · {name}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="210"/>
        <source>Supervisor mode</source>
        <translation>Mode superviseur</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="211"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="213"/>
        <source>Checkpoint and session</source>
        <translation>Poste et séance</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="214"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="215"/>
        <source>Badge status</source>
        <translation>Statut d’un badge</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="216"/>
        <source>Annul an admission</source>
        <translation>Annuler une entrée</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="217"/>
        <source>Today and export</source>
        <translation>Aujourd&apos;hui et export</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="218"/>
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
        <location filename="../pages/supervisor.py" line="121"/>
        <source>Too many wrong PINs. The keypad is locked for {seconds} s.</source>
        <translation>Trop de codes erronés. Le clavier est verrouillé pendant {seconds} s.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="124"/>
        <source>Wrong PIN. {n} attempts left before the keypad locks.</source>
        <translation>Code erroné. Encore {n} essais avant le verrouillage du clavier.</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="220"/>
        <source>{rows} log lines written to {path}</source>
        <translation>{rows} lignes du journal écrites dans {path}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="225"/>
        <source>Export failed: {detail}</source>
        <translation>L&apos;export a échoué : {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="229"/>
        <source>Today at this checkpoint</source>
        <translation>Aujourd&apos;hui à ce poste</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="233"/>
        <source>Admitted: {n}</source>
        <translation>Admis : {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="234"/>
        <source>Refused by an officer: {n}</source>
        <translation>Refusés par un agent : {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="235"/>
        <source>Badges denied: {n}</source>
        <translation>Badges rejetés : {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="236"/>
        <source>Scans: {n}</source>
        <translation>Lectures : {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="237"/>
        <source>Admissions annulled: {n}</source>
        <translation>Entrées annulées : {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="241"/>
        <source>Export the log (CSV)</source>
        <translation>Exporter le journal (CSV)</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../top_bar.py" line="187"/>
        <source>Officer {number}</source>
        <translation>Agent {number}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="194"/>
        <source>admitted</source>
        <translation>admis</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="195"/>
        <source>refused</source>
        <translation>refusés</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="196"/>
        <source>denied</source>
        <translation>rejetés</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="215"/>
        <source>{session} (set by the supervisor)</source>
        <translation>{session} (fixée par le superviseur)</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="219"/>
        <source>Next: {session}, {when}</source>
        <translation>Prochaine : {session}, {when}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="221"/>
        <source>No session open</source>
        <translation>Aucune séance ouverte</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../wording.py" line="40"/>
        <source>{time} on {day}</source>
        <translation>{time} le {day}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="58"/>
        <source>Refuse entry and call the supervisor.</source>
        <translation>Refusez l&apos;entrée et appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="59"/>
        <source>Refuse entry.</source>
        <translation>Refusez l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="61"/>
        <source>Not a badge of this event</source>
        <translation>Pas un badge de cet événement</translation>
    </message>
    <message>
        <location filename="../wording.py" line="61"/>
        <source>Ask for the accreditation badge.</source>
        <translation>Demandez le badge d&apos;accréditation.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="63"/>
        <source>Badge of another event</source>
        <translation>Badge d&apos;un autre événement</translation>
    </message>
    <message>
        <location filename="../wording.py" line="66"/>
        <source>Signed with a key this kiosk does not trust.</source>
        <translation>Signé avec une clé que ce poste ne reconnaît pas.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="68"/>
        <source>The signature does not match: the badge was forged or altered.</source>
        <translation>La signature ne correspond pas : badge falsifié ou modifié.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="69"/>
        <source>Forged or altered badge</source>
        <translation>Badge falsifié ou modifié</translation>
    </message>
    <message>
        <location filename="../wording.py" line="72"/>
        <source>The badge is newer than this kiosk&apos;s roster: the roster may be out of date.</source>
        <translation>Le badge est plus récent que la liste de ce poste : la liste n&apos;est peut-être pas à jour.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="73"/>
        <source>Badge not on this kiosk&apos;s roster</source>
        <translation>Badge absent de la liste de ce poste</translation>
    </message>
    <message>
        <location filename="../wording.py" line="74"/>
        <source>Unknown badge: not on the roster</source>
        <translation>Badge inconnu : absent de la liste</translation>
    </message>
    <message>
        <location filename="../wording.py" line="77"/>
        <location filename="../wording.py" line="81"/>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="78"/>
        <source>Badge revoked</source>
        <translation>Badge révoqué</translation>
    </message>
    <message>
        <location filename="../wording.py" line="82"/>
        <source>Badge suspended</source>
        <translation>Badge suspendu</translation>
    </message>
    <message>
        <location filename="../wording.py" line="86"/>
        <source>A newer badge was printed (version {new}); this one is version {old}.</source>
        <translation>Un badge plus récent a été imprimé (version {new}) ; celui-ci est la version {old}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="90"/>
        <source>Old badge: replaced by a newer one</source>
        <translation>Ancien badge : remplacé par un plus récent</translation>
    </message>
    <message>
        <location filename="../wording.py" line="90"/>
        <source>Refuse this badge; ask for the new one.</source>
        <translation>Refusez ce badge ; demandez le nouveau.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="93"/>
        <source>Session now: {session}</source>
        <translation>Séance en cours : {session}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="95"/>
        <source>Their session opens at {when}.</source>
        <translation>Sa séance ouvre à {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="96"/>
        <source>Wrong session: not accredited for this one</source>
        <translation>Mauvaise séance : pas accrédité pour celle-ci</translation>
    </message>
    <message>
        <location filename="../wording.py" line="100"/>
        <source>Appointment at {when}.</source>
        <translation>Rendez-vous à {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="100"/>
        <source>Doors open at {when}.</source>
        <translation>Ouverture des portes à {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="102"/>
        <source>Too early</source>
        <translation>Trop tôt</translation>
    </message>
    <message>
        <location filename="../wording.py" line="102"/>
        <source>Refuse entry for now; ask them to come back.</source>
        <translation>Refusez l&apos;entrée pour l&apos;instant ; demandez de revenir plus tard.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="104"/>
        <source>The appointment ended at {when}.</source>
        <translation>Le rendez-vous a pris fin à {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="104"/>
        <source>Entry closed at {when}.</source>
        <translation>Entrée fermée à {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="106"/>
        <source>Entry closed</source>
        <translation>Entrée fermée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="110"/>
        <source>Admitted at {time} through {checkpoint} ({session}).</source>
        <translation>Entré à {time} par {checkpoint} ({session}).</translation>
    </message>
    <message>
        <location filename="../wording.py" line="116"/>
        <location filename="../wording.py" line="133"/>
        <source>Already admitted</source>
        <translation>Déjà entré</translation>
    </message>
    <message>
        <location filename="../wording.py" line="123"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../wording.py" line="124"/>
        <source>Not a badge</source>
        <translation>Pas un badge</translation>
    </message>
    <message>
        <location filename="../wording.py" line="125"/>
        <source>Forged</source>
        <translation>Falsifié</translation>
    </message>
    <message>
        <location filename="../wording.py" line="126"/>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <location filename="../wording.py" line="127"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../wording.py" line="128"/>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <location filename="../wording.py" line="129"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../wording.py" line="130"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../wording.py" line="131"/>
        <source>Wrong session</source>
        <translation>Mauvaise séance</translation>
    </message>
    <message>
        <location filename="../wording.py" line="132"/>
        <source>Outside hours</source>
        <translation>Hors horaires</translation>
    </message>
    <message>
        <location filename="../wording.py" line="139"/>
        <source>Identity document does not match</source>
        <translation>La pièce d&apos;identité ne correspond pas</translation>
    </message>
    <message>
        <location filename="../wording.py" line="140"/>
        <source>No press card or mission letter</source>
        <translation>Ni carte de presse ni ordre de mission</translation>
    </message>
    <message>
        <location filename="../wording.py" line="141"/>
        <location filename="../wording.py" line="142"/>
        <source>Refused by the officer</source>
        <translation>Refusé par l&apos;agent</translation>
    </message>
    <message>
        <location filename="../wording.py" line="147"/>
        <source>Admitted</source>
        <translation>Admis</translation>
    </message>
    <message>
        <location filename="../wording.py" line="147"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../wording.py" line="152"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../wording.py" line="153"/>
        <source>National identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <location filename="../wording.py" line="154"/>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <location filename="../wording.py" line="160"/>
        <source>Journalist</source>
        <translation>Journaliste</translation>
    </message>
    <message>
        <location filename="../wording.py" line="161"/>
        <source>Photographer</source>
        <translation>Photographe</translation>
    </message>
    <message>
        <location filename="../wording.py" line="162"/>
        <source>Camera operator</source>
        <translation>Cadreur</translation>
    </message>
    <message>
        <location filename="../wording.py" line="163"/>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <location filename="../wording.py" line="164"/>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <location filename="../wording.py" line="165"/>
        <source>Fixer</source>
        <translation>Fixeur</translation>
    </message>
    <message>
        <location filename="../wording.py" line="171"/>
        <source>Camera starting…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <location filename="../wording.py" line="172"/>
        <source>Camera on</source>
        <translation>Caméra active</translation>
    </message>
    <message>
        <location filename="../wording.py" line="173"/>
        <source>Camera unavailable — retrying</source>
        <translation>Caméra indisponible — nouvel essai</translation>
    </message>
    <message>
        <location filename="../wording.py" line="174"/>
        <source>Video ended</source>
        <translation>Vidéo terminée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="181"/>
        <source>{n} more badges are waiting. Finish this check first; they will be checked next.</source>
        <translation>{n} autres badges attendent. Terminez d&apos;abord ce contrôle ; ils seront contrôlés ensuite.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="184"/>
        <source>Another badge is waiting. Finish this check first; it will be checked next.</source>
        <translation>Un autre badge attend. Terminez d&apos;abord ce contrôle ; il sera contrôlé ensuite.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="186"/>
        <source>Several badges seen at once: one badge at a time, please.</source>
        <translation>Plusieurs badges vus à la fois : un seul badge à la fois, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="187"/>
        <source>A badge was shown: sign in first to check it.</source>
        <translation>Un badge a été présenté : connectez-vous d&apos;abord pour le contrôler.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="188"/>
        <source>This badge is already on the screen.</source>
        <translation>Ce badge est déjà à l&apos;écran.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="196"/>
        <location filename="../wording.py" line="211"/>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <location filename="../wording.py" line="197"/>
        <source>Scan not recorded</source>
        <translation>Lecture non enregistrée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="198"/>
        <source>The badge could not be checked. Ask for the badge again; if this repeats, call the supervisor.</source>
        <translation>Le badge n&apos;a pas pu être contrôlé. Redemandez le badge ; si cela se répète, appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="201"/>
        <source>NOT SAVED</source>
        <translation>NON ENREGISTRÉ</translation>
    </message>
    <message>
        <location filename="../wording.py" line="202"/>
        <source>Decision not recorded</source>
        <translation>Décision non enregistrée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="203"/>
        <source>Nothing was saved: do not admit yet. Try again; if this repeats, call the supervisor.</source>
        <translation>Rien n&apos;a été enregistré : ne laissez pas encore entrer. Réessayez ; si cela se répète, appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="206"/>
        <source>NOT ADMITTED</source>
        <translation>NON ADMIS</translation>
    </message>
    <message>
        <location filename="../wording.py" line="207"/>
        <source>Badge already used elsewhere</source>
        <translation>Badge déjà utilisé ailleurs</translation>
    </message>
    <message>
        <location filename="../wording.py" line="208"/>
        <source>This badge was admitted meanwhile at another checkpoint. Refuse entry and call the supervisor.</source>
        <translation>Ce badge a été admis entre-temps à un autre poste. Refusez l&apos;entrée et appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="212"/>
        <source>Action failed</source>
        <translation>Action échouée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="213"/>
        <source>Try again; if this repeats, call the supervisor.</source>
        <translation>Réessayez ; si cela se répète, appelez le superviseur.</translation>
    </message>
</context>
</TS>
